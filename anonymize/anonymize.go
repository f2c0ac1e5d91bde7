// Package anonymize finds and removes personal data from veilig's events:
// a single-pass scanner for free text in Dutch, English, German and French
// (names, e-mail, phone numbers, IBAN, BSN, cards, IP addresses, postcodes,
// street addresses, birth dates, licence plates, identity documents,
// employee numbers), field
// policies for structured data (drop, redact, mask, pseudonymise,
// generalise, keep, scan), keyed pseudonyms, and an independent verifier
// that re-scans every output with the strict profile so that nothing leaves
// unverified (fail closed).
//
// The package is pure: no I/O, no global state beyond immutable word
// lists. Every exported type documents its concurrency.
//
// Word lists: most of anonymize/lexicon/*.txt were written for this
// project by its authors from general knowledge and are covered by the
// project's licence. first_names_en.txt, surnames_en.txt and
// weak_surnames_en.txt are taken from jaswdr/faker's name lists (MIT), as
// are the later lines of ambiguous_first_names.txt; the *_fakerjs.txt lists
// are given and family names of @faker-js/faker's lists (MIT) for the
// reports' languages and their workplaces' communities, written by
// gen_fakerjs.py, the *_pyfaker.txt and *_rbfaker.txt lists those of
// Python's and Ruby's Faker (MIT) that the lists before them lack, written
// by gen_pyfaker.py and gen_rbfaker.py; dictionary.txt, the common words of
// English and Dutch, is derived from SCOWL and OpenTaal under their
// permissive licences (lexicon/NOTICE.md). No GPL list is included.
package anonymize

import (
	"strconv"
	"strings"
)

