package anonymize

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

var incidentRules = []Rule{
	{"reporter.name", "person", "pseudonymise", false},
	{"reporter.email", "email", "pseudonymise", false},
	{"reporter.phone", "phone", "redact", false},
	{"injured_person.name", "person", "pseudonymise", false},
	{"injured_person.date_of_birth", "date_of_birth", "generalise", false},
	{"injured_person.bsn", "bsn", "drop", false},
	{"location.site", "site", "scan", false},
	{"location.address", "address", "redact", false},
	{"location.postcode", "postcode", "generalise", false},
	{"location.city", "city", "keep", false},
	{"description", "free_text", "scan", false},
	{"severity", "none", "keep", true},
	{"attendees[].name", "person", "pseudonymise", false},
	{"attendees[].badge", "employee_id", "mask", false},
}

const incident = `{"reporter":{"name":"Quirijn Vlinderhof","email":"q.vlinderhof@example.nl","phone":"06-23456789"},
"injured_person":{"name":"Sjaantje Slangenkuil","date_of_birth":"1984-05-06","bsn":"111222333"},
"location":{"site":"Hal 3","address":"Kerkstraat 99","postcode":"1234 AB","city":"Utrecht"},
"description":"Quirijn zag dat Slangenkuil van de steiger viel. Vlinderhof belde 0623456789.",
"severity":"major","attendees":[{"name":"Kees Bakker","badge":"B-99812"}]}`

func keyring(t *testing.T, seed byte) *Keyring {
	t.Helper()
	key := make([]byte, 32)
	for i := range key {
		key[i] = seed
	}
	kr, err := NewKeyring(1, map[uint32][]byte{1: key})
	if err != nil {
		t.Fatal(err)
	}
	return kr
}

