package workers

import (
	"os"
	"runtime/debug"
)

// GCPercent is the collector's pace TuneGC sets: the heap may grow to five
// times what is live before the next collection.
const GCPercent = 400

// TuneGC paces the garbage collector for the pipeline unless the operator
// set GOGC: the workers allocate about 60 KB per event and keep almost
// none of it, so at Go's default (GOGC=100) the collector runs every few
// hundred events and marks the same live heap (mostly the embedded NATS
// server's block caches) over and over. In interleaved runs of
// BenchmarkPipeline, GOGC=400 spent 6 to 13 % less CPU per event; `veilig
// demo --events 60000` went from 30.2 to 27.5 s of CPU and its peak RSS
// from 0.96 to 1.33 GB. GOGC and GOMEMLIMIT still override. The returned
// function restores the previous pace.
func TuneGC() (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	old := debug.SetGCPercent(GCPercent)
	return func() { debug.SetGCPercent(old) }
}
