package ai_test

import (
	"context"
	"testing"
	"time"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/ai/aitest"
)

// BenchmarkRemoteThroughput runs against the test server with 200 ms
// latency and a limit of 600 requests per minute. The ceiling is
// 600/60 x 10 items per prompt = 100 events/s; it reports events/s and
// the share of calls that hit 429. Run with -benchtime 1000x or more.
func BenchmarkRemoteThroughput(b *testing.B) {
	s := aitest.New()
	defer s.Close()
	s.Latency = 200 * time.Millisecond
	s.RPM = 600
	r, err := ai.NewRemote(ai.RemoteOptions{BaseURL: s.BaseURL(), Model: "m", APIKey: "k", Policy: ai.Policy{Profile: ai.ProfileTest},
		RequestsPerMin: 600, BatchItems: 10, Concurrency: 8})
	if err != nil {
		b.Fatal(err)
	}
	all := make([]ai.Item, b.N)
	for i := range all {
		all[i] = items("t1", 1, i)[0]
	}
	b.ResetTimer()
	got := 0
	for lo := 0; lo < len(all); lo += 500 {
		res, err := r.Insights(context.Background(), all[lo:min(lo+500, len(all))])
		if err != nil {
			b.Fatal(err)
		}
		got += len(res)
	}
	b.StopTimer()
	if got != b.N {
		b.Fatalf("%d insights for %d items", got, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(100*float64(s.Count(429))/float64(max(s.Requests(), 1)), "%429")
}
