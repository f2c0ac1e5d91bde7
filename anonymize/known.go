package anonymize

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// KnownValues are the personal values an event names in its structured
// fields (the reporter's name, the injured person's BSN, ...). The scanner
// scrubs them from the same event's free text together with their
// variants: a first name or family name alone, initials with the family
// name, other case, other diacritics, other digit grouping.
//
// A KnownValues is built by one goroutine and then only read.
type KnownValues struct {
	seqs   []knownSeq       // every variant, each linked to the one added before it with the same first token
	head   map[string]int32 // by first folded token: 1 + the index in seqs of the last variant added, or 0
	words  []string         // the variants' words, one backing array for all
	digits map[string]Type  // normalised digits of phone numbers and BSNs
	n      int              // how many values were added

	sieve wordSieve // over seqs' first words: most words of a text start no known value

	// for the verifier's own check (knownSurvivors)
	nameWords map[string]bool // folded words (3+ letters, no particles) of known names
	emails    []string        // known e-mail addresses, lower case
	numbers   []knownNumber   // digit keys of known phone numbers and BSNs
}

type knownNumber struct {
	typ Type
	key string
}

type knownSeq struct {
	words  []string
	typ    Type
	ref    int   // which added value this is a variant of (1-based)
	needUp bool  // a single-word variant matches only when capitalised
	loose  bool  // a date: "/" and "," may stand between its words too
	prev   int32 // 1 + the index of the variant added before it with the same first token, or 0
}

// NewKnownValues returns an empty set.
func NewKnownValues() *KnownValues {
	return &KnownValues{head: map[string]int32{}, digits: map[string]Type{}}
}

// knownPool keeps the sets Apply builds per event: their maps keep their
// buckets from one event to the next.
var knownPool = sync.Pool{New: func() any { return NewKnownValues() }}

// reset empties k for reuse, keeping its maps' and slices' storage.
func (k *KnownValues) reset() {
	clear(k.head)
	clear(k.seqs) // drop the strings they hold
	k.seqs = k.seqs[:0]
	clear(k.words)
	k.words = k.words[:0]
	clear(k.digits)
	clear(k.nameWords)
	k.n = 0
	k.sieve = wordSieve{}
	k.emails = k.emails[:0]
	k.numbers = k.numbers[:0]
}

// kindType maps an x-pii kind to the entity type reported in free text.
func kindType(kind string) Type {
	switch kind {
	case "person":
		return Person
	case "email":
		return Email
	case "phone":
		return Phone
	case "bsn":
		return BSN
	case "iban":
		return IBAN
	case "address":
		return Address
	case "postcode":
		return Postcode
	case "date_of_birth":
		return DOB
	case "plate":
		return Plate
	}
	return Known
}

// Len reports how many values were added.
func (k *KnownValues) Len() int { return k.n }

// Add registers a value of an x-pii kind ("person", "email", "phone",
// "bsn", "address", "postcode", "employee_id", ...). Empty values and kinds
// that hold no personal data ("none", "site", "city", "free_text") are
// ignored.
func (k *KnownValues) Add(kind, value string) { k.add(kind, value, false) }

// AddFound registers a name the scanner found in one scanned field, so
// that the next scanned fields find it again without its cue. Unlike a
// structured value it is not checked by the verifier: a word the scanner
// took for a name by mistake (a city) must not fail a kept field that
// holds it.
func (k *KnownValues) AddFound(name string) { k.add("person", name, true) }

