// Package safe recovers a panic and names it without quoting it: the workers and
// the command line turn a bug that one event's or line's content trips into
// a refusal of that input, and their messages must never carry the content.
package safe

import (
	"fmt"
	"runtime"
)

// Kind describes a recovered panic without its message, which could quote
// the data that caused it: a runtime error's type, or the value's Go type.
func Kind(r any) string {
	switch r.(type) {
	case runtime.Error:
		return "runtime error"
	case error:
		return "error"
	default:
		return fmt.Sprintf("%T", r)
	}
}

// Recover runs fn; when fn panics it returns onPanic's result instead, so
// that one input's bug becomes that input's refusal.
func Recover[T any](fn func() T, onPanic func(r any) T) (out T) {
	defer func() {
		if r := recover(); r != nil {
			out = onPanic(r)
		}
	}()
	return fn()
}
