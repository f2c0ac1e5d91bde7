package anonymize

import (
	"bytes"
	"net/netip"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/nyaruka/phonenumbers"
	"google.golang.org/protobuf/proto"
)

// Type is the kind of a detected personal value.
type Type string

// The entity types the scanner reports.
const (
	Person   Type = "PERSON"
	Email    Type = "EMAIL"
	Phone    Type = "PHONE"
	IBAN     Type = "IBAN"
	BSN      Type = "BSN"
	Card     Type = "CARD"
	IP       Type = "IP"
	Postcode Type = "POSTCODE"
	Address  Type = "ADDRESS"
	DOB      Type = "DATE_OF_BIRTH"
	Plate    Type = "PLATE"
	Document Type = "ID_DOCUMENT"
	Employee Type = "EMPLOYEE_ID"
	Customer Type = "CUSTOMER_ID"  // customer, policy, client and member numbers
	Account  Type = "BANK_ACCOUNT" // a domestic bank account number after its cue (an IBAN is IBAN)
	Username Type = "USERNAME"     // a login name after its cue
	Secret   Type = "SECRET"       // a password or PIN after its cue: no personal data, but never to be stored or sent
	Handle   Type = "SOCIAL_HANDLE"
	National Type = "NATIONAL_ID" // French NIR, Belgian national register, German tax and social insurance ids, British NHS and NI numbers
	MAC      Type = "MAC_ADDRESS" // a network card's address: identifies a person's device as an IP address does
	VIN      Type = "VIN"         // a vehicle identification number: names one vehicle and through the register its keeper
	Known    Type = "KNOWN"       // a value named in a structured field, found in free text
)

// Identifier reports whether t is a validated identifier (as opposed to a
// name or an address, which are found by cues and lists).
func (t Type) Identifier() bool {
	switch t {
	case Email, Phone, IBAN, Account, BSN, Card, IP, MAC, VIN, Postcode, Plate, Document, Employee, National, Customer, Username, Handle, Secret:
		return true
	}
	return false
}

// Entity is one detected value: its type and byte offsets into the text.
type Entity struct {
	Type  Type `json:"type"`
	Start int  `json:"start"`
	End   int  `json:"end"`
	ref   int  // > 0: a variant of the ref-th known value
}

// Scanner finds personal data in free text in Dutch, English, German and
// French in one pass over its tokens: cheap triggers (a digit, an @, a
// capital letter, a cue word) select candidates and validators decide
// (11-check, mod-97, Luhn, phone number metadata, word lists).
//
// Why hand-written and not a library: no library covers Dutch identifiers
// and names with validation at this speed (Presidio has no Dutch
// recognisers; regex-per-entity designs run near 1 MB/s). This is the
// product's core.
//
// A Scanner is immutable and safe for concurrent use.
type Scanner struct {
	lex        *lexicon
	strict     bool
	knownOnly  bool // find the known values only (Apply's pass back over earlier fields)
	germanTies bool // a sentence with no function word of any language reads as German (ForLanguage)
}

var (
	lexOnce   sync.Once
	sharedLex *lexicon
)

func theLexicon() *lexicon {
	lexOnce.Do(func() { sharedLex = newLexicon() })
	return sharedLex
}

// NewScanner returns the default scanner.
func NewScanner() *Scanner { return &Scanner{lex: theLexicon()} }

// newStrictScanner returns the verifier's scanner: the same detectors with
// lower thresholds (8-digit BSNs without a cue, phone numbers that are
// possible rather than valid).
func newStrictScanner() *Scanner { return &Scanner{lex: theLexicon(), strict: true} }

// ForLanguage returns a scanner for texts said to be in lang (an ISO 639-1
// code, as veilig anonymize's optional "lang" gives it). The scanner tells
// German sentences from the others by their function words, since German
// capitalises its nouns; a sentence with none ("Gitterrost ersetzt,
// Absperrband angebracht.") reads as the rest of its text does, and where
// the text's function words say nothing either, as German when lang is
// "de" and as Dutch, English or French otherwise, as NewScanner's does.
// Sentences with function words are read by them whatever lang says: a
// report quotes other languages.
func (s *Scanner) ForLanguage(lang string) *Scanner {
	c := *s
	c.germanTies = strings.EqualFold(lang, "de") || strings.HasPrefix(strings.ToLower(lang), "de-")
	return &c
}

// nonOverlapping sorts ents by offset and drops overlaps in place: at one
// position the longest wins, and an entity starting inside an earlier one
// is dropped.
func nonOverlapping(ents []Entity) []Entity {
	// stable: of two detections of the same span the first detector's wins
	slices.SortStableFunc(ents, func(a, b Entity) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	res := ents[:0]
	end := -1
	for _, e := range ents {
		if e.Start >= end {
			res = append(res, e)
			end = e.End
		}
	}
	return res
}

// inPlaceholder reports whether word t is part of a placeholder or a
// pseudonym: upper case and glued to an underscore.
func inPlaceholder(text string, t tok) bool {
	return t.allCap && ((int(t.end) < len(text) && text[t.end] == '_') || (t.start > 0 && text[t.start-1] == '_'))
}

// scanState is the per-call working memory, pooled.
type scanState struct {
	toks     []tok
	folded   []byte
	foff     []int32 // folded[foff[i]:foff[i+1]] is token i folded (words only)
	claimed  []bool
	flags    []wflag
	german   []bool          // per token: its sentence reads as German
	headings []span          // the sentences asked about so far, with whether each is a heading (see heading)
	spans    [][2]int        // listNames' queue of name token spans
	groups   []int           // readNumRun's digit group ends, reused from number to number
	logins   []byte          // nameLogins' login forms, end to end
	loginEnd []int           // logins[loginEnd[i-1]:loginEnd[i]] is form i
	loginOf  map[string]bool // the names whose forms logins holds, emptied after each use (it holds the text's names)
	ents     []Entity
}

var statePool = sync.Pool{New: func() any { return new(scanState) }}

// Scan returns the personal values in text, sorted by offset and never
// overlapping. kv, which may be nil, lists values known from the event's
// structured fields; they and their variants are found too.
//
// Word processors and phones write the spaces and dashes inside numbers as
// other characters ("06–12345678", "06 12 34 56 78" with no-break spaces),
// text escaped twice carries its line breaks as a backslash and an n, and
// a character of no width or a full-width form can hide a value from a
// reader's eye and a detector alike; the detectors read ASCII, so such
// text is scanned in a copy with ASCII in their place (see
// asciiSeparators), and the offsets are mapped back.
func (s *Scanner) Scan(text string, kv *KnownValues) []Entity {
	norm, shifts := asciiSeparators(text)
	ents := s.scan(norm, kv)
	if shifts != nil {
		for i := range ents {
			ents[i].Start, ents[i].End = shifted(ents[i].Start, shifts), shifted(ents[i].End, shifts)
		}
	}
	return ents
}

// sepShift says that from offset at of a copy made by asciiSeparators on,
// offsets in the original text are add bytes further.
type sepShift struct{ at, add int }

// shifted maps an offset in asciiSeparators' copy to the original text.
func shifted(o int, shifts []sepShift) int {
	k := sort.Search(len(shifts), func(i int) bool { return shifts[i].at > o })
	if k == 0 {
		return o
	}
	return o + shifts[k-1].add
}

// asciiSeparators returns text with Unicode spaces and dashes (no-break
// and thin spaces, hyphens, en and em dashes, minus) replaced by one ASCII
// space or hyphen each, full-width letters, digits and signs ("０６１２",
// "Ｊａｎ", as East Asian keyboards type them) by their ASCII twins,
// characters of no width (zero-width space and joiners, word joiner, byte
// order mark, soft hyphen) left out, and escapes written out as text (a
// backslash and n, t or r) by two spaces, and where the copy's offsets
// shift against the original's; shifts is nil when text has none. An
// invisible character inside a value ("06\u200b12345678") would hide it
// from every detector.
func asciiSeparators(text string) (norm string, shifts []sepShift) {
	if !needsASCIICopy(text) {
		return text, nil // nearly every text: no copy
	}
	b := make([]byte, 0, len(text))
	for k := 0; k < len(text); {
		if writtenEscape(text, k) {
			// an escape written out ("Melder: Jan\nTel: 06..."), as text
			// escaped twice on its way here has it: white space
			b = append(b, ' ', ' ')
			k += 2
			continue
		}
		r, size := rune(text[k]), 1
		if text[k] >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[k:])
		}
		if ascii, ok := asciiFor(r); ok {
			if ascii != 0 {
				b = append(b, ascii)
			}
			shifts = append(shifts, sepShift{at: len(b), add: k + size - len(b)})
		} else {
			b = append(b, text[k:k+size]...)
		}
		k += size
	}
	return string(b), shifts
}

// asciiFor is what asciiSeparators writes for r: its ASCII twin, or 0
// for nothing at all; ok is false where r stays as it is.
func asciiFor(r rune) (ascii byte, ok bool) {
	switch {
	case r == '\u00a0' || r >= '\u2002' && r <= '\u200a' || r == '\u202f':
		return ' ', true
	case r >= '\u2010' && r <= '\u2015' || r == '\u2212':
		return '-', true
	case r >= '\u200b' && r <= '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		return 0, true
	case r >= '\uff01' && r <= '\uff5e':
		return byte(r - 0xfee0), true // the full-width forms mirror ASCII 0x21 to 0x7E
	}
	return 0, false
}

// writtenEscape reports whether text[k:] starts with an escape written
// out as text: a backslash and n, t or r.
func writtenEscape(text string, k int) bool {
	return text[k] == '\\' && k+1 < len(text) && (text[k+1] == 'n' || text[k+1] == 't' || text[k+1] == 'r')
}

// needsASCIICopy reports whether text holds something asciiSeparators
// replaces. It jumps with IndexByte (at memory speed) to the bytes that
// can start one: a backslash, and the lead bytes C2, E2 and EF of every
// character asciiFor knows; curly quotes, the euro sign and the ellipsis
// share the lead byte E2 but are no separators, so prose with them is not
// copied.
func needsASCIICopy(text string) bool {
	for _, lead := range [...]byte{'\\', 0xC2, 0xE2, 0xEF} {
		for k := 0; k < len(text); k++ {
			i := strings.IndexByte(text[k:], lead)
			if i < 0 {
				break
			}
			k += i
			if lead == '\\' {
				if writtenEscape(text, k) {
					return true
				}
			} else if r, _ := utf8.DecodeRuneInString(text[k:]); r != utf8.RuneError {
				if _, ok := asciiFor(r); ok {
					return true
				}
			}
		}
	}
	return false
}

// scan is Scan on text whose separators are ASCII.
func (s *Scanner) scan(text string, kv *KnownValues) []Entity {
	st := statePool.Get().(*scanState)
	defer statePool.Put(st)
	st.toks = tokenize(st.toks[:0], text)
	st.folded = st.folded[:0]
	st.foff = st.foff[:0]
	st.ents = st.ents[:0]
	if cap(st.claimed) < len(st.toks) {
		st.claimed = make([]bool, len(st.toks))
	}
	st.claimed = st.claimed[:len(st.toks)]
	clear(st.claimed)
	st.flags = st.flags[:0]
	for _, t := range st.toks {
		st.foff = append(st.foff, int32(len(st.folded))) // #nosec G115 -- texts are bounded (events 64 KiB, CLI lines 64 MiB), far below 2 GiB
		if t.kind == tWord {
			w := text[t.start:t.end]
			if t.ascii {
				for i := 0; i < len(w); i++ {
					c := w[i]
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					st.folded = append(st.folded, c)
				}
			} else {
				st.folded = appendFold(st.folded, w)
			}
		}
	}
	st.foff = append(st.foff, int32(len(st.folded))) // #nosec G115 -- texts are bounded (events 64 KiB, CLI lines 64 MiB), far below 2 GiB
	var present wflag
	words, capitals := 0, 0
	for i, t := range st.toks {
		var f wflag
		// the words of a placeholder ("[CUSTOMER_ID_1]") or a pseudonym
		// are ours and cue nothing: "ID" there is no document cue
		if t.kind == tWord && !inPlaceholder(text, t) {
			w := st.folded[st.foff[i]:st.foff[i+1]]
			f = s.lex.flags[string(w)]
			// (the marks are added back at the end: a word's other flags,
			// and whether it is unknown or common, are decided without them)
			marks := f & markFlags
			f &^= marks
			if f == 0 {
				if n := elision(w); n > 0 {
					// a French elision is its word: "L'inspecteur" is the role
					// "inspecteur", not an unknown capitalised word; and
					// whatever follows it in lower case is a common word
					// ("J'ai", "N'importe", "Qu'il"), unlike the capital
					// of a name's "D'Artagnan"
					f = s.lex.flags[string(w[n:])]
					if t.cap && lowerAfterApostrophe(text[t.start:t.end]) {
						// "ai" may be a given name; "J'ai" is none
						if f &^= fFirst | fSurname | fAmbiguousFirst | fNameWord; f == 0 {
							f = fDict
						}
					}
				}
			}
			if f&^(fSurname|fWeakSurname) == 0 && t.cap && len(w) >= 5 && w[len(w)-1] == 's' && i > 0 && st.toks[i-1].kind == tWord {
				// a given name in the genitive without an apostrophe, as
				// German and Dutch write it ("mit Annas Kollegin"), within
				// a sentence: at its start "Jacks" are more likely tools.
				// The genitive may be a family name too ("Jürgens")
				if g := s.lex.flags[string(w[:len(w)-1])]; g&fFirst != 0 && g&(fAmbiguousFirst|fWord) == 0 {
					f |= g & (fFirst | fSurname)
				}
			}
			if f&fAuxVerb != 0 && len(w) == 1 && t.end-t.start > 1 {
				f &^= fAuxVerb | fNameVerb // "à", folded "a", is a preposition, not the verb "a"
			}
			if t.cap && len(w) > 4 && hasStreetSuffix(s.lex, w) {
				f |= fStreetSuffix
			}
			if f == 0 && len(w) >= 8 && endsWithAny(w, "adres", "adresse", "anschrift", "address") {
				// "Thuisadres:", "Privatanschrift", "Heimadresse": an
				// address's label
				f = fAddrCue
			}
			if f == 0 && len(w) >= 8 && roleCompound(w) {
				// a compound whose head is a role ("Kontoinhaber",
				// "Staplerfahrer", "Eyewitness", "Ploegleider") is a role:
				// it cues a name, and is none
				f = fRole
			}
			if f&^(fStreetEN|fStreetFR|fStreetSep) == 0 && t.cap && !t.allCap && len(w) >= 3 {
				// a common word that is no listed name: capitalised in a
				// title ("Working at Height") or at a sentence's start; a
				// street's type too ("Le Parc fermé", "the Court ruled")
				if s.lex.dict.has(w) {
					f |= fDict
				} else if len(w) >= 8 && s.lex.dict.compound(w) {
					f |= fDict | fCompound
				}
			}
			if t.cap && len(w) > 4 && noName(w, text[t.start:t.end], t, f) {
				f |= fNoName
			}
			f |= marks
		} else if t.kind == tPunct && text[t.start:t.end] == "°" && (i == 0 || st.toks[i-1].kind != tNum && !(st.toks[i-1].kind == tWord && st.toks[i-1].end-st.toks[i-1].start == 1)) {
			// "°" before a date is "born" in Belgian and French writing
			// ("Jan Peeters (° 12/03/1985)"); not in "20°C" or "n° 12"
			f = fBirth
		}
		st.flags = append(st.flags, f)
		present |= f
		if t.kind == tWord {
			words++
			if t.cap && !t.allCap {
				capitals++
			}
		}
	}

	sc := scan{s: s, lex: s.lex, text: text, st: st, kv: kv, colons: strings.Count(text, ":") >= 2, present: present,
		lower: words >= 6 && capitals == 0, orgs: present&fOrg != 0 || strings.Contains(text, ".V.")}
	sc.emails()
	sc.obfuscatedEmails()
	// German capitalises every noun, so capitals mean less there. Decide
	// per sentence: reports mix languages ("... gevallen. Das Gerüst war
	// 4 Meter hoch.").
	if cap(st.german) < len(st.toks) {
		st.german = make([]bool, len(st.toks))
	}
	st.german = st.german[:len(st.toks)]
	st.headings = st.headings[:0]
	// a sentence with no function word of any language ("Gitterrost
	// ersetzt, Absperrband angebracht.") reads as the text's language: the
	// one its function words favour, or ForLanguage's where they tie
	if de, other, ties := sc.markGerman(s.germanTies); ties && de != other && (de > other) != s.germanTies {
		sc.markGerman(de > other)
	}
	if kv != nil {
		sc.known()
	}
	if s.knownOnly {
		return nonOverlapping(append([]Entity(nil), st.ents...))
	}
	sc.profileAddresses()
	sc.chatNumbers()
	sc.personalPaths()
	sc.identifiers()
	sc.cuedNumbers()
	sc.documents()
	sc.usernames()
	sc.secrets()
	sc.addresses()
	sc.names()
	sc.lowerParticleNames()
	sc.bareStreets()
	sc.addressPostcodes()
	sc.surnameInitials()
	sc.ownerNames()
	sc.rowNames()
	sc.cellNames()
	sc.listNames()
	sc.fileNames()
	sc.nameLogins()
	sc.repeatedNames()

	out := make([]Entity, 0, len(st.ents))
	for _, e := range st.ents {
		if e.Type != Person || e.ref > 0 || !townPart(text, e) {
			out = append(out, e)
		}
	}
	return joinNames(text, townsAfterPostcodes(text, nonOverlapping(out)))
}

