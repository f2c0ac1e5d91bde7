// Package streams defines veilig's JetStream layout (subjects, streams,
// consumers), connects to a NATS server by URL (an embedded one for
// development and tests, a cluster in production), and provides the
// Publisher that producing Go services use.
//
// Subjects carry the tenant so that NATS permissions can scope a producer
// to its own tenant:
//
//	raw.<tenant>.<type>         RAW         personal data; work queue; short max age; encrypted at rest
//	clean.<tenant>.<type>       CLEAN       anonymised; kept for replay
//	quarantine.<tenant>.<code>  QUARANTINE  refused events with the reason; short retention; never sent on
//	dlq.<stage>.<tenant>        DLQ         poison messages after max deliveries, with the reason
package streams

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Stream names.
const (
	RawStream        = "RAW"
	CleanStream      = "CLEAN"
	QuarantineStream = "QUARANTINE"
	DLQStream        = "DLQ"
)

// Durable consumer names.
const (
	AnonymizeConsumer = "anonymize"
	EnrichConsumer    = "enrich"
)

// Header names veilig sets on messages. Values never hold personal data.
const (
	HeaderReason     = "Veilig-Reason"     // quarantine and DLQ: code and detail
	HeaderCode       = "Veilig-Code"       // quarantine: the schemas.Code
	HeaderStage      = "Veilig-Stage"      // DLQ: the stage that gave up
	HeaderEventID    = "Veilig-Event-Id"   // the event id, where known
	HeaderDeliveries = "Veilig-Deliveries" // DLQ: how often it was tried
	HeaderAnonymizer = "Veilig-Anonymizer" // CLEAN: anonymize.Version
	HeaderDataKey    = "Veilig-Data-Key"   // QUARANTINE: version of the tenant data key that sealed the payload
)

// MaxDeliver is how often a message is tried before it goes to the DLQ.
const MaxDeliver = 6

// MaxMsgBytes is the broker's per-message limit: an event's limit plus
// room for headers.
const MaxMsgBytes = 80 << 10

// RawSubject is the subject of a raw event.
func RawSubject(tenant, typ string) string { return "raw." + tenant + "." + typ }

// CleanSubject is the subject of an anonymised event.
func CleanSubject(tenant, typ string) string { return "clean." + tenant + "." + typ }

// QuarantineSubject is the subject a refused event goes to. An unreadable
// tenant becomes "unknown".
func QuarantineSubject(tenant, code string) string {
	return "quarantine." + subjectToken(tenant) + "." + subjectToken(code)
}

// DLQSubject is the subject of a poison message.
func DLQSubject(stage, tenant string) string { return "dlq." + stage + "." + subjectToken(tenant) }

// subjectToken makes s safe as one subject token.
func subjectToken(s string) string {
	if s == "" || len(s) > 64 || strings.ContainsAny(s, ".*> \t\r\n") {
		return "unknown"
	}
	return s
}

// TenantOf reads the tenant token from a raw., clean. or quarantine. subject.
func TenantOf(subject string) string {
	parts := strings.SplitN(subject, ".", 3)
	if len(parts) < 2 {
		return ""
	}
	return parts[1]
}

// Config tunes the stream definitions. The zero value gives the defaults.
type Config struct {
	Replicas      int           // 1 (default) or 3 in a cluster
	RawMaxAge     time.Duration // default 24h: raw PII leaves the broker soon
	CleanMaxAge   time.Duration // default 30 days: replay window
	QuarantineAge time.Duration // default 72h
	DLQMaxAge     time.Duration // default 14 days
}

