package safe

import (
	"errors"
	"strings"
	"testing"
)

func TestKindNamesThePanicNotItsMessage(t *testing.T) {
	const canary = "Jan de Vries 06-12345678"
	var runtimeErr any
	func() {
		defer func() { runtimeErr = recover() }()
		var none []byte
		_ = none[len(canary)] // an index out of range: a runtime error
	}()
	for r, want := range map[any]string{runtimeErr: "runtime error", errors.New(canary): "error", canary: "string", 42: "int"} {
		if got := Kind(r); got != want || strings.Contains(got, "Vries") {
			t.Errorf("Kind(%T) = %q, want %q", r, got, want)
		}
	}
}
