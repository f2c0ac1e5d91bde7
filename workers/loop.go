// Package workers runs veilig's two pipeline stages over JetStream pull
// consumers: anonymise (RAW -> verified anonymisation -> CLEAN + ClickHouse
// events) and enrich (CLEAN -> AI insights -> ClickHouse insights).
//
// Each stage is a function over a fetched batch; the loop around it fetches
// (never one message per fetch), measures, and on shutdown stops fetching
// and lets the batch in hand finish and be acknowledged. A message is
// acknowledged only after the writes it caused returned; transient failures
// are negatively acknowledged with a delay that grows with each delivery;
// after streams.MaxDeliver deliveries a message goes to the DLQ with its
// reason.
package workers

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// batchFunc processes one fetched batch and settles (acks, naks, terms)
// every message in it. The ctx it gets is not cancelled by shutdown, so an
// in-flight batch always completes.
type batchFunc func(ctx context.Context, msgs []jetstream.Msg)

// consume fetches batches from cons until ctx ends.
func consume(ctx context.Context, stage string, cons jetstream.Consumer, size int, wait time.Duration, m *Metrics, log *slog.Logger, fn batchFunc) {
	failures := 0
	msgs := make([]jetstream.Msg, 0, size)
	for ctx.Err() == nil {
		b, err := cons.Fetch(size, jetstream.FetchMaxWait(wait))
		if err != nil {
			failures++
			delay := backoff(failures)
			log.Warn("fetch failed; retrying", "stage", stage, "error", err, "retry_in", delay)
			select {
			case <-ctx.Done():
			case <-time.After(delay):
			}
			continue
		}
		failures = 0
		msgs = msgs[:0]
		again := 0
		for msg := range b.Messages() {
			msgs = append(msgs, msg)
			if deliveries(msg) > 1 {
				again++
			}
		}
		if again > 0 {
			m.Redelivered.WithLabelValues(stage).Add(float64(again))
		}
		if err := b.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, context.DeadlineExceeded) {
			log.Debug("fetch ended early", "stage", stage, "error", err)
		}
		if len(msgs) == 0 {
			continue
		}
		start := time.Now()
		fn(context.WithoutCancel(ctx), msgs)
		m.Batch.WithLabelValues(stage).Observe(time.Since(start).Seconds())
	}
}

// backoff is the delay before attempt n (1-based): 250ms doubling to 30s.
func backoff(n int) time.Duration {
	d := 250 * time.Millisecond
	for i := 1; i < n && d < 30*time.Second; i++ {
		d *= 2
	}
	return min(d, 30*time.Second)
}

// deliveries reads how often a message has been delivered (1 on first).
func deliveries(m jetstream.Msg) uint64 {
	md, err := m.Metadata()
	if err != nil {
		return 1
	}
	return md.NumDelivered
}
