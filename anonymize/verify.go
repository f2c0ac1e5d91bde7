package anonymize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
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

// Verifier re-scans anonymised output with a stricter profile than the
// anonymiser used, and checks independently that no known value, or any
// word of a known name, survives. Safe for concurrent use.
type Verifier struct{ strict *Scanner }

// NewVerifier returns a verifier.
func NewVerifier() *Verifier { return &Verifier{strict: newStrictScanner()} }

// Check returns what it finds in out; nil means out may be released.
func (v *Verifier) Check(field, out string, kv *KnownValues) []Finding {
	var fs []Finding
	for _, e := range v.strict.Scan(out, kv) {
		fs = append(fs, Finding{Field: field, Type: e.Type, Start: e.Start, End: e.End})
	}
	if kv != nil {
		fs = append(fs, knownSurvivors(field, out, kv)...)
	}
	return fs
}

// knownSurvivors is a second, deliberately simple check that shares no code
// with the scanner's matcher: each word (three letters or more) of a known
// name, and the digits of each known number, searched in the folded
// output as whole words.
func knownSurvivors(field, out string, kv *KnownValues) []Finding {
	var fs []Finding
	var folded, lower string
	for _, v := range kv.values {
		switch v.typ {
		case Person:
			if folded == "" {
				folded = string(appendFold(nil, out))
			}
			for _, w := range v.words {
				if len(w) < 3 || theLexicon().particles[w] {
					continue
				}
				if len(folded) != len(out) {
					// offsets differ between folded and original: search word by word
					if i := capitalisedWordIndex(out, w); i >= 0 {
						fs = append(fs, Finding{Field: field, Type: Person, Start: i, End: i + len(w)})
					}
					continue
				}
				// a name word counts where it is capitalised: "Hal" the
				// name, not "hal" the hall; "Will", not "will"
				for off := 0; off < len(folded); {
					i := wholeWordIndex(folded[off:], w)
					if i < 0 {
						break
					}
					i += off
					if r, _ := utf8.DecodeRuneInString(out[i:]); unicode.IsUpper(r) {
						fs = append(fs, Finding{Field: field, Type: Person, Start: i, End: i + len(w)})
						break
					}
					off = i + len(w)
				}
			}
		case Email:
			if lower == "" {
				lower = strings.ToLower(out)
			}
			if i := strings.Index(lower, strings.ToLower(v.value)); i >= 0 {
				fs = append(fs, Finding{Field: field, Type: Email, Start: i, End: i + len(v.value)})
			}
		case Phone, BSN:
			if len(v.key) < 8 {
				continue
			}
			if i := digitRunContaining(out, v.key); i >= 0 {
				fs = append(fs, Finding{Field: field, Type: v.typ, Start: i, End: i + len(v.key)})
			}
		}
	}
	return fs
}

// capitalisedWordIndex finds a capitalised word of s whose folded form is w.
func capitalisedWordIndex(s, w string) int {
	for _, t := range tokenize(nil, s) {
		if t.kind == tWord && t.cap && string(appendFold(nil, s[t.start:t.end])) == w {
			return int(t.start)
		}
	}
	return -1
}

// wholeWordIndex finds w in s where it is not part of a longer word.
func wholeWordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isWordChar(s[i-1])
		after := i+len(w) >= len(s) || !isWordChar(s[i+len(w)])
		if before && after {
			return i
		}
		off = i + 1
	}
}

func isWordChar(c byte) bool { return isLetter(c) || isDigit(c) || c >= 0x80 }

// digitRunContaining finds a run of digits and separators in s whose
// digits contain key; it returns the run's start or -1.
func digitRunContaining(s, key string) int {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) && s[i] != '+' {
			i++
			continue
		}
		j := i
		var d []byte
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
