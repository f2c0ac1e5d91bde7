package workers_test

import (
	"os"
	"runtime/debug"
	"testing"

	"github.com/veilig/veilig/workers"
)

func TestTuneGCSetsThePaceAndRestoresIt(t *testing.T) {
	t.Setenv("GOGC", "") // set, even empty: the operator's choice stands
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	workers.TuneGC()()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Fatalf("with GOGC set, the pace changed to %d", got)
	}

	// unset: TuneGC sets its pace, and restore brings the old one back
	t.Setenv("GOGC", "")
	unsetenv(t, "GOGC")
	restore := workers.TuneGC()
	if got := debug.SetGCPercent(workers.GCPercent); got != workers.GCPercent {
		t.Fatalf("pace %d, want %d", got, workers.GCPercent)
	}
	restore()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Fatalf("restore left the pace at %d, want 150", got)
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