// townsAfterPostcodes drops the names found right after a postcode: the
// town of an address line ("1442 Crews Forks, 8745 Graz", "3511 AB
// Utrecht"), which rules for names may take when a family name is a
// town's too. ents are sorted and do not overlap; a known value's
// variant stays.
func townsAfterPostcodes(text string, ents []Entity) []Entity {
	out := ents[:0]
	for i, e := range ents {
		if i > 0 && e.Type == Person && e.ref == 0 && ents[i-1].Type == Postcode && e.Start == ents[i-1].End+1 && text[ents[i-1].End] == ' ' {
			continue
		}
		out = append(out, e)
	}
	return out
}

// townLinks join the parts of a town's name: "Boulogne-sur-Mer",
// "Châlons-en-Champagne", "Frankfurt-am-Main", "Stratford-upon-Avon".
var townLinks = []string{"sur", "sous", "lès", "les", "lez", "près", "en", "aux", "am", "an", "im", "ob", "upon", "on", "aan", "bij"}

// townPart reports whether the name e found is a part of a town's name
// that a link joins to it ("Godet-sur-Corpataux": a family name gave the
// town its name, a person is not there). A known value's variant stays.
func townPart(text string, e Entity) bool {
	for _, l := range townLinks {
		if n := e.Start - len(l) - 2; n > 0 && text[e.Start-1] == '-' && text[n] == '-' && text[n+1:e.Start-1] == l && (isLetter(text[n-1]) || text[n-1] >= 0x80) {
			return true
		}
		if n := e.End + len(l) + 2; n < len(text) && text[e.End] == '-' && text[n-1] == '-' && text[e.End+1:n-1] == l && (isLetter(text[n]) || text[n] >= 0x80) {
			return true
		}
	}
	return false
}

