package chdb

import (
	"context"
	"net/url"
	"syscall"
	"testing"
	"time"

	"github.com/veilig/veilig/store"
)

var sink int

// With the engine loaded and started, a nil dereference in Go code must
// still be a panic a worker can recover from: under the engine's own
// SIGSEGV handler it hung the process.
func TestOpeningTheEngineKeepsGoPanicsRecoverable(t *testing.T) {
	before := signalHandler(syscall.SIGSEGV)
	u, err := url.Parse("chdb:" + t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	d, err := open(context.Background(), u, store.Options{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for _, s := range runtimeSignals {
		if s == syscall.SIGSEGV && signalHandler(s) != before {
			t.Fatalf("the engine's start left its own %v handler in place", s)
		}
	}
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		var p *struct{ x int }
		sink = p.x
	}()
	select {
	case r := <-done:
		if r == nil {
			t.Fatal("a nil dereference did not panic")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("a nil dereference hung instead of panicking")
	}
	// the engine still answers
	if _, err := d.(*driver).run("SELECT 1", "CSV"); err != nil {
		t.Fatal(err)
	}
}
