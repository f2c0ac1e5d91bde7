// Package schemas holds veilig's contracts, embedded in the binary: the event
// envelope and one JSON Schema per event type (each field annotated with
// x-pii: what it holds and what the anonymiser does with it), and the
// versioned ClickHouse DDL. It does no I/O beyond reading its embedded files
// and imports neither NATS nor ClickHouse.
package schemas

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/veilig/veilig/internal/jsonx"
)

//go:embed events/*.json
var eventFS embed.FS

//go:embed migrations
var migrationFS embed.FS

// MaxEventBytes is the largest encoded event accepted anywhere in the
// pipeline (publisher, ingest, workers). Larger events are refused with
// CodeOversize.
const MaxEventBytes = 64 << 10

// Code classifies why an event was refused. Codes are stable: they appear in
// quarantine headers and metric labels.
type Code string

const (
	CodeOversize        Code = "oversize"
	CodeInvalidUTF8     Code = "invalid_utf8"
	CodeMalformedJSON   Code = "malformed_json"
	CodeInvalidEnvelope Code = "invalid_envelope"
	CodeUnknownType     Code = "unknown_type"
	CodeSchemaViolation Code = "schema_violation"
	CodeUnknownTenant   Code = "unknown_tenant"
)

// ErrInvalid is wrapped by every *Error, so errors.Is(err, ErrInvalid)
// tells a refused event from an infrastructure failure.
var ErrInvalid = errors.New("invalid event")

// Error is a refused event. Its message names the code and the location
// (a JSON pointer, a keyword) but never a value from the event, so it is
// safe to log and to store in quarantine headers.
type Error struct {
	Code   Code
	Detail string
}

func (e *Error) Error() string {
	if e.Detail == "" {
		return "invalid event: " + string(e.Code)
	}
	return "invalid event: " + string(e.Code) + ": " + e.Detail
}

func (e *Error) Unwrap() error { return ErrInvalid }

func invalid(c Code, format string, args ...any) *Error {
	return &Error{Code: c, Detail: fmt.Sprintf(format, args...)}
}

// Event is the envelope every producer sends.
type Event struct {
	ID         string
	Tenant     string
	Type       string
	OccurredAt time.Time

	// Doc is the event's data as Decode parsed and validated it (objects
	// as map[string]any, numbers as json.Number), so that later stages
	// need not parse it again.
	Doc map[string]any
}

// Type is one event type: its schema and its PII annotations.
type Type struct {
	Name    string
	Version int
	Fields  []Field // sorted by Path
	schema  *jsonschema.Schema
}

// Field is a leaf of an event's data with its x-pii annotation. Path uses
// dots for objects and [] for array items: "attendees[].name".
type Field struct {
	Path   string
	Kind   string // person, email, phone, bsn, date_of_birth, address, postcode, city, site, employee_id, free_text, none
	Policy string // pseudonymise, redact, mask, generalise, drop, keep, scan
	Closed bool   // the schema allows only listed values (an enum), which hold nothing personal
}

// Registry knows every event type. It is immutable and safe for concurrent use.
type Registry struct {
	types map[string]*Type
}

// isUUID reports whether s is a UUID in the hyphenated 36-character form,
// any case. uuid.Validate also accepts braces, a urn: prefix and no
// hyphens; events must use the one form. (It replaced a regular expression
// that cost 2 µs per event on every decode.)
func isUUID(s string) bool {
	return len(s) == 36 && uuid.Validate(s) == nil
}

// CanonicalUUID reports whether s is a UUID in the canonical lower-case
// form that Decode stores: the only form that is ever placed into SQL.
func CanonicalUUID(s string) bool {
	return isUUID(s) && strings.ToLower(s) == s
}

// Policies lists the anonymiser actions an x-pii annotation may name.
var Policies = []string{"pseudonymise", "redact", "mask", "generalise", "drop", "keep", "scan"}

// Load compiles the embedded schemas. It fails only if the embedded files are
// broken, which a test guards against.
func Load() (*Registry, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	names, err := fs.Glob(eventFS, "events/*.json")
	if err != nil {
		return nil, err
	}
	r := &Registry{types: map[string]*Type{}}
	for _, n := range names {
		raw, err := eventFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("schemas: %s: %w", n, err)
		}
		var meta struct {
			ID      string `json:"$id"`
			Title   string `json:"title"`
			Version int    `json:"x-schema-version"`
		}
		if err := json.Unmarshal(raw, &meta); err != nil {
			return nil, fmt.Errorf("schemas: %s: %w", n, err)
		}
		if err := c.AddResource(meta.ID, doc); err != nil {
			return nil, fmt.Errorf("schemas: %s: %w", n, err)
		}
		sch, err := c.Compile(meta.ID)
		if err != nil {
			return nil, fmt.Errorf("schemas: %s: %w", n, err)
		}
		t := &Type{Name: meta.Title, Version: meta.Version, schema: sch}
		var tree map[string]any
		if err := json.Unmarshal(raw, &tree); err != nil {
			return nil, err
		}
		if err := collectFields(tree, "", &t.Fields); err != nil {
			return nil, fmt.Errorf("schemas: %s: %w", n, err)
		}
		sort.Slice(t.Fields, func(i, j int) bool { return t.Fields[i].Path < t.Fields[j].Path })
		r.types[t.Name] = t
	}
	return r, nil
}

