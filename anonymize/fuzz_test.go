package anonymize

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// addScanSeeds seeds a fuzz target with the scanner's labelled cases and
// hard negatives.
func addScanSeeds(f *testing.F) {
	for _, c := range scanCases {
		text, _, _ := parseAnnotated(c)
		f.Add(text)
	}
	for _, c := range hardNegatives {
		f.Add(c)
	}
}

func FuzzScan(f *testing.F) {
	addScanSeeds(f)
	f.Add("\xff\xfe J. . . -- ++31 (0)6 @@ x@ @y NL00 1234 AB 12-AB-34")
	s := NewScanner()
	v := NewVerifier()
	f.Fuzz(func(t *testing.T, text string) {
		kv := NewKnownValues()
		kv.Add("person", "Jan de Vries")
		kv.Add("phone", "0612345678")
		ents := s.Scan(text, kv)
		end := 0
		for _, e := range ents {
			if e.Start < end || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("bad entity %+v (previous end %d, len %d)", e, end, len(text))
			}
			end = e.End
		}
		out := Redact(text, ents, NewPlaceholders())
		if len(out) > len(text)+24*len(ents) {
			t.Fatalf("output of %d bytes for %d input bytes and %d entities", len(out), len(text), len(ents))
		}
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("redaction broke UTF-8: %q", out)
		}
		_ = v.Check("f", out, kv)
	})
}

func FuzzValidators(f *testing.F) {
	for _, s := range []string{"123456782", "NL91ABNA0417164300", "4111111111111111", "a@b.nl", "1234 AB", "12-ABC-3", "NX12AB345", "BS1 4DJ", "HH-XY 123E", "943 476 5919", "QQ 12 34 56 C", strings.Repeat("9", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// no panics, and answers consistent with simple invariants
		if ValidBSN(s) && countDigits(s) < 8 {
			t.Fatalf("BSN with %d digits", countDigits(s))
		}
		if ValidIBAN(s) && len(s) < 15 {
			t.Fatalf("IBAN of %d bytes", len(s))
		}
		if ValidLuhn(s) && countDigits(s) < 13 {
			t.Fatal("card with fewer than 13 digits")
		}
		if ValidEmail(s) && strings.Count(s, "@") != 1 {
			t.Fatal("e-mail without exactly one @")
		}
		if n := PostcodeUK(s); n > len(s) || (n > 0 && n < 6) {
			t.Fatalf("UK postcode of %d bytes in %d", n, len(s))
		}
		if n := PlateOther(s); n > len(s) || (n > 0 && n < 5) {
			t.Fatalf("plate of %d bytes in %d", n, len(s))
		}
		if ValidNHS(s) && countDigits(s) != 10 {
			t.Fatalf("NHS number with %d digits", countDigits(s))
		}
		for _, strict := range []bool{true, false} {
			if n := NINumberUK(s, strict); n > len(s) || (n > 0 && n < 9) {
				t.Fatalf("NI number of %d bytes in %d", n, len(s))
			}
		}
		for _, strict := range []bool{true, false} {
			if n := RentenVNR(s, strict); n > len(s) || (n > 0 && n < 12) {
				t.Fatalf("social insurance number of %d bytes in %d", n, len(s))
			}
		}
		_ = ValidPostcodeNL(s)
		_ = ValidPlateNL(s)
		_ = ValidDocumentNL(s)
	})
}

// Whatever a scanned field holds, the pipeline's anonymiser either
// releases it verified or redacts what the verifier finds and verifies
// again: it never fails verification on a scanned field (only kept fields
// may send an event to quarantine).
func FuzzApplyPassesVerification(f *testing.F) {
	addScanSeeds(f)
	f.Add("id 00000000 000000000 op de pas")
	a := New()
	kr, _ := NewKeyring(1, map[uint32][]byte{1: make([]byte, 32)})
	plan := NewPlan([]Rule{{Path: "description", Kind: "free_text", Policy: "scan"}})
	f.Fuzz(func(t *testing.T, text string) {
		if _, err := a.Apply(map[string]any{"description": text}, plan, kr, time.Unix(1_800_000_000, 0)); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
	})
}
