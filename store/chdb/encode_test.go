package chdb

import (
	"encoding/json"
	"testing"
	"time"
)

// appendString must say what encoding/json says: same string after a
// round trip, for every input including control characters and broken
// UTF-8.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "tab\tnew\nline\r\x00\x1f\x7f", "é ü ß 🚧", "bad \xff\xfe utf8 \xe2\x82", "\u2028<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want string
		if err := json.Unmarshal(appendString(nil, s), &got); err != nil {
			t.Fatalf("appendString(%q) is not a JSON string: %v", s, err)
		}
		std, _ := json.Marshal(s)
		_ = json.Unmarshal(std, &want)
		if got != want {
			t.Fatalf("appendString(%q) decodes to %q, encoding/json's to %q", s, got, want)
		}
	})
}

func TestAppendValue(t *testing.T) {
	at := time.Date(2026, 11, 2, 8, 15, 4, 123456789, time.FixedZone("CET", 3600))
	for _, c := range []struct {
		v    any
		want string
	}{
		{"a\"b", `"a\"b"`}, {at, `"2026-11-02 07:15:04.123"`}, {uint16(7), "7"}, {int64(-3), "-3"},
		{uint64(18446744073709551615), "18446744073709551615"}, {[]string{"x"}, `["x"]`}, {nil, "null"},
	} {
		got, err := appendValue(nil, c.v)
		if err != nil || string(got) != c.want {
			t.Errorf("appendValue(%#v) = %s, %v; want %s", c.v, got, err, c.want)
		}
	}
}
