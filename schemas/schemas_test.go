package schemas_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/veilig/veilig/schemas"
)

const valid = `{"id":"0D9A5A3E-4F3C-4F7E-9B1A-2C3D4E5F6A7B","tenant":"7f3c2a94-0000-4000-8000-000000000001","type":"incident.reported","occurred_at":"2026-11-02T08:15:00+01:00",
"data":{"reporter":{"name":"Quirijn Vlinderhof","email":"q@example.nl"},"location":{"site":"Hal 3"},"description":"Viel van de ladder.","severity":"minor"}}`

func TestEveryFieldIsAnnotated(t *testing.T) {
	reg, err := schemas.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"incident.reported", "inspection.completed", "toolbox.held"}
	if got := reg.Types(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("types %v", got)
	}
	for _, name := range want {
		typ := reg.Type(name)
		if typ.Version < 1 || len(typ.Fields) == 0 {
			t.Fatalf("%s: version %d, %d fields", name, typ.Version, len(typ.Fields))
		}
		for _, f := range typ.Fields {
			if f.Kind == "person" && f.Policy == "keep" {
				t.Errorf("%s.%s keeps a person's name", name, f.Path)
			}
		}
	}
	// an enum is a closed field, which the verifier need not check for names
	closed := map[string]bool{}
	for _, f := range reg.Type("incident.reported").Fields {
		closed[f.Path] = f.Closed
	}
	if !closed["severity"] || closed["description"] || closed["reporter.name"] {
		t.Errorf("closed fields %v: want severity and no free text or name", closed)
	}
}

