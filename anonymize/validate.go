package anonymize

import (
	"strings"
)

// The validators below take the candidate as found in text (with spaces,
// dots or dashes) and decide whether it is a well-formed identifier. They
// are pure, allocation-light and fuzzed (validate_fuzz_test.go).

// digitsOf appends the ASCII digits of s to dst.
func digitsOf(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			dst = append(dst, c)
		}
	}
	return dst
}

// ValidBSN reports whether s holds a Dutch citizen service number: 8 or 9
// digits (an 8-digit BSN is a 9-digit one with its leading zero dropped),
// optionally grouped with dots or spaces, passing the 11-check
// (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11, and not all zeros).
func ValidBSN(s string) bool {
	var buf [16]byte
	d := digitsOf(buf[:0], s)
	if len(d) == 8 {
		d = append([]byte{'0'}, d...)
	}
	if len(d) != 9 {
		return false
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += (9 - i) * int(d[i]-'0')
	}
	sum -= int(d[8] - '0')
	return sum%11 == 0 && sum != 0
}

// ibanLengths holds the IBAN length of every SEPA country.
var ibanLengths = map[string]int{
	"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
	"ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26,
	"IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
	"PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "VA": 22, "FO": 18, "GL": 18,
}

// ValidIBAN reports whether s (with or without spaces, any case) is an IBAN
// of a SEPA country with that country's length and a valid mod-97 checksum.
func ValidIBAN(s string) bool {
	want, n := checksumIBAN(s)
	return n > 0 && n == want
}

// checksumIBAN reads s (with or without spaces or dashes, any case) as an
// IBAN of a SEPA country: its code, two check digits, 15 to 34 letters
// and digits in all, passing mod-97. It returns the country's IBAN length
// and s's, or 0 for s's where s is none, whatever its length: a generator
// that gets a country's length wrong ("GB83AZAG8003182083374", one short)
// still writes an account number its checksum vouches for (see iban).
func checksumIBAN(s string) (want, n int) {
	var buf [40]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '-':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return 0, 0
		}
		if len(b) == cap(b) {
			return 0, 0
		}
		b = append(b, c)
	}
	if len(b) < 15 || len(b) > 34 {
		return 0, 0
	}
	want, ok := ibanLengths[string(b[:2])]
	if !ok || b[2] < '0' || b[2] > '9' || b[3] < '0' || b[3] > '9' {
		return 0, 0
	}
	rem := 0
	for i := 0; i < len(b); i++ {
		c := b[(i+4)%len(b)]
		if c >= 'A' {
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	if rem != 1 {
		return want, 0
	}
	return want, len(b)
}

// ValidLuhn reports whether the digits of s (13 to 19 of them, spaces and
// dashes allowed) pass the Luhn check and start like a payment card
// (2, 3, 4, 5 or 6).
func ValidLuhn(s string) bool {
	var buf [24]byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '-' && (c < '0' || c > '9') {
			return false
		}
	}
	d := digitsOf(buf[:0], s)
	if len(d) < 13 || len(d) > 19 || d[0] < '2' || d[0] > '6' {
		return false
	}
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

// ValidEmail reports whether s looks like a deliverable address: a local
// part of allowed characters, one @, and a domain of at least two labels
// whose last is 2 to 24 letters.
func ValidEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') || len(s) > 254 || at > 64 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if local[0] == '.' || local[len(local)-1] == '.' {
		return false
	}
	for i := 0; i < len(local); i++ {
		if !isEmailLocal(local[i]) {
			return false
		}
	}
	n := 0
	for l := range strings.SplitSeq(domain, ".") {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			// an underscore is no host name's, but mail systems and made-up
			// addresses hold one ("legros_llc.com"); the top level, all
			// letters, is checked below
			if !isDomainChar(l[i]) && l[i] != '_' {
				return false
			}
		}
		n++
	}
	if n < 2 {
		return false
	}
	tld := domain[strings.LastIndexByte(domain, '.')+1:]
	if len(tld) < 2 || len(tld) > 24 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if !isLetter(tld[i]) {
			return false
		}
	}
	return true
}

