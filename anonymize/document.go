package anonymize

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/veilig/veilig/internal/jsonx"
)

// Rule is the anonymiser's instruction for one field of an event's data,
// taken from the schema's x-pii annotation. Path uses dots for objects and
// [] for array items ("attendees[].name").
type Rule struct {
	Path   string
	Kind   string
	Policy string
	// Closed says the schema allows only listed values (an enum): a kept
	// closed field is not checked against the event's known values, since
	// a listed value cannot be personal ("major" is a severity, even when
	// the reporter is called Major).
	Closed bool
}

// Result is an anonymised event's data.
type Result struct {
	// Data is the anonymised data object, JSON, keys sorted.
	Data json.RawMessage
	// Text is every scanned free-text field after anonymisation, joined
	// by blank lines in rule order: what an AI may read.
	Text string
	// Counts is how many values of each type were replaced.
	Counts map[Type]int
	// Doc is the anonymised data as a parsed object (what Data encodes).
	Doc map[string]any
	// Corrected is how many values the verifier found in scanned output
	// that the scan had let pass, and that were redacted before the
	// output was checked again.
	Corrected int
}

// Anonymizer applies field rules and scans free text, then verifies the
// result. It is safe for concurrent use.
type Anonymizer struct {
	scanner  *Scanner
	verifier *Verifier
	known    *Scanner // known values only, for names a later field found
}

// New returns an Anonymizer that redacts with the verifier's strict
// profile: an 8-digit number passing the 11-check, or a possible phone
// number after a phone word, is redacted rather than left for the verifier
// to find, which would send the whole event to quarantine ("Order 12345672
// is geleverd" used to). Over-redacting such a number loses less than an
// event nobody sees. The default scanner (NewScanner, veilig anonymize)
// keeps its precision.
func New() *Anonymizer {
	return &Anonymizer{scanner: newStrictScanner(), verifier: NewVerifier(), known: &Scanner{lex: theLexicon(), knownOnly: true}}
}

// Scanner returns the anonymiser's scanner.
func (a *Anonymizer) Scanner() *Scanner { return a.scanner }

// Verifier returns the anonymiser's verifier.
func (a *Anonymizer) Verifier() *Verifier { return a.verifier }

// Document anonymises an event's data (a JSON object) by rules, with the
// tenant's keyring for pseudonyms and the event time as the reference for
// age bands. A field of the data that no rule names is an error (fail
// closed: an unannotated field could hold anything). The result is
// verified; an *UnverifiedError means it must not be released.
func (a *Anonymizer) Document(data []byte, rules []Rule, keys *Keyring, at time.Time) (*Result, error) {
	var doc map[string]any
	if err := jsonx.UnmarshalNumber(data, &doc); err != nil || doc == nil {
		return nil, fmt.Errorf("anonymize: data is not a JSON object")
	}
	return a.DocumentOf(doc, rules, keys, at)
}

// DocumentOf is Document over data already parsed (numbers as
// json.Number). It changes doc in place; Result.Doc is doc afterwards.
func (a *Anonymizer) DocumentOf(doc map[string]any, rules []Rule, keys *Keyring, at time.Time) (*Result, error) {
	return a.Apply(doc, NewPlan(rules), keys, at)
}

// Plan is a set of field rules prepared once for many documents: indexed
// by path, sorted, paths split. Safe for concurrent use.
type Plan struct {
	byPath map[string]Rule
	sorted []planRule
	tree   *ruleNode
}

// ruleNode is the rules as a tree of path segments, so that a document is
// checked for unruled fields without building path strings.
type ruleNode struct {
	leaf  bool                 // a rule names this path
	kids  map[string]*ruleNode // object keys
	items *ruleNode            // array items ("name[]")
}