// joinNames merges two names that only a space or a hyphen parts, found by
// two rules (a given name by one, the family name by another, or the two
// parts of a known double name): one person, one placeholder ("[PERSON_2]
// [PERSON_3] a glissé" was one person, "[PERSON_1]-[PERSON_1]" one name). ents are
// sorted and do not overlap; the first's known-value reference wins.
func joinNames(text string, ents []Entity) []Entity {
	out := ents[:0]
	for _, e := range ents {
		if n := len(out); n > 0 && e.Type == Person && out[n-1].Type == Person && e.Start == out[n-1].End+1 && (text[out[n-1].End] == ' ' || text[out[n-1].End] == '-') {
			out[n-1].End = e.End
			if out[n-1].ref == 0 {
				out[n-1].ref = e.ref
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

// scan is one Scan call.
type scan struct {
	colons   bool  // the text has two colons or more: IPv6 is possible
	lower    bool  // the text has no capitalised word at all: names are typed in lower case too
	orgs     bool  // the text has an organisation word or a "B.V."/"N.V.": orgRun has work to do
	present  wflag // every flag some token of the text carries: cue-led detectors skip texts without their cue
	title    int8  // titleCase: 0 not yet known, 1 yes, -1 no
	plateEnd int   // the end of the last plate found, 0 before one (see plateWithin)
	s        *Scanner
	lex      *lexicon
	text     string
	st       *scanState
	kv       *KnownValues
	ends     map[int]entityEnd // what the entities found end at, by byte offset (see endAt)
	endsN    int               // how many of st.ents ends holds
}

// entityEnd is what the entities found that end at one byte offset are.
type entityEnd struct {
	first  Type // the type of the first found
	person bool // one of them is a person
}

// endAt returns what the entities found so far that end at byte offset b
// are, and whether any does. It indexes those found since its last call
// first (entities are only ever appended), so that a rule asking it at
// every token costs a lookup each: townAlone and bareStreets had looped
// over every entity found, and a text of many address lines took time
// growing with its square.
func (c *scan) endAt(b int) (entityEnd, bool) {
	if c.ends == nil {
		c.ends = map[int]entityEnd{}
	}
	for ; c.endsN < len(c.st.ents); c.endsN++ {
		e := c.st.ents[c.endsN]
		x, seen := c.ends[e.End]
		if !seen {
			x.first = e.Type
		}
		x.person = x.person || e.Type == Person
		c.ends[e.End] = x
	}
	x, ok := c.ends[b]
	return x, ok
}

func (c *scan) tok(i int) tok    { return c.st.toks[i] }
func (c *scan) n() int           { return len(c.st.toks) }
func (c *scan) raw(i int) string { t := c.st.toks[i]; return c.text[t.start:t.end] }

// key is what a known value's word is compared with: a word folded, a
// number as written. It aliases scan memory; compare, do not keep.
func (c *scan) key(i int) []byte {
	t := c.st.toks[i]
	if t.kind == tWord {
		return c.st.folded[c.st.foff[i]:c.st.foff[i+1]]
	}
	return unsafe.Slice(unsafe.StringData(c.text[t.start:]), t.end-t.start) // #nosec G103 -- a read-only view of the text, compared and dropped
}
func (c *scan) isPunct(i int, b byte) bool {
	if i < 0 || i >= len(c.st.toks) {
		return false
	}
	t := c.st.toks[i]
	return t.kind == tPunct && c.text[t.start] == b
}

// add records an entity spanning tokens [i, j] inclusive, claiming them.
func (c *scan) add(typ Type, i, j int) {
	c.st.ents = append(c.st.ents, Entity{Type: typ, Start: int(c.st.toks[i].start), End: int(c.st.toks[j].end)})
	if typ == Plate {
		c.plateEnd = max(c.plateEnd, int(c.st.toks[j].end))
	}
	for k := i; k <= j; k++ {
		c.st.claimed[k] = true
	}
}

// addBytes records an entity by byte span, claiming the tokens inside it.
func (c *scan) addBytes(typ Type, start, end int) {
	c.st.ents = append(c.st.ents, Entity{Type: typ, Start: start, End: end})
	if typ == Plate {
		c.plateEnd = max(c.plateEnd, end)
	}
	for k := c.tokenFrom(start); k < c.n() && int(c.tok(k).end) <= end; k++ {
		c.st.claimed[k] = true
	}
}

// tokenFrom returns the index of the first token that starts at byte
// offset b or after it (c.n() when none does).
func (c *scan) tokenFrom(b int) int {
	toks := c.st.toks
	return sort.Search(len(toks), func(i int) bool { return int(toks[i].start) >= b })
}

// tokenAt returns the index of the token starting at byte offset b, or -1.
func (c *scan) tokenAt(b int) int {
	if k := c.tokenFrom(b); k < c.n() && int(c.tok(k).start) == b {
		return k
	}
	return -1
}

// cueWithin reports whether a word with flag f appears in the w tokens before i.
func (c *scan) cueWithin(f wflag, i, w int) bool {
	for k := i - 1; k >= 0 && k >= i-w; k-- {
		if c.st.flags[k]&f != 0 {
			return true
		}
	}
	return false
}

// lowerPlate reports whether a Dutch licence plate typed in lower case
// starts at token i ("kenteken 12-abc-3"): only after a vehicle word or in
// a text without capitals, where its layout cannot be told by its capitals.
func (c *scan) lowerPlate(i int) bool {
	b := int(c.tok(i).start)
	if b+8 > len(c.text) || c.text[b+2] != '-' && c.text[b+1] != '-' || !(c.lower || c.present&fVehicle != 0 && c.cueWithin(fVehicle, i, 4)) {
		return false
	}
	return ValidPlateNL(strings.ToUpper(c.text[b : b+8]))
}

// birthDate reports whether the date at token i (bytes b to end) is a
// birth date: a birth word before it or right after it, or "d.o.b.".
func (c *scan) birthDate(i, b, end int) bool {
	return c.cueInSentence(fBirth, i, 8) || c.birthCueAfter(end) || c.dobAbbreviation(b) || c.starBorn(b) || c.bracketedAfterName(i, b, end) || c.appositionAfterName(i, b, end)
}

// appositionAfterName reports whether the date at token i (bytes b to end)
// stands between commas after a capitalised word, as a register writes a
// person's birth date after the name ("Slachtoffer: Piet Bakker,
// 14.07.1979, Utrecht"), with a year no later than lastBirthYear.
func (c *scan) appositionAfterName(i, b, end int) bool {
	if i < 2 || !c.isPunct(i-1, ',') || end-4 < b {
		return false
	}
	if p := c.tok(i - 2); p.kind != tWord || !p.cap || p.allCap || c.tok(i-1).start != p.end {
		return false
	}
	if end < len(c.text) && strings.IndexByte(",;.)\n", c.text[end]) < 0 {
		return false
	}
	y := atoi(c.text[end-4 : end])
	return y >= 1900 && y <= lastBirthYear
}

// starBorn reports whether the date at byte b has the genealogical birth
// star glued before it: "Tim Berger, *12.03.1979", "(*3. Mai 1980)".
func (c *scan) starBorn(b int) bool {
	return b >= 1 && c.text[b-1] == '*' && (b == 1 || strings.IndexByte(" ,(;\n\t", c.text[b-2]) >= 0)
}

// lastBirthYear is the latest year a date in brackets after a name may
// have to be read as a birth date without a cue: anyone born later is
// under fourteen in 2026, too young for a workplace report. A constant,
// not the clock, so that the same text always gives the same output; as
// years pass it should move with them (and the anonymiser's Version).
const lastBirthYear = 2012

// bracketedAfterName reports whether the date at token i (bytes b to end)
// stands alone in brackets after a capitalised word, as forms write a
// person's birth date after the name ("Slachtoffer: Jan Smit
// (23-05-1990)"), with a year no later than lastBirthYear, so that an
// incident's date there ("Kraan K2 (12-03-2026)") stays.
func (c *scan) bracketedAfterName(i, b, end int) bool {
	if i < 2 || end >= len(c.text) || c.text[end] != ')' || !c.isPunct(i-1, '(') || c.tok(i-1).end != c.tok(i).start {
		return false
	}
	if p := c.tok(i - 2); p.kind != tWord || !p.cap || p.allCap {
		return false
	}
	if end-4 < b {
		return false
	}
	y := atoi(c.text[end-4 : end]) // -1 where a byte is no digit
	return y >= 1900 && y <= lastBirthYear
}

// cueInSentence is cueWithin without crossing a sentence's closing
// punctuation: "geboortejaar 1985. Op 3 maart '26 viel hij" dates no birth
// on 3 March. A line break alone does not part a form's label from its
// value ("Geboortedatum:\n12-03-1985").
func (c *scan) cueInSentence(f wflag, i, w int) bool {
	for k := i - 1; k >= 0 && k >= i-w && !c.closingPunct(k); k-- {
		if c.st.flags[k]&f != 0 {
			return true
		}
	}
	return false
}

// dobAbbreviation reports whether "d.o.b." (any case) stands in the 12
// bytes before byte b: the abbreviation is letters and dots, no word the
// lists can hold ("Ms. A. Kowalczyk, d.o.b. 02.03.1991").
func (c *scan) dobAbbreviation(b int) bool {
	lo := max(0, b-12)
	for i := lo; i+5 <= b; i++ {
		if (c.text[i] == 'd' || c.text[i] == 'D') && strings.EqualFold(c.text[i:i+5], "d.o.b") && (i == 0 || !isLetter(c.text[i-1])) {
			return true
		}
	}
	return false
}

// birthCueAfter reports whether a birth word follows a date ending at byte
// end within two tokens, as German and Dutch word order puts it: "am
// 15.08.1990 geboren", "op 3 mei 1985 geboren", "born".
func (c *scan) birthCueAfter(end int) bool {
	if c.present&fBirth == 0 {
		return false
	}
	for j, k := 0, c.tokenFrom(end); j < 2 && k < c.n(); j, k = j+1, k+1 {
		if c.is(k, fBirth) {
			return true
		}
		if c.isPunct(k, ',') || c.isPunct(k, ';') || c.isPunct(k, ':') || c.sentenceEnd(k) {
			return false // "12-03-2026, geboortedatum ...", "01-09-2019. Geboortedatum: ...": the cue is the next value's
		}
	}
	return false
}

// flagged reports whether token i carries a flag beyond the marks
// (markFlags): a listed, common or cue word, where none is an unknown one.
func (c *scan) flagged(i int) bool { return c.st.flags[i]&^markFlags != 0 }

// is reports whether token i carries flag f.
func (c *scan) is(i int, f wflag) bool { return i >= 0 && i < len(c.st.flags) && c.st.flags[i]&f != 0 }

// roleHeads are the last parts of compound nouns naming a role or a
// person's part in an event, in the four languages. Only compounds count
// (the head plus at least three letters), so family names that are a head
// alone ("Leiter") stay names.
var roleHeads = []string{"leiter", "leiterin", "leider", "leidster", "inhaber", "inhaberin", "fahrer", "fahrerin", "fuhrer", "chauffeur", "monteur", "arbeiter", "arbeiterin",
	"medewerker", "medewerkster", "getuige", "zeuge", "zeugin", "witness", "manager", "officer", "supervisor", "inspecteur", "inspector",
	"beheerder", "coordinator", "coordinatrice", "verantwortlicher", "beauftragter", "beauftragte", "helfer", "helferin", "ouvrier", "operator",
	"fachkraft", "hilfskraft", "gegner", "gegnerin", "meister", "meisterin", "beamter", "beamtin", "nehmer", "nehmerin", "geber", "geberin",
	"halterin", "kollege", "kollegin", "partner", "partnerin"}

// roleHeadsByLast holds roleHeads by their last byte: a word is compared
// with the few heads that end as it does.
var roleHeadsByLast = func() (m [256][]string) {
	for _, h := range roleHeads {
		m[h[len(h)-1]] = append(m[h[len(h)-1]], h)
	}
	return m
}()

// roleCompound reports whether a folded word is a compound with a role's
// head ("bauleiter", "kontoinhaber", "eyewitness").
func roleCompound(w []byte) bool {
	for _, h := range roleHeadsByLast[w[len(w)-1]] {
		if len(w) >= len(h)+3 && string(w[len(w)-len(h):]) == h {
			return true
		}
	}
	return false
}

// hasStreetSuffix reports whether a folded word ends in a street suffix
// and is longer than it ("kerkstraat", not "straat"). Antwerp's "-lei"
// ("Frankrijklei") is also the end of common words ("boetseerklei",
// "allerlei"): it counts in words the dictionary lacks.
func hasStreetSuffix(l *lexicon, w []byte) bool {
	for _, s := range l.suffixesByLast[w[len(w)-1]] {
		if len(w) > len(s)+2 && string(w[len(w)-len(s):]) == s {
			return s != "lei" || !l.dict.has(w)
		}
	}
	return false
}

// --- e-mail -------------------------------------------------------------

// emails finds e-mail addresses, and "@name" handles where an @ has no
// address part before it.
func (c *scan) emails() {
	t := c.text
	handleEnd := -1
	for off := 0; ; {
		k := strings.IndexByte(t[off:], '@')
		if k < 0 {
			return
		}
		at := off + k
		off = at + 1
		if at > 1 && at+2 < len(t) && t[at-1] == ' ' && t[at+1] == ' ' {
			// "jan.jansen @ bouw.nl": spaces around the @, as some type
			// it to keep it from being a link
			s, e := localStart(t, at-1, isEmailLocal), domainEnd(t, at+2)
			local := t[s : at-1]
			// (a common word before it is a sentence's: "follow @ veilig.nl")
			if s < at-1 && ValidEmail(local+"@"+t[at+2:e]) && (strings.ContainsAny(local, "._-0123456789") || !c.s.lex.dict.has([]byte(fold(local)))) {
				c.addBytes(Email, s, e)
				off = e
				continue
			}
		}
		// right after another handle ("@jan@piet") it is a handle too. A
		// "]" before the @ glues, as a letter would: in output a
		// placeholder stands where a value glued to the @ stood
		// ("[PERSON_1]@ce" was "Aa@ce", no handle)
		if at == 0 || (!isEmailLocal(t[at-1]) && t[at-1] != '@' && t[at-1] != ']') || at == handleEnd {
			handleEnd = c.handle(at)
			continue
		}
		s, e := localStart(t, at, isEmailLocal), domainEnd(t, at+1)
		if q := strings.IndexByte(t[s:at], '='); q > 0 {
			// "Email=k.smit@firma.nl": a form's label and "=", which an
			// address may hold but hardly ever does
			switch strings.ToLower(t[s : s+q]) {
			case "email", "e-mail", "mail", "emailadres", "mailadres", "courriel", "to", "from", "cc":
				s += q + 1
			}
		}
		if s < at && ValidEmail(t[s:e]) {
			c.addBytes(Email, s, e)
		}
	}
}

// localStart is where the local part of an address that ends at byte end
// begins: back over the bytes local accepts, then past any leading dots.
func localStart(t string, end int, local func(byte) bool) int {
	s := end
	for s > 0 && local(t[s-1]) {
		s--
	}
	for s < end && t[s] == '.' {
		s++
	}
	return s
}

// domainEnd is where the domain of an address that starts at byte start
// ends: over letters, digits, hyphens and dots, without a trailing dot or
// hyphen.
func domainEnd(t string, start int) int {
	e := start
	for e < len(t) && (isDomainChar(t[e]) || t[e] == '.' || t[e] == '_') {
		e++
	}
	for e > start && (t[e-1] == '.' || t[e-1] == '-' || t[e-1] == '_') {
		e--
	}
	return e
}

// obfuscatedEmails finds addresses written to escape harvesters, the "@"
// spelt out in brackets: "anna.schmidt (at) firma.de",
// "j.jansen[at]bouw.nl", "{AT}". What precedes and follows must make a
// valid address once the brackets are read as "@".
func (c *scan) obfuscatedEmails() {
	for _, closer := range []byte{')', ']', '}'} {
		c.obfuscatedEmailsWith(closer)
	}
	c.spelledWithoutBrackets()
}

// eachIndex calls fn at every offset where sub stands in t, from the
// start; fn returns the offset to search on from (at least past sub).
func eachIndex(t, sub string, fn func(at int) int) {
	for off := 0; off <= len(t); {
		k := strings.Index(t[off:], sub)
		if k < 0 {
			return
		}
		off = max(fn(off+k), off+k+1)
	}
}

// commonTLDs are the top-level domains an address spelt out without
// brackets may end in ("jan at bouw dot nl"): the words "at" and "dot"
// alone are too common to trust with any other ending.
var commonTLDs = map[string]bool{"nl": true, "be": true, "de": true, "fr": true, "lu": true, "at": true, "ch": true, "uk": true, "eu": true,
	"com": true, "org": true, "net": true, "info": true, "io": true}

// spelledDots are the words for "." written out between spaces in an
// address spelt out without brackets.
var spelledDots = [...]string{" dot ", " punt ", " point ", " punkt "}

// spelledWithoutBrackets finds an address spelt out without brackets:
// "jan at bouw dot nl", "p.devries at gemeente punt nl": a local part, the
// word "at", a domain whose last dot is spelt "dot", "punt", "point" or
// "punkt", and a common top-level domain.
func (c *scan) spelledWithoutBrackets() {
	t := c.text
	if c.present&fRare == 0 {
		return
	}
	for _, dot := range spelledDots {
		eachIndex(t, dot, func(d int) int {
			off := d + len(dot)
			e := off
			for e < len(t) && isLetter(t[e]) {
				e++
			}
			if !commonTLDs[strings.ToLower(t[off:e])] || !c.boundaryAfter(e) {
				return off
			}
			ds := d // the domain's labels before the spelt dot
			for ds > 0 && (isDomainChar(t[ds-1]) || t[ds-1] == '.') {
				ds--
			}
			if ds == d || ds < 4 || !strings.EqualFold(t[ds-4:ds], " at ") {
				return off
			}
			ls := ds - 4
			s := localStart(t, ls, spelledLocal)
			local := t[s:ls]
			// the local part's dots may be spelt too: "jan punt devries at
			// gmail punt com" (twice at most: "a punt b punt c")
			for range 2 {
				p := spelledDotBefore(t, s)
				if p < 0 {
					break
				}
				ps := localStart(t, p, spelledLocal)
				if ps == p {
					break
				}
				local, s = t[ps:p]+"."+local, ps
			}
			dk, lk := c.tokenAt(ds), c.tokenAt(s)
			if dk < 0 || lk < 0 || c.is(dk, fOther|fGerman|fDeterminer) || c.is(dk, fWord) && !mailProviders[strings.ToLower(t[ds:d])] || c.is(lk, fOther|fGerman|fDeterminer) {
				return off // "look at the dot nl page": function words are no address's parts
			}
			if s < ls && ValidEmail(local+"@"+t[ds:d]+"."+t[off:e]) && !c.claimedAt(s) {
				c.addBytes(Email, s, e)
			}
			return off
		})
	}
}

// mailProviders are the domains of free mail that the word list holds as
// brands: before a spelt-out dot they are an address's domain ("jan at
// gmail punt com").
var mailProviders = map[string]bool{"gmail": true, "hotmail": true, "outlook": true, "live": true, "yahoo": true, "icloud": true, "gmx": true, "web": true, "orange": true, "free": true}

// spelledDotBefore returns where the local part before a dot spelt out
// with spaces ends, when such a dot ends right before offset s ("jan punt
// devries": s at "devries"), or -1.
func spelledDotBefore(t string, s int) int {
	for _, dot := range spelledDots {
		if p := s - len(dot); p > 0 && strings.EqualFold(t[p:s], dot) && spelledLocal(t[p-1]) {
			return p
		}
	}
	return -1
}

// obfuscatedEmailsWith finds the addresses whose "at" ends in closer,
// found with IndexByte (a closing bracket is rare in reports, so this
// is cheaper than testing every byte).
func (c *scan) obfuscatedEmailsWith(closer byte) {
	t := c.text
	for off := 0; ; {
		k := strings.IndexByte(t[off:], closer)
		if k < 0 {
			return
		}
		cl := off + k
		off = cl + 1
		open := spelledAtOpen(t, cl, closer)
		if open < 0 {
			continue
		}
		ls := open
		if ls > 0 && t[ls-1] == ' ' {
			ls--
		}
		s := localStart(t, ls, spelledLocal)
		ds := cl + 1
		if ds < len(t) && t[ds] == ' ' {
			ds++
		}
		e, domain := spelledDomain(t, ds)
		if s < ls && e > ds && ValidEmail(t[s:ls]+"@"+domain) {
			c.addBytes(Email, s, e)
			off = e
		}
	}
}

// spelledAts are the words for "@" that people write in brackets to hide
// an address from harvesters: English, French, Dutch and German.
var spelledAts = []string{"at", "arobase", "apenstaart", "klammeraffe", "@"}

// spelledAtOpen returns the offset of the opening bracket of an "@" spelt
// out in brackets that closes at cl ("(at)", "[arobase]", "{ at }"), or -1.
func spelledAtOpen(t string, cl int, closer byte) int {
	for _, w := range spelledAts {
		for _, pad := range [...]int{0, 1} { // "[at]", "[ at ]"
			open := cl - len(w) - 1 - 2*pad
			if open < 0 || closing(t[open]) != closer || !strings.EqualFold(t[open+1+pad:cl-pad], w) {
				continue
			}
			if pad == 1 && (t[open+1] != ' ' || t[cl-1] != ' ') {
				continue
			}
			return open
		}
	}
	return -1
}

// spelledDomain reads a domain from start whose dots may be spelt out in
// brackets too ("bouw(dot)nl", "bouw [punt] nl"); it returns its end and
// the domain with plain dots.
func spelledDomain(t string, start int) (int, string) {
	var b strings.Builder
	e := start
	for {
		le := e
		for le < len(t) && isDomainChar(t[le]) {
			le++
		}
		if le == e {
			break
		}
		b.WriteString(t[e:le])
		e = le
		if e+1 < len(t) && t[e] == '.' && isDomainChar(t[e+1]) {
			b.WriteByte('.')
			e++
			continue
		}
		if n := spelledDot(t[e:]); n > 0 {
			b.WriteByte('.')
			e += n
			continue
		}
		break
	}
	for e > start && t[e-1] == '-' {
		e--
	}
	return e, strings.TrimRight(b.String(), "-")
}

// spelledDot returns the length of a dot spelt out in brackets at the
// start of s ("(dot)", " [punt] ", "{point}", "(Punkt)"), a space allowed
// on either side and a domain character after it; else 0.
func spelledDot(s string) int {
	k := 0
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || closing(s[k]) == 0 {
		return 0
	}
	cl, w := closing(s[k]), k+1
	for w < len(s) && isLetter(s[w]) {
		w++
	}
	switch strings.ToLower(s[k+1 : w]) {
	case "dot", "punt", "point", "punkt":
	default:
		return 0
	}
	if w >= len(s) || s[w] != cl {
		return 0
	}
	w++
	if w < len(s) && s[w] == ' ' {
		w++
	}
	if w >= len(s) || !isDomainChar(s[w]) {
		return 0
	}
	return w
}

// spelledLocal is isEmailLocal without the brackets and bar that may stand
// around a spelt-out address.
func spelledLocal(b byte) bool { return isEmailLocal(b) && b != '{' && b != '}' && b != '|' }

// closing is the bracket that closes open, or 0.
func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	}
	return 0
}

// --- employee, customer and policy numbers, user names ------------------

// cuedNumbers finds a number after its cue: employee numbers
// ("personeelsnummer 48213", "employee no. E-48213", "Mitarbeiter-Nr.
// 4711", "matricule : 7734", "pasnummer 00451234") and customer, policy
// and member numbers ("klantnummer 987654", "policy no. PL-2231-77",
// "Kundennummer 55012"), each tied to one person, and domestic bank
// account numbers ("rekeningnummer 123456789", "sort code 20-00-00,
// account 55779911", "Kontonummer 0532013000"). A word naming the number
// ("personeelsnummer") may be followed by the value at once; a word for
// the employee ("employee", "Mitarbeiter") needs a number word ("no",
// "nr", "id") or "#" between, or four digits or more straight after it
// ("werknemer 10482"). The value is one unbroken code of at most 24
// bytes with at least three digits (an account number: five), so
// "Personeelsnummer staat in AFAS" and "employee 3 slipped" stay.
func (c *scan) cuedNumbers() {
	if c.present&(fStaffID|fStaff|fCustomerID|fAccount) == 0 {
		return
	}
	for i := 0; i < c.n(); i++ {
		if !c.is(i, fStaffID|fStaff|fCustomerID|fAccount) {
			continue
		}
		k, numbered := c.afterNumberCue(i)
		if k >= c.n() || c.st.claimed[k] {
			continue
		}
		j := c.code(k)
		if j < k || !numbered && !(c.is(i, fStaff) && k == i+1 && c.bareStaffNumber(k, j)) {
			continue
		}
		typ := Employee
		switch {
		case c.is(i, fAccount):
			if countDigits(c.text[c.tok(k).start:c.tok(j).end]) < 5 {
				continue
			}
			typ = Account
		case c.is(i, fCustomerID):
			typ = Customer
		}
		c.add(typ, k, j)
		i = j
	}
}

// bareStaffNumber reports whether the code in tokens [k, j], straight
// after a word for the employee, is the employee's number without a number
// word between ("werknemer 10482", "Mitarbeiter 55123"): four digits or
// more, and not a year ("medewerker 2019" may be one).
func (c *scan) bareStaffNumber(k, j int) bool {
	v := c.text[c.tok(k).start:c.tok(j).end]
	year := len(v) == 4 && (v[:2] == "19" || v[:2] == "20")
	return countDigits(v) >= 4 && !year
}

// documents finds an identity document's number a few words after its cue
// ("Passport number of the contractor: NW1234567", "Ausweisnummer
// L01X00T47", "numéro de passeport 12AB34567"): the first code in the same
// sentence with six letters and digits or more, three of them digits, that
// is not a date. The numeric detector takes 8 to 10 plain digits near a
// cue; this takes the mixed layouts of other countries. The bare "id" is
// no cue here: too many ids are references, not documents.
func (c *scan) documents() {
	if c.present&(fDoc|fNational) == 0 {
		return
	}
	for i := 0; i < c.n(); i++ {
		if !c.is(i, fDoc|fNational) || c.wordIs(i, "id") && !c.idCard(i+1) && !(c.isPunct(i+1, '-') && c.idCard(i+2)) {
			continue // the bare "id" is no cue; "ID card", "ID-kaart" are
		}
		for k := i + 1; k < c.n() && k <= i+8 && !c.sentenceEnd(k-1); k++ {
			if c.st.claimed[k] {
				break
			}
			t := c.tok(k)
			if t.kind != tNum && !codeWord(t) || !c.boundaryBefore(int(t.start)) {
				continue
			}
			j := c.code(k)
			if j < k || !c.boundaryAfter(int(c.tok(j).end)) || !documentLike(c.text[t.start:c.tok(j).end]) {
				continue
			}
			typ := Document
			if c.is(i, fNational) && !c.is(i, fDoc) {
				typ = National // "Krankenversichertennummer A123456780"
			}
			c.add(typ, k, j)
			i = j
			break
		}
	}
}

// idCard reports whether token k is a card's word: "card", "kaart",
// "Karte", "carte".
func (c *scan) idCard(k int) bool {
	return c.wordIs(k, "card") || c.wordIs(k, "kaart") || c.wordIs(k, "karte") || c.wordIs(k, "carte")
}

// elision returns the length of a French elision's first part with its
// apostrophe in a folded word ("l'", "j'", "qu'", "presqu'"; folding makes "’" "'"),
// 0 when it has none.
func elision(w []byte) int {
	n := 1
	switch {
	case len(w) > 2 && w[0] == 'q' && w[1] == 'u':
		n = 2
	case len(w) >= 7 && (w[0] == 'p' || w[0] == 'l' || w[0] == 'j') && (bytes.HasPrefix(w, []byte("presqu'")) || bytes.HasPrefix(w, []byte("lorsqu'")) || bytes.HasPrefix(w, []byte("puisqu'")) || bytes.HasPrefix(w, []byte("jusqu'"))):
		n = bytes.IndexByte(w, '\'') // "presqu'accident", "lorsqu'il", "jusqu'au"
	case len(w) < 2 || strings.IndexByte("cdjlmnst", w[0]) < 0:
		return 0
	}
	if len(w) > n+1 && w[n] == '\'' {
		return n + 1
	}
	return 0
}

// lowerAfterApostrophe reports whether the letter after a word's first
// apostrophe is lower case ("J'ai", "N’importe"; not "D'Artagnan").
func lowerAfterApostrophe(raw string) bool {
	_, r := afterApostrophe(raw)
	return unicode.IsLower(r)
}

// afterApostrophe returns the byte offset of a word's first apostrophe
// ("'" or "’"), or -1, and the letter after it (utf8.RuneError where none
// follows).
func afterApostrophe(raw string) (int, rune) {
	i := strings.IndexAny(raw, "'’")
	if i < 0 {
		return -1, utf8.RuneError
	}
	_, size := utf8.DecodeRuneInString(raw[i:])
	r, _ := utf8.DecodeRuneInString(raw[i+size:])
	return i, r
}

// sentenceEnd reports whether token k ends a sentence: a line break, or
// ".", "!", "?" or ";" before white space; not the dot of an abbreviation
// ("nr.", "Nr.", "no.").
func (c *scan) sentenceEnd(k int) bool {
	return c.tok(k).newline || c.closingPunct(k)
}

// closingPunct reports whether token k is a sentence's closing
// punctuation: ".", "!", "?" or ";" before white space, not the dot of an
// abbreviation ("geb.", "nr."). Unlike sentenceEnd, a line break alone is
// none.
func (c *scan) closingPunct(k int) bool {
	t := c.tok(k)
	if t.kind != tPunct || !t.spaceAfter || strings.IndexByte(".!?;", c.text[t.start]) < 0 {
		return false
	}
	return c.text[t.start] != '.' || k == 0 || c.tok(k-1).kind != tWord || c.tok(k-1).end-c.tok(k-1).start > 3
}

// documentLike reports whether a code has a document number's shape: six
// to twenty letters and digits, at least three digits, and not a date
// ("01-02-2030", "12/03/2031").
func documentLike(s string) bool {
	letters, digits, groups := 0, 0, 1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case isLetter(c):
			letters++
		default:
			groups++
		}
	}
	if n := letters + digits; n < 6 || n > 20 || digits < 3 {
		return false
	}
	return letters > 0 || groups < 3 || digits >= 11 // "592-1234567-89", a Belgian identity card's number; a date has fewer
}