func (k *KnownValues) add(kind, value string, found bool) {
	value = strings.TrimSpace(value)
	switch kind {
	case "", "none", "site", "city", "free_text":
		return
	}
	if value == "" {
		return
	}
	if kind == "date_of_birth" {
		k.addDate(value)
		return
	}
	typ := kindType(kind)
	if before, after, ok := strings.Cut(value, ","); ok && typ == Person {
		// "Vries, Jan de", as registers write it: "Jan de Vries"
		value = strings.TrimSpace(after) + " " + strings.TrimSpace(before)
	}
	words := foldedWords(value)
	k.n++
	lex := theLexicon()
	switch typ {
	case Person:
		for _, w := range words {
			if len(w) >= 3 && !lex.particles[w] && !found {
				if k.nameWords == nil {
					k.nameWords = map[string]bool{}
				}
				k.nameWords[w] = true
			}
		}
	case Email:
		k.emails = append(k.emails, strings.ToLower(value))
		// the part before the @ alone is often a login or a name written
		// as one ("mail van jo.vdmeer"): a variant when it is not short
		// or a common word ("info", "jan" are left to the other rules)
		if local, _, ok := strings.Cut(value, "@"); ok && len(local) >= 5 {
			if lw := foldedWords(local); len(lw) > 0 && !(len(lw) == 1 && lex.words[lw[0]]) {
				k.addSeq(lw, Email, false)
			}
		}
	case Phone:
		if key := phoneKey(value); key != "" {
			k.digits[key] = Phone
			k.numbers = append(k.numbers, knownNumber{typ: Phone, key: key})
		}
	case BSN:
		key := string(digitsOf(nil, value))
		if len(key) >= 8 {
			k.numbers = append(k.numbers, knownNumber{typ: BSN, key: key})
		}
		if len(key) == 8 {
			key = "0" + key
		}
		if len(key) == 9 {
			k.digits[key] = BSN
		}
	}
	if len(words) == 0 {
		return
	}
	// a name of one word that is also a common word ("Will", "Mark",
	// found so by the scanner) counts only capitalised: "we will see"
	k.addSeq(words, typ, typ == Person && len(words) == 1 && (lex.nameWords[words[0]] || lex.dict.has([]byte(words[0]))))
	if typ != Person {
		return
	}
	// variants of a name
	var core []string // words that are not particles
	for _, w := range words {
		if !lex.particles[w] {
			core = append(core, w)
		}
	}
	for _, w := range core {
		if len(w) >= 3 {
			k.addSeq(k.variant(w), Person, true)
		}
	}
	if len(core) >= 2 {
		first, rest := core[0], words[1:]
		// the given name's short forms and full form, capitalised only
		// ("Bob" for Robert, "Kees" for Cornelis): a lower-case "bob" or
		// "will" is a word
		for _, nick := range lex.nicknames[first] {
			k.addSeq(k.variant(nick), Person, true)
		}
		k.addSeq(k.variant(first, core[len(core)-1]), Person, false)
		k.addSeq(k.variant(append([]string{first[:1]}, rest...)...), Person, false) // J. de Vries
		k.addSeq(k.variant(first[:1], core[len(core)-1]), Person, false)
		// the family name with its particles: "de Vries", "van der Berg"
		given := words[:len(words)-1]
		family := words[len(words)-1]
		for i := 1; i < len(words)-1; i++ {
			if lex.particles[words[i]] {
				k.addSeq(words[i:], Person, false) // never the particles alone
				given = words[:i]
				// ... and written as one word, as a login or a hurried
				// writer joins it: "Devries", "vanderberg"
				family = strings.Join(words[i:], "")
				k.addSeq(k.variant(family), Person, false)
				break
			}
		}
		// a login made of the first initial and the family name:
		// "jdevries", "pjansen"
		if login := first[:1] + family; len(login) >= 5 {
			k.addSeq(k.variant(login), Username, false)
		}
		// initials written as one word, as signatures and logs have them:
		// the given names' ("JW" for Jan-Willem) when there are two or
		// more, and all words' ("JdV", "JWvdB") when there are three or more
		if len(given) >= 2 {
			k.addSeq(k.variant(initials(given)), Person, true)
		}
		if len(words) >= 3 {
			k.addSeq(k.variant(initials(words)), Person, true)
		}
	}
}

// addDate registers a birth date ("1990-01-02") in the forms a text writes
// it: "02-01-1990", "2/1/1990", "1990-01-02", "01/02/1990", "2 januari
// 1990", "2. Januar 1990", "le 2 janvier 1990", "Jan 2, 1990". A value it cannot read adds
// nothing (the field itself is generalised whatever it holds).
func (k *KnownValues) addDate(value string) {
	d, err := time.Parse("2006-01-02", value)
	if err != nil {
		return
	}
	k.n++
	day, month, year := strconv.Itoa(d.Day()), strconv.Itoa(int(d.Month())), strconv.Itoa(d.Year())
	days := []string{day}
	if d.Day() < 10 {
		days = append(days, "0"+day)
	}
	months := []string{month}
	if d.Month() < 10 {
		months = append(months, "0"+month)
	}
	add := func(words ...string) {
		k.addSeq(k.variant(words...), DOB, false)
		k.seqs[len(k.seqs)-1].loose = true
	}
	for _, dd := range days {
		for _, mm := range months {
			add(dd, mm, year)
			add(year, mm, dd)
			add(mm, dd, year) // American order: another date in European order, redacted too
		}
		for _, name := range monthNames[d.Month()-1] {
			add(dd, name, year)
			add(name, dd, year)
		}
	}
}

