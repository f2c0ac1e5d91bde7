package workers_test

import (
	"context"
	"testing"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/internal/jsonx"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/workers"
)

// BenchmarkStages splits the per-event CPU of the pipeline by step, on
// the same synthetic events as BenchmarkPipeline, without the brokers.
func BenchmarkStages(b *testing.B) {
	reg := schemas.MustLoad()
	gen := synth.New(1, synth.Tenants(3))
	raw := make([][]byte, 1000)
	for i := range raw {
		raw[i] = gen.Event(i)
	}
	plans := workers.PlansByType(reg)
	kr, _ := anonymize.NewKeyring(1, map[uint32][]byte{1: make([]byte, 32)})
	an := anonymize.New()
	b.Run("decode", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = reg.Decode(raw[i%len(raw)])
		}
	})
	b.Run("decode+anonymise", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			ev, _ := reg.Decode(raw[i%len(raw)])
			if _, err := an.Apply(ev.Doc, plans[ev.Type], kr, ev.OccurredAt); err != nil {
				b.Fatal(err)
			}
		}
	})
	texts := make([]ai.Item, len(raw))
	cleans := make([][]byte, len(raw))
	for i := range raw {
		ev, _ := reg.Decode(raw[i])
		res, _ := an.Apply(ev.Doc, plans[ev.Type], kr, ev.OccurredAt)
		texts[i] = ai.Item{ID: ev.ID, Text: res.Text}
		cleans[i], _ = jsonx.Marshal(schemas.CleanEvent{ID: ev.ID, Tenant: ev.Tenant, Type: ev.Type, Text: res.Text, Data: res.Data})
	}
	b.Run("clean-decode", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			var ce schemas.CleanEvent
			_ = jsonx.Unmarshal(cleans[i%len(cleans)], &ce)
		}
	})
	l := ai.NewLocal()
	b.Run("local-ai", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = l.Insights(context.Background(), texts[i%len(texts):i%len(texts)+1])
		}
	})
}