// usernames finds a login name after its cue ("gebruikersnaam is
// jvdberg", "username: j.smith", "Benutzername mmueller"): one word,
// possibly with dots, digits, "_" or "-" inside, that is no common word.
func (c *scan) usernames() {
	if c.present&(fUserCue|fUserWord) == 0 && strings.IndexByte(c.text, ':') < 0 {
		return // a "by" or "assigned to" label needs its colon
	}
	for i := 0; i < c.n(); i++ {
		// "gebruikersnaam jvdberg"; a generic word only as a label:
		// "Gebruiker: pvdberg", "user=pjansen" (a log's key), not "de
		// gebruiker is gevallen"
		if !c.is(i, fUserCue) && !(c.is(i, fUserWord) && (c.isPunct(i+1, ':') || c.isPunct(i+1, '=') && c.joined(i+1) || c.loginAfterWord(i))) {
			if c.isPunct(i+1, ':') && (c.is(i, fRole) || c.assignedTo(i)) {
				c.byLabel(i)
			}
			continue
		}
		k := i + 1
		for k < c.n() && k <= i+2 && (c.isPunct(k, ':') || c.isPunct(k, '=') || c.copula(k)) {
			k++
		}
		if k >= c.n() || c.st.claimed[k] || (c.tok(k).kind != tWord && c.tok(k).kind != tNum) || c.is(k, fWord|fOther|fGerman|fDeterminer) && !c.gluedLogin(k) {
			continue // (and "Gebruiker: niet bekend", "Skype: nicht vorhanden")
		}
		b, e := int(c.tok(k).start), int(c.tok(k).end)
		e = c.loginEnd(e)
		c.addBytes(Username, b, e)
	}
}

// loginAfterWord reports whether a user word ("login", "user", "account")
// has a login name right after it without a label: a lower-case word on
// the same line that no list or dictionary holds, or a listed name
// ("Login kristian with password ...", "user erdman.jennie"); not "login
// failed", "user manual".
func (c *scan) loginAfterWord(i int) bool {
	k := i + 1
	if k >= c.n() || !c.joined(k) || c.st.claimed[k] {
		return false
	}
	if c.gluedLogin(k) {
		return true // "user hills.ricardo", "user o_connell": words glued as logins glue them
	}
	t := c.tok(k)
	if t.kind != tWord || t.cap || t.end-t.start < 3 || c.s.lex.dict.has(c.key(k)) {
		return false
	}
	return c.st.flags[k]&^(fFirst|fSurname|fAmbiguousFirst|fWeakSurname|fNameWord|markFlags) == 0
}

// gluedLogin reports whether token k, a lower-case word, starts a login
// of words glued by dots or underscores (see loginShaped).
func (c *scan) gluedLogin(k int) bool {
	t := c.tok(k)
	e := int(t.end)
	return t.kind == tWord && !t.cap && e+1 < len(c.text) && (c.text[e] == '.' || c.text[e] == '_') && isLetter(c.text[e+1]) &&
		loginShaped(c.text[t.start:c.loginEnd(e)])
}

// loginShaped reports whether s, lower-case letters and digits in two to
// four parts glued by dots or underscores, is shaped as a login
// ("hills.ricardo", "o_connell", "west.abe"), not as a domain or a file's
// name ("bouw.nl", "report.pdf").
func loginShaped(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '_' })
	if len(parts) < 2 || len(parts) > 4 || commonTLDs[parts[len(parts)-1]] || fileTypes[parts[len(parts)-1]] {
		return false
	}
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			if !(p[i] >= 'a' && p[i] <= 'z' || isDigit(p[i])) {
				return false
			}
		}
	}
	return true
}

// secrets finds a password or PIN given as a label's value ("wachtwoord:
// Welkom01!", "password = hunter2", "PIN is 4711", "mot de passe :
// Soleil2026") and a card's security code after its cue ("CVC 123"):
// everything up to the next white space, without a sentence's closing
// punctuation. A value that is a plain lower-case word is a clause
// ("wachtwoord: vergeten", "the password is wrong"), not a password.
func (c *scan) secrets() {
	if c.present&fSecret == 0 {
		return
	}
	for i := 0; i < c.n(); i++ {
		if !c.is(i, fSecret) || c.wordIs(i, "passe") && !(i >= 2 && c.wordIs(i-1, "de") && c.wordIs(i-2, "mot")) {
			continue
		}
		k := i + 1
		if c.isPunct(k, '-') && (c.wordIs(k+1, "code") || c.wordIs(k+1, "nummer") || c.wordIs(k+1, "number")) {
			k += 2 // "PIN-code: 1234"
		}
		labelled := false
		for k < c.n() && k <= i+4 && (c.isPunct(k, ':') || c.isPunct(k, '=') || c.copula(k)) {
			labelled = true
			k++
		}
		// a card's security code needs no label: "CVC 123"
		code := k < c.n() && c.tok(k).kind == tNum && (c.wordIs(i, "cvc") || c.wordIs(i, "cvv") || c.wordIs(i, "cvc2") || c.wordIs(i, "cvv2")) &&
			len(c.raw(k)) >= 3 && len(c.raw(k)) <= 4 && c.boundaryAfter(int(c.tok(k).end))
		// "PIN 1234" in capitals is a PIN code; "pin 3 was loose" a part
		pinCode := c.wordIs(i, "pin") && c.tok(i).allCap && k < c.n() && c.tok(k).kind == tNum && len(c.raw(k)) >= 4 && len(c.raw(k)) <= 6
		if k >= c.n() || !labelled && !code && !pinCode && (!c.joined(k) || c.wordIs(i, "passe") || c.wordIs(i, "pin")) || c.st.claimed[k] || c.text[c.tok(k).start] == '[' || c.tok(k-1).newline {
			continue
		}
		t := c.tok(k)
		b, e := int(t.start), int(t.start)
		for e < len(c.text) && c.text[e] != ' ' && c.text[e] != '\t' && c.text[e] != '\n' && c.text[e] != '\r' {
			e++
		}
		for e > b && strings.IndexByte(".,;)\"'", c.text[e-1]) >= 0 {
			e--
		}
		if e-b < 3 {
			continue
		}
		if !labelled && !code && !randomLooking(c.text[b:e]) {
			continue // "password reset", "Passwort vergessen": without a label only what looks typed at random is one
		}
		if t.kind == tWord && int(t.end) == e && !t.cap && (c.is(k, fWord|fOther|fGerman|fDeterminer) || c.s.lex.dict.has(c.key(k))) {
			continue // a clause, not a value
		}
		c.addBytes(Secret, b, e)
	}
}

// loginEnd extends a login name that reaches byte e over the letters and
// digits after it, and over ".", "_" or "-" between them ("j.smith_2"),
// and over the colon of a Microsoft account's "live:" prefix.
func (c *scan) loginEnd(e int) int {
	t := c.text
	if e+1 < len(t) && t[e] == ':' && (isLetter(t[e+1]) || isDigit(t[e+1])) && e >= 4 && strings.EqualFold(t[e-4:e], "live") {
		e++ // a Microsoft account's login: "live:jan.jansen_1"
	}
	for e < len(t) && (isLetter(t[e]) || isDigit(t[e]) || ((t[e] == '.' || t[e] == '_' || t[e] == '-') && e+1 < len(t) && (isLetter(t[e+1]) || isDigit(t[e+1])))) {
		e++
	}
	return e
}

// byLabel finds a login name as the value of a label ending in "by"
// ("Ingevuld door: jdevries", "Reported by: jsmith", "Erstellt von:
// mmueller", "Créé par : jdupont"): one lower-case word with no space that
// is no common word or name cue, alone up to the end of its clause.
// Capitalised values are names, which the name detectors take.
func (c *scan) byLabel(i int) {
	if !(c.wordIs(i, "door") || c.wordIs(i, "by") || c.wordIs(i, "von") || c.wordIs(i, "par") || c.assignedTo(i)) || !c.isPunct(i+1, ':') {
		return
	}
	k := i + 2
	// a given name counts when a login's dot and more follow it: "ahmed.b"
	login := k+2 < c.n() && c.isPunct(k+1, '.') && c.tok(k+1).start == c.tok(k).end && c.tok(k+2).start == c.tok(k+1).end && c.tok(k+2).kind == tWord
	if k >= c.n() || c.st.claimed[k] || c.tok(k).kind != tWord || c.tok(k).cap ||
		c.is(k, fWord|fRole|fTitle|fOther|fGerman|fParticle|fDeterminer|fUnit) || c.is(k, fFirst) && !login {
		return
	}
	if k+2 < c.n() && c.isPunct(k+1, ',') && c.tok(k+2).kind == tWord && !c.tok(k+2).cap && c.is(k+2, fFirst) && !c.is(k+2, fWord) &&
		(k+3 >= c.n() || c.tok(k+2).newline || c.closingPunct(k+3) || c.isPunct(k+3, ',') || c.isPunct(k+3, ';')) {
		c.add(Person, k, k+2) // "Reported by: smith, john": a name in a register's order, in lower case
		return
	}
	b, e := int(c.tok(k).start), int(c.tok(k).end)
	e = c.loginEnd(e)
	if e-b < 4 {
		return
	}
	j := k
	for j < c.n() && int(c.tok(j).end) <= e {
		j++
	}
	if j < c.n() && c.tok(j).kind == tWord && !c.tok(j-1).newline {
		return // "door: onbekende oorzaak": a clause, not a value
	}
	c.addBytes(Username, b, e)
}