// isEmailLocal accepts the bytes of a local part: ASCII letters, digits and
// the RFC 5322 specials, and any byte of a multi-byte UTF-8 letter
// (internationalised addresses such as "aydoğan@...").
func isEmailLocal(c byte) bool {
	return isLetter(c) || isDigit(c) || c >= 0x80 || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", c) >= 0
}
func isDomainChar(c byte) bool { return isLetter(c) || isDigit(c) || c == '-' }
func isLetter(c byte) bool     { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isUpper(c byte) bool      { return c >= 'A' && c <= 'Z' }

// ValidPostcodeNL reports whether s is a Dutch postcode: 1000 to 9999, an
// optional space, two capital letters other than SA, SD and SS.
func ValidPostcodeNL(s string) bool {
	if len(s) == 7 && s[4] == ' ' {
		s = s[:4] + s[5:]
	}
	if len(s) != 6 || s[0] < '1' || s[0] > '9' {
		return false
	}
	for i := 1; i < 4; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	if !isUpper(s[4]) || !isUpper(s[5]) {
		return false
	}
	switch s[4:] {
	case "SA", "SD", "SS":
		return false
	}
	return true
}

// plateSidecodes are the Dutch licence plate layouts (sidecodes 1 to 14):
// L a letter, D a digit, groups separated by dashes.
var plateSidecodes = []string{
	"LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL",
	"DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
}

// ValidPlateNL reports whether s is a Dutch licence plate in one of the
// sidecodes, written with dashes and capital letters. Vowels other than
// those used in early sidecodes are accepted: the layout is the signal.
// The layout is computed once and looked up, since this runs on every
// capitalised word and number of a text.
func ValidPlateNL(s string) bool {
	if len(s) != 8 || (s[1] != '-' && s[2] != '-' && s[3] != '-') {
		return false
	}
	var shape [8]byte
	for i := 0; i < 8; i++ {
		switch c := s[i]; {
		case isUpper(c):
			shape[i] = 'L'
		case isDigit(c):
			shape[i] = 'D'
		case c == '-':
			shape[i] = '-'
		default:
			return false
		}
	}
	return plateShapes[string(shape[:])]
}

var plateShapes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range plateSidecodes {
		m[c] = true
	}
	return m
}()

// ValidNIR reports whether s (digits, any separators) is a French social
// security number (NIR): 15 digits, sex 1, 2, 7 or 8, a month 01-12 or
// 20-99, and the key 97 - (the first 13 digits mod 97). Corsican
// departments (2A, 2B) are not read.
func ValidNIR(s string) bool {
	var buf [24]byte
	d := digitsOf(buf[:0], s)
	if len(d) != 15 || (d[0] != '1' && d[0] != '2' && d[0] != '7' && d[0] != '8') {
		return false
	}
	if m := atoi(string(d[3:5])); m == 0 || (m > 12 && m < 20) {
		return false
	}
	return 97-mod97(d[:13]) == atoi(string(d[13:]))
}

// ValidRRN reports whether s is a Belgian national register number
// (rijksregisternummer, numéro de registre national): 11 digits, a
// birth month 00-12 (plus 20 or 40 for a bis number), and the check
// 97 - (the first 9 digits mod 97), with "2" put in front for those born
// from 2000.
func ValidRRN(s string) bool {
	var buf [24]byte
	d := digitsOf(buf[:0], s)
	if len(d) != 11 {
		return false
	}
	if m := atoi(string(d[2:4])) % 20; m > 12 {
		return false
	}
	check := atoi(string(d[9:]))
	return 97-mod97(d[:9]) == check || 97-mod97(append([]byte{'2'}, d[:9]...)) == check
}

func mod97(d []byte) int {
	r := 0
	for _, c := range d {
		r = (r*10 + int(c-'0')) % 97
	}
	return r
}

// PostcodeUK returns the length of a British postcode at the start of s
// ("BS1 4DJ", "SW1A 1AA", "M1 1AE"), or 0: an outward code of one or two
// letters, a digit, and an optional digit or letter, then a space and a
// digit with two letters.
func PostcodeUK(s string) int {
	out := 0
	for out < len(s) && out < 4 && s[out] != ' ' {
		out++
	}
	if out < 2 || out+4 > len(s) || s[out] != ' ' {
		return 0
	}
	o := s[:out]
	letters := 0
	for letters < len(o) && isUpper(o[letters]) {
		letters++
	}
	rest := o[letters:]
	if letters < 1 || letters > 2 || len(rest) < 1 || len(rest) > 2 || !isDigit(rest[0]) || (len(rest) == 2 && !isDigit(rest[1]) && !isUpper(rest[1])) {
		return 0
	}
	in := s[out+1 : out+4]
	if !isDigit(in[0]) || !isUpper(in[1]) || !isUpper(in[2]) {
		return 0
	}
	return out + 4
}

