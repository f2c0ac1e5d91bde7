// Package jsonx is the JSON codec of veilig's hot path: every event is
// decoded at publish, decoded again by the anonymise stage, encoded for
// CLEAN and decoded by the enrich stage. encoding/json spent more CPU on
// that than the anonymiser did (two scans per decode, reflection per
// value), so the hot path uses github.com/bytedance/sonic, configured to
// behave as encoding/json does: map keys sorted, HTML escaped, strings
// validated as UTF-8 and copied out of the input. jsonx_test.go checks
// that equivalence on real events.
//
// The one deliberate difference is the errors: sonic's messages quote the
// input around a syntax error, and an event's input is personal data, so
// every error from this package says where, never what.
package jsonx

import (
	"errors"
	"fmt"

	"github.com/bytedance/sonic"
	"github.com/bytedance/sonic/decoder"
)

var (
	std = sonic.ConfigStd
	// own copies json.RawMessage verbatim instead of compacting and
	// checking it again; for values whose raw JSON this program encoded
	own = sonic.Config{
		EscapeHTML:              true,
		SortMapKeys:             true,
		ValidateString:          true,
		NoValidateJSONMarshaler: true,
	}.Froze()
	num = sonic.Config{
		EscapeHTML:       true,
		SortMapKeys:      true,
		CompactMarshaler: true,
		CopyString:       true,
		ValidateString:   true,
		UseNumber:        true,
	}.Froze()
)

// Error is a decoding error: the byte offset where the input stopped
// being what was expected (-1 when unknown), without any of the input.
type Error struct{ Offset int }

func (e *Error) Error() string {
	if e.Offset < 0 {
		return "json: invalid JSON or wrong JSON type"
	}
	return fmt.Sprintf("json: invalid JSON at byte %d", e.Offset)
}

// Marshal encodes v as encoding/json.Marshal does.
func Marshal(v any) ([]byte, error) {
	b, err := std.Marshal(v)
	if err != nil {
		return nil, errors.New("json: value cannot be encoded")
	}
	return b, nil
}

// MarshalOwn is Marshal for a value whose json.RawMessage fields hold JSON
// that this program encoded with Marshal (compact and valid): they are
// copied as they are instead of being parsed again.
func MarshalOwn(v any) ([]byte, error) {
	b, err := own.Marshal(v)
	if err != nil {
		return nil, errors.New("json: value cannot be encoded")
	}
	return b, nil
}

// Unmarshal decodes data into v as encoding/json.Unmarshal does.
func Unmarshal(data []byte, v any) error { return safe(std.Unmarshal(data, v)) }

// UnmarshalNumber is Unmarshal with numbers decoded into any as
// json.Number, as json.Decoder.UseNumber does: no precision is lost.
func UnmarshalNumber(data []byte, v any) error { return safe(num.Unmarshal(data, v)) }

func safe(err error) error {
	if err == nil {
		return nil
	}
	var se decoder.SyntaxError // sonic returns it as a value
	if errors.As(err, &se) {
		return &Error{Offset: se.Pos}
	}
	return &Error{Offset: -1}
}
