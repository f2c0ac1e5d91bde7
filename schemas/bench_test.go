package schemas_test

import (
	"testing"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/synth"
)

// BenchmarkDecode measures envelope and schema validation of one event.
func BenchmarkDecode(b *testing.B) {
	reg := schemas.MustLoad()
	g := synth.New(1, synth.Tenants(3))
	events := make([][]byte, 1000)
	size := 0
	for i := range events {
		events[i] = g.Event(i)
		size += len(events[i])
	}
	b.SetBytes(int64(size / len(events)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := reg.Decode(events[i%len(events)]); err != nil {
			b.Fatal(err)
		}
	}
}
