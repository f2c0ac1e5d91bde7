package anonymize_test

import (
	"testing"
	"time"

	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/internal/jsonx"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/synth"
)

// BenchmarkDocument is the anonymise stage's work on one event: field
// rules, free-text scan with the event's known values, and verification,
// on synthetic events of every type (about 1.4 KB each; their free text
// names someone in nearly every sentence, so it is denser in personal
// data than bench.txt).
func BenchmarkDocument(b *testing.B) {
	reg := schemas.MustLoad()
	rules := map[string][]anonymize.Rule{}
	for _, name := range reg.Types() {
		for _, f := range reg.Type(name).Fields {
			rules[name] = append(rules[name], anonymize.Rule{Path: f.Path, Kind: f.Kind, Policy: f.Policy, Closed: f.Closed})
		}
	}
	gen := synth.New(1, synth.Tenants(3))
	raw := make([][]byte, 500)
	types := make([]string, len(raw))
	size := 0
	for i := range raw {
		raw[i] = gen.Event(i)
		ev, err := reg.Decode(raw[i])
		if err != nil {
			b.Fatal(err)
		}
		types[i] = ev.Type
		data, _ := jsonx.Marshal(ev.Doc)
		raw[i] = data
		size += len(data)
	}
	plans := map[string]*anonymize.Plan{}
	for name, r := range rules {
		plans[name] = anonymize.NewPlan(r)
	}
	kr, _ := anonymize.NewKeyring(1, map[uint32][]byte{1: make([]byte, 32)})
	an := anonymize.New()
	at := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size / len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(raw)
		var doc map[string]any
		if err := jsonx.UnmarshalNumber(raw[k], &doc); err != nil {
			b.Fatal(err)
		}
		if _, err := an.Apply(doc, plans[types[k]], kr, at); err != nil {
			b.Fatal(err)
		}
	}
}