// assignedTo reports whether token i is the "to" of a task's assignee
// label, which names a person as "by" does: "Assigned to:", "Toegewezen
// aan:", "Zugewiesen an:", "Assigné à:".
func (c *scan) assignedTo(i int) bool {
	if i == 0 {
		return false
	}
	switch {
	case c.wordIs(i, "to"):
		return c.wordIs(i-1, "assigned")
	case c.wordIs(i, "aan"):
		return c.wordIs(i-1, "toegewezen")
	case c.wordIs(i, "an"):
		return c.wordIs(i-1, "zugewiesen")
	case c.wordIs(i, "a"): // folded: "à"
		return c.wordIs(i-1, "assigne") || c.wordIs(i-1, "assignee")
	}
	return false
}

// handle records the "@name" handle at byte at: 2 to 30 letters, digits,
// "_" or "." after the @, which name a person as surely as a name. It
// returns the handle's end, or -1.
func (c *scan) handle(at int) int {
	t := c.text
	e := at + 1
	for e < len(t) && e-at <= 31 && (isLetter(t[e]) || isDigit(t[e]) || t[e] == '_' || (t[e] == '.' && e+1 < len(t) && isLetter(t[e+1]))) {
		e++
	}
	if e-at >= 3 && e-at <= 31 && c.boundaryAfter(e) && !c.claimedAt(at+1) {
		c.addBytes(Handle, at, e)
		return e
	}
	return -1
}

// profileAddresses finds profile addresses on the social networks
// ("linkedin.com/in/jan-jansen", "instagram.com/janjansen88").
func (c *scan) profileAddresses() {
	t := c.text
	if !strings.Contains(t, ".com/") {
		return // every site below has it: one pass instead of one per site
	}
	for _, site := range socialSites {
		eachIndex(t, site, func(b int) int {
			off := b + len(site)
			if b > 0 && (isLetter(t[b-1]) || isDigit(t[b-1]) || t[b-1] == '-') {
				return off // "fedex.com/" is not "x.com/"
			}
			e := off
			for e < len(t) && (isLetter(t[e]) || isDigit(t[e]) || t[e] == '-' || t[e] == '_' || t[e] == '.' || t[e] == '/') {
				e++
			}
			for e > off && (t[e-1] == '.' || t[e-1] == '/') {
				e--
			}
			if e > off {
				// the whole address, with any scheme and "www." before it
				for b > 0 && (isLetter(t[b-1]) || t[b-1] == '.' || t[b-1] == '/' || t[b-1] == ':') {
					b--
				}
				c.addBytes(Handle, b, e)
				return e
			}
			return off
		})
	}
}

// chatNumbers finds the phone numbers in chat links: "wa.me/31612345678",
// "api.whatsapp.com/send?phone=31612345678", "t.me/+31612345678". The
// number is written there without a plus or a trunk prefix, which the
// phone detector wants.
func (c *scan) chatNumbers() {
	t := c.text
	if strings.IndexByte(t, '/') < 0 && strings.IndexByte(t, '=') < 0 {
		return // every such link has a slash or an equals sign: one quick look first
	}
	if !strings.Contains(t, ".me/") && !strings.Contains(t, "phone=") {
		return // "wa.me/", "t.me/+"
	}
	for _, prefix := range []string{"wa.me/", "phone=", "t.me/"} {
		eachIndex(t, prefix, func(b int) int {
			off := b + len(prefix)
			if off < len(t) && t[off] == '+' {
				off++
			}
			e := off
			for e < len(t) && isDigit(t[e]) {
				e++
			}
			if n := e - off; n >= 9 && n <= 15 && (e == len(t) || !isLetter(t[e])) {
				c.addBytes(Phone, off, e)
			}
			return e
		})
	}
}

// socialSites are the profile address prefixes profileAddresses knows.
var socialSites = []string{"linkedin.com/in/", "facebook.com/", "instagram.com/", "twitter.com/", "x.com/", "tiktok.com/@", "github.com/"}

// personFolders are the path segments after which a file path or a web
// address names a person: a user's home folder ("C:\Users\jdevries\",
// "/home/pieter.bakker/") or a staff directory's page
// ("/mensen/jan-de-vries"). Lower case; the text is matched without case.
var personFolders = []string{"users", "home", "documents and settings", "mensen", "people", "person", "personen", "personeel", "medewerkers", "medewerker", "employees", "employee", "staff", "mitarbeiter", "mitarbeitende", "profiel", "profile", "profil", "user", "gebruiker"}

// folderWords are the person folders' words, for the fRare gate (only the
// first word of "documents and settings": "and" would open it always).
func folderWords() map[string]bool {
	m := map[string]bool{}
	for _, f := range personFolders {
		w, _, _ := strings.Cut(f, " ")
		m[fold(w)] = true
	}
	return m
}

// personalPaths finds the segment after a person folder in a path or an
// address ("C:\Users\jdevries\Documents", "/home/pieter.bakker/rapport.pdf",
// "https://intranet.bouw.nl/mensen/jan-de-vries") and reports it as a
// user name: a login name or a name written as one.
func (c *scan) personalPaths() {
	t := c.text
	if c.present&fRare == 0 || strings.IndexByte(t, '/') < 0 && strings.IndexByte(t, '\\') < 0 {
		return
	}
	for i := 0; i < len(t); i++ {
		k := strings.IndexAny(t[i:], "/\\")
		if k < 0 {
			return
		}
		i += k
		sep := t[i]
		for _, f := range personFolders {
			e := i + 1 + len(f)
			if e >= len(t) || t[e] != sep || !strings.EqualFold(t[i+1:e], f) {
				continue
			}
			b := e + 1
			end := b
			for end < len(t) && t[end] != sep && t[end] != ' ' && t[end] != '\t' && t[end] != '\n' && t[end] != '"' && t[end] != '\'' && t[end] != '?' && t[end] != '#' && t[end] != '>' && t[end] != '<' {
				end++
			}
			for end > b && strings.IndexByte(".,;)", t[end-1]) >= 0 {
				end--
			}
			if end-b >= 2 && t[b] != '[' && !c.claimedAt(b) { // ("[USERNAME_1]" is ours)
				c.addBytes(Username, b, end)
			}
			i = end - 1
			break
		}
	}
}

// claimedAt reports whether the token starting at byte b is claimed.
func (c *scan) claimedAt(b int) bool {
	k := c.tokenAt(b)
	return k >= 0 && c.st.claimed[k]
}

// afterNumberCue skips what may sit between a cue at i and its value
// ("-Nr.", " no.", " n° ", ": ", "#") and reports the value's first token
// and whether a number was named (by the cue itself or by what followed).
func (c *scan) afterNumberCue(i int) (int, bool) {
	w := c.st.folded[c.st.foff[i]:c.st.foff[i+1]]
	numbered := c.is(i, fStaffID|fAccount) || (c.is(i, fCustomerID) && (bytes.HasSuffix(w, []byte("nummer")) || bytes.HasSuffix(w, []byte("nr"))))
	k := i + 1
	for ; k < c.n() && k <= i+4; k++ {
		switch {
		case c.is(k, fNumberWord):
			numbered = true
		case c.isPunct(k, '#'):
			numbered = true
		case c.wordIs(k, "n") && k+1 < c.n() && c.raw(k+1) == "°":
			numbered = true
			k++
		case c.isPunct(k, '-') || c.isPunct(k, '.') || c.isPunct(k, ':'):
		case numbered && c.copula(k):
		default:
			return k, numbered
		}
	}
	return k, numbered
}

// copula reports whether token k is "is" in one of the four languages, as
// between a label and its value ("gebruikersnaam is jvdberg").
func (c *scan) copula(k int) bool {
	return c.wordIs(k, "is") || c.wordIs(k, "ist") || c.wordIs(k, "est")
}

// code returns the last token of an identifier code starting at token k
// (letters, digits, and "-", "/" or "_" inside, no white space), or -1 when
// there is none: it must hold at least three digits, its words at most four
// letters each, and fit in 24 bytes.
func (c *scan) code(k int) int {
	digits, j := 0, -1
	for m := k; m < c.n(); m++ {
		t := c.tok(m)
		switch {
		case t.kind == tNum:
			digits += int(t.end - t.start)
		case codeWord(t):
		case t.kind == tPunct && m > k && m+1 < c.n() && !c.tok(m-1).spaceAfter && strings.IndexByte("-/_", c.text[t.start]) >= 0:
		default:
			return j
		}
		if c.st.claimed[m] || t.end-c.tok(k).start > 24 {
			return -1
		}
		if t.kind != tPunct && digits >= 3 {
			j = m
		}
		if t.spaceAfter {
			break
		}
	}
	return j
}

// codeWord reports whether t is a word that can be part of a code: ASCII,
// up to four letters, or six in capitals ("IDNLD12345678").
func codeWord(t tok) bool {
	return t.kind == tWord && t.ascii && (t.end-t.start <= 4 || t.allCap && t.end-t.start <= 6)
}

// --- identifiers: numbers, IBAN, plates, documents ------------------------

// boundaryBefore reports whether byte offset b starts a free-standing value:
// not glued to a letter, a digit or an identifier's dash, underscore, slash
// or hash.
func (c *scan) boundaryBefore(b int) bool {
	if b == 0 {
		return true
	}
	p := c.text[b-1]
	// "]" counts as glue: in output, a placeholder stands where a value
	// stood, and what was glued to the value is glued to it ("[ID_1].61")
	if isLetter(p) || isDigit(p) || p == '_' || p == '#' || p == ']' {
		return false
	}
	if (p == '-' || p == '/' || p == '.') && b >= 2 && (isLetter(c.text[b-2]) || isDigit(c.text[b-2]) || c.text[b-2] == ']') {
		return false
	}
	if p < 0x80 {
		return true
	}
	// a multi-byte character: a letter ("Müller" glued on) joins, a curly
	// quote, a guillemet or a dash ("“06-12345678”", "«06 12 34 56 78»")
	// does not
	r, _ := utf8.DecodeLastRuneInString(c.text[:b])
	return !wordRune(r)
}

