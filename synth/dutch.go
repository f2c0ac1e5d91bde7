// Package synth generates synthetic tenants and events for the demo, tests
// and benchmarks: deterministic for a seed, full of realistic personal data
// (English names and addresses from jaswdr/faker, Dutch identifiers from
// the generators here, since faker v1 knows only English).
package synth

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
)

// BSN returns a random valid Dutch citizen service number (9 digits,
// passing the 11-check).
func BSN(r *rand.Rand) string {
	for {
		d := make([]int, 9)
		d[0] = 1 + r.IntN(9)
		for i := 1; i < 8; i++ {
			d[i] = r.IntN(10)
		}
		sum := 0
		for i := 0; i < 8; i++ {
			sum += (9 - i) * d[i]
		}
		check := sum % 11
		if check == 10 {
			continue
		}
		d[8] = check
		var b strings.Builder
		for _, v := range d {
			b.WriteByte(byte('0' + v)) // #nosec G115 -- a digit 0-9 or an index into a short alphabet
		}
		return b.String()
	}
}

var nlBanks = []string{"ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"}

// IBAN returns a random valid Dutch IBAN (NLkk BANK 0123456789) with its
// mod-97 check digits, grouped in fours when spaced is true.
func IBAN(r *rand.Rand, spaced bool) string {
	bank := nlBanks[r.IntN(len(nlBanks))]
	acct := fmt.Sprintf("%010d", r.Int64N(10_000_000_000))
	// check digits: 98 - (BBAN + "NL00" as digits) mod 97
	s := bank + acct + "NL00"
	var digits strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprintf(&digits, "%d", c-'A'+10)
		} else {
			digits.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(digits.String(), 10)
	check := 98 - new(big.Int).Mod(n, big.NewInt(97)).Int64()
	iban := fmt.Sprintf("NL%02d%s%s", check, bank, acct)
	if !spaced {
		return iban
	}
	var b strings.Builder
	for i, c := range iban {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// PhoneNL returns a Dutch phone number in one of the usual notations.
func PhoneNL(r *rand.Rand) string {
	sub := fmt.Sprintf("%d%07d", 1+r.IntN(9), r.IntN(10_000_000))
	switch r.IntN(6) {
	case 0:
		return "06-" + sub
	case 1:
		return "06 " + sub[:2] + " " + sub[2:5] + " " + sub[5:]
	case 2:
		return "+31 6 " + sub
	case 3:
		return "+316" + sub
	case 4:
		areas := []string{"010", "020", "030", "040", "050", "070", "071", "072", "073", "076"}
		return areas[r.IntN(len(areas))] + "-" + sub[1:]
	default:
		return "0031 6 " + sub
	}
}

// PostcodeNL returns a Dutch postcode "1234 AB".
func PostcodeNL(r *rand.Rand) string {
	letters := "ABCDEFGHJKLMNPRTVWXZ"
	for {
		p := fmt.Sprintf("%04d %c%c", 1000+r.IntN(9000), letters[r.IntN(len(letters))], letters[r.IntN(len(letters))])
		if s := p[5:]; s != "SA" && s != "SD" && s != "SS" {
			return p
		}
	}
}

var plateLayouts = []string{"LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"}

// PlateNL returns a Dutch licence plate in a random sidecode.
func PlateNL(r *rand.Rand) string {
	const letters = "BDFGHJKLNPRSTVXZ"
	l := plateLayouts[r.IntN(len(plateLayouts))]
	var b strings.Builder
	for _, c := range l {
		switch c {
		case 'L':
			b.WriteByte(letters[r.IntN(len(letters))])
		case 'D':
			b.WriteByte(byte('0' + r.IntN(10))) // #nosec G115 -- a digit 0-9 or an index into a short alphabet
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// Dutch and community names for the generator. These are the generator's
// own lists, kept apart from the anonymiser's lexicon on purpose: many of
// them are absent there, so demo data also tests names found by cues.
var (
	nlFirst = []string{"Jan", "Pieter", "Sanne", "Femke", "Daan", "Lotte", "Bram", "Anouk", "Joris", "Marloes", "Thijs", "Ilse",
		"Mohamed", "Fatima", "Youssef", "Aylin", "Mehmet", "Zeynep", "Priya", "Rajesh", "Kofi", "Agnieszka", "Tomasz", "Wouter",
		"Geertje", "Hendrikje", "Sjoerd", "Tjitske", "Ruud", "Mirjam", "Stijn", "Noor", "Hamza", "Esra", "Dewi", "Jerrel"}
	nlLast = []string{"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
		"Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "el Amrani",
		"Yılmaz", "Kaya", "Ramdin", "Kowalski", "van der Meer", "Hoekstra", "ter Horst", "Schouten", "Verbeek", "Kuipers", "Postma"}
	nlStreets = []string{"Kerkstraat", "Stationsweg", "Dorpsstraat", "Molenlaan", "Schoolstraat", "Industrieweg", "Havenkade", "Julianalaan",
		"Prinsengracht", "Marktplein", "Noordsingel", "Beukenlaan", "Hoofdweg", "Rijksstraatweg", "Parallelweg"}
	nlCities = []string{"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Zwolle", "Venlo", "Delft"}
)