func (n *ruleNode) add(path []string) {
	for _, seg := range path {
		key, arr := strings.CutSuffix(seg, "[]")
		if n.kids == nil {
			n.kids = map[string]*ruleNode{}
		}
		next := n.kids[key]
		if next == nil {
			next = &ruleNode{}
			n.kids[key] = next
		}
		n = next
		if arr {
			if n.items == nil {
				n.items = &ruleNode{}
			}
			n = n.items
		}
	}
	n.leaf = true
}

// covers reports whether every leaf of v (found under n) has a rule: the
// fast form of unruled(...) == "".
func (n *ruleNode) covers(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, kv := range x {
			kid := n.kids[k]
			if kid == nil {
				return false
			}
			if !kid.leaf && !kid.covers(kv) {
				return false
			}
		}
		return true
	case []any:
		if n.items == nil {
			return false
		}
		for _, it := range x {
			if !n.items.covers(it) {
				return false
			}
		}
		return true
	}
	return n.leaf
}

type planRule struct {
	Rule
	path []string
}

// NewPlan prepares rules.
func NewPlan(rules []Rule) *Plan {
	p := &Plan{byPath: make(map[string]Rule, len(rules)), tree: &ruleNode{}}
	for _, r := range rules {
		p.byPath[r.Path] = r
		p.sorted = append(p.sorted, planRule{Rule: r, path: splitPath(r.Path)})
		p.tree.add(splitPath(r.Path))
	}
	sort.Slice(p.sorted, func(i, j int) bool { return p.sorted[i].Path < p.sorted[j].Path })
	return p
}

// Apply is DocumentOf with rules prepared by NewPlan.
func (a *Anonymizer) Apply(doc map[string]any, plan *Plan, keys *Keyring, at time.Time) (*Result, error) {
	if keys == nil {
		return nil, ErrNoKey
	}
	if !plan.tree.covers(doc) {
		// the slow walk names the first unruled field, in key order
		if p := unruled(doc, "", plan.byPath); p != "" {
			return nil, fmt.Errorf("anonymize: field %s has no rule", p)
		}
	}
	sorted := plan.sorted

	// 1. every personal value in a structured field is known, for the free text
	kv := knownPool.Get().(*KnownValues)
	defer func() {
		kv.reset()
		knownPool.Put(kv)
	}()
	scans := 0
	for _, r := range sorted {
		if r.Policy == "scan" {
			scans++
		}
		if r.Policy == "scan" || r.Policy == "keep" {
			continue
		}
		visit(doc, r.path, func(_ map[string]any, _ string, v any) {
			if s, ok := v.(string); ok {
				kv.Add(r.Kind, s)
			}
		})
	}
	// once a scanned field names someone, the next scanned fields know the
	// name too (kv.AddFound), so that one naming him without a cue ("Der
	// Helm lag bei Brandsma" in a note after "Collega Ole Brandsma ..." in
	// another) is caught; the fields scanned before are looked through
	// again for those names alone, after the loop (see backfill)
	var added map[string]bool
	var found []string      // the names of added, in the order found
	var scanned []scannedAt // every scanned string, in order

	// 2. apply the policies
	ph := NewPlaceholders()
	res := &Result{Counts: map[Type]int{}}
	var texts []string
	var findings []Finding
	for _, r := range sorted {
		// another scanned value follows this rule's: a later rule's, or its
		// next item in an array (and where one came before, backfill needs
		// the names this one finds)
		more := r.Policy == "scan" && (scans > 1 || strings.Contains(r.Path, "[]"))
		visit(doc, r.path, func(parent map[string]any, key string, v any) {
			s, isStr := v.(string)
			switch r.Policy {
			case "keep":
				if isStr && !r.Closed {
					fs := a.verifier.Check(r.Path, s, kv)
					if r.Kind == "city" && townLike(s) {
						fs = withoutTownNames(s, fs) // "Delft" where the reporter is Anna van Delft, "Lake Emilioshire"
					}
					findings = append(findings, fs...)
				}
			case "drop":
				delete(parent, key)
				res.Counts[kindType(r.Kind)]++
			case "redact":
				parent[key] = "[" + string(kindType(r.Kind)) + "]"
				res.Counts[kindType(r.Kind)]++
			case "mask":
				if isStr {
					parent[key] = mask(s)
					res.Counts[kindType(r.Kind)]++
				}
			case "pseudonymise":
				if isStr {
					parent[key] = keys.Pseudonym(r.Kind, s)
					res.Counts[kindType(r.Kind)]++
				}
			case "generalise":
				parent[key] = generalise(r.Kind, v, at)
				res.Counts[kindType(r.Kind)]++
			case "scan":
				if isStr {
					out, ents := a.scanner.Text(s, kv, ph)
					for _, e := range ents {
						res.Counts[e.Type]++
						if name := s[e.Start:e.End]; e.Type == Person && (more || len(scanned) > 0) && !added[name] {
							if added == nil {
								added = map[string]bool{}
							}
							added[name] = true
							found = append(found, name)
							if more {
								kv.AddFound(name)
							}
						}
					}
					// an output the verifier's own profile found nothing in,
					// with these known values, needs no second scan
					clean := len(ents) == 0 && out == s && *a.scanner == *a.verifier.strict
					out, fs := a.verified(r.Path, out, kv, ph, res, !clean)
					parent[key] = out
					scanned = append(scanned, scannedAt{parent: parent, key: key, freeText: r.Kind == "free_text", knew: len(found)})
					findings = append(findings, fs...)
				}
			}
		})
		if r.Policy == "scan" {
			scans--
		}
	}
	if len(findings) > 0 {
		return nil, &UnverifiedError{Findings: findings}
	}
	a.backfill(scanned, found, ph, res)
	for _, f := range scanned {
		if out, _ := f.parent[f.key].(string); f.freeText && strings.TrimSpace(out) != "" {
			texts = append(texts, out)
		}
	}
	out, err := jsonx.Marshal(doc) // map keys sorted: deterministic
	if err != nil {
		return nil, fmt.Errorf("anonymize: encode: %w", err)
	}
	res.Data = out
	res.Doc = doc
	res.Text = strings.Join(texts, "\n\n")
	return res, nil
}