// monthNames are each month's names and abbreviations in the four
// languages, folded, without repeats.
var monthNames = func() (out [12][]string) {
	for m, names := range [12]string{
		"januari january januar janvier jan janv jän", "februari february februar fevrier feb fevr",
		"maart march marz mars mrt mar", "april avril apr avr", "mei may mai", "juni june juin jun",
		"juli july juillet jul juil", "augustus august aout aug", "september septembre sep sept",
		"oktober october octobre okt oct", "november novembre nov", "december dezember decembre dec dez",
	} {
		seen := map[string]bool{}
		for _, n := range strings.Fields(names) {
			if f := fold(n); !seen[f] {
				seen[f] = true
				out[m] = append(out[m], f)
			}
		}
	}
	return out
}()

// variant copies a variant's words into k's one backing array.
func (k *KnownValues) variant(words ...string) []string {
	from := len(k.words)
	k.words = append(k.words, words...)
	return k.words[from:len(k.words):len(k.words)]
}

// initials is the first byte of each folded word.
func initials(words []string) string {
	b := make([]byte, len(words))
	for i, w := range words {
		b[i] = w[0]
	}
	return string(b)
}

func (k *KnownValues) addSeq(words []string, typ Type, needUp bool) {
	if w := words[0]; w != "" {
		k.sieve.add(w[0], len(w))
	}
	k.seqs = append(k.seqs, knownSeq{words: words, typ: typ, ref: k.n, needUp: needUp, prev: k.head[words[0]]})
	k.head[words[0]] = int32(len(k.seqs)) // #nosec G115 -- a few variants per field of one event
}

// foldedWords splits a value into folded words and numbers. They share
// one string: a value costs two allocations, not one per word.
func foldedWords(v string) []string {
	var tbuf [16]tok
	var fbuf [128]byte
	var ebuf [16]int
	toks := tokenize(tbuf[:0], v)
	folded, ends := fbuf[:0], ebuf[:0]
	for _, t := range toks {
		if t.kind == tWord || t.kind == tNum {
			folded = appendFold(folded, v[t.start:t.end])
			ends = append(ends, len(folded))
		}
	}
	all := string(folded)
	out := make([]string, len(ends))
	from := 0
	for i, e := range ends {
		out[i] = all[from:e]
		from = e
	}
	return out
}

// phoneKey is the last nine digits of a phone number: the national
// significant number for NL and most of its neighbours, independent of
// +31 / 0031 / 0 prefixes and grouping.
func phoneKey(v string) string {
	d := string(digitsOf(nil, v))
	if len(d) < 9 {
		return ""
	}
	return d[len(d)-9:]
}

// known finds the known values' token sequences in the text.
func (c *scan) known() {
	for i := 0; i < c.n(); i++ {
		t := c.tok(i)
		if t.kind != tWord && t.kind != tNum {
			continue
		}
		key := c.key(i)
		best, bestSeq := -1, knownSeq{}
		if c.kv.sieve.mayHold(key) {
			// a name's single word counts in lower case only where it is
			// no word of the language: "johanna" and "tom" yes, "floor",
			// "bakker", "will" and "bas" no
			// (worked out when a sequence needs it: the dictionary lookup
			// is the dearest test, and most words start none)
			single, decided := t.cap, t.cap
			// newest first, so that of equal matches the first added wins
			for j := c.kv.head[string(key)]; j > 0; j = c.kv.seqs[j-1].prev {
				s := &c.kv.seqs[j-1]
				if s.needUp && !decided {
					single = (t.end-t.start >= 4 || t.end-t.start == 3 && !c.lex.dict.has(key)) &&
						!c.is(i, fWord|fAmbiguousFirst|fWeakSurname|fParticle|fMonth|fRole|fTitle|fNameVerb|fAuxVerb)
					decided = true
				}
				if s.needUp && !single {
					continue
				}
				// of equal matches a name beats an address's local part
				// ("Femke adviseert" names femke@... 's owner)
				if end := c.matchSeq(i, s.words, s.loose); end >= 0 && (end > best || end == best && (s.typ == Person || bestSeq.typ != Person)) {
					best, bestSeq = end, *s
				}
			}
		}
		// a name alone in the genitive without an apostrophe, as Dutch
		// and German write it: "Jans helm", "Annas Kollegin"
		if n := len(key); best < 0 && t.cap && t.kind == tWord && n > 3 && key[n-1] == 's' && c.kv.sieve.mayHold(key[:n-1]) {
			for j := c.kv.head[string(key[:n-1])]; j > 0; j = c.kv.seqs[j-1].prev {
				if s := &c.kv.seqs[j-1]; s.needUp && len(s.words) == 1 {
					best, bestSeq = i, *s // the first added wins, as above
				}
			}
		}
		if best >= i {
			if start, end, ok := c.loginAround(int(t.start), int(c.tok(best).end)); ok {
				// the known value inside a login glued with "_": the whole
				// login ("storm_bakker" where Storm Bakker reports)
				c.addBytes(bestSeq.typ, start, end)
				for best+1 < c.n() && int(c.tok(best+1).end) <= end {
					best++
				}
			} else {
				c.add(bestSeq.typ, i, best)
			}
			c.st.ents[len(c.st.ents)-1].ref = bestSeq.ref
			i = best
		}
	}
}

