// Package safe names a recovered panic without quoting it: the workers and
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