// wordRune reports whether r, a character beyond ASCII, belongs to a word:
// a letter, a digit or a combining mark. An invalid byte counts as one, so
// that garbage never frees a value it is glued to.
func wordRune(r rune) bool {
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// boundaryAfter reports whether byte offset e ends a free-standing value.
func (c *scan) boundaryAfter(e int) bool {
	if e >= len(c.text) {
		return true
	}
	n := c.text[e]
	if n >= 0x80 {
		r, _ := utf8.DecodeRuneInString(c.text[e:])
		return !wordRune(r)
	}
	if isLetter(n) || isDigit(n) || n == '_' || n == '[' {
		return false
	}
	if (n == '-' || n == '/') && e+1 < len(c.text) && (isLetter(c.text[e+1]) || isDigit(c.text[e+1]) || c.text[e+1] == '[') {
		return false
	}
	if n == '.' && e+1 < len(c.text) && (isDigit(c.text[e+1]) || c.text[e+1] == '[') {
		return false
	}
	return true
}

// numRun is a run of digits with separators as it stands in text.
type numRun struct {
	start, end int
	ndigits    int
	groups     []int // byte offsets where each digit group ends
	seps       string
	plus       bool
}

// readNumRun reads digits, single separators (space, dot, dash, slash) and
// brackets from b. The run's groups live in the scan state's buffer until
// the next call: numeric, its one caller, reads one run at a time.
func (c *scan) readNumRun(b int) numRun {
	t := c.text
	r := numRun{start: b, groups: c.st.groups[:0]}
	i := b
	if i < len(t) && t[i] == '+' {
		r.plus = true
		i++
	}
	if i < len(t) && t[i] == '(' {
		i++
	}
	lastDigit := -1
	var seps [8]byte
	ns := 0
	// a bound on the work, high enough for three numbers in a row; it
	// is checked between groups only, since a run cut inside a number
	// would leave the number's tail glued and unread
	for i < len(t) && (r.ndigits < 48 || (i > b && isDigit(t[i-1]) && isDigit(t[i]))) {
		ch := t[i]
		switch {
		case isDigit(ch):
			r.ndigits++
			lastDigit = i
			i++
			if i >= len(t) || !isDigit(t[i]) {
				r.groups = append(r.groups, i)
			}
			continue
		case ch == ' ' || ch == '-' || ch == '.' || ch == '/' || ch == ')' || ch == '(':
			j := i + 1
			if ch == ')' && j < len(t) && (t[j] == ' ' || t[j] == '-') {
				j++
			}
			if j < len(t) && (t[j] == ' ' || t[j] == '-' || t[j] == '/') && ch == ' ' {
				// " - " between groups, and the German " / " after the
				// area code ("030 / 12345678")
				if j+1 < len(t) && (t[j] == '-' || t[j] == '/') && t[j+1] == ' ' {
					j += 2
				}
			}
			if j < len(t) && t[j] == '(' {
				j++
			}
			if j < len(t) && isDigit(t[j]) && lastDigit >= 0 {
				if ns < len(seps) && ch != ')' && ch != '(' {
					seps[ns] = ch
					ns++
				}
				i = j
				continue
			}
		}
		break
	}
	r.end = lastDigit + 1
	r.seps = string(seps[:ns])
	c.st.groups = r.groups
	return r
}

func (c *scan) identifiers() {
	for i := 0; i < c.n(); i++ {
		if c.st.claimed[i] {
			continue
		}
		t := c.tok(i)
		b := int(t.start)
		// a MAC address: six hex pairs joined by colons or hyphens
		if b+17 <= len(c.text) && (c.text[b+2] == ':' || c.text[b+2] == '-') && macAddress(c.text[b:]) > 0 && c.boundaryBefore(b) && c.boundaryAfter(b+17) {
			c.addBytes(MAC, b, b+17)
			continue
		}
		// IPv6: hex groups joined by colons ("2001:db8::1", "fe80::1ff:fe23:4567:890a")
		if c.hexThenColon(t) {
			if end := c.ipv6(b); end > 0 {
				c.addBytes(IP, b, end)
				continue
			}
		}
		// a Swiss social insurance number in its dotted layout
		if t.kind == tNum && t.end-t.start == 3 && c.text[b] == '7' && AHVNumber(c.text[b:]) > 0 && c.boundaryBefore(b) && c.boundaryAfter(b+16) {
			c.addBytes(National, b, b+16)
			continue
		}
		// a VIN: 17 capitals and digits ending in a digit, in one run
		if b+17 <= len(c.text) && t.kind != tPunct && isDigit(c.text[b+16]) && ValidVIN(c.text[b:b+17]) && c.boundaryBefore(b) && c.boundaryAfter(b+17) {
			c.addBytes(VIN, b, b+17)
			continue
		}
		switch {
		case t.kind == tNum || (t.kind == tPunct && (c.text[b] == '+' || c.text[b] == '(') && i+1 < c.n() && c.tok(i+1).kind == tNum && c.tok(i+1).start == t.end):
			if !c.boundaryBefore(b) && !c.gluedToCue(i) {
				continue
			}
			if j := c.numeric(i); j > i {
				i = j
			}
		case t.kind == tWord && t.cap && t.ascii:
			c.upperStart(i)
		case t.kind == tWord && t.allCap && !t.ascii && c.present&fVehicle != 0 && c.boundaryBefore(b):
			c.otherPlate(i) // a plate in Cyrillic capitals, or their look-alikes: "plate ВX5876ВO"
		case t.kind == tWord && t.ascii && t.end-t.start == 2 && b+4 <= len(c.text) && isDigit(c.text[b+2]) && isDigit(c.text[b+3]) && c.boundaryBefore(b):
			c.iban(b) // in lower case
		case t.kind == tWord && t.ascii && !t.cap && t.end-t.start <= 3 && c.boundaryBefore(b) && c.lowerPlate(i) && c.boundaryAfter(b+8):
			c.addBytes(Plate, b, b+8) // "kenteken vx-213-k"
		}
	}
}

// macAddress returns 17 when s starts with a MAC address
// ("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e": one separator throughout),
// else 0.
func macAddress(s string) int {
	if len(s) < 17 || (s[2] != ':' && s[2] != '-') || !isHex(s[0]) {
		return 0 // the common case, decided on three bytes
	}
	for g := 0; g < 6; g++ {
		p := g * 3
		if !isHex(s[p]) || !isHex(s[p+1]) || (g < 5 && s[p+2] != s[2]) {
			return 0
		}
	}
	return 17
}

func isHex(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

// gluedToCue reports whether the number at token i is glued to the word
// that announces it, as hurried typing has it: "Tel0612345678",
// "BSN123456782", "tel.nr.0612345678", "mob.06-12345678".
func (c *scan) gluedToCue(i int) bool {
	p := i - 1
	if p >= 0 && (c.isPunct(p, '.') || c.isPunct(p, ':')) && !c.tok(p).spaceAfter {
		p--
	}
	return p >= 0 && c.tok(p).kind == tWord && !c.tok(p).spaceAfter && c.is(p, fPhone|fBSN|fNumberWord)
}

// hexThenColon is the cheap trigger for IPv6: a token that starts a run of
// hex digits followed by a colon, or "::".
func (c *scan) hexThenColon(t tok) bool {
	b := int(t.start)
	if t.kind == tPunct {
		return c.text[b] == ':' && b+1 < len(c.text) && c.text[b+1] == ':'
	}
	e := int(t.end)
	if t.end-t.start > 4 || e >= len(c.text) || (c.text[e] != ':' && !isDigit(c.text[e]) && !isLetter(c.text[e])) || !c.colons {
		return false
	}
	h := b
	for h < len(c.text) && h-b <= 4 && (isDigit(c.text[h]) || (c.text[h]|0x20 >= 'a' && c.text[h]|0x20 <= 'f')) {
		h++
	}
	return h > b && h < len(c.text) && c.text[h] == ':'
}

// ipv6 reads an IPv6 address starting at byte b and returns its end, or 0.
// At least three colons are required, so that times (14:30) and ratios
// never qualify.
func (c *scan) ipv6(b int) int {
	if !c.boundaryBefore(b) {
		return 0
	}
	t := c.text
	e, colons := b, 0
	for e < len(t) && e-b < 45 {
		ch := t[e]
		switch {
		case ch == ':':
			colons++
		case isDigit(ch), ch >= 'a' && ch <= 'f', ch >= 'A' && ch <= 'F', ch == '.':
		default:
			goto done
		}
		e++
	}
done:
	for e > b && (t[e-1] == '.' || (t[e-1] == ':' && !(e-2 >= b && t[e-2] == ':'))) {
		e--
	}
	if colons < 2 || strings.Count(t[b:e], ":") < 2 || !c.boundaryAfter(e) {
		return 0
	}
	a, err := netip.ParseAddr(t[b:e])
	if err != nil || !a.Is6() || a.IsUnspecified() || a.IsLoopback() {
		return 0 // "::" and "::1" name no device
	}
	return e
}

// numeric tries the number detectors at token i and returns the last token
// it consumed, or i.
func (c *scan) numeric(i int) int {
	b := int(c.tok(i).start)
	r := c.readNumRun(b)
	if r.ndigits == 0 {
		return i
	}
	txt := c.text[r.start:r.end]
	last := func(end int) int {
		k := i
		for k+1 < c.n() && int(c.tok(k+1).end) <= end {
			k++
		}
		return k
	}
	if t := c.text; b+8 <= len(t) && (ValidPlateNL(t[b:b+8]) || c.lowerPlate(i)) && c.boundaryAfter(b+8) {
		c.addBytes(Plate, b, b+8)
		return last(b + 8)
	}
	if end := c.otherPlate(i); end > 0 {
		return last(end)
	}
	emit := func(typ Type, end int) int {
		j := last(end)
		from := i
		if c.text[b] == '(' && strings.IndexByte(c.text[b:end], ')') < 0 {
			from = i + 1 // "(06-12345678)": the bracket is the text's, not an area code's
		}
		c.add(typ, from, j)
		return j
	}
	if r.ndigits <= 12 && len(r.groups) == 4 && strings.Count(txt, ".") == 3 && !strings.ContainsAny(r.seps, " -/") && c.boundaryAfter(r.end) {
		if _, err := netip.ParseAddr(txt); err == nil || zeroPaddedIPv4(txt) {
			return emit(IP, r.end)
		}
	}
	// a German social insurance number, before its birth-date part is read
	// as a date: whatever its check digit next to its cue
	if r.ndigits == 8 && len(r.groups) <= 2 && r.end+1 < len(c.text) && (isUpper(c.text[r.end]) || c.text[r.end] == ' ' && isUpper(c.text[r.end+1])) {
		if n := RentenVNR(c.text[b:], !c.cueWithin(fNational, i, 5)); n > 0 && c.boundaryAfter(b+n) {
			return emit(National, b+n)
		}
	}
	// dates: birth dates are PII, other dates are not but must not be read
	// as phone numbers or BSNs
	if end, ok := c.numericDate(r); ok {
		if c.birthDate(i, b, end) {
			return emit(DOB, end)
		}
		return last(end)
	}
	if end, ok := c.textualDate(i); ok {
		if c.birthDate(i, b, end) {
			return emit(DOB, end)
		}
		return last(end)
	}
	// a birth year right after its cue: "geb. 1981", "born 1975", "né en
	// 1979", "Jahrgang 1968"
	if r.ndigits == 4 && len(r.groups) == 1 && c.boundaryAfter(r.end) && c.cueWithin(fBirth, i, 3) {
		if y, _ := strconv.Atoi(txt); y >= 1900 && y <= 2030 {
			return emit(DOB, r.end)
		}
	}
	// ... or its two digits after an apostrophe: "geboren in '85"
	if r.ndigits == 2 && len(r.groups) == 1 && i > 0 && c.boundaryAfter(r.end) && c.cueWithin(fBirth, i-1, 3) &&
		(c.isPunct(i-1, '\'') || c.raw(i-1) == "’") && c.tok(i-1).end == c.tok(i).start {
		j := last(r.end)
		c.add(DOB, i-1, j)
		return j
	}
	if c.boundaryAfter(r.end) {
		if kt, ok := c.knownDigits(txt); ok {
			return emit(kt, r.end)
		}
		if r.ndigits >= 13 && r.ndigits <= 19 && !strings.ContainsAny(r.seps, "./") && !r.plus && (ValidLuhn(txt) || c.afterCardWord(i)) {
			return emit(Card, r.end)
		}
		if c.nationalID(i, r, txt) {
			return emit(National, r.end)
		}
	}
	// phone numbers: the whole run, or the run without its last group
	// (a number followed by another figure: "06-12345678 2x")
	phoneCued := c.cueWithin(fPhone, i, 3)
	if r.ndigits > 15 && (r.plus || txt[0] == '0' || txt[0] == '(') {
		// more digits than one number holds: several numbers in a row
		if end := c.phoneSequence(r); end > 0 {
			return last(end)
		}
	} else if r.plus || txt[0] == '0' || txt[0] == '(' || phoneCued {
		for g := len(r.groups) - 1; g >= 0 && g >= len(r.groups)-2; g-- {
			end := r.groups[g]
			if !c.boundaryAfter(end) && phoneExtension(c.text, end) == end && g == len(r.groups)-1 {
				continue // (an extension glued to it ends it too: "356-590-8728x59051")
			}
			cand := c.text[r.start:end]
			nd := countDigits(cand)
			if nd < 9 {
				break
			}
			if nd <= 15 && (!digitSoup(cand) || phoneCued) && (c.validPhone(cand) || phoneCued && nanp(cand)) { // digits spaced one by one only after a phone word
				return emit(Phone, phoneExtension(c.text, end))
			}
		}
	}
	if r.ndigits >= 7 && r.ndigits <= 15 && !strings.Contains(r.seps, ":") {
		// a number the numbering plans do not know, right after a phone
		// word, is the number the writer gave: "Tel.: (00331) 5604023",
		// "Telefoon: 00 944 26 18" (a typo, a foreign plan, an
		// extension); so is one shaped as a phone number (0, + or a
		// bracket first, or an American 3-3-4) or after the preposition
		// of a call, a few words after a phone word or before one: "Bel
		// de melder op (0056) 929256", "Bitte unter 005 622 57 83
		// zurückrufen", "Bel Jan op 169-822-1806", "Appeler Luc au 1 68
		// 83 30 16". Not a date, a time, nor a reference three words
		// after "Rückruf"
		label := c.phoneLabelBefore(i)
		if label || !strings.Contains(r.seps, "/") && (strings.IndexByte("0+(", txt[0]) >= 0 || len(r.groups) != 2 && nanp(txt) || c.callPreposition(i-1)) {
			// (the extension, read once, may end the number, the cue may
			// follow it, and it is the phone's)
			ext := phoneExtension(c.text, r.end)
			if (c.boundaryAfter(r.end) || ext > r.end) && (label || c.cueWithin(fPhone, i, 6) || c.phoneCueAfter(ext)) && !dottedDate(txt) && !serviceNumber(txt) {
				return emit(Phone, ext)
			}
		}
	}
	if !c.boundaryAfter(r.end) {
		return c.postcode(i, r)
	}
	// an American ZIP+4 code ("22197-3378"): a street's worth of homes,
	// as fine as a Dutch postcode, unlike a five-digit one
	if r.ndigits == 9 && r.seps == "-" && r.groups[0]-r.start == 5 && !r.plus {
		return emit(Postcode, r.end)
	}
	// a BSN has no dashes or slashes, unless next to its cue, where forms
	// set off the check digit ("sofinummer 12345678-2")
	if (!strings.ContainsAny(r.seps, "-/") || c.cueWithin(fBSN, i, 4) && !strings.Contains(r.seps, "/")) && !r.plus && c.bsn(i, txt, r.ndigits) {
		return emit(BSN, r.end)
	}
	if c.cueWithin(fDoc, i, 5) && r.ndigits >= 8 && r.ndigits <= 10 && !c.spacedDate(r) {
		return emit(Document, r.end)
	}
	if j := c.postcode(i, r); j > i {
		return j
	}
	return c.firstNumber(i, r, emit)
}

// cardWords are the words a payment card's number follows, folded.
var cardWords = map[string]bool{"card": true, "creditcard": true, "kaart": true, "kaartnummer": true, "creditcardnummer": true, "pinpas": true, "bankpas": true,
	"karte": true, "kreditkarte": true, "kartennummer": true, "carte": true, "cb": true, "visa": true, "mastercard": true, "amex": true, "maestro": true}

// afterCardWord reports whether a card word stands in the three tokens
// before token i: there 13 to 19 digits are a card's number even when
// they fail the Luhn check, as a mistyped or made-up one does ("Card 4111
// 1111 1111 1112").
func (c *scan) afterCardWord(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if c.is(k, fNational) || c.wordIs(k, "vitale") {
			return false // "Carte Vitale": a social security number
		}
		if c.tok(k).kind == tWord && cardWords[string(c.key(k))] {
			return true
		}
	}
	return false
}

// bsn reports whether s, a number of nd digits at token i, is a BSN: nine
// digits passing the 11-check, or eight (a BSN whose leading zero was
// dropped) after a BSN cue or in the strict profile. Right after a BSN
// cue nine digits are one without the check: a mistyped BSN is still
// someone's, or nearly ("BSN slachtoffer: 234567891").
func (c *scan) bsn(i int, s string, nd int) bool {
	if nd != 9 && nd != 8 {
		return false
	}
	cued := c.present&fBSN != 0 && c.cueWithin(fBSN, i, 4)
	return (nd == 9 || c.s.strict || cued) && (ValidBSN(s) || nd == 9 && c.firstNumberAfterBSNCue(i))
}

// firstNumberAfterBSNCue reports whether token i is the first number
// after a BSN cue in its sentence, at most six tokens on ("Het BSN van de
// gewonde is 234567891").
func (c *scan) firstNumberAfterBSNCue(i int) bool {
	if c.present&fBSN == 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6 && !c.closingPunct(k); k-- {
		if c.is(k, fBSN) {
			return true
		}
		if c.tok(k).kind == tNum {
			return false
		}
	}
	return false
}

// firstNumber takes the first of two numbers that one run of digits joined
// with a space ("BSN 123456782 0612345678"): the whole run was nothing, but
// its part before the first space may be a BSN or a phone number on its
// own. (The parts after it are read as runs of their own.)
func (c *scan) firstNumber(i int, r numRun, emit func(Type, int) int) int {
	t := c.text
	e := r.start
	for e < r.end && t[e] != ' ' {
		e++
	}
	if e == r.end {
		return i // one part: nothing to split
	}
	for e > r.start && !isDigit(t[e-1]) {
		e--
	}
	seg := t[r.start:e]
	nd := countDigits(seg)
	switch {
	case !strings.ContainsAny(seg, "-/()+") && c.bsn(i, seg, nd):
		return emit(BSN, e)
	case nd >= 9 && nd <= 15 && strings.IndexByte("0+(", seg[0]) >= 0 && c.validPhone(seg):
		return emit(Phone, e)
	}
	return i
}

// digitSoup reports whether s holds three or more digits standing alone
// ("0 1 2 3 4 5 6 7 8", a row of scores): no phone number is written so.
func digitSoup(s string) bool {
	single := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) && (i+1 == len(s) || !isDigit(s[i+1])) {
			single++
		}
	}
	return single >= 3
}

