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
	{"machinery", []string{"machine", "maschine", "pers", "press", "presse", "transportband", "conveyor", "forderband", "convoyeur", "draaiend", "rotating", "bekneld", "caught", "eingeklemmt", "coince"}},
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
	{"machinery", []string{"machine", "maschine", "pers", "press", "transportband", "conveyor"}},
	{"missing_ppe", []string{"zonder helm", "without helmet", "ohne helm", "sans casque", "geen handschoenen", "no gloves", "keine handschuhe", "sans gants", "pbm", "ppe", "psa", "epi"}},
	{"height", []string{"hoogte", "height", "hohe", "hauteur", "dak", "roof", "dach", "toit"}},
}

var severityRules = []rule{
	{"fatal", []string{"overleden", "dood", "died", "dead", "fatal", "todlich", "verstorben", "gestorben", "decede", "mort"}},
	{"major", []string{"ziekenhuis", "hospital", "krankenhaus", "hopital", "gebroken", "fracture", "broken", "gebrochen", "bruch", "ambulance", "krankenwagen", "bewusteloos", "unconscious", "bewusstlos", "inconscient", "amputat"}},
	{"near_miss", []string{"bijna", "near miss", "near-miss", "beinahe", "presque", "quasi", "niemand gewond", "no one was hurt", "niemand verletzt", "personne n'a ete blesse", "geen letsel", "no injury", "unverletzt"}},
	{"minor", []string{"pleister", "plaster", "pflaster", "pansement", "ehbo", "first aid", "erste hilfe", "premiers secours", "kneuzing", "bruise", "prellung", "contusion", "schaafwond", "graze", "schramme", "egratignure", "lichte", "minor", "leicht", "leger"}},
}

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
	text := foldText(it.Text)
	words := " " + text + " "
	ins := Insight{ID: it.ID, Category: "other", SeverityEstimate: it.Severity}
	best := 0
	for _, c := range categories {
		if n := hits(words, c.words); n > best {
			best, ins.Category = n, c.label
		}
	}
	if best == 0 && it.Category != "" {
		ins.Category = "reported:" + strings.ToLower(it.Category)
	}
	for _, s := range severityRules {
		if hits(words, s.words) > 0 {
			ins.SeverityEstimate = s.label
			break
		}
	}
	if ins.SeverityEstimate == "" {
		ins.SeverityEstimate = "unknown"
	}
	for _, h := range hazardWords {
		if hits(words, h.words) > 0 {
			ins.Hazards = append(ins.Hazards, h.label)
		}
	}
	sort.Strings(ins.Hazards)
	ins.Summary = firstSentence(it.Text, 200)
	return ins
}

// hits counts the words that occur at the start of a word in s (s is
// folded and padded with spaces).
func hits(s string, words []string) int {
	n := 0
	for _, w := range words {
		if strings.Contains(s, " "+w) {
			n++
		}
	}
	return n
}

// foldText lower-cases, strips common diacritics and turns punctuation
// into spaces.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'à', 'á', 'â', 'ä':
			r = 'a'
		case 'è', 'é', 'ê', 'ë':
			r = 'e'
		case 'ì', 'í', 'î', 'ï':
			r = 'i'
		case 'ò', 'ó', 'ô', 'ö':
			r = 'o'
		case 'ù', 'ú', 'û', 'ü':
			r = 'u'
		case 'ç':
			r = 'c'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
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