func (c Config) withDefaults() Config {
	if c.Replicas == 0 {
		c.Replicas = 1
	}
	if c.RawMaxAge == 0 {
		c.RawMaxAge = 24 * time.Hour
	}
	if c.CleanMaxAge == 0 {
		c.CleanMaxAge = 30 * 24 * time.Hour
	}
	if c.QuarantineAge == 0 {
		c.QuarantineAge = 72 * time.Hour
	}
	if c.DLQMaxAge == 0 {
		c.DLQMaxAge = 14 * 24 * time.Hour
	}
	return c
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	if c.Replicas != 0 && c.Replicas != 1 && c.Replicas != 3 && c.Replicas != 5 {
		return fmt.Errorf("streams: replicas must be 1, 3 or 5, not %d", c.Replicas)
	}
	if c.RawMaxAge < 0 || c.CleanMaxAge < 0 {
		return errors.New("streams: max ages must not be negative")
	}
	return nil
}

// StreamConfigs returns the four stream definitions.
func StreamConfigs(c Config) []jetstream.StreamConfig {
	c = c.withDefaults()
	dup := func(maxAge, want time.Duration) time.Duration { return min(maxAge, want) }
	return []jetstream.StreamConfig{
		{
			Name: RawStream, Description: "raw tenant events with personal data; removed once anonymised",
			Subjects: []string{"raw.>"}, Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage,
			MaxAge: c.RawMaxAge, Duplicates: dup(c.RawMaxAge, 24*time.Hour), MaxMsgSize: MaxMsgBytes,
			Replicas: c.Replicas, Discard: jetstream.DiscardOld,
		},
		{
			Name: CleanStream, Description: "anonymised events, kept for replay",
			Subjects: []string{"clean.>"}, Retention: jetstream.LimitsPolicy, Storage: jetstream.FileStorage,
			MaxAge: c.CleanMaxAge, Duplicates: dup(c.CleanMaxAge, 7*24*time.Hour), MaxMsgSize: MaxMsgBytes,
			Replicas: c.Replicas,
		},
		{
			Name: QuarantineStream, Description: "refused events with their reason; never sent on",
			Subjects: []string{"quarantine.>"}, Retention: jetstream.LimitsPolicy, Storage: jetstream.FileStorage,
			MaxAge: c.QuarantineAge, MaxMsgSize: MaxMsgBytes * 2, Replicas: c.Replicas,
		},
		{
			Name: DLQStream, Description: "poison messages after max deliveries, with the reason",
			Subjects: []string{"dlq.>"}, Retention: jetstream.LimitsPolicy, Storage: jetstream.FileStorage,
			MaxAge: c.DLQMaxAge, MaxMsgSize: MaxMsgBytes * 2, Replicas: c.Replicas,
		},
	}
}

// ConsumerConfigs returns the durable pull consumers by stream.
//
// No BackOff list: JetStream takes its first entry as the ack wait, so a
// list starting at one second redelivered every message of a batch that
// took longer, and the work was done twice. The ack wait must outlast the
// longest batch; the workers' own NakWithDelay grows the retry delay.
func ConsumerConfigs() map[string]jetstream.ConsumerConfig {
	return map[string]jetstream.ConsumerConfig{
		RawStream: {
			Durable: AnonymizeConsumer, Description: "anonymise raw events",
			AckPolicy: jetstream.AckExplicitPolicy, AckWait: 60 * time.Second, MaxDeliver: MaxDeliver,
			MaxAckPending: 50000, MaxRequestBatch: 10000,
		},
		CleanStream: {
			Durable: EnrichConsumer, Description: "enrich anonymised events with AI insights",
			AckPolicy: jetstream.AckExplicitPolicy, AckWait: 120 * time.Second, MaxDeliver: -1,
			MaxAckPending: 50000, MaxRequestBatch: 10000,
		},
	}
}

// Ensure creates or updates the streams and consumers. It is idempotent.
func Ensure(ctx context.Context, js jetstream.JetStream, c Config) error {
	if err := c.Validate(); err != nil {
		return err
	}
	for _, sc := range StreamConfigs(c) {
		if _, err := js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("streams: ensure stream %s: %w", sc.Name, err)
		}
	}
	for stream, cc := range ConsumerConfigs() {
		if _, err := js.CreateOrUpdateConsumer(ctx, stream, cc); err != nil {
			return fmt.Errorf("streams: ensure consumer %s on %s: %w", cc.Durable, stream, err)
		}
	}
	return nil
}