// phoneSequence splits a run of digits longer than any one number into
// phone numbers written one after another ("0612345678 (06)12345678",
// "06-12345678/06-87654321"): each is the shortest part of what remains
// that starts like a phone number and is one. It records them and returns
// the end of the last, or 0 when there is none.
func (c *scan) phoneSequence(r numRun) int {
	t := c.text
	start, lastEnd := r.start, 0
	// digits and lone digits of the part from start, counted group by
	// group: the run may be long, and recounting each part would be
	// quadratic
	nd, single, prev := 0, 0, r.start
	for g := 0; g < len(r.groups); g++ {
		end := r.groups[g]
		gd := countDigits(t[prev:end])
		prev = end
		nd += gd
		if gd == 1 {
			single++
		}
		if nd < 9 {
			continue
		}
		cand := t[start:end]
		if nd <= 15 && single < 3 && strings.IndexByte("0+(", cand[0]) >= 0 && (g < len(r.groups)-1 || c.boundaryAfter(end)) && c.validPhone(cand) {
			c.addBytes(Phone, start, end)
			lastEnd = end
		} else if nd <= 15 && single < 3 {
			continue // a longer part may be the number
		}
		// the next number starts at the next group
		start, nd, single = end, 0, 0
		for start < r.end && !isDigit(t[start]) && t[start] != '+' && t[start] != '(' {
			start++
		}
		if start >= r.end {
			break
		}
	}
	return lastEnd
}

// postcode recognises a Dutch postcode at token i ("1234 AB", "1234AB"),
// with the house number after it where present.
func (c *scan) postcode(i int, r numRun) int {
	t := c.text
	b := int(c.tok(i).start)
	if c.tok(i).end-c.tok(i).start != 4 {
		return i
	}
	e := b + 4
	if e < len(t) && t[e] == ' ' {
		e++
	}
	if e+2 > len(t) {
		return i
	}
	cand := t[b : e+2]
	if !c.boundaryAfter(e + 2) {
		return i
	}
	if !ValidPostcodeNL(cand) {
		// in lower case ("1234ab") only as part of an address: after
		// its cue, or in a text typed without capitals
		if !(c.lower || c.cueWithin(fAddrCue, i, 6)) || !ValidPostcodeNL(strings.ToUpper(cand)) {
			return i
		}
	}
	end := e + 2
	// a house number right after the postcode belongs to it
	j := end
	for j < len(t) && (t[j] == ' ' || t[j] == ',') {
		j++
	}
	if j < len(t) && isDigit(t[j]) && j-end <= 2 {
		k := j
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k-j <= 4 && c.boundaryAfter(k) {
			end = k
		}
	}
	k := i
	for k+1 < c.n() && int(c.tok(k+1).end) <= end {
		k++
	}
	c.add(Postcode, i, k)
	return k
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

var phoneRegions = []string{"NL", "BE", "DE", "FR", "GB", "LU", "AT", "CH", "ES", "IT", "PL"}

// serviceNumber reports whether a number is a business's service number,
// no person's: the Dutch, German and British free and premium-rate ranges
// ("0800-1234", "0900-8844", "0180 5 123456").
func serviceNumber(s string) bool {
	var buf [4]byte
	d := buf[:0]
	for i := 0; i < len(s) && len(d) < 4; i++ {
		if isDigit(s[i]) {
			d = append(d, s[i])
		}
	}
	switch string(d) {
	case "0800", "0900", "0906", "0909", "0180", "0700", "0870", "0845":
		return true
	}
	return false
}

// phoneLabelBefore reports whether a phone word stands right before token
// i, punctuation aside: "Tel. 1234567", "Tél. : 326 81 80 13", "Telefon
// (mobil): ...", "bel 06...". A slash there is Belgian ("Tél. : 02/123 45
// 67"), a date has no phone word before it.
func (c *scan) phoneLabelBefore(i int) bool {
	k := i - 1
	for n := 0; k >= 0 && n < 3 && c.tok(k).kind == tPunct; n++ {
		k--
	}
	return k >= 0 && c.is(k, fPhone)
}

// phoneCueAfter reports whether a phone word follows the number that ends
// at byte end, within two tokens: "Bitte unter 005 622 57 83 zurückrufen"
// (birthCueAfter's twin, which stops at a comma; this one does not).
func (c *scan) phoneCueAfter(end int) bool {
	for n, k := 0, c.tokenFrom(end); k < c.n() && n < 2; k, n = k+1, n+1 {
		if c.is(k, fPhone) {
			return true
		}
	}
	return false
}

// callPreposition reports whether token k is the preposition a number to
// call follows: "op", "au", "unter", "on", "via", and French "le"
// ("Appeler le 7 14 26 31 28").
func (c *scan) callPreposition(k int) bool {
	return k >= 0 && !c.tok(k).cap && (c.wordIs(k, "op") || c.wordIs(k, "au") || c.wordIs(k, "unter") || c.wordIs(k, "on") || c.wordIs(k, "via") || c.wordIs(k, "le"))
}

// dottedDate reports whether s is a date written with dots or dashes,
// day first or year first: "14.03.2026", "2026-03-14".
func dottedDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '-' })
	if len(parts) != 3 {
		return false
	}
	a, b, y := parts[0], parts[1], parts[2]
	if len(a) == 4 {
		a, y = y, a
	}
	return len(a) <= 2 && len(b) <= 2 && (len(y) == 4 || len(y) == 2)
}

// validPhone decides whether cand, a run of digits and separators that
// starts like a phone number, is one. The judge is libphonenumber's
// metadata (nyaruka/phonenumbers): the country calling code must exist
// and the national number must have a length that country uses.
//
// Why not phonenumbers.Parse and IsValidNumber: they run dozens of regular
// expressions per call (about 50 µs for a German number), which alone
// would hold the scanner under 10 MB/s. The length check reads the same
// metadata without them. It accepts numbers in unassigned ranges too,
// which is the right side to err on for a privacy filter.
func (c *scan) validPhone(cand string) bool {
	var buf [24]byte
	d := digitsOf(buf[:0], cand)
	switch {
	case strings.HasPrefix(cand, "+") || (len(d) > 2 && d[0] == '0' && d[1] == '0'):
		s := d
		if s[0] == '0' {
			s = s[2:]
		}
		for ccLen := 1; ccLen <= 3 && ccLen < len(s); ccLen++ {
			cc := atoi(string(s[:ccLen]))
			if phonenumbers.GetRegionCodeForCountryCode(cc) == "ZZ" {
				continue
			}
			nsn := s[ccLen:]
			if len(nsn) > 1 && nsn[0] == '0' { // "+31 (0)6 ...": the trunk prefix written in
				nsn = nsn[1:]
			}
			if possiblePhone(cc, nsn) {
				return true
			}
		}
		// "+83774846964": E.164's plus and ten to fifteen digits in one
		// block is a phone number's shape even under a calling code no
		// country has (made up, or mistyped): erring here redacts
		return cand[0] == '+' && len(d) >= 10 && len(d) <= 15 && len(d) == len(cand)-1
	case cand[0] == '(' && nanp(cand):
		return true // "(555) 123-4567": the North American layout, its area code in brackets
	case len(d) == 10 && d[0] == '0':
		// A trunk 0 and nine more digits is the national format of the
		// Netherlands, Belgian mobiles, France, Switzerland and Italy, and
		// a possible number in each.
		return true
	case d[0] == '0':
		for _, reg := range phoneRegions {
			if possiblePhone(phonenumbers.GetCountryCodeForRegion(reg), d[1:]) {
				return true
			}
		}
	case c.s.strict:
		for _, reg := range []string{"ES", "PL"} { // national numbers without a trunk 0
			if possiblePhone(phonenumbers.GetCountryCodeForRegion(reg), d) {
				return true
			}
		}
	}
	return false
}

// phoneExtension returns the end of an extension written after a phone
// number that ends at byte end (" x3835", " ext. 221", " ext 89",
// " toestel 214"), or end when none follows.
func phoneExtension(t string, end int) int {
	e := end
	if e < len(t) && t[e] == ' ' {
		e++
	}
	rest := t[e:]
	for _, mark := range []string{"x", "ext.", "ext", "toestel", "tst.", "poste", "Durchwahl"} {
		if len(rest) > len(mark) && strings.EqualFold(rest[:len(mark)], mark) {
			k := e + len(mark)
			if k < len(t) && t[k] == ' ' && len(mark) > 1 {
				k++
			}
			d := k
			for d < len(t) && d-k < 6 && isDigit(t[d]) {
				d++
			}
			if d > k && (d == len(t) || !isDigit(t[d]) && !isLetter(t[d])) {
				return d
			}
		}
	}
	return end
}

// randomLooking reports whether a value after a password word without a
// label looks like a password rather than a word: it holds a digit or a
// symbol ("hunter2", "pf~humbcgfphi}"), or it is six letters or more with
// hardly a vowel ("fvblnbsxet"), as no word of the four languages is.
func randomLooking(v string) bool {
	vowels, letters := 0, 0
	for i := 0; i < len(v); i++ {
		switch b := v[i]; {
		case isDigit(b), b < utf8.RuneSelf && !isLetter(b):
			return true
		case isLetter(b):
			letters++
			if strings.IndexByte("aeiouyAEIOUY", b) >= 0 {
				vowels++
			}
		}
	}
	return letters >= 6 && letters == len(v) && vowels*5 <= letters
}

// nanp reports whether cand's digits have the shape of a North American
// number: ten digits, the area code starting with 2 to 9 (the exchange
// is not checked: made-up numbers such as "(555) 123-4567" are written
// as real ones are, and erring there redacts), with the country's 1
// before them or not ("1-310-455-1790"). Only its layout with the area
// code in brackets, or a phone word before it, makes such a run a phone
// number.
func nanp(cand string) bool {
	var buf [24]byte
	d := digitsOf(buf[:0], cand)
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	return len(d) == 10 && d[0] >= '2'
}

// possiblePhone asks the metadata whether a national significant number
// of this length exists under the calling code.
func possiblePhone(cc int, nsn []byte) bool {
	if len(nsn) < 4 || len(nsn) > 14 {
		return false
	}
	n, err := strconv.ParseUint(string(nsn), 10, 64)
	if err != nil {
		return false
	}
	num := &phonenumbers.PhoneNumber{CountryCode: proto.Int32(int32(cc)), NationalNumber: proto.Uint64(n)} // #nosec G115 -- texts are bounded (events 64 KiB, CLI lines 64 MiB), far below 2 GiB
	if nsn[0] == '0' {                                                                                     // Italian landlines keep their leading zero
		num.ItalianLeadingZero = proto.Bool(true)
	}
	return phonenumbers.IsPossibleNumber(num)
}

// numericDate recognises dd-mm-yyyy, dd/mm/yy, dd.mm.yyyy and yyyy-mm-dd.
func (c *scan) numericDate(r numRun) (int, bool) {
	t := c.text
	if len(r.groups) == 2 {
		// "3-3-'85": the year in two digits after an apostrophe
		sep, e := t[r.groups[0]], r.groups[1]
		if (sep == '-' || sep == '/' || sep == '.') && e+4 <= len(t) && t[e] == sep && dayNumber(t[r.start:r.groups[0]]) && monthNumber(t[r.groups[0]+1:e]) {
			if y := c.apostropheYear(e + 1); y > 0 {
				return y, true
			}
		}
		return 0, false
	}
	if len(r.groups) < 3 {
		return 0, false
	}
	g0 := t[r.start:r.groups[0]]
	g1 := t[r.groups[0]+1 : r.groups[1]]
	g2 := t[r.groups[1]+1 : r.groups[2]]
	sep1, sep2 := t[r.groups[0]], t[r.groups[1]]
	if sep1 != sep2 || (sep1 != '-' && sep1 != '/' && sep1 != '.') {
		return 0, false
	}
	// the same separator going on makes a longer number, not a date:
	// "06.12.34.56.78" is a French mobile number
	if len(r.groups) > 3 && t[r.groups[2]] == sep1 {
		return 0, false
	}
	if r.plus {
		return 0, false
	}
	if len(g0) == 4 && monthNumber(g1) && dayNumber(g2) {
		return r.groups[2], true
	}
	if dayNumber(g0) && monthNumber(g1) && (len(g2) == 4 || len(g2) == 2) {
		return r.groups[2], true
	}
	if monthNumber(g0) && dayNumber(g1) && (len(g2) == 4 || len(g2) == 2) { // US order
		return r.groups[2], true
	}
	return 0, false
}

// zeroPaddedIPv4 reports whether s is an IPv4 address written with
// leading zeros ("192.168.001.010"), as some devices and forms print it,
// which netip refuses.
func zeroPaddedIPv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if n := atoi(p); p == "" || len(p) > 3 || n < 0 || n > 255 {
			return false
		}
	}
	return true
}

// otherPlate records a foreign licence plate starting at token i when a
// vehicle word is within six tokens before it (see PlateOther), and
// returns its end byte, or 0.
func (c *scan) otherPlate(i int) int {
	// every layout starts with one to three capitals or one digit; right
	// after a plate word any starts with up to three ("93-X716", "5ZR
	// 653", "SÜW-DF-24") or is digits alone ("kenteken 986144")
	if c.present&fVehicle == 0 {
		return 0
	}
	switch t := c.tok(i); {
	case t.kind == tWord:
		if !t.allCap || utf8.RuneCountInString(c.raw(i)) > 3 {
			return 0
		}
	case t.kind == tNum:
		if d := t.end - t.start; d != 1 && !(d <= 3 && c.plateWordBefore(i)) && !(d <= 8 && c.plateWordRightBefore(i)) {
			return 0
		}
	case t.end-t.start > 3:
		return 0
	}
	if !c.cueWithin(fVehicle, i, 6) && !c.plateWithin(i, 6) {
		return 0
	}
	b := int(c.tok(i).start)
	n := PlateOther(c.text[b:])
	if n == 0 || !c.boundaryAfter(b+n) {
		if n = c.cuedPlate(i, b); n == 0 {
			return 0
		}
	}
	c.addBytes(Plate, b, b+n)
	return b + n
}

// plateWithin reports whether the last plate found ends within the n
// tokens before token i: plates listed after one cue ("Kenteken: 1-KBC-123
// (België), B-MW 1234 (Duitsland)"), found in the text's order.
func (c *scan) plateWithin(i, n int) bool {
	return c.plateEnd > 0 && c.plateEnd >= int(c.tok(max(i-n, 0)).start) && c.plateEnd <= int(c.tok(i).start)
}

// plateWords are the words a plate's number follows directly, folded.
var plateWords = map[string]bool{"plate": true, "kenteken": true, "nummerplaat": true, "kennzeichen": true, "nummernschild": true, "immatriculation": true,
	"immatricule": true, "immatriculee": true, "plaque": true, "registration": true, "reg": true}