// MustLoad is Load for package-level use; it panics on a broken embedded schema.
func MustLoad() *Registry {
	r, err := Load()
	if err != nil {
		panic(err)
	}
	return r
}

// collectFields walks a schema and records every leaf's x-pii annotation.
// A leaf without one is an error: every field must say what it holds.
func collectFields(node map[string]any, path string, out *[]Field) error {
	if props, ok := node["properties"].(map[string]any); ok {
		for name, sub := range props {
			p := name
			if path != "" {
				p = path + "." + name
			}
			if err := collectFields(sub.(map[string]any), p, out); err != nil {
				return err
			}
		}
		return nil
	}
	if items, ok := node["items"].(map[string]any); ok {
		return collectFields(items, path+"[]", out)
	}
	ann, ok := node["x-pii"].(map[string]any)
	if !ok {
		return fmt.Errorf("field %s has no x-pii annotation", path)
	}
	_, enum := node["enum"].([]any)
	f := Field{Path: path, Closed: enum}
	f.Kind, _ = ann["kind"].(string)
	f.Policy, _ = ann["policy"].(string)
	valid := false
	for _, p := range Policies {
		valid = valid || p == f.Policy
	}
	if f.Kind == "" || !valid {
		return fmt.Errorf("field %s: x-pii needs a kind and one of the policies %v", path, Policies)
	}
	*out = append(*out, f)
	return nil
}