// loginAround returns the bytes of a login that the text's bytes [start,
// end) are glued into by an underscore ("storm_bakker", "bakker_s"): the
// whole run of letters, digits, "_", "." and "-" around them, without a
// trailing dot or hyphen; ok is false where no underscore touches them.
func (c *scan) loginAround(start, end int) (int, int, bool) {
	t := c.text
	if !(end < len(t) && t[end] == '_' || start > 0 && t[start-1] == '_') {
		return start, end, false
	}
	login := func(b byte) bool { return isLetter(b) || isDigit(b) || b == '_' || b == '.' || b == '-' }
	for start > 0 && login(t[start-1]) {
		start--
	}
	for end < len(t) && login(t[end]) {
		end++
	}
	for end > start && (t[end-1] == '.' || t[end-1] == '-') {
		end--
	}
	return start, end, true
}

// wordSieve is a cheap filter before an exact lookup among a few folded
// words: their first bytes, and their lengths as bits (63 and longer share
// the top bit). A word it does not hold is none of them; one it may hold
// still needs the lookup.
type wordSieve struct {
	first   [256]bool
	lengths uint64
}

// add registers a word by its first byte and length.
func (s *wordSieve) add(first byte, n int) {
	s.first[first] = true
	s.lengths |= 1 << min(n, 63)
}

// mayHold reports whether w may be one of the words added.
func (s *wordSieve) mayHold(w []byte) bool {
	return len(w) > 0 && s.first[w[0]] && s.lengths&(1<<min(len(w), 63)) != 0
}

// matchSeq matches folded words from token i, skipping dots and hyphens
// between them, and with loose slashes and commas too (a date's); it
// returns the last token matched or -1.
func (c *scan) matchSeq(i int, words []string, loose bool) int {
	k := i
	for wi, w := range words {
		if wi > 0 {
			k++
			for k < c.n() && (c.isPunct(k, '.') || c.isPunct(k, '-') || loose && (c.isPunct(k, '/') || c.isPunct(k, ','))) {
				k++
			}
		}
		if k >= c.n() {
			return -1
		}
		if kind := c.tok(k).kind; kind != tWord && kind != tNum {
			return -1
		}
		if string(c.key(k)) != w {
			return -1
		}
	}
	// an initial's dot belongs to the match
	if k+1 < c.n() && c.isPunct(k+1, '.') && oneLetter(c.raw(k)) {
		k++
	}
	return k
}

// knownDigits reports whether a number as written in text is a known phone
// number or BSN in another grouping.
func (c *scan) knownDigits(txt string) (Type, bool) {
	if c.kv == nil || len(c.kv.digits) == 0 {
		return "", false
	}
	var buf [24]byte
	d := digitsOf(buf[:0], txt)
	if len(d) == 8 {
		if t, ok := c.kv.digits["0"+string(d)]; ok && t == BSN {
			return t, true
		}
	}
	if len(d) >= 9 {
		if t, ok := c.kv.digits[string(d[len(d)-9:])]; ok {
			return t, true
		}
	}
	return "", false
}