// townLike reports whether s, trimmed, is shaped as a town's name: one to
// five words of letters, hyphens and apostrophes ("Delft",
// "'s-Hertogenbosch", "Bergen op Zoom", "Alphen aan den Rijn"), no digit
// or comma.
func townLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(strings.Fields(s)) > 5 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != ' ' {
			return false
		}
	}
	return true
}

// oneNameWord reports whether the name findings in s all cover one and
// the same word: a town holds at most one word of a person's name ("Den
// Haag" where the reporter is Jan Haag), a person's name typed into the
// town's field two or more ("Jan Jansen").
func oneNameWord(s string, fs []Finding) bool {
	word := ""
	for _, f := range fs {
		if f.Type != Person {
			continue
		}
		w := strings.ToLower(s[f.Start:f.End])
		if strings.ContainsAny(w, " \t") || word != "" && w != word {
			return false
		}
		word = w
	}
	return true
}

// withoutTownNames drops the name findings in a town's field s that are
// the town's: those that begin with a word that begins towns' names ("New
// Enochport", "Lake Emilioshire", "Fort William", "San José", as
// jaswdr/faker writes towns and the world names them), and, where the
// rest cover one and the same word, that word ("Delft", "Den Haag" where
// the reporter is Anna van Delft, Jan Haag). A person's name typed into
// the field ("Jan Jansen", "Haag Jan") is still found.
func withoutTownNames(s string, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if w := strings.Fields(s[f.Start:f.End]); f.Type == Person && len(w) > 0 && townPrefixes[strings.ToLower(w[0])] {
			continue
		}
		out = append(out, f)
	}
	if oneNameWord(s, out) {
		return withoutNames(out)
	}
	return out
}

