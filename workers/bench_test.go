package workers_test

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/workers"
)

// BenchmarkPipeline measures the whole path on embedded backends with the
// local AI: publish (validated, async) -> RAW -> anonymise + verify ->
// CLEAN + ClickHouse events -> enrich -> ClickHouse insights, until both
// stages have drained. It reports events/s and CPU per event; SetBytes
// makes -bench print MB/s of raw events too. "1KB" has events of the size
// the pipeline issue names (about 1,000 bytes); "1.4KB" has the demo's
// default events, whose free text is twice as long.
func BenchmarkPipeline(b *testing.B) {
	b.Run("1KB", func(b *testing.B) { benchPipeline(b, 250, 600) })
	b.Run("1.4KB", func(b *testing.B) { benchPipeline(b, 700, 1100) })
}

func benchPipeline(b *testing.B, textLo, textHi int) {
	defer workers.TuneGC()() // as veilig demo and veilig run pace the collector
	h := newHarness(b)
	ctx := context.Background()
	ts := synth.Tenants(3)
	for _, t := range ts {
		if _, err := h.tenants.Ensure(ctx, t.ID, t.Name); err != nil {
			b.Fatal(err)
		}
	}
	gen := synth.New(uint64(time.Now().UnixNano()), ts).WithTextBytes(textLo, textHi)
	events := make([][]byte, b.N)
	size := 0
	for i := range events {
		events[i] = gen.Event(i)
		size += len(events[i])
	}
	b.SetBytes(int64(size / b.N))
	h.start()
	b.ResetTimer()
	cpu := processCPU()
	pub := streams.NewPublisher(h.conn.JS, h.reg, streams.PublisherOptions{Tenants: h.tenants.Exists})
	for _, e := range events {
		if err := pub.Publish(ctx, e, nil); err != nil {
			b.Fatal(err)
		}
	}
	pub.Close()
	h.waitDrained(10 * time.Minute)
	b.StopTimer()
	reportRate(b, cpu)
	h.stop()
}

// BenchmarkBareCeiling is the ceiling the pipeline is compared against: the
// same embedded JetStream (file storage, encryption at rest) and embedded
// ClickHouse, with nothing in between: publish 1 KB messages, fetch 5,000,
// insert them as rows, ack. No validation, anonymisation or AI.
func BenchmarkBareCeiling(b *testing.B) {
	defer workers.TuneGC()() // the same pace as the pipeline's
	h := newHarness(b)
	ctx := context.Background()
	if err := h.st.Exec(ctx, "CREATE TABLE IF NOT EXISTS bare (id UInt64, payload String) ENGINE = MergeTree ORDER BY id"); err != nil {
		b.Fatal(err)
	}
	payload := make([]byte, 1024)
	for i := range payload {
		payload[i] = 'a' + byte(i%26)
	}
	if _, err := h.conn.JS.CreateOrUpdateStream(ctx, jetstream.StreamConfig{Name: "BARE", Subjects: []string{"bare.>"}, Storage: jetstream.FileStorage, Retention: jetstream.WorkQueuePolicy}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(payload)))
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		if _, err := h.conn.JS.PublishAsync("bare.x", payload); err != nil {
			b.Fatal(err)
		}
	}
	<-h.conn.JS.PublishAsyncComplete()
	cons, err := h.conn.JS.CreateOrUpdateConsumer(ctx, "BARE", jetstream.ConsumerConfig{Durable: "bare", AckPolicy: jetstream.AckExplicitPolicy, MaxAckPending: 50000, MaxRequestBatch: 10000})
	if err != nil {
		b.Fatal(err)
	}
	done := 0
	for done < b.N {
		batch, err := cons.Fetch(5000, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			b.Fatal(err)
		}
		var msgs []jetstream.Msg
		rows := make([][]any, 0, 5000)
		for m := range batch.Messages() {
			md, _ := m.Metadata()
			rows = append(rows, []any{md.Sequence.Stream, string(m.Data())})
			msgs = append(msgs, m)
		}
		if err := h.st.Insert(ctx, "bare", []string{"id", "payload"}, rows); err != nil {
			b.Fatal(err)
		}
		for _, m := range msgs {
			_ = m.Ack()
		}
		done += len(msgs)
	}
	b.StopTimer()
	reportRate(b, cpu)
}

// reportRate reports events/s and the CPU time the whole process spent
// per event since cpu was read (all threads: the brokers', the embedded
// engine's, the garbage collector's), the figure that says how far a
// change moved the work, whatever else the machine was doing.
func reportRate(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	if used := processCPU() - cpu; cpu > 0 && used > 0 {
		b.ReportMetric(float64(used.Microseconds())/float64(b.N), "cpu-µs/event")
	}
}