func TestDecodeNormalisesIDs(t *testing.T) {
	ev, err := schemas.MustLoad().Decode([]byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	if ev.ID != "0d9a5a3e-4f3c-4f7e-9b1a-2c3d4e5f6a7b" || ev.Doc == nil {
		t.Fatalf("decoded %+v", ev)
	}
}

// TestDecodeTakesOneUUIDForm: ids are stored and placed into SQL in one
// form, so the other spellings a UUID parser would accept are refused.
func TestDecodeTakesOneUUIDForm(t *testing.T) {
	reg := schemas.MustLoad()
	const id = "0D9A5A3E-4F3C-4F7E-9B1A-2C3D4E5F6A7B"
	for _, other := range []string{
		"{" + id + "}",
		"urn:uuid:" + id,
		strings.ReplaceAll(id, "-", ""),
		strings.Replace(id, "-", "x", 1),
		"0D9A5A3E-4F3C-4F7E-9B1A-2C3D4E5F6A7G",
		"0D9A5A3E4-F3C-4F7E-9B1A-2C3D4E5F6A7B",
		" " + id[1:],
	} {
		_, err := reg.Decode([]byte(strings.Replace(valid, id, other, 1)))
		var se *schemas.Error
		if !errors.As(err, &se) || se.Code != schemas.CodeInvalidEnvelope {
			t.Errorf("id %q: got %v, want %s", other, err, schemas.CodeInvalidEnvelope)
		}
	}
	if schemas.CanonicalUUID(id) || !schemas.CanonicalUUID(strings.ToLower(id)) {
		t.Error("CanonicalUUID must take the lower-case form only")
	}
}

func TestDecodeRefusesWithACodeAndNoValue(t *testing.T) {
	reg := schemas.MustLoad()
	cases := map[schemas.Code][]byte{
		schemas.CodeOversize:        bytes.Repeat([]byte("x"), schemas.MaxEventBytes+1),
		schemas.CodeInvalidUTF8:     []byte("{\"id\":\"Vlinderhof\xff\"}"),
		schemas.CodeMalformedJSON:   []byte(`{"id": "Vlinderhof"`),
		schemas.CodeInvalidEnvelope: []byte(strings.Replace(valid, `"id":"0D9A5A3E-4F3C-4F7E-9B1A-2C3D4E5F6A7B"`, `"id":"Vlinderhof"`, 1)),
		schemas.CodeUnknownType:     []byte(strings.Replace(valid, "incident.reported", "incident.exploded", 1)),
		schemas.CodeSchemaViolation: []byte(strings.Replace(valid, `"q@example.nl"`, `"Vlinderhof at home"`, 1)),
	}
	for code, raw := range cases {
		_, err := reg.Decode(raw)
		var se *schemas.Error
		if !errors.As(err, &se) || se.Code != code || !errors.Is(err, schemas.ErrInvalid) {
			t.Errorf("%s: got %v", code, err)
			continue
		}
		if strings.Contains(err.Error(), "Vlinderhof") {
			t.Errorf("%s: the error carries a value: %v", code, err)
		}
	}
	extra := strings.Replace(valid, `"severity":"minor"`, `"severity":"minor","secret":"Vlinderhof"`, 1)
	if _, err := reg.Decode([]byte(extra)); err == nil || strings.Contains(err.Error(), "Vlinderhof") {
		t.Errorf("unknown data field: %v", err)
	}
}

// A null property is an absent one: an optional one passes, a required
// one is reported missing by name.
func TestDecodeTakesNullAsAbsent(t *testing.T) {
	reg := schemas.MustLoad()
	optional := strings.Replace(valid, `"severity":"minor"`, `"severity":"minor","injured_person":null,"category":null`, 1)
	optional = strings.Replace(optional, `"q@example.nl"}`, `"q@example.nl","phone":null}`, 1)
	ev, err := reg.Decode([]byte(optional))
	if err != nil {
		t.Fatalf("optional nulls: %v", err)
	}
	if _, ok := ev.Doc["injured_person"]; ok {
		t.Error("the null injured_person is still in the document")
	}
	required := strings.Replace(valid, `"description":"Viel van de ladder."`, `"description":null`, 1)
	if _, err := reg.Decode([]byte(required)); err == nil || !strings.Contains(err.Error(), "missing description") {
		t.Errorf("required null: got %v, want the missing property named", err)
	}
}

// A schema violation says what the schema wanted, in its own terms, and
// of the event only a value's JSON type: never a value, nor a property
// name the schema does not define.
func TestSchemaViolationsSayWhatWasWanted(t *testing.T) {
	reg := schemas.MustLoad()
	cases := map[string]string{
		strings.Replace(valid, `"severity":"minor"`, `"severity":"Vlinderhof"`, 1):                        "not one of near_miss, minor, major, fatal",
		strings.Replace(valid, `"location":{"site":"Hal 3"}`, `"location":"Vlinderhof"`, 1):               "want object, got string",
		strings.Replace(valid, `"severity":"minor"`, `"severity":"minor","Vlinderhof":1,"Quirijn":2`, 1):  "2 properties the schema does not define",
		strings.Replace(valid, `"reporter":{"name":"Quirijn Vlinderhof","email":"q@example.nl"},`, ``, 1): "missing reporter",
	}
	for raw, want := range cases {
		_, err := reg.Decode([]byte(raw))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %q", err, want)
			continue
		}
		if strings.Contains(err.Error(), "Vlinderhof") || strings.Contains(err.Error(), "Quirijn") {
			t.Errorf("the error carries a value or a producer's key: %v", err)
		}
	}
}

func TestMigrationsExistForBothFlavours(t *testing.T) {
	for _, f := range []string{"modern", "legacy"} {
		if _, err := schemas.Migrations(f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if _, err := schemas.Migrations("nosuch"); err == nil {
		t.Error("unknown flavour accepted")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(`{"id":1}`))
	f.Add([]byte("\xff"))
	reg := schemas.MustLoad()
	f.Fuzz(func(t *testing.T, raw []byte) {
		ev, err := reg.Decode(raw)
		if err == nil && (ev == nil || ev.ID == "" || ev.Tenant == "") {
			t.Fatal("accepted an event without id or tenant")
		}
		if err != nil && !errors.Is(err, schemas.ErrInvalid) {
			t.Fatalf("refusal without a code: %v", err)
		}
	})
}
