package workers_test

import (
	"math"
	"os"
	"runtime/debug"
	"testing"

	"github.com/veilig/veilig/workers"
)

func TestTuneGCSetsThePaceAndRestoresIt(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	// the operator's GOGC or GOMEMLIMIT stands
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			unsetenv(t, "GOGC")
			unsetenv(t, "GOMEMLIMIT")
			t.Setenv(env, "200")
			workers.TuneGC()()
			if got := debug.SetGCPercent(150); got != 150 {
				t.Fatalf("with %s set, the pace changed to %d", env, got)
			}
			if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
				t.Fatalf("with %s set, the limit changed to %d", env, got)
			}
		})
	}

	// neither set: TuneGC sets both, and restore brings the old ones back
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	unsetenv(t, "GOGC")
	unsetenv(t, "GOMEMLIMIT")
	restore := workers.TuneGC()
	if got := debug.SetGCPercent(workers.GCPercent); got != workers.GCPercent {
		t.Fatalf("pace %d, want %d", got, workers.GCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != workers.MemoryLimit {
		t.Fatalf("limit %d, want %d", got, workers.MemoryLimit)
	}
	restore()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Fatalf("restore left the pace at %d, want 150", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("restore left the limit at %d", got)
	}
}

// unsetenv removes an environment variable for the test; t.Setenv first
// so that the testing package restores it afterwards.
func unsetenv(t *testing.T, key string) {
	t.Helper()
	if err := os.Unsetenv(key); err != nil {
		t.Fatal(err)
	}
}