func TestDocumentAppliesEveryPolicy(t *testing.T) {
	at := time.Date(2026, 11, 2, 8, 15, 0, 0, time.UTC)
	res, err := New().Document([]byte(incident), incidentRules, keyring(t, 1), at)
	if err != nil {
		t.Fatal(err)
	}
	var d map[string]any
	if err := json.Unmarshal(res.Data, &d); err != nil {
		t.Fatal(err)
	}
	rep := d["reporter"].(map[string]any)
	inj := d["injured_person"].(map[string]any)
	loc := d["location"].(map[string]any)
	checks := []struct{ got, want string }{
		{rep["phone"].(string), "[PHONE]"},
		{inj["date_of_birth"].(string), "40-49"},
		{loc["address"].(string), "[ADDRESS]"},
		{loc["postcode"].(string), "1234"},
		{loc["city"].(string), "Utrecht"},
		{d["severity"].(string), "major"},
		{d["attendees"].([]any)[0].(map[string]any)["badge"].(string), "*-***12"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if _, ok := inj["bsn"]; ok {
		t.Error("dropped field still present")
	}
	if p := rep["name"].(string); !strings.HasPrefix(p, "PERSON_") || len(p) != len("PERSON_")+6 {
		t.Errorf("pseudonym %q is not PERSON_ and six hex digits", p)
	}
	for _, leak := range []string{"Quirijn", "Vlinderhof", "Slangenkuil", "0623456789", "111222333", "Kerkstraat", "Kees"} {
		if strings.Contains(string(res.Data), leak) || strings.Contains(res.Text, leak) {
			t.Errorf("%q survived: %s", leak, res.Data)
		}
	}
	if !strings.Contains(res.Text, "steiger") {
		t.Errorf("free text lost its content: %q", res.Text)
	}
}

func TestPseudonymsLinkWithinATenantOnly(t *testing.T) {
	a, b := keyring(t, 1), keyring(t, 2)
	if a.Pseudonym("person", "Jan de Vries") != a.Pseudonym("person", "  JAN  de vries ") {
		t.Error("the same person got two pseudonyms within one tenant")
	}
	if a.Pseudonym("person", "Jan de Vries") == b.Pseudonym("person", "Jan de Vries") {
		t.Error("two tenants share a pseudonym")
	}
	if a.Pseudonym("person", "Jan de Vries") == a.Pseudonym("person", "Jan de Vriez") {
		t.Error("two people share a pseudonym")
	}
	if a.Pseudonym("phone", "+31 6 12345678") != a.Pseudonym("phone", "06-12345678") {
		t.Error("one phone number in two notations got two pseudonyms")
	}
}

func TestKeyRotationKeepsOldPseudonymsDerivable(t *testing.T) {
	k1 := make([]byte, 32)
	k2 := make([]byte, 32)
	k2[0] = 9
	old, _ := NewKeyring(1, map[uint32][]byte{1: k1})
	rotated, err := NewKeyring(2, map[uint32][]byte{1: k1, 2: k2})
	if err != nil {
		t.Fatal(err)
	}
	if rotated.Pseudonym("person", "Jan") == old.Pseudonym("person", "Jan") {
		t.Error("rotation did not change new pseudonyms")
	}
	if rotated.PseudonymWith(1, "person", "Jan") != old.Pseudonym("person", "Jan") {
		t.Error("old pseudonyms are no longer derivable after rotation")
	}
	if _, err := NewKeyring(1, map[uint32][]byte{1: make([]byte, 16)}); err == nil {
		t.Error("a 128-bit key was accepted")
	}
	if s := rotated.String(); strings.Contains(s, "\x09") {
		t.Error("String shows key material")
	}
}

func TestDocumentRefusesUnannotatedFields(t *testing.T) {
	_, err := New().Document([]byte(`{"description":"ok","secret":"x"}`), incidentRules, keyring(t, 1), time.Now())
	if err == nil || !strings.Contains(err.Error(), "secret") {
		t.Fatalf("unannotated field: %v", err)
	}
}

// Without its re-scan (for a text the same profile found nothing in) the
// verifier still runs its own check of the known values.
func TestVerifierKnownCheckRunsWithoutTheRescan(t *testing.T) {
	kv := NewKnownValues()
	kv.Add("person", "Quirijn Vlinderhof")
	kv.Add("email", "q.vlinderhof@example.nl")
	v := NewVerifier()
	out := "Gesprek met Vlinderhof; mail Q.Vlinderhof@Example.nl; BSN 123456782"
	without, with := v.check("notes", out, kv, false), v.check("notes", out, kv, true)
	types := map[Type]bool{}
	for _, f := range without {
		types[f.Type] = true
	}
	if !types[Person] || !types[Email] || types[BSN] {
		t.Errorf("without the re-scan: %v, want the known name and address only", without)
	}
	if len(with) <= len(without) {
		t.Errorf("with the re-scan %v, without %v: the re-scan finds the BSN too", with, without)
	}
}

func TestVerifierFailsClosed(t *testing.T) {
	kv := NewKnownValues()
	kv.Add("person", "Quirijn Vlinderhof")
	kv.Add("bsn", "111222333")
	v := NewVerifier()
	fs := v.Check("description", "Gesprek met Vlinderhof; BSN 111 222 333; mail x@y.nl", kv)
	types := map[Type]bool{}
	for _, f := range fs {
		types[f.Type] = true
	}
	for _, want := range []Type{Person, BSN, Email} {
		if !types[want] {
			t.Errorf("verifier missed %s: %v", want, fs)
		}
	}
	err := &UnverifiedError{Findings: fs}
	for _, leak := range []string{"Vlinderhof", "111", "x@y.nl"} {
		if strings.Contains(err.Error(), leak) {
			t.Errorf("verifier error carries a value: %s", err)
		}
	}
	if !errors.As(error(err), new(*UnverifiedError)) {
		t.Error("not an *UnverifiedError")
	}
	if fs := v.Check("description", "[PERSON_1] viel van de ladder; [BSN_1] genoteerd.", kv); len(fs) != 0 {
		t.Errorf("clean output flagged: %v", fs)
	}
}

func TestGeneralise(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if got := AgeBand("1990-06-01", at); got != "30-39" {
		t.Errorf("AgeBand = %q", got)
	}
	if got := AgeBand("nonsense", at); got != "" {
		t.Errorf("bad date gave %q", got)
	}
	if got := GeneralisePostcode("1234 AB"); got != "1234" {
		t.Errorf("postcode %q", got)
	}
	if got := generalise("timestamp", "2026-03-04T05:06:07Z", at); got != "2026-03-04T05:00:00Z" {
		t.Errorf("timestamp %v", got)
	}
	if got := generalise("gps", json.Number("52.37403"), at); got != 52.3 {
		t.Errorf("gps %v", got)
	}
}

// The anonymiser redacts with the verifier's profile, so a number the
// verifier would flag never sends a clean event to quarantine. Every
// reference number of 6 to 12 digits, grouped or not, with or without a
// cue word before it, must pass: either it is left alone, or it is
// redacted.
func TestNumbersNeverFailVerification(t *testing.T) {
	a := New()
	kr, _ := NewKeyring(1, map[uint32][]byte{1: make([]byte, 32)})
	plan := NewPlan([]Rule{{Path: "description", Kind: "free_text", Policy: "scan"}})
	cues := []string{"Order", "Ticket", "bel", "tel", "BSN", "Artikelnummer", "Referentie", "paspoort", "klantnummer", "Serie"}
	seed := uint64(42)
	if s, err := strconv.ParseUint(os.Getenv("VEILIG_PROPERTY_SEED"), 10, 64); err == nil && s != 0 {
		seed = s // a longer search: VEILIG_PROPERTY_SEED=$RANDOM go test -run NumbersNever
	}
	next := func(n uint64) uint64 { // xorshift: deterministic, no import
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed % n
	}
	for i := range 20000 {
		digits := int(6 + next(7))
		var num strings.Builder
		if next(4) == 0 {
			num.WriteByte('0')
			digits--
		}
		for d := range digits {
			if d > 0 && next(5) == 0 {
				num.WriteByte(" -."[next(3)])
			}
			num.WriteByte(byte('0' + next(10)))
		}
		text := cues[next(uint64(len(cues)))] + " " + num.String() + " is verwerkt."
		if _, err := a.Apply(map[string]any{"description": text}, plan, kr, time.Now()); err != nil {
			t.Fatalf("case %d: %q: %v", i, text, err)
		}
	}
}

// A number the scan reads as part of a longer run stands free once its
// neighbour became a placeholder; the verifier's finding is redacted and
// checked again instead of quarantining the event, and counted.
func TestVerifierFindingsAreRedactedAndCounted(t *testing.T) {
	res, err := applyWith(map[string]any{"description": "id 00000000 000000000 op de pas"}, Rule{Path: "description", Kind: "free_text", Policy: "scan"})
	if err != nil {
		t.Fatalf("quarantined: %v", err)
	}
	if strings.ContainsAny(res.Text, "0") || res.Corrected != 1 {
		t.Fatalf("text %q, corrected %d; want both numbers gone and one correction", res.Text, res.Corrected)
	}
}

// A kept field is never rewritten: personal data the verifier finds there
// still sends the event to quarantine.
func TestPersonalDataInAKeptFieldFailsClosed(t *testing.T) {
	_, err := applyWith(map[string]any{"site": "Bel Jan de Vries op 0612345678"}, Rule{Path: "site", Kind: "site", Policy: "keep"})
	var ue *UnverifiedError
	if !errors.As(err, &ue) || len(ue.Findings) == 0 {
		t.Fatalf("got %v, want an *UnverifiedError with findings", err)
	}
}

// applyWith anonymises doc by rules with a fresh Anonymizer, a zero key
// and a fixed time: the tests that use it check what is redacted and what
// is verified, not pseudonyms or age bands.
func applyWith(doc map[string]any, rules ...Rule) (*Result, error) {
	kr, err := NewKeyring(1, map[uint32][]byte{1: make([]byte, 32)})
	if err != nil {
		return nil, err
	}
	return New().Apply(doc, NewPlan(rules), kr, time.Unix(1_800_000_000, 0))
}

// A name one scanned field cues is found in a later one without its cue,
// with the same placeholder; a kept field is still checked against the
// structured values alone, so that a word the scan took for a name by
// mistake does not quarantine the event.
func TestANameFoundInOneFieldIsFoundInTheNext(t *testing.T) {
	doc := map[string]any{
		"findings": []any{
			map[string]any{"note": "Collega Ole Brandsma zag dat de ladder scheef stond."},
			map[string]any{"note": "Der Helm lag bei Brandsma im Auto."},
		},
		"notes": "Laut Bericht hatte Ole keinen Helm; die Leiter kam aus Paramaribo.",
		"city":  "Paramaribo",
	}
	res, err := applyWith(doc,
		Rule{Path: "findings[].note", Kind: "free_text", Policy: "scan"},
		Rule{Path: "notes", Kind: "free_text", Policy: "scan"},
		Rule{Path: "city", Kind: "city", Policy: "keep"})
	if err != nil {
		t.Fatal(err)
	}
	got := string(res.Data)
	for _, leak := range []string{"Ole", "Brandsma"} {
		if strings.Contains(got, leak) {
			t.Errorf("%q left in %s", leak, got)
		}
	}
	if !strings.Contains(got, `"city":"Paramaribo"`) {
		t.Errorf("the kept field changed: %s", got)
	}
}

// A name that a later scanned field finds is found in the fields scanned
// before it too, with the event's placeholders, and the text sent to the
// AI is the final one.
func TestANameFoundInALaterFieldIsFoundInAnEarlierOne(t *testing.T) {
	doc := map[string]any{
		"findings": []any{
			map[string]any{"note": "Regal 4 beschädigt; der Helm lag bei Brandsma im Auto."},
			map[string]any{"note": "Blusmiddelen in orde."},
		},
		"notes": "Gemeld door heftruckchauffeur Ole Brandsma; hij krijgt een training.",
	}
	res, err := applyWith(doc,
		Rule{Path: "findings[].note", Kind: "free_text", Policy: "scan"},
		Rule{Path: "notes", Kind: "free_text", Policy: "scan"})
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range []string{string(res.Data), res.Text} {
		for _, leak := range []string{"Ole", "Brandsma"} {
			if strings.Contains(got, leak) {
				t.Errorf("%q left in %s", leak, got)
			}
		}
	}
	if !strings.Contains(string(res.Data), "Blusmiddelen in orde.") || !strings.Contains(res.Text, "der Helm lag bei [PERSON_") {
		t.Errorf("the earlier fields changed beyond the name: %s", res.Data)
	}
}

// A kept field whose schema allows only listed values is not checked
// against the event's names: a reporter called Major does not quarantine an
// incident of severity "major". An open kept field still is.
func TestAClosedKeptFieldIsNotCheckedAgainstNames(t *testing.T) {
	doc := func() map[string]any {
		return map[string]any{"reporter": map[string]any{"name": "Anna Major"}, "severity": "major", "category": "Major"}
	}
	name := Rule{Path: "reporter.name", Kind: "person", Policy: "pseudonymise"}
	severity := Rule{Path: "severity", Kind: "none", Policy: "keep", Closed: true}
	if _, err := applyWith(doc(), name, severity, Rule{Path: "category", Kind: "none", Policy: "keep", Closed: true}); err != nil {
		t.Fatalf("a listed value failed verification: %v", err)
	}
	var unverified *UnverifiedError
	if _, err := applyWith(doc(), name, severity, Rule{Path: "category", Kind: "none", Policy: "keep"}); !errors.As(err, &unverified) {
		t.Fatalf("a name in an open kept field passed: %v", err)
	}
}

// A kept town that holds one word of a person's name in the event is the
// town (many family names are places: Anna van Delft reports from Delft,
// Jan Haag from Den Haag), as is one that begins with a word that begins
// towns' names (faker's "New Enochport", "Fort William"); a name typed
// into the town's field as two of its words, or with a digit or comma,
// still fails.
func TestTownsInTheTownFieldPass(t *testing.T) {
	apply := func(name, city string) error {
		doc := map[string]any{"reporter": map[string]any{"name": name}, "location": map[string]any{"site": "Hal 1", "city": city},
			"description": "Viel van de trap.", "severity": "minor"}
		_, err := applyWith(doc, incidentRules...)
		return err
	}
	for _, c := range [][2]string{{"Anna van Delft", "Delft"}, {"Kees van Doorn", "Doorn"}, {"Anne 's-Hertogenbosch", "'s-Hertogenbosch"},
		{"Jan Haag", "Den Haag"}, {"Piet Bergen", "Bergen op Zoom"}, {"Anna Rijn", "Alphen aan den Rijn"}, {"Jens Main", "Frankfurt am Main"},
		// jaswdr/faker's towns, and the world's, after a word that begins towns' names
		{"Anna de Vries", "New Enochport"}, {"Anna de Vries", "Lake Emilioshire"}, {"Anna de Vries", "Port Loyceton"},
		{"Anna de Vries", "North Ruby"}, {"William Jones", "Fort William"}, {"Anna de Vries", "San José"}} {
		if err := apply(c[0], c[1]); err != nil {
			t.Errorf("%s in %s: %v", c[0], c[1], err)
		}
	}
	var unverified *UnverifiedError
	for _, c := range [][2]string{{"Jan Jansen", "Jan Jansen"}, {"Piet Jansen", "Jansen, Piet"}, {"Piet Jansen", "Utrecht 0612345678"}, {"Jan van Dam", "Jan van Dam"}, {"Jan Haag", "Haag Jan"}, {"Anna de Vries", "Ruby Jansen"}} {
		if err := apply(c[0], c[1]); !errors.As(err, &unverified) {
			t.Errorf("%q kept in the town's field: %v", c[1], err)
		}
	}
}

// A scan depends on its input alone, not on what the pooled buffers held
// before: replays and golden tests are exact only so (DESIGN: the same
// input, keys and configuration give the same output). Every labelled
// case and hard negative scanned once in order, and once in reverse order
// with other texts scanned between, gives the same entities; so does the
// verifier's scanner, configured as the anonymiser's.
func TestScanDependsOnItsInputAlone(t *testing.T) {
	a := New()
	var texts []string
	for _, c := range scanCases {
		text, _, err := parseAnnotated(c)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text)
	}
	texts = append(texts, hardNegatives...)
	kv := NewKnownValues()
	kv.Add("person", "Jan de Vries")
	kv.Add("phone", "06-12345678")
	first := make([][]Entity, len(texts))
	for i, text := range texts {
		first[i] = a.scanner.Scan(text, kv)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		again := a.verifier.strict.Scan(texts[i], kv)
		if fmt.Sprint(again) != fmt.Sprint(first[i]) {
			t.Errorf("%q: scanned twice, found %v, then %v", texts[i], first[i], again)
		}
		_ = a.scanner.Scan(texts[(i*7)%len(texts)], nil) // another text between, through the same pool
	}
}
