package jsonx

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/veilig/veilig/synth"
)

// stdNumber is encoding/json's decoding with UseNumber, the reference.
func stdNumber(data []byte) (any, error) {
	if !json.Valid(data) {
		return nil, errors.New("invalid")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// TestSameAsEncodingJSON decodes and re-encodes synthetic events of every
// type with both codecs and wants the same values and the same bytes.
func TestSameAsEncodingJSON(t *testing.T) {
	gen := synth.New(7, synth.Tenants(3))
	for i := range 300 {
		raw := gen.Event(i)
		want, err := stdNumber(raw)
		if err != nil {
			t.Fatal(err)
		}
		var got any
		if err := UnmarshalNumber(raw, &got); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("event %d decodes differently:\n got %#v\nwant %#v", i, got, want)
		}
		wb, _ := json.Marshal(want)
		gb, err := Marshal(got)
		if err != nil || !bytes.Equal(gb, wb) {
			t.Fatalf("event %d encodes differently (%v):\n got %s\nwant %s", i, err, gb, wb)
		}
	}
}

func TestEdgeCasesLikeEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`{"a":1e400}`, `{"a":12345678901234567890}`, `{"a":"<b>&"}`, `{"a":"\u2028"}`,
		`{"a":"\ud800"}`, `{"a":1,"a":2}`, `{"z":1,"a":{"c":[1,2,{"b":null}]}}`, `[]`, `"x"`,
	} {
		want, werr := stdNumber([]byte(in))
		var got any
		gerr := UnmarshalNumber([]byte(in), &got)
		if (werr == nil) != (gerr == nil) {
			t.Errorf("%s: encoding/json err %v, jsonx err %v", in, werr, gerr)
			continue
		}
		if werr != nil {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %#v, want %#v", in, got, want)
		}
		wb, _ := json.Marshal(want)
		if gb, _ := Marshal(got); !bytes.Equal(gb, wb) {
			t.Errorf("%s: encodes as %s, encoding/json as %s", in, gb, wb)
		}
	}
}

// MarshalOwn must give Marshal's bytes for values whose raw JSON Marshal
// made.
func TestMarshalOwnSameAsMarshal(t *testing.T) {
	gen := synth.New(3, synth.Tenants(2))
	for i := range 50 {
		var doc map[string]any
		if err := UnmarshalNumber(gen.Event(i), &doc); err != nil {
			t.Fatal(err)
		}
		data, _ := Marshal(doc["data"])
		v := struct {
			ID   string          `json:"id"`
			Data json.RawMessage `json:"data"`
		}{ID: "x<y", Data: data}
		want, _ := json.Marshal(v)
		got, err := MarshalOwn(v)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("MarshalOwn = %s, %v; encoding/json gives %s", got, err, want)
		}
	}
}

// TestErrorsHoldNoInput feeds broken documents carrying a canary and wants
// errors that say where but never echo the input.
func TestErrorsHoldNoInput(t *testing.T) {
	const canary = "Canary Jansen 0612345678"
	for _, in := range []string{
		`{"name": "` + canary + `" x}`, `{"name": "` + canary + `"} trailing`, `{"name": "` + canary,
		`{"name": ` + canary + `}`,
	} {
		var v any
		err := UnmarshalNumber([]byte(in), &v)
		if err == nil {
			t.Errorf("%q: no error", in)
			continue
		}
		if strings.Contains(err.Error(), "Canary") || strings.Contains(err.Error(), "0612") {
			t.Errorf("error echoes the input: %v", err)
		}
		var je *Error
		if !errors.As(err, &je) {
			t.Errorf("%q: error %T is not *jsonx.Error", in, err)
		} else if je.Offset < 0 {
			t.Errorf("%q: a syntax error without its offset", in)
		}
	}
	var typed struct{ N int }
	if err := Unmarshal([]byte(`{"N":"`+canary+`"}`), &typed); err == nil || strings.Contains(err.Error(), "Canary") {
		t.Errorf("wrong type: error %v", err)
	}
}

// FuzzSameAsEncodingJSON: whatever the input, both codecs agree on
// whether it is JSON and, when it is, on its value.
func FuzzSameAsEncodingJSON(f *testing.F) {
	gen := synth.New(1, synth.Tenants(1))
	for i := range 5 {
		f.Add(gen.Event(i))
	}
	f.Add([]byte(`{"a":[1,"b",{"c":null}],"d":true}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		want, werr := stdNumber(in)
		var got any
		gerr := UnmarshalNumber(in, &got)
		if werr != nil {
			if gerr == nil {
				t.Fatalf("jsonx accepted what encoding/json refuses (%v): %q", werr, in)
			}
			return
		}
		if gerr != nil {
			t.Fatalf("jsonx refused valid JSON: %v: %q", gerr, in)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("values differ for %q", in)
		}
	})
}
