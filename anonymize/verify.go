package anonymize

import (
	"fmt"
	"strings"
)

// Finding is something the verifier found in anonymised output: where and
// what kind, never the value.
type Finding struct {
	Field string // the data path, or "" for a lone text
	Type  Type
	Start int
	End   int
}

func (f Finding) String() string {
	if f.Field == "" {
		return fmt.Sprintf("%s at %d-%d", f.Type, f.Start, f.End)
	}
	return fmt.Sprintf("%s in %s at %d-%d", f.Type, f.Field, f.Start, f.End)
}

// UnverifiedError is returned when anonymised output still holds personal
// data. Its message lists types and positions only.
type UnverifiedError struct{ Findings []Finding }

func (e *UnverifiedError) Error() string {
	parts := make([]string, 0, len(e.Findings))
	for i, f := range e.Findings {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("and %d more", len(e.Findings)-5))
			break
		}
		parts = append(parts, f.String())
	}
	return "anonymize: output failed verification: " + strings.Join(parts, "; ")
}

// Verifier re-scans anonymised output with the strict profile (stricter
// than NewScanner's; the pipeline's Anonymizer redacts with it too, see
// New), and checks independently that no known value, or any word of a
// known name, survives. Safe for concurrent use.
type Verifier struct{ strict *Scanner }

// NewVerifier returns a verifier.
func NewVerifier() *Verifier { return &Verifier{strict: newStrictScanner()} }

// Check returns what it finds in out; nil means out may be released.
func (v *Verifier) Check(field, out string, kv *KnownValues) []Finding {
	return v.check(field, out, kv, true)
}

// check is Check, with the re-scan left out where rescan is false: for a
// text that the same strict profile scanned, with the same known values,
// and found nothing in, so that its re-scan could only find nothing again
// (the scan is a function of the text and the known values). The
// independent known-value check runs whatever rescan says.
func (v *Verifier) check(field, out string, kv *KnownValues, rescan bool) []Finding {
	var fs []Finding
	if rescan {
		for _, e := range v.strict.Scan(out, kv) {
			fs = append(fs, Finding{Field: field, Type: e.Type, Start: e.Start, End: e.End})
		}
	}
	if kv != nil {
		fs = append(fs, knownSurvivors(field, out, kv)...)
	}
	return fs
}

// knownSurvivors is a second, deliberately simple check that shares no code
// with the scanner's matcher: each word (three letters or more) of a known
// name where the output capitalises it, each known e-mail address in any
// case, and the digits of each known number inside a run of digits and
// separators. It reports each value's first occurrence.
func knownSurvivors(field, out string, kv *KnownValues) []Finding {
	var fs []Finding
	if len(kv.nameWords) > 0 {
		var seen map[string]bool
		var tbuf [256]tok
		var buf [64]byte
		for _, t := range tokenize(tbuf[:0], out) {
			// a name word counts where it is capitalised: "Hal" the name,
			// not "hal" the hall; "Will", not "will"
			if t.kind != tWord || !t.cap {
				continue
			}
			w := appendFold(buf[:0], out[t.start:t.end])
			if kv.nameWords[string(w)] && !seen[string(w)] {
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[string(w)] = true
				fs = append(fs, Finding{Field: field, Type: Person, Start: int(t.start), End: int(t.end)})
			}
		}
	}
	if len(kv.emails) > 0 && strings.IndexByte(out, '@') >= 0 {
		lower := strings.ToLower(out)
		for _, e := range kv.emails {
			if i := strings.Index(lower, e); i >= 0 {
				fs = append(fs, Finding{Field: field, Type: Email, Start: i, End: i + len(e)})
			}
		}
	}
	for _, n := range kv.numbers {
		if i := digitRunContaining(out, n.key); i >= 0 {
			fs = append(fs, Finding{Field: field, Type: n.typ, Start: i, End: i + len(n.key)})
		}
	}
	return fs
}

// digitRunContaining finds a run of digits and separators in s whose
// digits contain key; it returns the run's start or -1.
func digitRunContaining(s, key string) int {
	var buf [64]byte
	for i := 0; i < len(s); {
		if !isDigit(s[i]) && s[i] != '+' {
			i++
			continue
		}
		j := i
		d := buf[:0]
		for j < len(s) && (isDigit(s[j]) || s[j] == ' ' || s[j] == '-' || s[j] == '.' || s[j] == '+' || s[j] == '(' || s[j] == ')') {
			if isDigit(s[j]) {
				d = append(d, s[j])
			}
			j++
		}
		if strings.Contains(string(d), key) {
			return i
		}
		i = j
	}
	return -1
}