// plateWordBefore reports whether a plate word stands in the two tokens
// before token i, or is a word of a label that ends right before it
// ("Kenteken van de bestelbus: RGB-7684").
func (c *scan) plateWordBefore(i int) bool {
	return c.plateWord(i-1) || c.plateWord(i-2) || c.plateLabelBefore(i)
}

// plateWord reports whether token k is a plate word.
func (c *scan) plateWord(k int) bool {
	return k >= 0 && c.tok(k).kind == tWord && plateWords[string(c.key(k))]
}

// plateWordRightBefore reports whether token i follows a plate word
// directly, or a plate label's colon: there a plate's number may take
// any shape ("kenteken 986144", "Kennzeichen: HAL-U-4", "immatriculé 468
// PSE").
func (c *scan) plateWordRightBefore(i int) bool {
	return c.plateWord(i-1) || c.plateLabelBefore(i)
}

// plateLabelBefore reports whether a label with a plate word in its first
// few words ends with a colon right before token i.
func (c *scan) plateLabelBefore(i int) bool {
	if i < 2 || !c.isPunct(i-1, ':') {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6 && c.tok(k).kind == tWord && !c.tok(k).newline; k-- {
		if c.plateWord(k) {
			return true
		}
	}
	return false
}

// cuedPlate returns the length of a plate of any country's layout at byte
// b, token i, right after a plate word ("plate ВX5876ВO", "Kennzeichen
// W-12345X", "Kennzeichen PO 12345"): letters of any script, digits and
// hyphens, with a space only after the first one to three letters, four
// to ten of them, two digits or more and a letter; 0 when none is. Right
// after the word or a plate label's colon the layout may be any other:
// one space anywhere ("468 PSE", "7G E9507"), a German one's single
// digit ("HAL-U-4"), twelve characters ("WOB-QY-2413"), five digits or
// more alone ("986144").
func (c *scan) cuedPlate(i, b int) int {
	if !c.plateWordBefore(i) {
		return 0
	}
	direct := c.plateWordRightBefore(i)
	t := c.text
	e, runes, digits, letters, spaces, hyphens := b, 0, 0, 0, 0, 0
	for e < len(t) && runes <= 12 {
		r, size := utf8.DecodeRuneInString(t[e:])
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		case r == '-' && e+size < len(t) && t[e+size] != ' ':
			hyphens++
		case r == ' ' && digits == 0 && letters >= 1 && letters <= 3 && runes == letters && e+1 < len(t) && isDigit(t[e+1]):
			// one space after a region's letters: "PO 12345", "WA 1234A"
			spaces++
		case r == ' ' && direct && spaces == 0 && runes >= 2 && e+1 < len(t) && (isDigit(t[e+1]) || isUpper(t[e+1])) && c.plateGroupAfter(e+1):
			spaces++
		default:
			runes = 99 // stop
			continue
		}
		e += size
		runes++
	}
	n := utf8.RuneCountInString(t[b:e])
	max := 10
	if direct {
		max = 12
	}
	if n < 4 || n > max || !c.boundaryAfter(e) {
		return 0
	}
	switch {
	case letters == 0:
		// digits alone only right after the word ("kenteken 986144", not
		// "Kennzeichen des Wagens am 12.03."), and no date ("Registration
		// 2024-03-12")
		if digits < 5 || !direct || dottedDate(t[b:e]) {
			return 0
		}
	case digits < 2 && !(direct && digits == 1 && letters >= 2 && hyphens >= 1):
		return 0
	}
	return e - b
}

// plateGroupAfter reports whether the group at byte b, after a plate's
// space, is of a plate's shape: two to five capitals and digits, then no
// word's letters ("468 PSE", "7G E9507"; not "468 Personen").
func (c *scan) plateGroupAfter(b int) bool {
	t := c.text
	e := b
	for e < len(t) && (isUpper(t[e]) || isDigit(t[e])) {
		e++
	}
	return e-b >= 2 && e-b <= 5 && c.boundaryAfter(e)
}

// nationalID reports whether the digit run r at token i is a neighbouring
// country's national number: a French NIR (15 digits) whose key checks, a
// Belgian register number in its dotted layout whose check digits check,
// or, after a cue ("sécurité sociale", "rijksregisternummer", "Steuer-ID"),
// a number of the right length whatever its check digits (a value next to
// its label is the value, even mistyped).
func (c *scan) nationalID(i int, r numRun, txt string) bool {
	if r.plus {
		return false
	}
	if r.ndigits != 15 && r.ndigits != 13 && r.ndigits != 11 && r.ndigits != 10 && r.ndigits != 9 {
		return false
	}
	// seven tokens: the cue may name whose number it is ("Steuer-ID des
	// Mitarbeiters: ...")
	cued := c.present&fNational != 0 && c.cueWithin(fNational, i, 7)
	switch r.ndigits {
	case 9:
		// an American social security number after its cue ("SSN
		// 597157870", "social security number 123-45-6789"); a BSN that
		// passes the 11-check was taken before
		return (cued && c.cueWithin(fNational, i, 3) || c.socialSecurity(i)) && !strings.ContainsAny(r.seps, "/.")
	case 13:
		return cued // a French tax number ("numéro fiscal 30 23 217 600 053")
	case 10:
		// a British NHS number: after its cue, or in its own 3-3-4
		// layout, which the issued range (4 to 7 first) sets apart from
		// phone numbers, which start with 0
		layout := r.seps == "  " && r.groups[0]-r.start == 3 && r.groups[1]-r.groups[0] == 4 && txt[0] >= '4' && txt[0] <= '7'
		return (cued || layout) && ValidNHS(txt)
	case 15:
		first := txt[0]
		return (first == '1' || first == '2' || first == '7' || first == '8') && (cued || ValidNIR(txt))
	case 11:
		// "85.07.30-033.28", the Belgian register's own layout, is
		// distinctive enough with its check digits; otherwise a cue
		return (r.seps == "..-." && ValidRRN(txt)) || (cued && !strings.ContainsAny(r.seps, "/"))
	}
	return false
}

// socialSecurity reports whether "social security" (number, no.) stands
// in the five tokens before token i.
func (c *scan) socialSecurity(i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if c.wordIs(k, "security") && c.wordIs(k-1, "social") {
			return true
		}
	}
	return false
}

// spacedDate reports whether a digit run is a date written with spaces
// ("12 03 2027"), which a document number next to its cue never is: the
// document's expiry date is not the document's number.
func (c *scan) spacedDate(r numRun) bool {
	if len(r.groups) != 3 || r.seps != "  " {
		return false
	}
	t := c.text
	d, m, y := t[r.start:r.groups[0]], t[r.groups[0]+1:r.groups[1]], t[r.groups[1]+1:r.groups[2]]
	return dayNumber(d) && monthNumber(m) && len(y) == 4
}

// dayNumber reports whether s, one or two digits, is a day of a month.
func dayNumber(s string) bool { return len(s) <= 2 && atoi(s) >= 1 && atoi(s) <= 31 }

// monthNumber reports whether s, one or two digits, is a month.
func monthNumber(s string) bool { return len(s) <= 2 && atoi(s) >= 1 && atoi(s) <= 12 }

// textualDate recognises "12 maart 1985", "12. März 1985", "1er mars 1985"
// starting at token i (a number), and returns the end byte offset.
func (c *scan) textualDate(i int) (int, bool) {
	if !dayNumber(c.raw(i)) {
		return 0, false
	}
	k := i + 1
	if k < c.n() && (c.isPunct(k, '.')) {
		k++
	}
	if k < c.n() && c.tok(k).kind == tWord && (c.wordIs(k, "er") || c.ordinalSuffix(k)) {
		k++
	}
	if k < c.n() && c.wordIs(k, "of") {
		k++ // "the 3rd of March 1980"
	}
	if k >= c.n() || c.tok(k).kind != tWord || !c.is(k, fMonth) {
		return 0, false
	}
	k++
	if k < c.n() && (c.isPunct(k, '.') || c.isPunct(k, ',') && c.tok(k).spaceAfter) {
		k++ // "3. März 1985", "the 3rd of March, 1985"
	}
	if k < c.n() && c.tok(k).kind == tNum && len(c.raw(k)) == 4 {
		return int(c.tok(k).end), true
	}
	if y := c.shortYear(k); y > 0 {
		return y, true // "3 maart '85"
	}
	m := k - 1
	if c.isPunct(m, ',') {
		m--
	}
	return int(c.tok(m).end), true
}

// shortYear returns the end of a year written as an apostrophe and two
// digits at token k ("'85", "’85"), or 0.
func (c *scan) shortYear(k int) int {
	if k >= c.n() || c.tok(k).kind != tPunct {
		return 0
	}
	return c.apostropheYear(int(c.tok(k).start))
}

// apostropheYear returns the end of "'85" or "’85" starting at byte b,
// two digits and then no more, or 0.
func (c *scan) apostropheYear(b int) int {
	t := c.text
	switch {
	case b < len(t) && t[b] == '\'':
		b++
	case strings.HasPrefix(t[b:], "’"):
		b += len("’")
	default:
		return 0
	}
	if b+2 <= len(t) && isDigit(t[b]) && isDigit(t[b+1]) && c.boundaryAfter(b+2) {
		return b + 2
	}
	return 0
}

// ordinalSuffix reports whether token k is the English ordinal's suffix
// after a day ("12th", "3rd").
func (c *scan) ordinalSuffix(k int) bool {
	return c.wordIs(k, "st") || c.wordIs(k, "nd") || c.wordIs(k, "rd") || c.wordIs(k, "th")
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// iban recognises an IBAN starting at byte b: a country code, two check
// digits, then letters and digits in groups, of the country's length and
// passing mod-97 (or, in upper case, shaped as one: see ibanShape). The
// country code may be in lower case ("nl91abna...", as typed into forms),
// since the check digits make a chance match vanishingly rare.
func (c *scan) iban(b int) bool {
	t := c.text
	if b+4 > len(t) || !isLetter(t[b]) || !isLetter(t[b+1]) || !isDigit(t[b+2]) || !isDigit(t[b+3]) {
		return false
	}
	want, ok := ibanLengths[string([]byte{t[b] &^ 0x20, t[b+1] &^ 0x20})]
	if !ok {
		return false
	}
	n, e := 0, b
	var sep byte // the groups' separator, " " or "-" ("NL91-ABNA-0417-1643-00"), one throughout
	for e < len(t) && n < want {
		ch := t[e]
		if isLetter(ch) || isDigit(ch) {
			n++
			e++
			continue
		}
		if (ch == ' ' || ch == '-') && (sep == 0 || sep == ch) && e+1 < len(t) && (isLetter(t[e+1]) || isDigit(t[e+1])) {
			sep = ch
			e++
			continue
		}
		break
	}
	if n == want && c.boundaryAfter(e) && (ValidIBAN(t[b:e]) || sep != '-' && ibanShape(t[b:e])) {
		c.addBytes(IBAN, b, e)
		return true
	}
	// a country's wrong length that mod-97 still vouches for: read the
	// run of letters and digits again, up to the longest IBAN's 34, over
	// a separator only after a group of four, and try its ends from the
	// longest ("GB83 AZAG 8003 1820 8337 4", not into the words after it)
	var ends [10]int
	ne := 0
	n, e, sep = 0, b, 0
	for group := 0; e < len(t) && n <= 34; {
		ch := t[e]
		if isLetter(ch) || isDigit(ch) {
			n++
			e++
			group++
			continue
		}
		if (ch == ' ' || ch == '-') && (sep == 0 || sep == ch) && group == 4 && ne < len(ends)-1 && e+1 < len(t) && (isLetter(t[e+1]) || isDigit(t[e+1])) {
			ends[ne] = e
			ne++
			sep = ch
			e++
			group = 0
			continue
		}
		break
	}
	ends[ne] = e
	for k := ne; k >= 0; k-- {
		if e := ends[k]; c.boundaryAfter(e) {
			if _, got := checksumIBAN(t[b:e]); got > 0 {
				c.addBytes(IBAN, b, e)
				return true
			}
		}
	}
	return false
}

// ibanShape reports whether s, of its country's IBAN length, is written as
// an IBAN though its checksum fails: a mistyped number, or a made-up one
// such as the "NL02RABO0123456789" of forms and examples, still points at
// an account. Upper-case country code and eight digits or more in the
// account part keep product codes out.
func ibanShape(s string) bool {
	if !isUpper(s[0]) || !isUpper(s[1]) {
		return false
	}
	digits := 0
	for i := 4; i < len(s); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	return digits >= 8
}

// upperStart tries the detectors that start with a capital letter: IBAN,
// licence plates, identity documents, and month-first birth dates.
func (c *scan) upperStart(i int) {
	t := c.text
	b := int(c.tok(i).start)
	if !c.boundaryBefore(b) {
		return
	}
	if b+4 <= len(t) && isDigit(t[b+2]) && isDigit(t[b+3]) && c.iban(b) {
		return
	}
	if b+8 <= len(t) && ValidPlateNL(t[b:b+8]) && c.boundaryAfter(b+8) {
		c.addBytes(Plate, b, b+8)
		return
	}
	if c.otherPlate(i) > 0 {
		return
	}
	if n := NINumberUK(t[b:], c.present&fNational == 0 || !c.cueWithin(fNational, i, 4)); n > 0 && c.boundaryAfter(b+n) {
		c.addBytes(National, b, b+n)
		return
	}
	if n := PostcodeUK(t[b:]); n > 0 && c.boundaryAfter(b+n) {
		c.addBytes(Postcode, b, b+n)
		return
	}
	if b+9 <= len(t) && ValidDocumentNL(t[b:b+9]) && c.boundaryAfter(b+9) {
		hasLetterInside := false
		for k := b + 2; k < b+8; k++ {
			hasLetterInside = hasLetterInside || isUpper(t[k])
		}
		if c.cueWithin(fDoc, i, 5) || hasLetterInside {
			c.addBytes(Document, b, b+9)
			return
		}
	}
	// "March 12, 1985" / "mars 12 1985" after a birth cue
	if c.is(i, fMonth) && c.cueWithin(fBirth, i, 8) && i+1 < c.n() && c.tok(i+1).kind == tNum {
		k := i + 1
		if k+1 < c.n() && !c.tok(k).spaceAfter && c.ordinalSuffix(k+1) {
			k++ // "March 12th, 1985"
		}
		if k+1 < c.n() && c.isPunct(k+1, ',') {
			k++
		}
		if k+1 < c.n() && c.tok(k+1).kind == tNum && len(c.raw(k+1)) == 4 {
			c.add(DOB, i, k+1)
		}
	}
}

// wordIs compares token i's folded form with s without allocating.
func (c *scan) wordIs(i int, s string) bool {
	return i >= 0 && i < len(c.st.toks) && string(c.st.folded[c.st.foff[i]:c.st.foff[i+1]]) == s
}