// ValidNHS reports whether s (digits with optional spaces or hyphens) is a
// British NHS number: ten digits whose last is 11 minus the weighted sum
// (weights 10 down to 2) of the first nine, mod 11; a result of 10 is
// never issued.
func ValidNHS(s string) bool {
	var d [10]int
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			if n == 10 {
				return false
			}
			d[n] = int(c - '0')
			n++
		case c == ' ' || c == '-':
		default:
			return false
		}
	}
	if n != 10 {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += d[i] * (10 - i)
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	return check != 10 && check == d[9]
}

// NINumberUK returns the length of a British National Insurance number at
// the start of s ("QQ 12 34 56 C", "AB123456D"), or 0: two letters, three
// pairs of digits (spaces between allowed) and a letter A to D. With
// strict, a number written without its spaces must have a prefix HMRC
// issues: neither letter D, F, I, Q, U or V, no O second, and none of BG,
// GB, KN, NK, NT, TN, ZZ. The spaced layout ("QQ 12 34 56 C", the example
// prefix of forms) is distinctive enough on its own.
func NINumberUK(s string, strict bool) int {
	if len(s) < 9 || !isUpper(s[0]) || !isUpper(s[1]) {
		return 0
	}
	k, spaces := 2, 0
	for pair := 0; pair < 3; pair++ {
		if k < len(s) && s[k] == ' ' {
			k++
			spaces++
		}
		if k+2 > len(s) || !isDigit(s[k]) || !isDigit(s[k+1]) {
			return 0
		}
		k += 2
	}
	if k < len(s) && s[k] == ' ' {
		k++
		spaces++
	}
	if k >= len(s) || s[k] < 'A' || s[k] > 'D' {
		return 0
	}
	if strict && spaces < 4 && !issuedNIPrefix(s[:2]) {
		return 0
	}
	return k + 1
}

