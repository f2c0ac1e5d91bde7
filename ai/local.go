package ai

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Local is the built-in insight model: keyword rules in Dutch, English,
// German and French that map anonymised text to a category, a severity
// estimate and hazard keywords, plus an extractive summary (the first
// sentence). It is deterministic, offline and fast; every insight it makes
// is stored with provider "local" and is_local = 1, so no one mistakes it
// for a language model's judgement.
type Local struct{}

// NewLocal returns the local model.
func NewLocal() *Local { return &Local{} }

func (*Local) Name() string          { return "local" }
func (*Local) Model() string         { return "veilig-keywords-1" }
func (*Local) PromptVersion() string { return "local-1" }
func (*Local) Local() bool           { return true }

type rule struct {
	label string
	words []string // folded stems, matched at the start of a word
}

// categories in priority order: the first with the most hits wins.
var categories = []rule{
	{"fall_from_height", []string{"ladder", "steiger", "scaffold", "gerust", "geruest", "echafaudage", "echelle", "dak", "roof", "dach", "toit", "hoogte", "height", "hohe", "hauteur", "hoogwerker", "gevallen", "fell", "sturz", "gesturzt", "chute", "tombe"}},
	{"struck_by_vehicle", []string{"heftruck", "vorkheftruck", "forklift", "stapler", "gabelstapler", "chariot", "truck", "vrachtwagen", "lkw", "camion", "aangereden", "hit by", "angefahren", "heurte", "reachtruck", "shovel"}},
	{"slip_trip", []string{"uitgegleden", "gleed", "slipped", "slip", "tripped", "struikel", "gestruikeld", "ausgerutscht", "gestolpert", "glisse", "trebuche", "nat", "wet", "nass", "mouille", "olie", "oil"}},
	{"cut_laceration", []string{"snijwond", "gesneden", "cut", "laceration", "schnitt", "schnittwunde", "coupure", "coupe", "mes", "knife", "messer", "couteau", "zaag", "saw", "sage", "scie", "scherp", "sharp", "scharf", "tranchant"}},
	{"chemical", []string{"chemica", "chemical", "chemikal", "chimique", "lek", "leak", "leck", "fuite", "zuur", "acid", "saure", "acide", "gas", "dampen", "fumes", "dampfe", "vapeurs", "spill", "gemorst"}},
	{"electrical", []string{"stroom", "elektr", "electr", "electric", "strom", "kabel", "cable", "schok", "shock", "schlag", "choc", "kortsluiting", "short circuit", "kurzschluss", "court-circuit"}},
	{"fire", []string{"brand", "fire", "feuer", "incendie", "rook", "smoke", "rauch", "fumee", "explosie", "explosion", "vlam", "flame", "flamme"}},
	{"manual_handling", []string{"tillen", "getild", "lifting", "lifted", "heben", "gehoben", "soulever", "rug", "back", "rucken", "dos", "zwaar", "heavy", "schwer", "lourd"}},
	{"machinery", []string{"machine", "maschine", "persmachine", "presse", "transportband", "conveyor", "forderband", "convoyeur", "draaiend", "rotating", "bekneld", "caught", "eingeklemmt", "coince"}},
}

var hazardWords = []rule{
	{"ladder", []string{"ladder", "leiter", "echelle"}},
	{"scaffold", []string{"steiger", "scaffold", "gerust", "echafaudage"}},
	{"forklift", []string{"heftruck", "vorkheftruck", "forklift", "stapler", "gabelstapler", "chariot", "reachtruck"}},
	{"wet_floor", []string{"nat", "wet", "nass", "mouille", "glad", "slippery", "glatt", "glissant"}},
	{"chemicals", []string{"chemica", "chemical", "chemikal", "chimique", "zuur", "acid", "saure", "acide"}},
	{"electricity", []string{"stroom", "elektr", "electric", "strom", "kabel", "cable"}},
	{"fire", []string{"brand", "fire", "feuer", "incendie", "rook", "smoke"}},
	{"heavy_load", []string{"zwaar", "heavy", "schwer", "lourd", "tillen", "lifting", "heben", "soulever"}},
	{"sharp_tool", []string{"mes", "knife", "messer", "couteau", "zaag", "saw", "scie"}},
	{"machinery", []string{"machine", "maschine", "persmachine", "presse", "transportband", "conveyor"}},
	{"missing_ppe", []string{"zonder helm", "without helmet", "ohne helm", "sans casque", "geen handschoenen", "no gloves", "keine handschuhe", "sans gants", "pbm", "ppe", "psa", "epi"}},
	{"height", []string{"hoogte", "height", "hohe", "hauteur", "dak", "roof", "dach", "toit"}},
}

var severityRules = []rule{
	{"fatal", []string{"overleden", "dood", "died", "dead", "fatal", "todlich", "verstorben", "gestorben", "decede", "mort"}},
	{"major", []string{"ziekenhuis", "hospital", "krankenhaus", "hopital", "gebroken", "fracture", "broken", "gebrochen", "bruch", "ambulance", "krankenwagen", "bewusteloos", "unconscious", "bewusstlos", "inconscient", "amputat"}},
	{"near_miss", []string{"bijna", "near miss", "near-miss", "beinahe", "presque", "quasi", "niemand gewond", "no one was hurt", "niemand verletzt", "personne n'a ete blesse", "geen letsel", "no injury", "unverletzt"}},
	{"minor", []string{"pleister", "plaster", "pflaster", "pansement", "ehbo", "first aid", "erste hilfe", "premiers secours", "kneuzing", "bruise", "prellung", "contusion", "schaafwond", "graze", "schramme", "egratignure", "lichte", "minor", "leicht", "leger"}},
}

