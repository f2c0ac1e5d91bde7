package anonymize

import "testing"

// TestChecksumIBANWhateverItsLength: the checksum of an IBAN whose length
// is wrong for its country holds apart from ValidIBAN, which wants both.
func TestChecksumIBANWhateverItsLength(t *testing.T) {
	for _, c := range []struct {
		s       string
		want, n int
	}{
		{"NL91ABNA0417164300", 18, 18},
		{"GB83AZAG8003182083374", 22, 21},              // one short, as a generator wrote it
		{"FR59 4219 0546 8427 4727 8048 1961", 27, 28}, // one long, in groups
		{"GB83AZAG8003182083375", 22, 0},               // its checksum fails
		{"XX91ABNA0417164300", 0, 0},                   // no SEPA country
		{"NL91ABNA04171", 0, 0},                        // too short for any
	} {
		want, n := checksumIBAN(c.s)
		if want != c.want || n != c.n {
			t.Errorf("checksumIBAN(%q) = %d, %d; want %d, %d", c.s, want, n, c.want, c.n)
		}
		if ValidIBAN(c.s) != (n > 0 && n == want) {
			t.Errorf("ValidIBAN(%q) = %v", c.s, ValidIBAN(c.s))
		}
	}
}

func TestValidators(t *testing.T) {
	cases := []struct {
		name string
		fn   func(string) bool
		yes  []string
		no   []string
	}{
		{"BSN", ValidBSN,
			[]string{"111222333", "123456782", "123.456.782", "123 456 782", "12345672"},
			[]string{"123456789", "000000000", "1234567", "1234567890", "111222334"}},
		{"IBAN", ValidIBAN,
			[]string{"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "DE89370400440532013000", "BE68539007547034", "FR1420041010050500013M02606", "GB82WEST12345698765432", "NO9386011117947"},
			[]string{"NL91ABNA0417164301", "NL91ABNA041716430", "XX91ABNA0417164300", "NL91ABNA0417164300000", "NL9!ABNA0417164300"}},
		{"Luhn", ValidLuhn,
			[]string{"4111111111111111", "4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"},
			[]string{"4111111111111112", "1234567812345678", "411111111111", "0000000000000000"}},
		{"e-mail", ValidEmail,
			[]string{"jan.devries@bouwbedrijf.nl", "a+b@x.co.uk", "o'brien@example.ie"},
			[]string{"@x.nl", "jan@", "jan@nl", "jan@@x.nl", "jan@x.n1", ".jan@x.nl", "jan@-x.nl"}},
		{"postcode", ValidPostcodeNL,
			[]string{"1234 AB", "1234AB", "9999 ZZ"},
			[]string{"0123 AB", "1234 SA", "1234 ab", "123 AB", "12345 AB"}},
		{"plate", ValidPlateNL,
			[]string{"12-ABC-3", "XX-99-99", "99-XX-99", "G-68-NSG", "4-ZF-752", "RT-19-51"},
			[]string{"12-AB-3", "1234-AB", "XX-99-9X", "xx-99-99"}},
		{"NIR", ValidNIR,
			[]string{"185057800608491", "1 85 05 78 006 084 91", "2 90 12 75 123 456 84"},
			[]string{"185057800608436", "385057800608491", "1 85 13 78 006 084 91", "18505780060849"}},
		{"RRN", ValidRRN,
			[]string{"85073003328", "85.07.30-033.28", "05073003326"},
			[]string{"85073003329", "85.13.30-033.28", "8507300332"}},
		{"UK postcode", func(s string) bool { return PostcodeUK(s) == len(s) },
			[]string{"BS1 4DJ", "SW1A 1AA", "M1 1AE", "EC1A 1BB", "W1A 0AX", "CR2 6XH"},
			[]string{"BS14DJ", "1S1 4DJ", "BS1 4D", "ABC1 4DJ", "BS1 DJ4", "bs1 4dj"}},
		{"other plate", func(s string) bool { return PlateOther(s) == len(s) },
			[]string{"AB-123-CD", "1-ABC-234", "B-AB 1234", "HH XY 123", "HH-XY 123E", "AB12 CDE", "M A 1"},
			[]string{"AB-12-CD", "ab-123-cd", "B-ABC 1234", "HHHH-XY 1", "B-AB 12345", "AB12CDE", "B 2"}},
		{"AHV", func(s string) bool { return AHVNumber(s) == len(s) },
			[]string{"756.1234.5678.97", "756.9217.0769.85"},
			[]string{"756.1234.5678.98", "757.1234.5678.97", "7561234567897", "756.1234.567.897"}},
		{"VIN", ValidVIN,
			[]string{"WDB9634031L123456", "1HGCM82633A004352", "WVWZZZ1JZXW000001", "VF1RFB00X56123456"},
			[]string{"WDB9634031L12345", "WDB9634031L1234567", "WDB9634O31L123456", "wdb9634031l123456", "12345678901234567", "WDB9634031L12345A", "WDB9634031L-23456"}},
		{"NHS", ValidNHS,
			[]string{"9434765919", "943 476 5919", "401-023-2137"},
			[]string{"9434765918", "943476591", "94347659190", "943 476 59x9"}},
		{"NI number", func(s string) bool { return NINumberUK(s, true) == len(s) },
			[]string{"AB123456D", "AB 12 34 56 C", "JG103759A", "QQ 12 34 56 C"},
			[]string{"QQ123456C", "GB123456A", "GB 12 34 56", "AO123456A", "AB123456E", "AB12345C", "ab123456c"}},
		{"NI number after a cue", func(s string) bool { return NINumberUK(s, false) == len(s) },
			[]string{"QQ 12 34 56 C", "QQ123456C"},
			[]string{"QQ123456E", "Q1123456C"}},
		{"Rentenversicherungsnummer", func(s string) bool { return RentenVNR(s, true) == len(s) },
			[]string{"15070649C103", "15 070649 C 103", "15 070649 C103"},
			[]string{"15070649C104", "15073349C103", "15070649c103", "1507064C103", "15070649C10"}},
		{"Rentenversicherungsnummer after a cue", func(s string) bool { return RentenVNR(s, false) == len(s) },
			[]string{"65 220685 B 123", "15070649C104"},
			[]string{"65 220685 123", "65 22068 B 123"}},
		{"document", ValidDocumentNL,
			[]string{"NX12AB345", "SPECI2014", "AB1234567"},
			[]string{"NO1234567", "N12345678", "AB12345678", "ab1234567"}},
	}
	for _, c := range cases {
		for _, s := range c.yes {
			if !c.fn(s) {
				t.Errorf("%s: %q refused", c.name, s)
			}
		}
		for _, s := range c.no {
			if c.fn(s) {
				t.Errorf("%s: %q accepted", c.name, s)
			}
		}
	}
}