// Version names the anonymiser's behaviour; it is stored with every event
// so that a replay can tell which version produced a row. It changes when
// what is detected changes (anon-2: employee numbers, e-mail addresses with
// the @ spelt out, lower-case IBANs, driving licences, British postcodes,
// neighbouring countries' plates and national numbers, names after
// "heet"/"named", in lists and in lower case, dotted French phone numbers,
// customer and policy numbers, user names, social handles; anon-3: other
// countries' document and certificate numbers after their cue, IBANs whose
// checksum fails, British NHS and National Insurance numbers, MAC
// addresses, birth years and dates around their cue, numbers with Unicode
// separators, in quotes, glued to their cue or several in a row, spelt-out
// dots in e-mail addresses, and more names: initialled and lower-case ones,
// in brackets, in the genitive, months that are given names; anon-4:
// German social insurance numbers, login names after "by" labels, names in
// capitals after a name label, possessive street names, English given and
// family names from faker's lists, and fewer false names: a dictionary of
// common English and Dutch words for headings and title case,
// organisations, role compounds, function and label words; anon-5:
// domestic bank account numbers, passwords, PINs and card security codes
// (SECRET), names in a register's order in capitals, single foreign family
// names in German sentences, lower-case short names as subjects, known
// names' initials, IBANs in dashed groups, two-digit birth years, and
// fewer false names: compounds of common words, products in camel case,
// places named after saints, companies and towns of Dutch sites; anon-6:
// what jaswdr/faker's own formats hold (American phone numbers with their
// extensions and ZIP+4 codes, street addresses after their cue whatever
// the street's last word, social security numbers, plates in any script,
// passwords and logins without a label), BSNs and card numbers after
// their cue whatever their check digit, birth dates in brackets after a
// name or after "*", driving licences, the particle "'t", lower-case
// initials after a role, names in capitals with particles, a name between
// a phone verb and the number, streets named by a residence verb, and
// fewer false names: the first word of a quotation, French elisions,
// determiners that are given names; anon-7: values hidden by characters of
// no width or typed in full-width forms, faker's given names that are
// common English words and family names that are words, a listed name
// that is a word after a title, the first of two hyphenated given names,
// a German speaker after reported speech and a listed given name in a
// German clause's person slot, the writer after a closing, a firm's
// owner, nicknames after "alias", months that are given names, records in
// register order, logins in a log's key=value, and fewer false names:
// table cells, rooms named after someone, foundations and branches, cars,
// determiners, an ambiguous given name after an article, sentences
// without function words in a German text; anon-8: logins made of a found
// person's name, names one was born with, nicknames in brackets inside a
// name, given names shortened as initials, an age after a name in
// brackets, a German person object, an ambiguous given name as the subject
// of a person's verb or a perfect, a subject before a separable particle
// or a past tense at a sentence's start, account holders, callees, a given
// name after a label, family names that split into two words, employee
// numbers straight after the word, plates listed after one cue, phone
// numbers in chat links, Belgian boxes and flats in house numbers, more
// listed names, and fewer false names: letters after unit words, firms,
// suppliers, projects and sites, dates' months and weekdays, towns after
// residence words, holidays; anon-9: one word after a closing, also after
// "!", whatever it is, a listed given name that is a month or a place as a
// person object, a common word before a listed family name, a register's
// family name before a comma and a given name, a family name that is a
// word as a sentence's subject, names typed in lower case with their
// family names and after presence labels or German prepositions, short
// family names in a text typed in capitals, a capitalised word where only
// a person stands (beside "I", after "together with", owning a personal
// thing, hurting itself, after "volgens", after a kin word), both words
// of a name that are words inside a sentence, more listed names, and an
// institution after "het" or "the"; anon-10: a register's family name and
// initials, a listed family name as a label's whole value, a roster's
// abbreviated days, absence labels, the speaker after reported speech in
// German and French, a register's entries before a dash, a time-stamped
// log line's subject, a bulleted entry's head, signatures, ambiguous
// given names that are no German word in German sentences, a name after
// "laut" or "zusammen mit" that is no German word, French "dit à", a
// role's listed family name that is a word, compound address labels and
// German streets of common words after a cue, a JSON key's value, a
// file's row, a person of a unit, one placeholder for one number written
// two ways, for a double name and for a found name's word written alone;
// and fewer false names:
// salutations, "ondergetekende", "I,", forwarded messages' headers,
// German compound roles, "service Maintenance", a label's title-case
// value, "Head of Safety", units beside common words, "Am Tor 3"; anon-11:
// @faker-js/faker's given and family names and more of the communities'
// names, names no list holds in brackets after a name or a preposition,
// in a register's and a bulleted list's heads, a file's row, a table's
// cell, after a quotation's "dit", and in German subject and object
// slots, a name's particles in a list, a word-name after a title, a
// birth date between commas after a name, phone numbers no numbering plan
// knows beside a phone word, more street forms; and fewer false names:
// German "Der" and "man", "bat", brands in the lists); anon-12: streets in
// Python Faker's forms (house numbers with a leading zero, the USPS street
// types, French street types in lower case, "-lei", "-boulevard", a flat
// on the line before its street), the postcode after a street, IBANs of
// a wrong length that mod-97 vouches for, American phone numbers with an
// extension beside a phone word, Python's and Ruby's Faker's given and
// family names;
// and fewer false names: a German trade in brackets, a town's part after
// "-sur-" or "-an-"); anon-13: a role's holder alone in brackets, a
// phone's owner in lower case, a person's label's whole value, a name's
// genitive before what a person has, a project's client, VINs, health
// insurers' numbers, Skype names, spelt-out addresses at free mail
// providers, Dutch streets built with a preposition, American house
// numbers with a leading zero; and fewer false names: countries, makers
// and shops, streets after an article, codes' labels, long German nouns,
// French pronouns, Dutch, German and French sentence adverbs, the place a
// person fell from.
const Version = "anon-13"

// Placeholders numbers the values replaced in one event so that the same
// value gets the same placeholder throughout ("[PERSON_1]" is one person in
// the description and in the notes). Use one per event; not safe for
// concurrent use.
type Placeholders struct {
	next map[Type]int
	seen map[string]string
	// partOf maps a word of a found name of two words or more to that
	// name's key, or to "" when two names share the word: "Oliveira" after
	// "Ricardo Oliveira" is the same person, "Bakker" after "Jan Bakker"
	// and "Piet Bakker" may be either
	partOf map[string]string
}

