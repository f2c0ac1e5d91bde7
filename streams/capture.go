package streams

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Captured is one message of the CLEAN stream as a replay fixture holds it.
type Captured struct {
	Subject  string              `json:"subject"`
	Sequence uint64              `json:"sequence"`
	Time     time.Time           `json:"time"`
	Headers  map[string][]string `json:"headers,omitempty"`
	Data     []byte              `json:"data"` // the anonymised event, JSON (base64 in the fixture)
}

// CaptureFilter selects a range of the CLEAN stream. Zero values select
// everything.
type CaptureFilter struct {
	Tenant   string
	Type     string
	From, To time.Time // by the time the broker stored the message
}

func (f CaptureFilter) subject() string {
	t, typ := "*", ">"
	if f.Tenant != "" {
		t = subjectToken(f.Tenant)
	}
	if f.Type != "" {
		typ = f.Type
	}
	return "clean." + t + "." + typ
}

// Capture reads the selected range of CLEAN in order with an ordered
// consumer and calls fn per message. It stops at the stream's end as it was
// when Capture started, at To, or when fn returns an error. CLEAN holds
// no personal data, so a capture is safe to keep as a test fixture.
func Capture(ctx context.Context, js jetstream.JetStream, f CaptureFilter, fn func(Captured) error) (int, error) {
	_, info, err := State(ctx, js, CleanStream)
	if err != nil {
		return 0, fmt.Errorf("streams: capture: %w", err)
	}
	last := info.State.LastSeq
	if info.State.Msgs == 0 {
		return 0, nil
	}
	cfg := jetstream.OrderedConsumerConfig{FilterSubjects: []string{f.subject()}, DeliverPolicy: jetstream.DeliverAllPolicy}
	if !f.From.IsZero() {
		from := f.From
		cfg.DeliverPolicy, cfg.OptStartTime = jetstream.DeliverByStartTimePolicy, &from
	}
	cons, err := js.OrderedConsumer(ctx, CleanStream, cfg)
	if err != nil {
		return 0, fmt.Errorf("streams: capture: %w", err)
	}
	n := 0
	for {
		batch, err := cons.Fetch(500, jetstream.FetchMaxWait(500*time.Millisecond))
		if err != nil {
			return n, fmt.Errorf("streams: capture: %w", err)
		}
		got := 0
		for m := range batch.Messages() {
			got++
			md, err := m.Metadata()
			if err != nil {
				return n, err
			}
			if md.Sequence.Stream > last || (!f.To.IsZero() && md.Timestamp.After(f.To)) {
				return n, nil
			}
			c := Captured{Subject: m.Subject(), Sequence: md.Sequence.Stream, Time: md.Timestamp.UTC(), Data: m.Data()}
			if h := m.Headers(); len(h) > 0 {
				c.Headers = map[string][]string(h)
			}
			if err := fn(c); err != nil {
				return n, err
			}
			n++
			if md.Sequence.Stream == last {
				return n, nil
			}
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, context.DeadlineExceeded) {
			return n, err
		}
		if got == 0 {
			return n, nil // nothing more matches the filter
		}
	}
}

// State returns a stream and its current state, which a publish updates
// before it returns.
func State(ctx context.Context, js jetstream.JetStream, name string) (jetstream.Stream, *jetstream.StreamInfo, error) {
	s, err := js.Stream(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	info, err := s.Info(ctx)
	return s, info, err
}

// RawRange reads the raw events the RAW stream still holds (those not yet
// anonymised) without consuming them: by direct gets, so the work-queue
// consumer keeps them. Raw events hold personal data: callers must keep
// them in memory and pass them only to the anonymiser.
func RawRange(ctx context.Context, js jetstream.JetStream, f CaptureFilter, fn func(subject string, at time.Time, data []byte) error) (int, error) {
	s, info, err := State(ctx, js, RawStream)
	if err != nil {
		return 0, fmt.Errorf("streams: raw range: %w", err)
	}
	prefix := "raw."
	if f.Tenant != "" {
		prefix += subjectToken(f.Tenant) + "."
		if f.Type != "" {
			prefix += f.Type
		}
	}
	n := 0
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue // already anonymised and removed
		}
		if err != nil {
			return n, fmt.Errorf("streams: raw range: %w", err)
		}
		if len(m.Subject) < len(prefix) || m.Subject[:len(prefix)] != prefix ||
			(f.Type != "" && f.Tenant == "" && !hasSuffixToken(m.Subject, f.Type)) ||
			(!f.From.IsZero() && m.Time.Before(f.From)) || (!f.To.IsZero() && m.Time.After(f.To)) {
			continue
		}
		if err := fn(m.Subject, m.Time.UTC(), m.Data); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func hasSuffixToken(subject, typ string) bool {
	return len(subject) > len(typ) && subject[len(subject)-len(typ)-1:] == "."+typ
}