// townPrefixes are the words that begin towns' names in the four
// languages and in jaswdr/faker's towns.
var townPrefixes = map[string]bool{"new": true, "north": true, "south": true, "east": true, "west": true, "lake": true, "port": true,
	"fort": true, "mount": true, "mt": true, "old": true, "upper": true, "lower": true, "great": true, "saint": true, "sainte": true,
	"st": true, "st.": true, "san": true, "santa": true, "sankt": true, "sint": true, "bad": true, "nieuw": true, "oud": true,
	"noord": true, "zuid": true, "oost": true, "neu": true, "alt": true, "nord": true, "sud": true}

// withoutNames drops the name findings: a town's word that is also a
// word of a person's name in the event (many family names are places:
// van Delft, Van Doorn, Haag) is the town. A name typed into the field as
// more than one word is still found (see oneNameWord).
func withoutNames(fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type != Person {
			out = append(out, f)
		}
	}
	return out
}

// scannedAt is a scanned field's place in the document, and how many
// found names the scan of it knew.
type scannedAt struct {
	parent   map[string]any
	key      string
	freeText bool
	knew     int
}

// backfill looks through each scanned field's output again for the names
// that fields scanned after it found ("der Helm lag bei Brandsma" in a
// finding, "heftruckchauffeur Ole Brandsma" in the notes after it): known
// values only, a token pass, and only where such names exist. It redacts
// with the event's placeholders and counts what it redacts. It only ever
// replaces text with placeholders, so the verified output stays verified.
func (a *Anonymizer) backfill(scanned []scannedAt, found []string, ph *Placeholders, res *Result) {
	var later *KnownValues
	var words [][]string // found's names' folded words, worked out once when first needed
	for i := len(scanned) - 1; i >= 0; i-- {
		f := scanned[i]
		if f.knew == len(found) {
			continue // no name was found after this field
		}
		if words == nil {
			words = make([][]string, len(found))
			for j, name := range found {
				words[j] = foldedWords(name)
			}
		}
		out, _ := f.parent[f.key].(string)
		if !mentionsAny(out, words[f.knew:]) {
			continue // the cheap test: none of the names' words is in the text
		}
		if later == nil {
			later = knownPool.Get().(*KnownValues)
			defer func() {
				later.reset()
				knownPool.Put(later)
			}()
		}
		later.reset()
		for _, name := range found[f.knew:] {
			later.AddFound(name)
		}
		if ents := a.known.Scan(out, later); len(ents) > 0 {
			for _, e := range ents {
				res.Counts[e.Type]++
			}
			f.parent[f.key] = Redact(out, ents, ph)
		}
	}
}

// mentionsAny reports whether text, folded, holds a word of three letters
// or more of one of the names (their folded words): where none does, no
// variant of the names can match.
func mentionsAny(text string, names [][]string) bool {
	ft := fold(text)
	for _, name := range names {
		for _, w := range name {
			if len(w) >= 3 && strings.Contains(ft, w) {
				return true
			}
		}
	}
	return false
}

// verified checks a scanned field's output. Where the verifier finds what
// the scan let pass (a number that stands free only once the value glued
// to it became a placeholder: "id 00000000 [ID_DOCUMENT_1]"), those spans
// are redacted too and the output is checked again, at most twice; what
// the verifier still finds then sends the event to quarantine. Every
// correction is counted in res.Corrected, so that operators see how often
// the scan and the verifier disagree.
func (a *Anonymizer) verified(field, out string, kv *KnownValues, ph *Placeholders, res *Result, rescan bool) (string, []Finding) {
	fs := a.verifier.check(field, out, kv, rescan)
	for round := 0; round < 2 && len(fs) > 0; round++ {
		ents := make([]Entity, 0, len(fs))
		for _, f := range fs {
			ents = append(ents, Entity{Type: f.Type, Start: f.Start, End: f.End})
		}
		kept := nonOverlapping(ents)
		for _, e := range kept {
			res.Counts[e.Type]++
		}
		res.Corrected += len(kept)
		out = Redact(out, kept, ph)
		fs = a.verifier.Check(field, out, kv)
	}
	return out, fs
}

