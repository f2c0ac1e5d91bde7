package workers

import (
	"os"
	"runtime/debug"
)

// GCPercent is the collector's pace TuneGC sets: the heap may grow to five
// times what is live before the next collection.
const GCPercent = 400

// MemoryLimit is the soft limit on the Go heap TuneGC sets with it: near
// it the collector runs as often as it must, so the faster pace never
// costs more than this much memory (the embedded engine's own memory is
// outside it).
const MemoryLimit = 1 << 30

// TuneGC paces the garbage collector for the pipeline unless the operator
// set GOGC or GOMEMLIMIT: the workers allocate about 60 KB per event and
// keep almost none of it, so at Go's default (GOGC=100) the collector runs
// every few hundred events and marks the same live heap (mostly the
// embedded NATS server's state) over and over. In interleaved runs of
// BenchmarkPipeline, GOGC=400 spent 6 to 13 % less CPU per event. Alone it
// let `veilig demo --events 200000` grow from 1.1 to 2.3 GB of peak RSS;
// with the 1 GiB soft limit the same run used 1.4 GB and 17 % less CPU
// than the default (82 against 98 s). The returned function restores the
// previous settings.
func TuneGC() (restore func()) {
	_, gogc := os.LookupEnv("GOGC")
	_, limit := os.LookupEnv("GOMEMLIMIT")
	if gogc || limit {
		return func() {}
	}
	oldPct := debug.SetGCPercent(GCPercent)
	oldLimit := debug.SetMemoryLimit(MemoryLimit)
	return func() {
		debug.SetGCPercent(oldPct)
		debug.SetMemoryLimit(oldLimit)
	}
}
