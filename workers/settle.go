package workers

import (
	"context"
	"strconv"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/streams"
)

// maxReason bounds a reason header. Reasons are built from codes, paths
// and positions, never values; the bound keeps a server's long error text
// from flooding a header.
const maxReason = 400

func clipReason(s string) string {
	if len(s) > maxReason {
		return s[:maxReason] + "…"
	}
	return s
}

// retry negatively acknowledges m with a delay that grows per delivery, or
// dead-letters it once it has been delivered limit times (limit <= 0: never).
func (p *Pipeline) retry(ctx context.Context, stage string, m jetstream.Msg, cause error, limit int) {
	n := deliveries(m)
	if limit > 0 && n >= uint64(limit) {
		p.deadLetter(ctx, stage, m, "gave up after "+strconv.FormatUint(n, 10)+" deliveries: "+cause.Error())
		return
	}
	p.cfg.Metrics.Events.WithLabelValues(stage, "retried").Inc()
	_ = m.NakWithDelay(backoff(int(n))) // #nosec G115 -- delivery counts are at most MaxDeliver plus a few
}

// deadLetter copies m to the DLQ with its reason and terminates it. If the
// DLQ cannot take it, m is kept (negatively acknowledged) rather than lost.
func (p *Pipeline) deadLetter(ctx context.Context, stage string, m jetstream.Msg, reason string) {
	msg := &nats.Msg{
		Subject: streams.DLQSubject(stage, streams.TenantOf(m.Subject())),
		Data:    m.Data(),
		Header:  nats.Header{},
	}
	msg.Header.Set(streams.HeaderStage, stage)
	msg.Header.Set(streams.HeaderReason, clipReason(reason))
	msg.Header.Set(streams.HeaderDeliveries, strconv.FormatUint(deliveries(m), 10))
	if _, err := p.js.PublishMsg(ctx, msg); err != nil {
		p.cfg.Logger.Error("dead-letter publish failed; keeping the message", "stage", stage, "error", err)
		_ = m.NakWithDelay(backoff(int(deliveries(m)))) // #nosec G115 -- delivery counts are at most MaxDeliver plus a few
		return
	}
	p.cfg.Logger.Warn("message dead-lettered", "stage", stage, "reason", clipReason(reason))
	p.cfg.Metrics.Events.WithLabelValues(stage, "dead_lettered").Inc()
	_ = m.Term()
}