// RentenVNR returns the length of a German pension insurance number
// (Rentenversicherungsnummer, the social insurance number) at the start of
// s, or 0: area (2 digits), birth date (DDMMYY), the birth name's initial,
// a serial (2 digits) and a check digit, spaces allowed between the parts
// ("65 170839 J 003", "15070649C103"). With strict, the birth date must be
// a date and the check digit must check: the letter counts as its place in
// the alphabet, two digits; the twelve digits are weighted 2 1 2 5 7 1 2 1
// 2 1 2 1, the products' digit sums added; the check digit is that sum
// modulo 10.
func RentenVNR(s string, strict bool) int {
	var d [12]int
	n, k := 0, 0
	digits := func(count int) bool {
		if k < len(s) && s[k] == ' ' {
			k++
		}
		for j := 0; j < count; j++ {
			if k >= len(s) || !isDigit(s[k]) {
				return false
			}
			d[n] = int(s[k] - '0')
			n++
			k++
		}
		return true
	}
	if !digits(2) || !digits(6) {
		return 0
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || !isUpper(s[k]) {
		return 0
	}
	letter := int(s[k]-'A') + 1
	d[n], d[n+1] = letter/10, letter%10
	n += 2
	k++
	if !digits(2) {
		return 0
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || !isDigit(s[k]) {
		return 0
	}
	check := int(s[k] - '0')
	k++
	if strict {
		day, month := d[2]*10+d[3], d[4]*10+d[5]
		if day < 1 || day > 31 || month < 1 || month > 12 {
			return 0
		}
		sum := 0
		for j, w := range [12]int{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1} {
			p := d[j] * w
			sum += p/10 + p%10
		}
		if sum%10 != check {
			return 0
		}
	}
	return k
}

// issuedNIPrefix reports whether a National Insurance prefix is one HMRC
// issues.
func issuedNIPrefix(p string) bool {
	if strings.IndexByte("DFIQUV", p[0]) >= 0 || strings.IndexByte("DFIOQUV", p[1]) >= 0 {
		return false
	}
	switch p {
	case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
		return false
	}
	return true
}

// PlateOther returns the length of a licence plate of a neighbouring
// country at the start of s, or 0: French "AB-123-CD", Belgian
// "1-ABC-234", German "B-AB 1234" or "HH XY 123" (an optional E or H
// after), British "AB12 CDE". These layouts are less distinctive than the
// Dutch sidecodes, so the scanner asks for a vehicle word nearby.
func PlateOther(s string) int {
	var shape [12]byte
	n := 0
	for ; n < len(shape) && n < len(s); n++ {
		switch c := s[n]; {
		case isUpper(c):
			shape[n] = 'L'
		case isDigit(c):
			shape[n] = 'D'
		case c == '-' || c == ' ':
			shape[n] = c
		default:
			return plateShape(shape[:n], n)
		}
	}
	return plateShape(shape[:n], n)
}

// plateShape returns the longest prefix of shape, ending where a group of
// letters or digits ends, that is a known plate layout.
func plateShape(shape []byte, n int) int {
	for k := n; k >= 5; k-- {
		if shape[k-1] == ' ' || shape[k-1] == '-' || (k < n && shape[k] == shape[k-1]) {
			continue // a plate ends where its last group ends
		}
		if otherPlateShapes[string(shape[:k])] {
			return k
		}
	}
	return 0
}

var otherPlateShapes = func() map[string]bool {
	m := map[string]bool{"LL-DDD-LL": true, "D-LLL-DDD": true, "LLDD LLL": true}
	for a := 1; a <= 3; a++ {
		for b := 1; b <= 2; b++ {
			for d := 1; d <= 4; d++ {
				for _, sep := range []string{"-", " "} {
					de := strings.Repeat("L", a) + sep + strings.Repeat("L", b) + " " + strings.Repeat("D", d)
					m[de], m[de+"L"] = true, true // "E" (electric) or "H" (historic) may follow
				}
			}
		}
	}
	return m
}()

// ValidDocumentNL reports whether s has the layout of a Dutch passport or
// identity card number: nine characters, two letters, six letters or
// digits, one digit, never the letter O.
func ValidDocumentNL(s string) bool {
	if len(s) != 9 {
		return false
	}
	for i := 0; i < 9; i++ {
		c := s[i]
		switch {
		case c == 'O':
			return false
		case i < 2:
			if !isUpper(c) {
				return false
			}
		case i < 8:
			if !isUpper(c) && !isDigit(c) {
				return false
			}
		default:
			if !isDigit(c) {
				return false
			}
		}
	}
	return true
}

// ValidVIN reports whether s is shaped as a vehicle identification number
// (ISO 3779): 17 capitals and digits without I, O and Q, at least two of
// them letters, ending in four digits (the serial's tail, numeric for
// every maker of any size). The check digit at position 9 is North
// America's only, so it is not required: a European VIN rarely has one.
// A VIN names one vehicle, and through the register its keeper.
func ValidVIN(s string) bool {
	if len(s) != 17 {
		return false
	}
	letters := 0
	for i := 0; i < 17; i++ {
		c := s[i]
		switch {
		case isDigit(c):
		case isUpper(c) && c != 'I' && c != 'O' && c != 'Q':
			if i >= 13 {
				return false
			}
			letters++
		default:
			return false
		}
	}
	return letters >= 2
}

// AHVNumber returns 16 when s starts with a Swiss social insurance number
// (AHV, AVS) in its dotted layout, "756.1234.5678.97": the country's 756,
// nine digits and an EAN-13 check digit; else 0. The compact thirteen
// digits are left out: a Swiss product's barcode has the same shape.
func AHVNumber(s string) int {
	if len(s) < 16 || s[:4] != "756." || s[8] != '.' || s[13] != '.' {
		return 0
	}
	var d [13]int
	n := 0
	for i := 0; i < 16; i++ {
		if i == 3 || i == 8 || i == 13 {
			continue
		}
		if !isDigit(s[i]) {
			return 0
		}
		d[n] = int(s[i] - '0')
		n++
	}
	sum := 0
	for i := 0; i < 12; i++ {
		if i%2 == 0 {
			sum += d[i]
		} else {
			sum += 3 * d[i]
		}
	}
	if (10-sum%10)%10 != d[12] {
		return 0
	}
	return 16
}