// NewPlaceholders returns an empty numbering.
func NewPlaceholders() *Placeholders {
	return &Placeholders{next: map[Type]int{}, seen: map[string]string{}, partOf: map[string]string{}}
}

// nameParts registers the words of the found names of two words or more
// among ents, keys being their placeholders' keys (see partOf); known
// values carry their own reference.
func (p *Placeholders) nameParts(ents []Entity, keys []string) {
	for i, e := range ents {
		full := keys[i]
		if e.Type != Person || e.ref > 0 || !strings.ContainsAny(full, " -\n") {
			continue // (a name of one word has no parts)
		}
		words := strings.FieldsFunc(full, func(r rune) bool { return r == ' ' || r == '-' || r == '\n' })
		if len(words) < 2 {
			continue
		}
		for _, w := range words {
			if len(w) < 3 {
				continue // particles and initials: "de", "j."
			}
			if k, ok := p.partOf[w]; ok && k != full {
				p.partOf[w] = ""
				continue
			}
			p.partOf[w] = full
		}
	}
}

// label returns the placeholder for a value of type t; key identifies the
// value (its folded text, or its known-value reference).
func (p *Placeholders) label(t Type, key string) string {
	k := string(t) + "\x00" + key
	if l, ok := p.seen[k]; ok {
		return l
	}
	p.next[t]++
	l := "[" + string(t) + "_" + strconv.Itoa(p.next[t]) + "]"
	p.seen[k] = l
	return l
}

// Redact replaces each entity of text with its placeholder. ents must be
// sorted and non-overlapping, as Scan returns them.
func Redact(text string, ents []Entity, ph *Placeholders) string {
	if len(ents) == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 8*len(ents))
	keys := make([]string, len(ents))
	for i, e := range ents {
		keys[i] = valueKey(e.Type, text[e.Start:e.End])
	}
	ph.nameParts(ents, keys)
	last := 0
	for i, e := range ents {
		b.WriteString(text[last:e.Start])
		key := keys[i]
		if e.ref > 0 {
			key = "ref" + strconv.Itoa(e.ref)
		} else if full := ph.partOf[key]; e.Type == Person && full != "" {
			key = full // "Oliveira" after "Ricardo Oliveira": one person
		}
		b.WriteString(ph.label(e.Type, key))
		last = e.End
	}
	b.WriteString(text[last:])
	return b.String()
}

// valueKey identifies a value for its placeholder, so that one value
// written two ways has one placeholder: a number by its letters and
// digits ("0612345678" and "06-12 34 56 78", "NL91ABNA..." and "NL91
// ABNA ..."), a phone number by its last nine digits, which its country
// code and trunk prefix leave alone ("+31 6 1234 5678"); anything else by
// its folded text.
func valueKey(t Type, v string) string {
	switch t {
	case Phone, IBAN, BSN, Card, Plate, Postcode, Document, Employee, Customer, Account, National, MAC, VIN:
	default:
		return fold(v)
	}
	b := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			b = append(b, c)
		case t != Phone && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
			b = append(b, c|0x20)
		}
	}
	if t == Phone && len(b) > 9 {
		b = b[len(b)-9:]
	}
	if len(b) == 0 {
		return fold(v)
	}
	return string(b)
}

// Text anonymises one free text with a fresh scanner pass and returns the
// anonymised text and the entities found (offsets into the input). It is a
// convenience over Scanner.Scan and Redact; kv and ph may be nil.
func (s *Scanner) Text(text string, kv *KnownValues, ph *Placeholders) (string, []Entity) {
	if ph == nil {
		ph = NewPlaceholders()
	}
	ents := s.Scan(text, kv)
	return Redact(text, ents, ph), ents
}