func splitPath(p string) []string { return strings.Split(p, ".") }

// visit calls fn for every value at path below node; segments ending in
// "[]" step into arrays.
func visit(node any, path []string, fn func(parent map[string]any, key string, v any)) {
	m, ok := node.(map[string]any)
	if !ok || len(path) == 0 {
		return
	}
	seg := path[0]
	arr := strings.HasSuffix(seg, "[]")
	seg = strings.TrimSuffix(seg, "[]")
	v, ok := m[seg]
	if !ok {
		return
	}
	if arr {
		items, _ := v.([]any)
		for _, it := range items {
			visit(it, path[1:], fn)
		}
		return
	}
	if len(path) == 1 {
		fn(m, seg, v)
		return
	}
	visit(v, path[1:], fn)
}

// unruled returns the path of the first leaf in node that no rule covers.
func unruled(node any, prefix string, rules map[string]Rule) string {
	switch x := node.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			if _, ok := rules[p]; ok {
				continue
			}
			if p := unruled(x[k], p, rules); p != "" {
				return p
			}
		}
		return ""
	case []any:
		for _, it := range x {
			if p := unruled(it, prefix+"[]", rules); p != "" {
				return p
			}
		}
		return ""
	}
	if _, ok := rules[prefix]; ok {
		return ""
	}
	return prefix
}

// mask keeps the last two letters or digits and stars the rest.
func mask(s string) string {
	r := []rune(s)
	keep := 0
	for i := len(r) - 1; i >= 0; i-- {
		isAlnum := r[i] < 128 && (isLetter(byte(r[i])) || isDigit(byte(r[i])))
		if !isAlnum {
			continue
		}
		if keep < 2 {
			keep++
			continue
		}
		r[i] = '*'
	}
	return string(r)
}

// generalise coarsens a value by kind: a birth date to a ten-year age band
// at the event's time, a Dutch postcode to its four digits, a timestamp to
// its hour, a coordinate to a 0.1 degree grid (about 11 km). A value it
// cannot read becomes "" (fail closed).
func generalise(kind string, v any, at time.Time) any {
	switch kind {
	case "date_of_birth":
		s, _ := v.(string)
		return AgeBand(s, at)
	case "postcode":
		s, _ := v.(string)
		return GeneralisePostcode(s)
	case "timestamp":
		s, _ := v.(string)
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return ""
		}
		return t.UTC().Truncate(time.Hour).Format(time.RFC3339)
	case "gps":
		var f float64
		switch n := v.(type) {
		case json.Number:
			f, _ = n.Float64()
		case float64:
			f = n
		default:
			return ""
		}
		return math.Floor(f*10) / 10
	}
	return ""
}

// AgeBand turns a birth date (YYYY-MM-DD) into a ten-year band of the age
// at time at: "30-39". Unreadable dates give "".
func AgeBand(dob string, at time.Time) string {
	d, err := time.Parse("2006-01-02", dob)
	if err != nil || at.Before(d) {
		return ""
	}
	age := at.Year() - d.Year()
	if at.YearDay() < d.YearDay() {
		age--
	}
	lo := age / 10 * 10
	return strconv.Itoa(lo) + "-" + strconv.Itoa(lo+9)
}

// GeneralisePostcode keeps the four digits of a Dutch postcode (the area,
// shared by thousands of addresses) and drops the letters. Other forms
// keep their first two characters.
func GeneralisePostcode(p string) string {
	p = strings.TrimSpace(p)
	if len(p) >= 4 && isDigit(p[0]) && isDigit(p[1]) && isDigit(p[2]) && isDigit(p[3]) {
		return p[:4]
	}
	if len(p) >= 2 {
		return p[:2]
	}
	return ""
}