// matcher finds the rules whose stems start a word of a text, and the
// phrases among them, in one pass over the words: a map lookup per word
// prefix instead of a substring search per keyword.
type matcher struct {
	stems   map[string]int      // single-word stem -> stem number
	phrases map[string][]phrase // first word of a phrase -> phrases
	rules   [][]int             // stem number -> rules naming it
	maxStem int
	// filters before the map lookups, which most words fail: the first
	// two bytes of every stem, and the stems' lengths as bits
	pre2    [1 << 16]bool
	lengths uint64
}

type phrase struct {
	text string
	id   int
}

func newMatcher(rules []rule) *matcher {
	m := &matcher{stems: map[string]int{}, phrases: map[string][]phrase{}}
	ids := map[string]int{}
	for i, r := range rules {
		for _, w := range r.words {
			id, ok := ids[w]
			if !ok {
				id = len(m.rules)
				ids[w] = id
				m.rules = append(m.rules, nil)
				if first, _, isPhrase := strings.Cut(w, " "); isPhrase {
					m.phrases[first] = append(m.phrases[first], phrase{w, id})
				} else {
					m.stems[w] = id
					m.maxStem = max(m.maxStem, len(w))
					if len(w) >= 2 {
						m.pre2[uint16(w[0])<<8|uint16(w[1])] = true
					}
					m.lengths |= 1 << min(len(w), 63)
				}
			}
			m.rules[id] = append(m.rules[id], i)
		}
	}
	return m
}

// match returns, per rule, how many of its stems occur in the folded words.
func (m *matcher) match(words []string, nrules int) []int {
	seen := make([]bool, len(m.rules))
	for i, w := range words {
		if len(w) >= 2 && m.pre2[uint16(w[0])<<8|uint16(w[1])] {
			for n := 2; n <= len(w) && n <= m.maxStem; n++ {
				if m.lengths&(1<<n) == 0 {
					continue
				}
				if id, ok := m.stems[w[:n]]; ok {
					seen[id] = true
				}
			}
		}
		if ps := m.phrases[w]; ps != nil {
			rest := strings.Join(words[i:min(i+5, len(words))], " ")
			for _, p := range ps {
				if strings.HasPrefix(rest, p.text) {
					seen[p.id] = true
				}
			}
		}
	}
	counts := make([]int, nrules)
	for id, ok := range seen {
		if ok {
			for _, r := range m.rules[id] {
				counts[r]++
			}
		}
	}
	return counts
}

// allRules puts categories, severities and hazards in one matcher, so a
// text is walked once; counts are split by offset.
var (
	allRules    = append(append(append([]rule(nil), categories...), severityRules...), hazardWords...)
	ruleMatcher = newMatcher(allRules)
)

// Insights analyses each item.
func (l *Local) Insights(ctx context.Context, items []Item) ([]Insight, error) {
	out := make([]Insight, 0, len(items))
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out = append(out, l.one(it))
	}
	return out, nil
}

func (l *Local) one(it Item) Insight {
	words := strings.Fields(foldText(stripPlaceholders(it.Text)))
	ins := Insight{ID: it.ID, Category: "other", SeverityEstimate: it.Severity}
	best := 0
	counts := ruleMatcher.match(words, len(allRules))
	cat := counts[:len(categories)]
	sev := counts[len(categories) : len(categories)+len(severityRules)]
	hz := counts[len(categories)+len(severityRules):]
	for i, c := range categories {
		if n := cat[i]; n > best {
			best, ins.Category = n, c.label
		}
	}
	if best == 0 && it.Category != "" {
		ins.Category = "reported:" + strings.ToLower(it.Category)
	}
	for i, s := range severityRules {
		if sev[i] > 0 {
			ins.SeverityEstimate = s.label
			break
		}
	}
	if ins.SeverityEstimate == "" {
		ins.SeverityEstimate = "unknown"
	}
	for i, h := range hazardWords {
		if hz[i] > 0 {
			ins.Hazards = append(ins.Hazards, h.label)
		}
	}
	sort.Strings(ins.Hazards)
	ins.Summary = firstSentence(it.Text, 200)
	return ins
}

// stripPlaceholders removes "[PERSON_1]"-style placeholders, so that their
// type names are not read as words.
func stripPlaceholders(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// foldText lower-cases, strips common diacritics and turns punctuation
// into spaces. ASCII, most of every report, is mapped byte by byte through
// a table; other runes take foldRune.
func foldText(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, asciiFold[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r = unicode.ToLower(r); r == 'ß' {
			b = append(b, "ss"...)
			continue
		}
		b = utf8.AppendRune(b, foldRune(r))
	}
	return string(b)
}

// asciiFold maps an ASCII byte as foldText does: letters to lower case,
// digits, apostrophe and hyphen kept, everything else a space.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '\'', c == '-':
			t[c] = byte(c)
		default:
			t[c] = ' '
		}
	}
	return t
}()

// foldRune strips the common diacritics of a lower-case rune and turns
// what is neither letter nor digit into a space.
func foldRune(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ä':
		return 'a'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'ô', 'ö':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ' '
	}
	return r
}

// firstSentence returns the first sentence of s, at most max bytes, cut at
// a rune boundary.
func firstSentence(s string, max int) string {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
			// not the dot of a placeholder-free abbreviation like "dhr."
			if i >= 3 {
				s = s[:i+1]
				break
			}
		}
	}
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
