package workers_test

import (
	"context"
	"testing"
	"time"

	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
)

// BenchmarkPipeline measures the whole path on embedded backends with the
// local AI: publish (validated, async) -> RAW -> anonymise + verify ->
// CLEAN + ClickHouse events -> enrich -> ClickHouse insights, until both
// stages have drained. It reports events/s; SetBytes makes -bench print
// MB/s of raw events too.
func BenchmarkPipeline(b *testing.B) {
	h := newHarness(b)
	ctx := context.Background()
	ts := synth.Tenants(3)
	for _, t := range ts {
		if _, err := h.tenants.Ensure(ctx, t.ID, t.Name); err != nil {
			b.Fatal(err)
		}
	}
	gen := synth.New(uint64(time.Now().UnixNano()), ts)
	events := make([][]byte, b.N)
	size := 0
	for i := range events {
		events[i] = gen.Event(i)
		size += len(events[i])
	}
	b.SetBytes(int64(size / b.N))
	h.start()
	b.ResetTimer()
	pub := streams.NewPublisher(h.conn.JS, h.reg, streams.PublisherOptions{Tenants: h.tenants.Exists})
	for _, e := range events {
		if err := pub.Publish(ctx, e, nil); err != nil {
			b.Fatal(err)
		}
	}
	pub.Close()
	h.waitDrained(10 * time.Minute)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	h.stop()
}