// Types lists the registered event types, sorted.
func (r *Registry) Types() []string {
	out := make([]string, 0, len(r.types))
	for k := range r.types {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Type returns the named type, or nil.
func (r *Registry) Type(name string) *Type { return r.types[name] }

// Decode checks raw bytes as an event: size, UTF-8, JSON, envelope, known
// type, and the type's schema. It returns a *Error (wrapping ErrInvalid)
// for every refusal; the error names no value from the event. When the
// envelope was sound but the type is unknown or the data breaks its
// schema, the event is returned with the error, so that the refusal can
// be filed under its tenant (and erased with the tenant's data).
func (r *Registry) Decode(raw []byte) (*Event, error) {
	if len(raw) > MaxEventBytes {
		return nil, invalid(CodeOversize, "%d bytes, limit %d", len(raw), MaxEventBytes)
	}
	if !utf8.Valid(raw) {
		return nil, invalid(CodeInvalidUTF8, "the event is not valid UTF-8")
	}
	// one parse of the whole event: the envelope is read from the same
	// tree the type's schema validates (see internal/jsonx for why not
	// encoding/json)
	var top map[string]any
	if err := jsonx.UnmarshalNumber(raw, &top); err != nil {
		var je *jsonx.Error
		if errors.As(err, &je) && je.Offset >= 0 {
			return nil, invalid(CodeMalformedJSON, "syntax error at byte %d", je.Offset)
		}
		return nil, invalid(CodeMalformedJSON, "not a JSON object")
	}
	if top == nil {
		return nil, invalid(CodeMalformedJSON, "not a JSON object")
	}
	ev, err := envelope(top)
	if err != nil {
		return nil, err
	}
	t := r.types[ev.Type]
	if t == nil {
		return ev, invalid(CodeUnknownType, "type %q is not one of %s", clip(ev.Type), strings.Join(r.Types(), ", "))
	}
	// a null property is an absent one: producers' serialisers write
	// optional fields as null ("injured_person": null); a required one
	// then fails as missing
	dropNulls(ev.Doc)
	if err := t.schema.Validate(ev.Doc); err != nil {
		return ev, invalid(CodeSchemaViolation, "%s", describe(err))
	}
	return ev, nil
}

// dropNulls deletes the properties whose value is null from m and from the
// objects inside it, arrays' too.
func dropNulls(m map[string]any) {
	for k, v := range m {
		switch v := v.(type) {
		case nil:
			delete(m, k)
		case map[string]any:
			dropNulls(v)
		case []any:
			for _, e := range v {
				if o, ok := e.(map[string]any); ok {
					dropNulls(o)
				}
			}
		}
	}
}

// envelopeFields are the only keys an event may have.
var envelopeFields = map[string]bool{"id": true, "tenant": true, "type": true, "occurred_at": true, "data": true}

// envelope checks the envelope of a parsed event and lifts it out.
func envelope(top map[string]any) (*Event, error) {
	for k := range top {
		if !envelopeFields[k] {
			return nil, invalid(CodeMalformedJSON, "unknown envelope field (allowed: id, tenant, type, occurred_at, data)")
		}
	}
	str := func(k string) (string, error) {
		switch v := top[k].(type) {
		case string:
			return v, nil
		case nil:
			return "", nil
		}
		return "", invalid(CodeMalformedJSON, "field %q has the wrong JSON type (want string)", k)
	}
	var ev Event
	var err error
	var at string
	if ev.ID, err = str("id"); err != nil {
		return nil, err
	}
	if ev.Tenant, err = str("tenant"); err != nil {
		return nil, err
	}
	if ev.Type, err = str("type"); err != nil {
		return nil, err
	}
	if at, err = str("occurred_at"); err != nil {
		return nil, err
	}
	ev.Doc, _ = top["data"].(map[string]any)
	switch {
	case !isUUID(ev.ID):
		return nil, invalid(CodeInvalidEnvelope, "id must be a UUID")
	case !isUUID(ev.Tenant):
		return nil, invalid(CodeInvalidEnvelope, "tenant must be a UUID")
	case ev.Type == "":
		return nil, invalid(CodeInvalidEnvelope, "type is missing")
	case ev.Doc == nil:
		return nil, invalid(CodeInvalidEnvelope, "data must be a JSON object")
	}
	if ev.OccurredAt, err = time.Parse(time.RFC3339, at); err != nil {
		return nil, invalid(CodeInvalidEnvelope, "occurred_at must be an RFC 3339 time with its offset, such as 2026-03-04T09:12:00+01:00 or 2026-03-04T08:12:00Z")
	}
	ev.ID = strings.ToLower(ev.ID)
	ev.Tenant = strings.ToLower(ev.Tenant)
	return &ev, nil
}

// clip keeps an echoed type name short; type names are not PII, but an
// attacker-chosen string still should not flood a log line.
func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}

// describe turns a schema validation error into "at /path: keyword" lines,
// leaving out the values that jsonschema's own messages quote.
func describe(err error) string {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return "does not match the schema"
	}
	var parts []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			kw := "schema"
			if e.ErrorKind != nil {
				if p := e.ErrorKind.KeywordPath(); len(p) > 0 {
					kw = strings.Join(p, "/")
				}
			}
			part := fmt.Sprintf("at /%s: %s", strings.Join(e.InstanceLocation, "/"), kw)
			if d := detail(e.ErrorKind); d != "" {
				part += " (" + d + ")"
			}
			parts = append(parts, part)
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	if len(parts) > 5 {
		parts = append(parts[:5], fmt.Sprintf("and %d more", len(parts)-5))
	}
	return strings.Join(parts, "; ")
}

// detail says what a failed keyword wanted in the schema's own terms (the
// properties it requires, the types and values it allows, a length), and
// of the event only a value's JSON type and length: never a value, nor the
// name of a property the schema does not define (a producer's key may be
// one: {"Jan Jansen": ...}).
func detail(k jsonschema.ErrorKind) string {
	switch k := k.(type) {
	case *kind.Required:
		return "missing " + strings.Join(k.Missing, ", ")
	case *kind.Type:
		return "want " + strings.Join(k.Want, " or ") + ", got " + k.Got
	case *kind.Enum:
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = fmt.Sprint(w)
		}
		return "not one of " + strings.Join(want, ", ")
	case *kind.Format:
		return "not a valid " + k.Want
	case *kind.MinLength:
		return fmt.Sprintf("shorter than %d characters", k.Want)
	case *kind.MaxLength:
		return fmt.Sprintf("%d characters, at most %d allowed", k.Got, k.Want)
	case *kind.AdditionalProperties:
		return fmt.Sprintf("%d properties the schema does not define", len(k.Properties))
	}
	return ""
}

// Migrations returns the DDL files for a flavour ("modern" or "legacy").
func Migrations(flavour string) (fs.FS, error) {
	sub, err := fs.Sub(migrationFS, "migrations/"+flavour)
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(sub, "."); err != nil {
		return nil, fmt.Errorf("schemas: no migrations for flavour %q", flavour)
	}
	return sub, nil
}
