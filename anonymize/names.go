package anonymize

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Person names and street addresses: found by cues (titles, roles, verbs
// of naming), word lists (given names, family names, particles) and the
// shape of the words around them. All context is whole-word: a cue is a
// token, never a substring of one.

// sentenceStart reports whether token i begins a sentence or a line.
func (c *scan) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := c.tok(i - 1)
	if p.newline {
		return true
	}
	if p.kind == tNum && c.lineTime(i-1) {
		return true // a log line's text after its time: "07:45 Pump stopped"
	}
	if p.kind == tPunct {
		// a list's bullet at a line's start: "- Getuigen: ...", "* Melder";
		// a quoted reply's marks: "> Hoi Lotte", ">> Dear Sam"
		if (i == 1 || c.tok(i-2).newline) && (c.text[p.start] == '-' || c.text[p.start] == '*' || c.text[p.start] == '>' || strings.HasPrefix(c.text[p.start:], "•")) {
			return true
		}
		// a rule of dashes, equals signs or underscores before a heading:
		// "-----Oorspronkelijk bericht-----", "=== Original Message ==="
		if b := c.text[p.start]; b == '-' || b == '=' || b == '_' {
			k := i - 1
			for k > 0 && c.isPunct(k-1, b) && !c.tok(k-1).newline {
				k--
			}
			if i-k >= 3 && (k == 0 || c.tok(k-1).newline) {
				return true
			}
		}
		// an entry's text after the dash that follows its head, a found
		// name: "Kubheka, Mpho – Staplerschein abgelaufen", "• Ben –
		// Treppensturz"
		if i >= 2 && c.st.claimed[i-2] && c.dash(i-1) {
			return true
		}
		// a task list's box: "- [x] Gesprek met ...", "- [ ] Terugkoppeling"
		if c.text[p.start] == ']' && i >= 2 && (c.isPunct(i-2, '[') || i >= 3 && c.isPunct(i-3, '[') && c.wordIs(i-2, "x")) {
			return true
		}
		switch c.text[p.start] {
		case '>':
			// the end of a mark-up tag: "<p>Gemeld door ...", "<td>Naam</td>"
			return i >= 2 && (c.tok(i-2).kind == tWord || c.isPunct(i-2, '/')) && c.tagOpen(int(p.start))
		case '.', '!', '?', ':', ';', '"', '(', '|':
			// "J. de Vries": a single capital before the dot is an initial,
			// not the end of a sentence
			if c.text[p.start] == '.' && i >= 2 && c.tok(i-2).kind == tWord && oneLetter(c.raw(i-2)) &&
				!c.is(i, fDict|fWord|fOther|fGerman|fDeterminer) && !(c.st.german[i] && !c.is(i, fFirst|fSurname) && germanPredicative(c.key(i))) {
				return false // unless a common word follows: "in Section A. Next we ...", "in Halle B. Gemeldet von ..."
			}
			if c.text[p.start] == '.' && i >= 2 && c.tok(i-2).end == p.start && c.tok(i-2).end-c.tok(i-2).start <= 4 && shortWeekdays[string(c.key(i-2))] && !c.wordIs(i-2, "so") {
				// a roster's day: "ma. Sanne, di. Koch", "jeu. Lefèvre" ("so.",
				// an English word ending many sentences, left out)
				return false
			}
			return true
		}
		if c.text[p.start] < utf8.RuneSelf {
			return false
		}
		// a quotation's opening mark: « J'ai vu ... », „Ich habe ...“
		switch c.raw(i - 1) {
		case "«", "„", "“", "‘", "‹":
			return true
		case "»", "”", "’", "›":
			// a quotation's closing mark after its sentence's end: « ... . » Elke
			return i >= 2 && (c.isPunct(i-2, '.') || c.isPunct(i-2, '!') || c.isPunct(i-2, '?'))
		}
	}
	return false
}

// capWord reports whether token i is a capitalised word that may be part of
// a name: capitalised, not a listed common word, at least two letters.
func (c *scan) capWord(i int) bool {
	if i >= c.n() {
		return false
	}
	t := c.tok(i)
	if t.kind != tWord || !t.cap || t.end-t.start < 2 || c.st.claimed[i] {
		return false
	}
	if c.is(i, fWord|fRole|fTitle|fStaff|fStaffID|fNumberWord|fPhone|fUserCue|fUserWord|fBirth|fDoc|fBSN|fNational|fCustomerID|fVehicle) || (c.is(i, fMonth) && !c.is(i, fFirst)) {
		if !c.monthName(i) {
			return false
		}
	}
	// function words and determiners ("Bei Rückfragen", "Met
	// Vriendelijke", "Our Health") are no part of a name, unless also a
	// particle ("Van Dijk") or a listed name ("Elke")
	if c.is(i, fGerman|fOther|fDeterminer) && !c.is(i, fParticle|fFirst|fSurname) {
		return false
	}
	// shaped as no name is (fNoName, decided once per token: see noName)
	if c.is(i, fNoName) {
		return false
	}
	// ALL-CAPS words of 2-4 letters are acronyms (BHV, EHBO, PPE), not names
	if t.allCap && t.end-t.start <= 4 {
		return false
	}
	// "IPv6", "KPIs", "PDFs": a second capital in a word not all in
	// capitals, or a digit glued to its end, make an acronym or a code
	if !t.allCap && isUpper(c.text[t.start+1]) || int(t.end) < len(c.text) && isDigit(c.text[t.end]) {
		return false
	}
	// placeholders and pseudonyms ([PERSON_1], PERSON_3f9a1c) are ours
	if t.allCap && int(t.end) < len(c.text) && c.text[t.end] == '_' {
		return false
	}
	return true
}

// saintName returns the token of the saint's name when token i is "Sint",
// "Saint", "Sainte", "Sankt", "San", "Santa", "São" or "St." before a
// capitalised word, a space or a hyphen between (what follows is a saint's
// name in a place's), or -1.
func (c *scan) saintName(i int) int {
	k := i + 1
	if c.wordIs(i, "st") {
		if !c.isPunct(k, '.') {
			return -1
		}
		k++
	} else if !(c.wordIs(i, "sint") || c.wordIs(i, "saint") || c.wordIs(i, "sainte") || c.wordIs(i, "sankt") || c.wordIs(i, "san") || c.wordIs(i, "santa") || c.wordIs(i, "sao")) {
		return -1
	}
	if k < c.n() && c.isPunct(k, '-') && !c.tok(k-1).spaceAfter {
		k++
	}
	if k < c.n() && c.tok(k).kind == tWord && c.tok(k).cap && !c.tok(k-1).newline {
		return k
	}
	return -1
}

// saintPlace returns the last token of the place whose saint's name is
// token k: the name, and what hyphens join to it ("Saint-Jean-de-Luz"; in
// "Sint-Jan Pieters" the person stays).
func (c *scan) saintPlace(k int) int {
	for k+2 < c.n() && c.isPunct(k+1, '-') && !c.tok(k).spaceAfter && !c.tok(k+1).spaceAfter && c.tok(k+2).kind == tWord && (c.tok(k+2).cap || c.particleAt(k+2)) {
		k += 2
	}
	return k
}

// caselessScript reports whether a word is written in a script without
// capitals that names of people in Dutch, German, French and English
// reports come in (decided by its first rune): Chinese, Japanese, Korean,
// Arabic, Hebrew, and the scripts of South Asia and Thailand.
func caselessScript(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0590 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Arabic, unicode.Hebrew,
		unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Tamil, unicode.Thai)
}

// noName reports whether a capitalised word, folded w, raw as written,
// with its list flags f, is shaped as no name is: a German or Dutch
// abstract noun by its suffix ("Arbeitssicherheit", "Instandhaltung",
// "Veiligheid"), unless a listed name, or a word with a capital inside,
// other than after a family name's prefix, which makes a product or a
// company ("ServiceNow", "WhatsApp"; not "McDonald", "DeVries", and not
// "KdJ", "JvdB", which are initials).
func noName(w []byte, raw string, t tok, f wflag) bool {
	if nounSuffix(w) && f&(fFirst|fSurname) == 0 {
		return true
	}
	return t.ascii && !t.allCap && len(raw) > 4 && camelCase(raw)
}

// camelCase reports whether an ASCII word has a capital after a small
// letter inside it that no family name's prefix explains.
func camelCase(w string) bool {
	seg := 0 // where the current part starts
	for j := 2; j < len(w); j++ {
		if isUpper(w[j]) && w[j-1] >= 'a' && w[j-1] <= 'z' {
			switch w[seg:j] {
			case "Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "Le", "La", "Van", "Von", "Der", "Den", "Fitz", "Ter", "Ten", "Jo", "Ann", "Mary", "Lou":
				seg = j // "VanDerBerg": each part before the last a prefix
				continue
			}
			return true
		}
	}
	return false
}

// foreignSurname reports whether a folded word of six letters or more
// ends as family names of other languages do and German nouns do not.
func foreignSurname(w []byte) bool {
	if len(w) < 6 {
		return false
	}
	return endsWithAny(w, "ov", "ova", "ev", "eva", "vic", "ski", "ska", "sky", "cki", "cka", "wicz", "czyk", "czak", "enko", "chuk", "yan", "escu", "eanu", "oglu", "qvist", "kvist", "sson", "stra")
}

// germanNounShaped reports whether the folded word w is shaped as German
// nouns are and few given names: long (a compound), or ending in a plural's
// or a noun suffix's letters ("Kunden", "Anwohner", "Rettungsdienst",
// "Fachfirma" is long). Telegraphic reports drop articles ("Habe Kunden
// informiert"), so only what is shaped otherwise is read as a name there.
func germanNounShaped(w []byte) bool {
	return len(w) > 8 || endsWithAny(w, "er", "en", "ung", "heit", "keit", "schaft", "ion", "tat", "ik", "ei", "nis", "tum", "ling", "dienst", "amt", "stelle", "werk", "zeug", "ort", "platz", "raum", "haus", "s", "rn", "ie", "te", "st", "ch")
}

// endsWithAny reports whether w ends in one of the suffixes.
func endsWithAny(w []byte, suffixes ...string) bool {
	for _, suf := range suffixes {
		if len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// nounSuffix reports whether a folded word of eight letters or more ends
// in a suffix that makes German and Dutch abstract nouns and hardly any
// family name: -heit, -keit, -schaft, -ung, -heid, -schap, -ität.
func nounSuffix(w []byte) bool {
	if len(w) < 8 {
		return false
	}
	// (and German adjectives' inflected endings: "Ursprüngliche
	// Nachricht", "Technische Leitung"; "Fröhlich" has none)
	return endsWithAny(w, "heit", "keit", "schaft", "ung", "heid", "schap", "itat", "liche", "lichen", "licher", "liches", "ische", "ischen", "isches")
}

// beforeVerb reports whether a lower-case verb of saying or auxiliary
// follows token i on the same line ("Roos zei", "Mark had"), or "is" or
// "ist" making a Dutch or German perfect ("Noor is gevallen", "Sem is
// gisteren uitgegleden", "Rose ist gestürzt").
func (c *scan) beforeVerb(i int) bool {
	if !c.beforeLowerWord(i) {
		return false
	}
	if c.is(i+1, fNameVerb|fAuxVerb) || subjectVerbs[string(c.key(i+1))] {
		return true
	}
	if !c.wordIs(i+1, "is") && !c.wordIs(i+1, "ist") {
		return false
	}
	for k := i + 2; k <= i+4 && c.beforeLowerWord(k-1); k++ {
		if participle(c.key(k)) {
			return true
		}
	}
	return false
}

// subjectVerbs are finite verbs of the reports' everyday actions, in the
// present and the past, that only a person does ("Wim geeft uitleg", "Noor
// vraagt", "Ben gibt", "Maxime donne"): before one, even an ambiguous
// given name is its subject. Folded.
var subjectVerbs = set(`geeft gaf vraagt vroeg vindt vond denkt dacht weet wist doet deed maakt maakte zorgt zorgde regelt regelde
	controleert controleerde legt legde toont toonde belt werkt werkte neemt komt gaat wil moet kan zal
	gibt fragt fragte findet fand denkt dachte weiss wusste macht machte sorgt sorgte regelt prueft prufte zeigt zeigte ruft arbeitet nimmt kommt geht will
	gives gave asks asked thinks thought knows knew takes does wants needs
	donne donnait demande demandait trouve pense sait prend fait veut doit peut va vient appelle travaille`)

// pastTense reports whether token k, after the unknown capitalised word i
// that starts a sentence outside German, is a verb in the past tense the
// dictionary has: English "-ed", Dutch "-de" or "-te" ("Xiomara sprained
// her ankle", "Bartholomew operated the crane", "Evangelina meldde het").
// A common word at i is a noun there ("Corrosion weakened the beam").
func (c *scan) pastTense(i, k int) bool {
	if c.st.german[i] || c.flagged(i) || c.tok(i).end-c.tok(i).start < 3 {
		return false // (a listed or common word, or a short one: "As discussed")
	}
	if w := c.key(k); (bytes.HasSuffix(w, []byte("de")) || bytes.HasSuffix(w, []byte("te"))) && c.frenchAfter(k) {
		return false // a Dutch past tense's ending on a French noun: "Prochaine visite prévue le 12"
	}
	return c.pastVerb(k)
}

// frenchAfter reports whether the sentence goes on after token k with a
// French function word within eight words ("visite prévue le 12", "fuite
// de gaz dans"): no Dutch sentence has these.
func (c *scan) frenchAfter(k int) bool {
	for j := k + 1; j < c.n() && j <= k+8 && !c.sentenceBreak(j-1); j++ {
		if c.tok(j).kind == tWord && !c.tok(j).cap && frenchMarkers[string(c.key(j))] {
			return true
		}
	}
	return false
}

// frenchMarkers are French function words that Dutch, English and German
// do not write; folded.
var frenchMarkers = set("le les du une est été au aux dans avec pour sur qui que sont était ont")

// pastVerb reports whether token k is a lower-case verb in the past tense
// the dictionary has, joined to the word before it.
func (c *scan) pastVerb(k int) bool {
	if k >= c.n() || !c.joined(k) || c.tok(k).kind != tWord || c.tok(k).cap {
		return false
	}
	w := c.key(k)
	if len(w) < 5 || !(bytes.HasSuffix(w, []byte("ed")) || bytes.HasSuffix(w, []byte("de")) || bytes.HasSuffix(w, []byte("te"))) {
		return false
	}
	return c.lex.dict.has(w)
}

// subjectSurname reports whether token i, a listed family name that is
// also a word ("Visser", "Brown", "Fischer") or an unknown word, starts a
// sentence as its subject: before a verb in the past tense outside German
// ("Brown checked them", "Kramer controleerde"), or before a copula whose
// predicate says a person is fit, sick or away ("Ter info: Visser is
// vanaf maandag weer inzetbaar", "Braun ist krank"); a noun there is
// neither ("Wood is not allowed").
func (c *scan) subjectSurname(i int) bool {
	k := i + 1
	if k >= c.n() || c.tok(i).allCap || !(c.is(i, fSurname) || !c.flagged(i) && c.tok(i).end-c.tok(i).start >= 3) || !c.sentenceStart(i) {
		return false
	}
	if c.is(i, fSurname) && !c.st.german[i] && c.pastVerb(k) && !c.inversion(k) {
		return true
	}
	if !c.joined(k) || !copula[string(c.key(k))] {
		return false
	}
	for j := k + 1; j < c.n() && j <= k+6 && !c.closingPunct(j); j++ {
		if availability[string(c.key(j))] {
			return true
		}
	}
	return false
}

// availability are the predicates that say a person is fit for work,
// sick, away or back; folded.
var availability = set(`inzetbaar einsatzfähig einsatzbereit arbeitsfähig arbeitsunfähig arbeidsongeschikt ziek ziekgemeld krank krankgeschrieben
	afwezig abwesend absent absente malade apte inapte ill sick unwell injured gewond verletzt blessé blessée hersteld genesen recovered
	terug zurück back vakantie urlaub holiday leave congé`)

// participle reports whether the folded word w is shaped as a Dutch or
// German past participle: "ge" and a stem ending in "d", "t" or "en",
// after a separable prefix or none ("gevallen", "uitgegleden",
// "gestürzt", "weggelopen").
func participle(w []byte) bool {
	for _, p := range separablePrefixes {
		if len(w) > len(p)+5 && string(w[:len(p)]) == p && string(w[len(p):len(p)+2]) == "ge" {
			w = w[len(p):]
			break
		}
	}
	if len(w) < 6 || string(w[:2]) != "ge" {
		return false
	}
	last := w[len(w)-1]
	return last == 'd' || last == 't' || last == 'n' && w[len(w)-2] == 'e'
}

// separablePrefixes are the Dutch and German verb prefixes a participle's
// "ge" may follow ("uitgegleden", "weggelaufen", "hingefallen"), folded as
// the words they are compared with ("zurück" as "zuruck").
var separablePrefixes = []string{"uit", "op", "af", "aan", "in", "om", "weg", "neer", "mee", "terug", "door", "over", "onder",
	"aus", "auf", "ab", "an", "ein", "hin", "her", "mit", "zuruck", "hinunter", "herunter", "um"}

// inversion reports whether the verb at token k has its subject pronoun
// right after it, as Dutch and German put it after an adverb ("Dan ging
// hij naar huis", "Toen zei ze", "Dann kam er"): the word before the verb
// is then no subject, and no name.
func (c *scan) inversion(k int) bool {
	if k+1 >= c.n() || !c.joined(k+1) {
		return false
	}
	switch string(c.key(k + 1)) {
	case "hij", "zij", "ze", "we", "wij", "ik", "je", "jij", "u", "men", "er", "sie", "es", "wir", "ich", "man", "du":
		return true
	}
	return false
}

// subjectAfterVerb reports whether the verb at token k has its subject
// after it, as Dutch and German put it after a sentence's first adverb: a
// capitalised word or an article follows ("Meteen belde Piet", "Plotseling
// viel de stroom uit", "Dann kam der Notarzt").
func (c *scan) subjectAfterVerb(k int) bool {
	n := k + 1
	if n >= c.n() || !c.joined(n) || c.tok(n).kind != tWord {
		return false
	}
	if c.tok(n).cap {
		return true
	}
	switch string(c.key(n)) {
	case "de", "het", "een", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "the", "a", "an":
		return true
	}
	return false
}

// beforeLowerWord reports whether a lower-case word follows token i on
// the same line.
func (c *scan) beforeLowerWord(i int) bool {
	return i+1 < c.n() && c.joined(i+1) && c.tok(i+1).kind == tWord && !c.tok(i+1).cap
}

// afterAccording reports whether token i follows "laut", "volgens",
// "selon" or "according to": a source, and when it is a listed name, a
// person ("laut Schneider"; "laut Bericht" stays).
func (c *scan) afterAccording(i int) bool {
	p := i - 1
	if p >= 1 && c.wordIs(p, "to") && c.wordIs(p-1, "according") {
		return true
	}
	return p >= 0 && c.joined(i) && (c.wordIs(p, "laut") || c.wordIs(p, "volgens") || c.wordIs(p, "selon"))
}

// closings are the words that close a message before its writer's name;
// they are among the lexicon's rare cues (fRare), so that signature looks
// one up only where a text holds one.
var closings = set(`regards groet groeten groetjes gruß gruss grüße grüsse grüßen grüssen cordialement amicalement salutations
	thanks bedankt dank danke merci cheers wishes sincerely mvg vg lg
	ondertekend getekend signed signé signée gezeichnet gez`)

// signedGroups are the common words a message is signed with that name
// no one: "Thanks, Everyone", "Groet, Directie".
var signedGroups = set(`everyone everybody all allen alle iedereen allemaal tous toutes team teams equipe équipe
	directie management leiding bedrijfsleiding directeur direction leitung geschäftsleitung geschäftsführung
	staff personeel personnel belegschaft`)

// signature returns the last token of the writer's name after a message's
// closing and its comma, full stop or exclamation mark ("Regards, Sunny",
// "Gruß, Else", "Cordialement, Hal Bode", "Dank! Piper"), or -1: one to
// three capitalised words that end their line or text, or stand before a
// separator ("| Preventiemedewerker"). A listed name counts there even
// where it is also a word ("Hal"), and so does one word alone, whatever it
// is: a writer signs with a given name that may be a town or a word
// ("Regards, Paris", "Cheers, Dock"); a run of common words is a team's or
// a unit's ("Regards, Facility Management").
func (c *scan) signature(i int) int {
	if c.present&fRare == 0 {
		return -1 // the common case: no closing word in the text
	}
	p := i - 1
	exclaimed := c.isPunct(p, '!') || c.isPunct(p, '.')
	if c.isPunct(p, ',') || exclaimed {
		p--
	}
	if !c.is(p, fRare) || c.st.claimed[p] || !closings[string(c.key(p))] {
		return -1 // (not the letters of a postcode: "6365 VG Amersfoort")
	}
	end, listed, common := -1, false, false
	for k := i; k < c.n() && k < i+3 && (k == i || c.joined(k) && !c.tok(k-1).newline); k++ {
		t := c.tok(k)
		name := c.is(k, fFirst|fSurname)
		if t.kind != tWord || !t.cap || t.allCap || c.st.claimed[k] || c.is(k, fRole|fTitle|fOrg|fStaff|fOther|fGerman|fDeterminer) || c.is(k, fUnit) && !name {
			break
		}
		// (the dictionary is English and Dutch: in German "Else" is none)
		listed = listed || name
		common = common || !name && (c.is(k, fWord) || c.is(k, fDict) && !c.st.german[k])
		end = k
		if t.newline {
			break
		}
	}
	// (after "Thanks!" a common word is as likely the next sentence's:
	// "Thanks! Done.")
	if end < 0 || common && !listed && (end > i || exclaimed || c.is(i, fNoName) || signedGroups[string(c.key(i))]) {
		return -1
	}
	if !c.endsPhrase(end, ".|(<") {
		return -1 // more follows on the line: "Thanks Bob for ..." is a sentence
	}
	return end
}

// surnamePair reports whether token i and the word after the conjunction
// that follows it are both listed family names ("Wagner und Becker",
// "Fischer and Koch"): two such words joined so are two people.
func (c *scan) surnamePair(i int) bool {
	if !c.is(i, fSurname) || i+2 >= c.n() || !(c.wordIs(i+1, "und") || c.wordIs(i+1, "en") || c.wordIs(i+1, "and") || c.wordIs(i+1, "et")) {
		return false
	}
	return c.is(i+2, fSurname) && c.capWord(i+2)
}

// monthName reports whether token i, a month that is also a given name
// ("Mei", "May", "June", "April"), is the name here: before a capitalised
// word that is no common word ("Mei Chen"), before a verb of speech or an
// auxiliary ("Mei said", "Mei had"), or after a title or role ("Supervisor
// June").
func (c *scan) monthName(i int) bool {
	if !c.is(i, fMonth) || !c.is(i, fFirst) || c.is(i, fTitle|fRole|fStaff|fStaffID|fNumberWord|fPhone) {
		return false
	}
	// "3 Mei", "in June", "sinds April", "Mei 2026": a date
	if i+1 < c.n() && c.tok(i+1).kind == tNum || i > 0 && c.tok(i-1).kind == tNum {
		return false
	}
	if i > 0 && monthLead[string(c.key(i-1))] {
		// a listed family name after a month that "of", "van", "de"
		// leads makes it a given name: "Melding van June Smith" ("end of
		// June" and "in June Smith ..." stay months)
		lead, n := string(c.key(i-1)), i+1
		if !(lead == "van" || lead == "of" || lead == "de" || lead == "en") || n >= c.n() || !c.joined(n) || !c.tok(n).cap || !c.is(n, fSurname) || c.is(n, fWord|fWeakSurname|fMonth) {
			return false
		}
	}
	if n := i + 1; n < c.n() && c.joined(n) && c.tok(n).kind == tWord {
		t := c.tok(n)
		if t.cap && !t.allCap && !c.is(n, fWord|fMonth|fRole|fTitle) {
			return true
		}
		if !t.cap && c.is(n, fNameVerb|fAuxVerb) {
			return true
		}
	}
	return i > 0 && c.is(i-1, fTitle|fRole) && c.joined(i)
}

// monthLead are the words that put a month in time rather than name a
// person: prepositions of time in the four languages. set folds them as
// the scanner folds words ("début" is looked up as "debut").
var monthLead = set(`in op on im am en au of van since sinds seit depuis until tot bis begin eind end
	mid early late half anfang ende mitte début fin de le during tijdens`)

// namedWord reports whether token i is a capitalised word a naming verb
// may introduce: not claimed, not an acronym, not a title or role.
func (c *scan) namedWord(i int) bool {
	if i >= c.n() {
		return false
	}
	t := c.tok(i)
	return t.kind == tWord && t.cap && !t.allCap && t.end-t.start >= 2 && !c.st.claimed[i] && !c.is(i, fTitle|fRole|fOrg) &&
		(!c.is(i, fUnit) || c.is(i, fFirst)) // "Heet Werk"; not "en Hal"
}

// maidenName returns the token after "geb.", "geborene", "geboren",
// "née" or "né" where a capitalised word that may be a name follows it:
// the name the person was born with ("Frau Schmidt, geb. Müller", "Mme
// Martin, née Dubois", "mevrouw Jansen, geboren De Vries"). A date or a
// place's preposition after the cue is a birth date's ("geb. 12.04.1990",
// "née le 21/09/1987", "geboren in Dortmund"); 0 where none follows.
// Token i is a birth word (fBirth), as its caller checks first.
func (c *scan) maidenName(i int) int {
	// "née" and "né" fold to words of Dutch ("nee", no): only with the accent
	if t := c.tok(i); !(c.wordIs(i, "geb") || c.wordIs(i, "geborene") || c.wordIs(i, "geboren") || (c.wordIs(i, "nee") || c.wordIs(i, "ne")) && strings.Contains(c.text[t.start:t.end], "é")) {
		return 0
	}
	k := i + 1
	if c.isPunct(k, '.') {
		k++
	}
	if !c.joined(k) || !(c.capWord(k) || c.particleAt(k) && c.tok(k).cap && c.capWord(k+1)) {
		return 0
	}
	return k
}

// nameFrom returns the last token of a name that starts at token k, read
// from its particles where k is one ("De Vries" after "geboren"), or -1.
func (c *scan) nameFrom(k int) int {
	if c.particleAt(k) {
		return c.particleName(k)
	}
	return c.nameBody(k)
}

// initialAt reports whether tokens i, i+1 are an initial: "J" ".".
func (c *scan) initialAt(i int) bool {
	if i+1 >= c.n() {
		return false
	}
	t := c.tok(i)
	return t.kind == tWord && t.cap && c.isPunct(i+1, '.') && c.tok(i+1).start == t.end &&
		(oneLetter(c.text[t.start:t.end]) || t.end-t.start <= 4 && !t.allCap && givenAbbrevs[string(c.key(i))])
}

// givenAbbrevs are the given names Dutch, German and English records
// shorten to a few letters and a dot, as initials are: "Th. Brouwer",
// "Chr. de Groot", "Joh. Bakker", "Wm. Smith"; folded.
var givenAbbrevs = set("th chr joh jac wm ph thos chas jas geo edw robt corn gerh wilh herm jos hub")

// bareInitial reports whether token k is one capital letter without a
// dot, followed on the same line by a capitalised word ("J" in "Mr J
// Smith").
func (c *scan) bareInitial(k int) bool {
	if k+1 >= c.n() {
		return false
	}
	t := c.tok(k)
	return t.kind == tWord && t.cap && t.end-t.start == 1 && t.spaceAfter && !t.newline && c.capWord(k+1)
}

// lowerInitialAt reports whether token i is a particle's initial (v, d, t
// or l: van, de, ter, la) with its dot, glued to the initial before it
// ("d." in "J.d.V.").
func (c *scan) lowerInitialAt(i int) bool {
	if i < 1 || i+1 >= c.n() {
		return false
	}
	t := c.tok(i)
	// glued to the initial's dot ("J.d.V.") or after it with a space ("R.
	// v.d. Berg")
	return t.kind == tWord && !t.cap && t.end-t.start == 1 && strings.IndexByte("vdtl", c.text[t.start]) >= 0 &&
		c.isPunct(i-1, '.') && (c.tok(i-1).end == t.start || c.tok(i-1).spaceAfter && !c.tok(i-1).newline) &&
		c.isPunct(i+1, '.') && c.tok(i+1).start == t.end
}

// oneLetter reports whether a word is one letter, in any script ("J",
// "Ç", "Ş").
func oneLetter(w string) bool {
	if len(w) == 1 {
		return true
	}
	_, size := utf8.DecodeRuneInString(w)
	return size == len(w)
}

// afterTitle reports whether token i follows a title, with or without its
// dot ("mevrouw van Dam", "Mr. de Souza").
func (c *scan) afterTitle(i int) bool {
	if i > 1 && c.isPunct(i-1, '.') {
		i--
	}
	return i > 0 && c.is(i-1, fTitle)
}

// roleListedName reports whether token k, right after the role at token i
// on its line, is a listed family name that is also a word and ends its
// clause ("teamleider West.", "bedrijfsarts Dach)"): the role's holder.
func (c *scan) roleListedName(i, k int) bool {
	if k != i+1 || k >= c.n() || !c.is(i, fRole) || c.is(i, fTitle) || c.tok(i).newline {
		return false
	}
	t := c.tok(k)
	if t.kind != tWord || !t.cap || t.allCap || c.st.claimed[k] || !c.is(k, fSurname) || c.capWord(k) ||
		c.is(k, fRole|fTitle|fOther|fGerman|fDeterminer|fUnit|fParticle|fOrg|fStaff|fNumberWord|fMonth) {
		return false
	}
	return c.endsPhrase(k, ".,;)")
}

// titledListedName reports whether token k, after the title at token i,
// is a listed family or given name that is also a common word ("Herrn
// Hand", "M. Little"), which capWord refuses: such a word after a title is
// the name. The title is capitalised or a word ("m." after a number is a
// metre); a role or title word after it is none ("Herr Kollege").
func (c *scan) titledListedName(i, k int) bool {
	if !c.is(i, fTitle) || c.is(i, fRole) || !c.tok(i).cap && c.tok(i).end-c.tok(i).start < 2 || k >= c.n() {
		return false
	}
	t := c.tok(k)
	// after "Herr", "mevrouw", "Mrs" even an unlisted common word is the
	// name ("Herr Schütz", which folds to the noun "Schutz")
	listed := c.is(k, fSurname|fWeakSurname|fFirst) || personTitles[string(c.key(i))] && c.joined(k)
	return t.kind == tWord && t.cap && !t.allCap && !c.st.claimed[k] && listed &&
		!c.is(k, fRole|fTitle|fOther|fGerman|fDeterminer|fUnit|fParticle|fOrg|fStaff|fNumberWord) && !c.capWord(k)
}

// personTitles are the titles that only a person's name follows; folded.
var personTitles = set("herr herrn frau dhr mevr mw mevrouw meneer heer mr mrs ms monsieur madame mme mlle")

// particlesFrom returns the first token at or after i that is not part of
// a run of particles. An apostrophe glued to a "t" after it is the
// particle "'t" ("van 't Hof", "Van 't Veer"), as an apostrophe between
// particles is part of the run. The walk stops after eight tokens, more
// than any name's particles take ("von und zu", "van 't"): a text of
// particles alone must not be walked from each of its words to its end.
func (c *scan) particlesFrom(i int) int {
	p := i
	for p < c.n() && p-i < 8 {
		switch {
		case c.particleAt(p):
			p++
		case c.isPunct(p, '\'') && p > i && p+1 < c.n():
			if c.tok(p+1).start == c.tok(p).end && c.raw(p+1) == "t" {
				p++ // the "t" of "'t"
			}
			p++
		default:
			return p
		}
	}
	return p
}

// particleAt reports whether token i is a surname particle ("van", "de",
// "ter", "von", "el"), in any case, or "'t".
func (c *scan) particleAt(i int) bool {
	if i >= c.n() || c.tok(i).kind != tWord {
		return false
	}
	// "het" is an article, but a particle between "van" and a capital:
	// "Jan van het Hof", as "van 't Hek"
	return c.is(i, fParticle) || i > 0 && i+1 < c.n() && c.wordIs(i, "het") && c.wordIs(i-1, "van") && c.tok(i+1).kind == tWord && c.tok(i+1).cap
}

// germanFromThing reports whether the particles at token k are German
// "von der", "vom", "von dem" or "von den" before a German word, or a word
// no list has as a family name, in a clause that tells of a fall: after a
// name found past a sentence's start (an inverted subject), the place
// someone fell from ("Gestern ist Jan von der Leiter gefallen", "Heute
// fiel Jan vom Dach"), not a family name's particles ("Magnus von der
// Scharf ist von der Leiter gestürzt" keeps them).
func (c *scan) germanFromThing(k int) bool {
	if !c.st.german[k] || !(c.wordIs(k, "von") || c.wordIs(k, "vom")) || c.tok(k).cap {
		return false
	}
	p := k + 1
	if c.wordIs(k, "von") {
		if !(c.wordIs(p, "der") || c.wordIs(p, "dem") || c.wordIs(p, "den")) {
			return false
		}
		p++
	}
	if p >= c.n() || !c.is(p, fGermanWord) && c.is(p, fSurname) {
		return false
	}
	// ... where the clause tells of a fall ("Gestern kam Ursula von der
	// Leyen", "Der Verletzte Jan von der Heck wohnt in ..." keep them)
	for j := max(0, k-8); j < min(c.n(), p+6); j++ {
		if c.tok(j).kind == tWord && !c.tok(j).cap && germanFallVerbs[string(c.key(j))] {
			return true
		}
	}
	return false
}

// germanFallVerbs are the German verbs of falling, slipping and tipping
// over, folded.
var germanFallVerbs = set(`fiel fielen stürzte stürzten rutschte rutschten sprang kippte gefallen gestürzt gerutscht abgerutscht abgestürzt
	heruntergefallen runtergefallen hinuntergefallen gesprungen heruntergesprungen gekippt umgekippt weggerutscht ausgerutscht`)

// nameBody extends a name that starts at token i and returns its last
// token, or -1 when no name starts there. Accepted: initials ("J.",
// "J.P."), capitalised words, particles followed by a capitalised word,
// hyphenated parts ("Jean-Pierre", "Smit-de Vries").
func (c *scan) nameBody(i int) int {
	last := -1
	k := i
	words := 0
	nick := false // a nickname in quotes was the last part: the next is not glued to it
	for k < c.n() && words < 6 {
		switch {
		case c.wordIs(k, "st") && c.tok(k).cap && c.isPunct(k+1, '.') && c.tok(k+1).start == c.tok(k).end && k+2 < c.n() && c.capWord(k+2) && (words == 0 || c.joined(k)):
			// a family name with the saint's "St.": "Frau St. Clair",
			// "Mr John St. John"
			last = k + 2
			k += 3
			words++
			continue
		case c.initialAt(k):
			last = k + 1
			k += 2
			words++
			// a hyphenated pair of initials: "H.-J. Müller", "J.-P. Martin"
			if k+2 < c.n() && c.isPunct(k, '-') && c.tok(k).start == c.tok(k-1).end && c.tok(k+1).start == c.tok(k).end && c.initialAt(k+1) {
				k++
			}
			continue
		case words > 0 && c.lowerInitialAt(k):
			// particles' initials inside initials: "J.d.V.", "A.v.d. Berg";
			// not "T.a.v.", "I.v.m." or "O.a. Kees", whose letters are no
			// particles' or which end in lower case
			p := k
			for c.lowerInitialAt(p) {
				p += 2
			}
			if p < c.n() && (c.initialAt(p) || c.capWord(p)) {
				k = p
				continue
			}
		case (c.capWord(k) || words > 0 && (c.surnameAfterName(k) || c.wordAsSurname(k)) || words == 0 && c.is(k, fFirst) && c.tok(k).cap && !c.st.claimed[k]) && (words == 0 || nick || c.joined(k)) || nick && c.afterNickname(k):
			last = k
			k++
			words++
			nick = false
			if c.lowerSyllable(k) {
				// "Min-jun", "Ji-hoon": a Korean given name's second
				// syllable in lower case
				last = k + 1
				k += 2
				continue
			}
			k = c.hyphenContinues(k)
			continue
		case words > 0 && c.joined(k) && c.shortNamePart(k):
			// "Li Na", "Nguyen Van An": a short given name that is a
			// function word elsewhere, capitalised after a name
			last = k
			k++
			words++
			continue
		case words > 0 && c.quotedNickname(k):
			// a nickname in quotes or brackets inside the name: Oluwaseun
			// "Seun" Bakare, Cornelis 'Kees' de Boer, M. (Marloes) van
			// Houten-de Wit; the name goes on after it
			last = k + 2
			k += 3
			nick = true
			continue
		case words > 0 && c.particleAt(k) && !c.germanArticle(k) && !(!c.sentenceStart(i) && c.germanFromThing(k)):
			// particles count only when a capitalised word follows them
			p := c.particlesFrom(k)
			// after particles even a capitalised common word is a family
			// name ("Anna van den Bosch", "Jan de Wit")
			if p < c.n() && (c.capWord(p) || c.tok(p).cap && !c.tok(p).allCap && c.is(p, fWord) && !c.is(p, fOther|fGerman|fDeterminer) || c.capitalsSurname(k, p)) && p-k <= 3 {
				last = p
				k = c.hyphenContinues(p + 1) // "von Hohenberg-Langenfeld"
				words++
				continue
			}
			if p == k+1 && c.joined(k) && c.tok(k).cap && !c.tok(k).allCap && (c.wordIs(k, "von") || c.wordIs(k, "van")) &&
				(p >= c.n() || c.tok(k).newline || c.tok(p).kind != tWord || !c.tok(p).cap) {
				// "Kylie Von slipped", "Heaven Von,": a capitalised "Von"
				// or "Van" that ends the name is the family name itself
				last = k
			}
		}
		break
	}
	return last
}

// capitalsSurname reports whether token p, after the particles from token
// k in a name typed in capitals, is a listed family name in capitals, as
// "DAM" in "PIETER VAN DAM" and "BERG" in "VAN DER BERG": in capitals a
// family name that is also a word is no capitalised word of its own.
func (c *scan) capitalsSurname(k, p int) bool {
	return c.tok(k).allCap && c.tok(k-1).allCap && c.tok(p).allCap && c.tok(p).end-c.tok(p).start >= 3 && c.is(p, fSurname)
}

// hyphenContinues returns k+1 when token k is a hyphen glued between the
// name word before it and a capitalised word or particle after it
// ("Smit-de Vries", "Hohenberg-Langenfeld"), so that the name goes on;
// else k.
func (c *scan) hyphenContinues(k int) int {
	if k+1 < c.n() && c.isPunct(k, '-') && c.tok(k).start == c.tok(k-1).end && c.tok(k+1).start == c.tok(k).end && (c.capWord(k+1) || c.particleAt(k+1)) {
		return k + 1
	}
	return k
}

// tagOpen reports whether a mark-up tag's "<" opens before the ">" at
// byte b, within a tag's length ("<p>", "<td class=x>"), with no ">"
// between: a bounded look, so that a text of many ">" costs no more.
func (c *scan) tagOpen(b int) bool {
	for k := b - 1; k >= 0 && k >= b-64; k-- {
		switch c.text[k] {
		case '<':
			return true
		case '>', '\n':
			return false
		}
	}
	return false
}

// afterNickname reports whether token k, after a nickname in quotes or
// brackets, is a capitalised word that may end the name even where it is
// a common word too: "M. (Marijke) Vrolijkheid", as after particles.
func (c *scan) afterNickname(k int) bool {
	if k >= c.n() {
		return false
	}
	t := c.tok(k)
	return t.kind == tWord && t.cap && !t.allCap && !c.st.claimed[k] && !t.newline && c.tok(k-1).spaceAfter && !c.tok(k-1).newline &&
		!c.is(k, fOther|fGerman|fDeterminer|fRole|fTitle|fUnit|fOrg|fMonth)
}

// shortNamePart reports whether token k, within a name, is a function word
// of two or three letters capitalised as no function word is inside a
// sentence ("Na", "An", "Le"), and the name ends with it or goes on.
func (c *scan) shortNamePart(k int) bool {
	t := c.tok(k)
	if t.kind != tWord || !t.cap || t.allCap || t.end-t.start < 2 || t.end-t.start > 3 || c.st.claimed[k] || !c.is(k, fOther|fGerman|fWord|fDict) || c.is(k, fParticle|fTitle|fRole|fMonth|fUnit|fOrg) {
		return false
	}
	n := k + 1
	return n >= c.n() || !c.joined(n) || c.tok(n).kind != tWord || !c.tok(n).cap || c.capWord(n)
}

// lowerSyllable reports whether a hyphen at token k glues a short lower-case
// word, no function or common word, to the capitalised word before it: the
// second syllable of a Korean given name ("Min-jun", "Ji-hoon") or a
// double given name typed so ("Pieter-jan"), not a compound's word
// ("Jansen-achtig", "Smit-gebouw" are longer, "Smit-en-zo" has "en").
func (c *scan) lowerSyllable(k int) bool {
	if k+1 >= c.n() || !c.isPunct(k, '-') || c.tok(k).start != c.tok(k-1).end || c.tok(k+1).start != c.tok(k).end {
		return false
	}
	t := c.tok(k + 1)
	if t.kind != tWord || t.cap || !t.ascii || t.end-t.start < 2 || c.is(k+1, fOther|fGerman|fDeterminer|fWord|fParticle|fUnit|fOrg) {
		return false
	}
	if t.end-t.start > 5 && !c.is(k+1, fFirst) {
		return false // a listed given name may be longer: "Jan-willem"
	}
	return k+2 >= c.n() || c.tok(k+2).start != t.end || c.tok(k+2).kind == tPunct && c.text[c.tok(k+2).start] != '-'
}

// cuedGivenName reports whether token k, right after a title or role,
// is a listed given name that is also a common word or a place ("stagiair
// Milan", "collega Florence", "Kollege Hans"): after such a cue it is the
// name, unless a capitalised word the dictionary has follows, as in a
// heading's "Supervisor Summer Schedule".
func (c *scan) cuedGivenName(k int) bool {
	t := c.tok(k)
	if t.kind != tWord || !t.cap || t.allCap || !c.is(k, fFirst) || c.st.claimed[k] || !c.joined(k) {
		return false
	}
	return !(k+1 < c.n() && c.joined(k+1) && c.tok(k+1).kind == tWord && c.tok(k+1).cap && c.is(k+1, fDict|fWord))
}

// quotedNickname reports whether tokens k to k+2 are a capitalised word
// in quotes or brackets with a capitalised word after them on the same
// line, as a nickname stands between a given name and a family name
// ("Seun" in Oluwaseun "Seun" Bakare, 'Kees' in Cornelis 'Kees' de Boer,
// "(Joke)" in J.A.M. (Joke) Verhagen).
func (c *scan) quotedNickname(k int) bool {
	if k+3 >= c.n() || c.tok(k).kind != tPunct || !c.tok(k-1).spaceAfter || c.tok(k-1).newline {
		return false
	}
	open, shut := c.raw(k), c.raw(k+2)
	if !(open == "\"" && shut == "\"" || open == "'" && shut == "'" || open == "“" && shut == "”" || open == "‘" && shut == "’" || open == "(" && shut == ")") {
		return false
	}
	// (a department or a role in brackets is none: "Jansen (Logistiek) belde")
	if c.is(k+1, fDict|fWord|fUnit|fOrg|fRole|fStaff) && !c.is(k+1, fFirst) {
		return false
	}
	return c.tok(k+1).kind == tWord && c.tok(k+1).cap && c.tok(k+1).start == c.tok(k).end && c.tok(k+2).start == c.tok(k+1).end &&
		c.tok(k+2).spaceAfter && !c.tok(k+2).newline && (c.capWord(k+3) || c.particleAt(k+3) || c.afterNickname(k+3))
}

// articleNoun reports whether token i is a common word after the Dutch
// article "de" or "het" ("De Arbeidsinspectie kwam langs", "bij de
// Brandweer"), or a street's name that no list holds ("aan de
// Prinsengracht"): there "de" is no particle of a name, as it is before a
// family name ("de Vries"), which is no common word.
func (c *scan) articleNoun(i int) bool {
	return i > 0 && (c.is(i, fDict) || c.is(i, fStreetSuffix) && !c.is(i, fFirst|fSurname)) && (c.wordIs(i-1, "de") || c.wordIs(i-1, "het")) && c.joined(i)
}

// afterPlaceHyphen reports whether token i is glued by a hyphen to a
// common word or place before it ("Amsterdam-Amstelland", "Noord-Brabant"):
// a compound name of a place or region, not a person's double name, whose
// first part would be a name too ("Smit-Amstelland").
func (c *scan) afterPlaceHyphen(i int) bool {
	return i >= 2 && c.hyphenBefore(i) && c.tok(i-1).start == c.tok(i-2).end && c.is(i-2, fWord) && !c.is(i-2, fFirst|fSurname)
}

// hyphenBefore reports whether a hyphen is glued to the start of token i.
func (c *scan) hyphenBefore(i int) bool {
	return c.isPunct(i-1, '-') && c.tok(i-1).end == c.tok(i).start
}

// invertedSubject reports whether token i, capitalised, stands between a
// verb and an article: the subject after the verb in German and Dutch
// word order, which a noun there rarely is without its own article
// ("Gestern hat Tiffany die Leiter getragen", "Dann rief Ole den Notarzt",
// "Gisteren heeft Paris de melding gedaan"), or in German after a
// subordinating conjunction.
func (c *scan) invertedSubject(i int) bool {
	return c.subjectEnd(i) >= i
}

// subjectEnd returns the last token of the subject that starts at token i
// in the place invertedSubject describes (a given and a family name may
// stand there together: "Gestern hat Jean Haag den Unfall gemeldet"), or
// -1.
func (c *scan) subjectEnd(i int) int {
	if i < 1 || !c.joined(i) {
		return -1
	}
	a := i + 1 // the article's place
	for a < c.n() && a <= i+2 && c.joined(a) && c.tok(a).kind == tWord && c.tok(a).cap && !c.tok(a).allCap {
		a++
	}
	if a >= c.n() || !c.joined(a) || !c.articleAfterVerb(i, a) {
		return -1
	}
	return a - 1
}

// articleAfterVerb reports whether token i follows a verb (or, in German,
// a subordinating conjunction) and token a is an article of the sentence's
// language.
func (c *scan) articleAfterVerb(i, a int) bool {
	p := c.tok(i - 1)
	german := c.st.german[i]
	if p.kind != tWord || p.cap || !c.is(i-1, fAuxVerb|fNameVerb) && !(german && subordinator[string(c.key(i-1))]) {
		return false
	}
	switch string(c.key(a)) {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer":
		return german
	case "de", "het", "een":
		// Dutch puts the subject after the verb too, after an adverb:
		// "Gisteren heeft Paris de melding gedaan"
		return !german
	case "aus", "ab", "an", "auf", "um", "weg", "zuruck", "hin", "mit", "zu", "los", "uit", "af", "op", "mee", "terug":
		// a separable verb's particle ending the clause: "Gegen 14 Uhr
		// rutschte Bjarne aus.", "Toen gleed Bram uit."; a noun there
		// would have its article
		if german && (germanNounShaped(c.key(i)) || c.is(i, fDict)) {
			return false // "Bei der Prüfung fiel Kohlenmonoxid auf": a mass noun has no article
		}
		return !c.tok(a).cap && c.endsPhrase(a, ".,;!?")
	}
	return false
}

// passeCompose reports whether token k is the French "a" of a past tense
// ("River a glissé", "Name a été blessé"): there it says what someone did,
// not what something is.
func (c *scan) passeCompose(k int) bool {
	if !c.wordIs(k, "a") || k+1 >= c.n() || !c.joined(k+1) || c.tok(k+1).cap {
		return false
	}
	w := c.key(k + 1)
	return len(w) >= 3 && w[len(w)-1] == 'e' && strings.HasSuffix(c.raw(k+1), "é")
}

// nounOfName reports whether token k is "van", "von" or "de" followed by
// a listed given name ("[Werkplek] van Sandra"): the possessive "of" before
// a name, not a family name's particle, which a given name never follows.
func (c *scan) nounOfName(k int) bool {
	return k+1 < c.n() && (c.wordIs(k, "van") || c.wordIs(k, "von") || c.wordIs(k, "de")) && !c.tok(k).cap && c.joined(k) && c.joined(k+1) &&
		c.is(k+1, fFirst) && !c.is(k+1, fSurname) && c.tok(k+1).cap
}

// personalThing are what a person has and a thing or a day does not:
// body parts, protective gear, kin and the like, after a possessive "'s"
// ("Autumn's glove"; "Monday's inspection" stays).
var personalThing = set(`glove gloves hand hands arm arms leg legs foot feet head finger fingers eye eyes back knee knees shoulder wrist ankle neck face
	helmet hat boots boot shoes jacket vest harness goggles glasses earplugs mask overalls locker badge phone car bike truck
	wife husband son daughter mother father partner brother sister family colleague supervisor manager statement injury injuries
	veiligheidsbril veiligheidsschoenen hesje oordoppen hoofd voet been rug schouder vinger oog helm handschoenen handschoen jas schoenen tas kluisje pasje telefoon auto fiets vrouw zoon dochter verklaring
	handschuhe handschuh jacke schuhe tasche spind ausweis handy frau sohn tochter aussage kopf fuß beine rücken knie schulter auge augen hände schutzbrille sicherheitsschuhe arbeitsschuhe warnweste gehörschutz schutzhelm fahrrad
	main bras jambe tête pied genou doigt casque gants gant veste chaussures sac casier téléphone voiture vélo femme mari fils fille déclaration`)

// stormWords are the words before a storm's name; folded.
var stormWords = set("storm sturm orkaan orkan hurricane tempête typhoon tyfoon taifun cyclone cycloon zyklon")

// labelFieldName returns the last token of a name of two or three
// capitalised words that is the whole value of a person's label ("Melder:
// Maxim Ketterij, tel. ...", "Zeuge: Rosi Brand\n", "Owner: Will Power;"),
// or -1. Such a field holds a name whatever its words are; one word alone
// is left to the other rules, as is a unit's, a firm's or a role's name
// ("Melder: Afdeling Logistiek", "Contact: Bouwbedrijf Jansen").
func (c *scan) labelFieldName(i int) int {
	if i < 2 || !c.isPunct(i-1, ':') || c.tok(i-2).kind != tWord || !(c.is(i-2, fRole|fNameLabel) && !c.is(i-2, fTitle) || c.personLabel(i-1)) {
		return -1
	}
	end := -1
	for k := i; k < c.n() && k-i < 3; k++ {
		t := c.tok(k)
		if t.kind != tWord || !t.cap || t.allCap || t.end-t.start < 2 || c.st.claimed[k] || k > i && !c.joined(k) ||
			c.is(k, fWord|fRole|fTitle|fUnit|fOrg|fOther|fGerman|fDeterminer|fMonth|fStaff|fNumberWord|fNameLabel|fPhone|fStreetEN|fStreetFR|fStreetSep|fStreetSuffix|fParticle) {
			break
		}
		end = k
		if t.newline {
			break
		}
	}
	if end <= i {
		return -1
	}
	if !c.endsPhrase(end, ",;(|") {
		return -1 // the field goes on: "Melder: Grote Schade aan de kraan"
	}
	return end
}

// clientName reports whether token k, in a capitalised run after a unit's
// or a designation's word, is a family name that is no word, no place and
// no given name, and ends the run: the client a project or a house is
// named after ("Project Nieuwbouw Jansen"); "Afdeling Logistiek Noord",
// "het Werkplan Bakker" (a word too) stay.
func (c *scan) clientName(k int) bool {
	t := c.tok(k)
	return t.kind == tWord && !t.allCap && c.is(k, fSurname) && !c.is(k, fWeakSurname|fFirst|fWord|fNameWord|fGermanWord|fWordName|fPlace|fDict|fUnit|fOrg|fRole) &&
		!c.s.lex.dict.has(c.key(k)) && !(k+1 < c.n() && c.capitalised(k+1) && c.joined(k+1))
}

// wordBeforeLetter reports whether token i, a family name that is also a
// common word, is followed by a single capital letter without a dot that
// ends the phrase: a designation ("Steiger Blok C", "Block C", "Hal B"),
// not a name and its initial, which has its dot ("Blok, C." is one).
func (c *scan) wordBeforeLetter(i int) bool {
	k := i + 1
	if k >= c.n() || !c.joined(k) || c.tok(k).kind != tWord || c.tok(k).end-c.tok(k).start != 1 || !c.tok(k).cap || !c.is(i, fNameWord|fGermanWord) && !c.lex.dict.has(c.key(i)) {
		return false
	}
	return k+1 >= c.n() || c.tok(k).newline || c.tok(k+1).kind == tPunct && c.text[c.tok(k+1).start] != '.'
}

// genitiveOwner reports whether token i is a listed name in the genitive
// without an apostrophe, as German and Dutch write it, before what a
// person has: "Webers Hand wurde eingeklemmt", "Annas Helm fehlte",
// "Jansens helm". The word itself is unknown or a family name only, its
// stem a given or family name that is no common word ("Jacks tools").
func (c *scan) genitiveOwner(i int) bool {
	t := c.tok(i)
	w := c.key(i)
	if t.kind != tWord || !t.cap || t.allCap || len(w) < 5 || w[len(w)-1] != 's' || c.st.claimed[i] || c.st.flags[i]&^(fSurname|fWeakSurname|fDict|markFlags) != 0 ||
		i+1 >= c.n() || !c.joined(i+1) || !personalThing[string(c.key(i+1))] || c.is(i-1, fDeterminer|fGerman|fOther) {
		return false // (after an article a noun's genitive: "des Webers Hand")
	}
	g := c.lex.flags[string(w[:len(w)-1])]
	return g&(fFirst|fSurname) != 0 && g&(fAmbiguousFirst|fWord) == 0
}

// personFrame reports whether token i, a capitalised word, stands where
// only a person does, whatever the word is: beside a first-person pronoun
// ("Hope and I checked", "Storm en ik", "ich und Sky", "Paris et moi");
// after "together with" ("samen met Roos", "zusammen mit Sky"; after
// "avec" a listed name only, brands following it too); owning a personal
// thing ("de helm van Storm", "le casque de Hope", "Dock's helmet"); as a
// sentence's subject that hurt itself ("Storm heeft zich gesneden"); as
// the source after "volgens", "selon", "according to".
func (c *scan) personFrame(i int) bool {
	t := c.tok(i)
	if t.kind != tWord || !t.cap || t.allCap || t.end-t.start < 2 || c.st.claimed[i] ||
		c.is(i, fDeterminer|fOther|fGerman|fRole|fTitle|fOrg|fStaff|fParticle|fNumberWord) {
		return false
	}
	// (fFrame marks the words these frames hang on: a cheap test first)
	found := c.possessiveS(i+1) && (c.is(i+3, fFrame) && personalThing[string(c.key(i+3))] || c.wordIs(i+3, "van")) || // "Dock's helmet", "May's glove", "Price's van" (a van, not the Dutch "van" of framedAfter)
		// "Storm heeft zich gesneden", "Sky Walker hat sich verletzt",
		// "Paris s'est coupé", "Dock Wood cut his hand"
		(c.is(i+1, fFrame) || c.is(i+2, fFrame) || c.is(i+3, fFrame)) && c.sentenceStart(i) &&
			(c.injuredSelf(i+1) || i+2 < c.n() && c.capitalised(i+1) && c.joined(i+1) && c.injuredSelf(i+2)) ||
		// "Volgens Storm", "According to Cliff", "Selon Paris"; German
		// writes nouns there ("Laut Bericht")
		(c.is(i-1, fFrame) || c.is(i-2, fFrame)) && !c.st.german[i] && c.afterAccording(i) && !c.is(i, fUnit|fMonth|fNoName|fCompound) ||
		// "Hope and I", "ich und Sky"; not "in May and I think"
		c.is(i+2, fFrame) && c.joined(i+1) && c.joined(i+2) && pairConj[string(c.key(i+1))] && firstPerson[string(c.key(i+2))] &&
			!(i > 0 && monthLead[string(c.key(i-1))] && c.is(i, fMonth)) ||
		c.is(i-2, fFrame) && c.joined(i) && c.joined(i-1) && c.framedAfter(i) ||
		// "Laut Sky", "laut Duke": a source that is a name and no German
		// word ("Laut Bericht", "laut Plan" stay)
		c.st.german[i] && c.is(i, fWordName|fFirst|fSurname) && !c.is(i, fGermanWord|fUnit|fMonth|fNoName|fCompound) && c.wordIs(i-1, "laut") ||
		// "Grace, who was driving", "Hope and her supervisor": a relative
		// clause or a possessive that only a person takes
		c.is(i, fFirst|fSurname|fWordName) && c.isPunct(i+1, ',') && !c.tok(i+1).newline && (c.wordIs(i+2, "who") || c.wordIs(i+2, "whose")) ||
		i+3 < c.n() && c.is(i, fFirst|fSurname|fWordName) && c.joined(i+1) && !c.tok(i+1).cap && pairConj[string(c.key(i+1))] && c.joined(i+2) && personalPossessive[string(c.key(i+2))] &&
			c.joined(i+3) && c.tok(i+3).kind == tWord ||
		// "...," says Dock.: the speaker after a quotation, a word too
		i >= 2 && c.is(i, fWordName|fFirst) && !c.tok(i-1).cap && c.speakerAfterVerb(i) ||
		// "Floor (uitzendkracht)", "Green (intérimaire)": a name and its role
		c.is(i, fFirst|fSurname|fWordName) && c.isPunct(i+1, '(') && i+3 < c.n() && c.is(i+2, fRole|fStaff) && c.isPunct(i+3, ')') ||
		// "the driver (Kowalski)", "de chauffeur (Jansen)": a role and its
		// holder's name alone in brackets; a word there is the holder's only
		// where a list has it ("the operator (Night)" stays)
		i >= 2 && c.isPunct(i-1, '(') && c.isPunct(i+1, ')') && c.is(i-2, fRole|fStaff) && !c.is(i-2, fTitle) &&
			!c.is(i, fUnit|fMonth|fOrg) && (!c.is(i, fDict|fWord) || c.is(i, fFirst|fSurname|fWordName)) ||
		// "Rücksprache mit Mark", "Nachfrage bei Rose": a German noun of
		// speaking with someone, its preposition, and a listed name that
		// may be a German word too
		i >= 2 && c.st.german[i] && c.is(i, fFirst|fSurname|fWordName) && c.joined(i) && contactPrep[string(c.key(i-1))] && c.tok(i-2).cap && contactNouns[string(c.key(i-2))] ||
		// "J'ai dit à June", "demandé à Paris de": told or asked, a person
		i >= 2 && c.raw(i-1) == "à" && c.joined(i) && tellVerbsFR[string(c.key(i-2))] ||
		// "avec Grace"; a brand too follows "avec" ("avec Manitou")
		c.is(i, fFirst|fSurname|fWordName) && c.joined(i) && c.wordIs(i-1, "avec") ||
		// "Charity, the driver, said", "Dino, de chauffeur, zei": a person
		// before a role in apposition
		c.isPunct(i+1, ',') && c.appositiveRole(i+2) ||
		// "Can someone call Dock?", "Kan iemand Sky bellen?", "bel Dock
		// even": a given name that is mostly a word, called
		c.is(i, fWordName) && c.joined(i) && (callWords[string(c.key(i-1))] || i+1 < c.n() && c.joined(i+1) && callWords[string(c.key(i+1))])
	return found && !weekdays[string(c.key(i))]
}

// callWords are the verbs of calling someone and the words before a
// callee's name ("call", "bel", "ruf ... an", "appeler", "iemand"); folded.
var callWords = set("call ring phone bel bellen belde terugbellen opbellen anrufen ruf rief zurückrufen appeler appelle rappeler iemand jemand someone")

// appositiveRole reports whether the words from token k are a role in
// apposition, closed by a comma or a bracket: "the driver,", "de
// chauffeur,", "unser Polier,", "le chef d'équipe".
func (c *scan) appositiveRole(k int) bool {
	if !c.is(k, fRole|fStaff) && !c.is(k+1, fRole|fStaff) {
		return false // the common case: a list of names, a clause
	}
	if k < c.n() && (c.is(k, fDeterminer) || appositionLead[string(c.key(k))]) && !c.tok(k).newline {
		k++
	}
	if k >= c.n() || !c.is(k, fRole|fStaff) || c.tok(k).newline || c.is(k, fTitle) {
		return false
	}
	n := k + 1
	return n < c.n() && (c.isPunct(n, ',') || c.isPunct(n, ')') || c.isPunct(n, ';'))
}

// appositionLead are the articles and possessives before a role in
// apposition; folded.
var appositionLead = union(set("the a an de het een der die das den dem ein eine einen le la les un une"), possessive)

// fromUnit reports whether token i comes before "from", "van", "aus" or
// "de", an article and a unit's word: a person of that unit ("Brown van de
// werkplaats", "Bakker from the workshop", "Wood de l'atelier").
func (c *scan) fromUnit(i int) bool {
	k := i + 1
	if k >= c.n() || !c.joined(k) || !fromWords[string(c.key(k))] {
		return false
	}
	k++
	if k < c.n() && c.joined(k) && c.is(k, fDeterminer) || k < c.n() && (c.wordIs(k, "der") || c.wordIs(k, "dem") || c.wordIs(k, "de") || c.wordIs(k, "la")) {
		k++
	}
	return k < c.n() && c.joined(k) && !c.tok(k).allCap && c.is(k, fUnit)
}

// fromWords are the prepositions of origin before a unit; folded.
var fromWords = set("van uit from of aus von vom de du")

// adverbSubject reports whether token i stands after a sentence's first
// word, an adverb of time, and its finite verb, before a lower-case word:
// the subject in Dutch and German word order, where a noun would have its
// article ("Gestern war Feiertag" stays: no listed name).
func (c *scan) adverbSubject(i int) bool {
	if i < 2 || !c.joined(i) || !c.joined(i-1) || !c.beforeLowerWord(i) || c.is(i, fMonth|fUnit) {
		return false
	}
	return inversionVerbs[string(c.key(i-1))] && inversionAdverbs[string(c.key(i-2))] && c.sentenceStart(i-2)
}

// inversionAdverbs start a sentence whose subject follows its verb, and
// inversionVerbs are the finite verbs between them (Dutch and German;
// folded).
var (
	inversionAdverbs = set("heute gestern dann danach morgens abends später leider zuerst anschließend anschliessend vorhin vandaag gisteren toen daarna vanochtend vanmiddag vanavond later eerst helaas vervolgens")
	inversionVerbs   = set("hat ist war wurde hatte kam fehlte rief meldete sagte ging stand lag was is heeft had kwam belde meldde zei werd ging stond lag")
)

// personalPossessive are the possessives of a third person in the four
// languages that follow "and" after a name ("Hope and her supervisor");
// folded.
var personalPossessive = set("his her zijn haar sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer son sa ses")

// contactNouns are German nouns of speaking with or handing to someone,
// and contactPrep the prepositions that take that someone; folded.
var (
	contactNouns = set("rücksprache ruecksprache nachfrage begleitung übergabe uebergabe gespräch gespraech absprache abstimmung unterweisung einweisung telefonat treffen kontakt")
	contactPrep  = set("mit bei durch an von")
)

// tellVerbsFR are the French participles of telling and asking whose
// indirect object, after "à", is a person; folded.
var tellVerbsFR = set("dit demandé demande expliqué explique signalé signale répondu conseillé ordonné interdit rappelé montré")

// framedAfter is personFrame's test of the words before token i: "ik en
// Storm", "samen met Roos", "de helm van River". Token i-2 is a frame word.
func (c *scan) framedAfter(i int) bool {
	p, two := string(c.key(i-1)), string(c.key(i-2))
	if pairConj[p] && firstPerson[two] {
		return true
	}
	if c.tok(i - 1).cap {
		return false
	}
	switch p {
	case "met", "mit", "with":
		// (German writes nouns there too, but not names that are no
		// German word: "Zusammen mit Forest")
		return (two == "samen" || two == "zusammen" || two == "together") && !c.is(i, fUnit) &&
			!(c.st.german[i] && germanNounShaped(c.key(i)) && !(c.is(i, fWordName|fFirst|fSurname) && !c.is(i, fGermanWord)))
	case "van", "von", "de", "of":
		// (a capitalised thing heads a title: "Head of Safety", unless a
		// listed name follows: "Helm van Storm")
		return personalThing[two] && (!c.tok(i-2).cap || c.is(i, fFirst|fSurname|fWordName))
	}
	return false
}

// injuredSelf reports whether the tokens from k say that the subject
// before them hurt itself: an auxiliary, a reflexive pronoun and, within
// three words, a participle of injury ("heeft zich gesneden", "hat sich
// an der Säge geschnitten", "s'est coupé"), or an English verb of injury
// and "himself" or "herself".
func (c *scan) injuredSelf(k int) bool {
	if k+1 >= c.n() || !c.joined(k) {
		return false
	}
	from := -1
	switch a, r := string(c.key(k)), string(c.key(k+1)); {
	case (a == "heeft" || a == "had") && r == "zich", (a == "hat" || a == "hatte") && r == "sich":
		from = k + 2
	case a == "s'est" || a == "s’est":
		from = k + 1
	case injuryVerbs[a] && (r == "himself" || r == "herself" || r == "his" || r == "her"):
		return true
	}
	for j := from; from > 0 && j < c.n() && j < from+4 && !c.closingPunct(j); j++ {
		if injuryVerbs[string(c.key(j))] {
			return true
		}
	}
	return false
}

// injuryVerbs are the participles and English past tenses of hurting
// oneself; folded.
var injuryVerbs = set(`gesneden bezeerd verwond gebrand verstapt vertild gestoten geschnitten verletzt verbrannt vertreten verhoben gestoßen
	coupé coupée blessé blessée brûlé brûlée tordu tordue cut hurt injured burned burnt`)

// kinWords name a person's relatives: after one even a capitalised word
// is the relative's name ("Notfallkontakt: Ehefrau Dock", "wife Hope").
var kinWords = set(`vrouw man echtgenote echtgenoot partner vriendin vriend zoon dochter moeder vader broer zus
	wife husband son daughter mother father brother sister ehefrau ehemann lebensgefährtin lebensgefährte sohn tochter mutter vater bruder schwester
	épouse époux femme mari compagne compagnon fils fille mère père frère sœur`)

// pairConj and firstPerson make "X and I", "ik en X": a person beside the
// writer. frameWords are the words personFrame's frames hang on (fFrame).
var (
	pairConj    = set("and en und et")
	firstPerson = set("i ik ich moi me mij mir mich")
	frameWords  = union(set("zich sich s'est s’est himself herself his her samen zusammen together volgens selon laut according"), firstPerson, personalThing, injuryVerbs)
)

// subordinator are the German conjunctions that open a clause whose
// subject comes next: "gesehen, wie Till die Leiter ...", "weil Jonas den
// Helm ...".
var subordinator = set("wie dass daß weil als ob wenn nachdem bevor während obwohl damit")

// copula are the auxiliaries that say nothing of a person: after a
// capitalised common word at a sentence's start they make it a thing.
var copula = set("was is had has were werd wordt waren heeft zijn wurde war hatte hat ist sind est était avait a")

// germanPredicative reports whether a folded word has the shape of a
// German participle or adjective, which a sentence may start with before
// its verb ("Verletzt wurde ...", "Zuständig war ...", "Beschädigt ist
// ..."): a participle's prefix and ending, or an adjective's suffix.
func germanPredicative(w []byte) bool {
	s := string(w)
	for _, suf := range []string{"lich", "ig", "isch", "bar", "sam", "haft", "los"} {
		if len(s) > len(suf)+3 && strings.HasSuffix(s, suf) {
			return true
		}
	}
	if !strings.HasSuffix(s, "t") && !strings.HasSuffix(s, "en") {
		return false
	}
	for _, pre := range []string{"ge", "be", "ver", "er", "zer", "ent", "uber", "unter", "an", "auf", "aus", "ein", "ab", "zu"} {
		if len(s) > len(pre)+4 && strings.HasPrefix(s, pre) {
			return true
		}
	}
	return false
}

// afterGermanArticle reports whether token i, in a German sentence, comes
// right after an article or a preposition joined to one: there a
// capitalised word is a noun or its adjective ("beim Schweißen Funken",
// "der Deutschen Bahn"), not the first of two names.
func (c *scan) afterGermanArticle(i int) bool {
	return i > 0 && c.st.german[i] && c.joined(i) && !c.tok(i-1).cap && germanArticles[string(c.key(i-1))]
}

// germanArticles are the German articles and the prepositions joined to
// one; folded.
var germanArticles = set("der die das den dem des ein eine einen einem einer eines beim im am vom zum zur ins ans aufs durchs fürs")

// germanArticle reports whether token k, "der", "den" or "de", is an
// article of a German sentence rather than a particle ("rief Ole den
// Notarzt"; "von der Heide" keeps its particle).
func (c *scan) germanArticle(k int) bool {
	if !c.st.german[k] || !(c.wordIs(k, "der") || c.wordIs(k, "den") || c.wordIs(k, "de")) {
		return false
	}
	return k == 0 || !(c.wordIs(k-1, "von") || c.wordIs(k-1, "van") || c.wordIs(k-1, "zu"))
}

// surnameAfterName reports whether token k, capitalised after a name's
// first word, is a listed family name that is also a role or a common word
// ("Jan Timmerman", "Piet Metselaar", "Anna Koch"): there it is the name.
// In capitals only after a word in capitals, however short: "SANNE BLOM",
// "OLIVER WOOD" in a text typed in capitals.
func (c *scan) surnameAfterName(k int) bool {
	t := c.tok(k)
	return t.kind == tWord && t.cap && (!t.allCap || k > 0 && c.tok(k-1).kind == tWord && c.tok(k-1).allCap) && !c.st.claimed[k] &&
		c.is(k, fSurname|fWeakSurname) && !c.is(k, fTitle|fOther|fGerman|fDeterminer)
}

// callee returns the last token of a name at token i that stands between
// a phone verb (and "an", "aan", "to") and the number to call: "Call Milan
// on 06-12345678", "bel Roos op 06-...", "appeler Paris au 06 ...",
// "Rückruf an Dock Mante unter 0151 ...". There even a given name that
// is a place or a word is the person; -1 when the shape does not hold.
func (c *scan) callee(i int) int {
	if i == 0 || !c.tok(i).cap || c.tok(i).allCap {
		return -1 // most words, before the lookups below
	}
	verb := i - 1
	if p := c.tok(i - 1); i >= 2 && p.kind == tWord && p.end-p.start <= 3 && (c.wordIs(i-1, "an") || c.wordIs(i-1, "aan") || c.wordIs(i-1, "to") || c.wordIs(i-1, "a")) {
		verb = i - 2 // "Rückruf an Dock Mante unter 0151 ...", "callback to ..."
	}
	if !c.is(verb, fPhone|fReach) || c.tok(verb).kind != tWord ||
		c.is(i, fOther|fGerman|fDeterminer|fRole|fTitle|fPhone|fNumberWord) || !c.joined(i) {
		return -1
	}
	end := c.nameBody(i)
	if end < i {
		end = c.wordAndName(i, false) // a word or place: "Milan", "Paris Hilton"
	}
	p := end + 1
	if p+1 >= c.n() || !c.joined(p) || !(c.wordIs(p, "on") || c.wordIs(p, "at") || c.wordIs(p, "op") || c.wordIs(p, "via") || c.wordIs(p, "unter") || c.wordIs(p, "au") || c.wordIs(p, "sur")) {
		return -1
	}
	if q := c.tok(p + 1); !c.st.claimed[p+1] || !(q.kind == tNum || c.text[q.start] == '+' || c.text[q.start] == '(') {
		return -1 // the number to call, found before the names
	}
	return end
}

// wordAndName returns the last token of a name that starts with token k,
// a word taken for a given name whatever it is, and goes on with the name
// joined after it ("Paris Hilton", "Herrn Hand Meier", "door Dock Mante"),
// or k alone. With capital, only a capitalised word (capWord) starts what
// follows it.
func (c *scan) wordAndName(k int, capital bool) int {
	if !c.joined(k+1) || capital && !c.capWord(k+1) {
		return k
	}
	return max(k, c.nameBody(k+1))
}

// wholeWordName reports whether token i is a given name that is mostly a
// word (fWordName: "Dock", "Sky") standing as a cue's whole value: no
// lower-case word follows it on its line ("Owner: Dock", "Ehefrau Dock,";
// not "Contact: Major incidents team").
func (c *scan) wholeWordName(i int) bool {
	if !c.is(i, fWordName) || !c.namedWord(i) {
		return false
	}
	n := i + 1
	return n >= c.n() || c.tok(i).newline || c.tok(n).kind != tWord || c.tok(n).cap
}

// personLabel reports whether the colon at token k ends a label that names
// a person's part in a task or a report, in the three words before it:
// "Owner:", "Assigned to:", "Responsible:", "Verantwortlich:",
// "Responsable :", "Contact:".
func (c *scan) personLabel(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if c.tok(j).kind != tWord {
			return false
		}
		if personLabels[string(c.key(j))] || c.assignedTo(j) {
			return true
		}
		if j > 0 && c.tok(j-1).newline {
			return false // the label's line starts here
		}
	}
	return false
}

// personLabels are the label words whose value is a person; folded.
var personLabels = set(`owner assignee responsible verantwoordelijke verantwortlich verantwortliche responsable eigenaar actiehouder paraaf spreker speaker sprecher
	contact contactpersoon ansprechpartner ansprechpartnerin interlocuteur reporter author auteur verfasser opsteller
	handtekening handtekeningen signature signatures unterschrift unterschriften`)

// labelledGivenName reports whether token k is a capitalised word that may
// be a given name though it is a word, a month or a place too: a word a
// naming verb may introduce (namedWord) that is no function word, staff
// word, name label, particle or number word either.
func (c *scan) labelledGivenName(k int) bool {
	return c.namedWord(k) && !c.is(k, fOther|fGerman|fDeterminer|fStaff|fNameLabel|fParticle|fNumberWord)
}

// holderName returns the last token of the name after "t.n.v." ("ten name
// van") or "au nom de" at token i: the account's holder, up to four
// capitalised words whatever they are ("t.n.v. Justice Koss", "t.n.v. Hal
// Bode"), or -1.
func (c *scan) holderName(i int) int {
	if i < 3 || !c.joined(i) || !c.labelledGivenName(i) {
		return -1
	}
	var holder bool
	switch p := c.tok(i - 1); {
	case c.isPunct(i-1, '.'):
		holder = c.wordIs(i-2, "v") && c.isPunct(i-3, '.') && i >= 6 && c.wordIs(i-4, "n") && c.wordIs(i-6, "t")
	case p.kind == tWord && p.end-p.start <= 3:
		holder = c.wordIs(i-1, "tnv") || c.wordIs(i-1, "van") && (c.wordIs(i-2, "name") || c.wordIs(i-2, "naam")) && c.wordIs(i-3, "ten") ||
			c.wordIs(i-1, "de") && c.wordIs(i-2, "nom") && c.wordIs(i-3, "au")
	}
	if !holder {
		return -1
	}
	end := i
	// (after the first word any capitalised word that is no function word:
	// "t.n.v. Ernest Kunde", where "Kunde" is a customer in German)
	for k := i + 1; k < c.n() && k <= i+3 && c.joined(k) && (c.tok(k).kind == tWord && c.tok(k).cap && !c.st.claimed[k] && !c.is(k, fOther|fGerman|fDeterminer|fTitle) ||
		c.particleAt(k) && k+1 < c.n() && c.tok(k+1).cap); k++ {
		end = k
	}
	for end > i && c.particleAt(end) {
		end--
	}
	return end
}

// givenNameBefore reports whether the word before token i, the start of a
// name, is a listed given name that is also a word, capitalised: "Faith"
// in "Faith Green", "Hope" in "Hope King"; not a verb, a function word or
// a title ("Will Green" where "will" is the verb stays as it is). Outside
// German, inside a sentence or a bracket, any capitalised common word
// before a listed family name that is no word is the given name too:
// faker's and parents' given names are words ("Dock Mante", "Paris Kihn");
// after a title, a given name that is mostly a word, in German too ("Frau
// Line Weber", "Herr Till Weber").
func (c *scan) givenNameBefore(i int) bool {
	p := c.tok(i - 1)
	return p.kind == tWord && p.cap && !p.allCap && !c.st.claimed[i-1] && c.is(i, fSurname) &&
		(c.is(i-1, fFirst) || c.is(i-1, fWordName) && c.joined(i) && c.afterTitle(i-1) || c.is(i-1, fWord) && !c.is(i, fWord|fFirst) && !c.st.german[i-1] && (!c.sentenceStart(i-1) || c.isPunct(i-2, '(')) && !c.is(i-1, fUnit|fOrg|fStaff|fStreetEN|fStreetFR|fStreetSep)) &&
		!c.is(i-1, fAuxVerb|fNameVerb|fOther|fGerman|fDeterminer|fTitle|fRole|fMonth)
}

// wordAsSurname reports whether token k, a capitalised common word right
// after a listed given name, is the family name: "Rex Hand", "Peter
// Little". Outside German, which capitalises nouns, a common word is not
// capitalised inside a sentence, so after a given name it is his family
// name, unless another capitalised word follows (a heading's "Peter Safety
// Briefing") or it is a function word, a day or a month ("told Peter
// Monday").
func (c *scan) wordAsSurname(k int) bool {
	t := c.tok(k)
	if t.kind != tWord || !t.cap || t.allCap || t.end-t.start < 3 || c.st.claimed[k] || c.st.german[k] || !c.is(k, fWord|fDict) ||
		c.is(k, fOther|fGerman|fDeterminer|fParticle|fMonth|fRole|fTitle|fStaff|fUnit|fOrg|fNameVerb|fAuxVerb|fNumberWord) || weekdays[string(c.key(k))] {
		return false
	}
	p := k - 1
	if p < 0 || c.tok(p).kind != tWord || !c.is(p, fFirst) || c.is(p, fAmbiguousFirst|fWord) {
		return false
	}
	return k+1 >= c.n() || !(c.tok(k+1).kind == tWord && c.tok(k+1).cap && c.joined(k+1))
}

// residencePlace reports whether token i, capitalised, follows a
// preposition of place that follows a word of residence or birth: "habite
// à Villeurbanne", "lives in Basingstoke", "wohnhaft in Kleve", "née le
// 02/02/1998 à Brest", "woonachtig te Zaandam".
func (c *scan) residencePlace(i int) bool {
	if i < 2 || !c.tok(i).cap || c.tok(i).allCap || c.present&(fAddrCue|fBirth) == 0 || c.tok(i-1).end-c.tok(i-1).start > 4 || !c.joined(i) {
		return false
	}
	switch string(c.key(i - 1)) {
	case "in", "te", "a", "au", "aus", "uit", "from":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		if c.is(k, fAddrCue|fBirth) {
			return true
		}
		if c.sentenceBreak(k) || c.tok(k).kind == tPunct && c.text[c.tok(k).start] == ',' {
			return false
		}
	}
	return false
}

// dateWord reports whether token i is a month or a short weekday in a
// written date: a day's number and a comma or a year after the month
// ("Jan 5, 2026", "Jan 5 2026"), a day's number before it and a year
// after ("5 Jan 2026"), or a short weekday, a comma and a month or a day
// ("Mon, Jan 5", "Fri, 5 Jan").
func (c *scan) dateWord(i int) bool {
	day := func(k int) bool {
		return k >= 0 && k < c.n() && c.tok(k).kind == tNum && c.tok(k).end-c.tok(k).start <= 2
	}
	year := func(k int) bool { return k < c.n() && c.tok(k).kind == tNum && c.tok(k).end-c.tok(k).start == 4 }
	if c.is(i, fMonth) {
		return day(i+1) && (c.isPunct(i+2, ',') || year(i+2)) || day(i-1) && year(i+1)
	}
	return c.tok(i).end-c.tok(i).start <= 4 && c.isPunct(i+1, ',') && (c.is(i+2, fMonth) || day(i+2)) && shortWeekdays[string(c.key(i))]
}

// shortWeekdays are the weekdays as dates shorten them, in the four
// languages, folded ("Mon", "Di", "lun").
var shortWeekdays = set("mon tue tues wed thu thur thurs fri sat sun ma di wo do vr za zo mo mi fr sa so lun mar mer jeu ven sam dim")

// weekdays are the days' names of the four languages, folded.
var weekdays = set("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche")

// joined reports whether token k continues the previous token on the same
// line with only spaces between.
func (c *scan) joined(k int) bool {
	if k == 0 {
		return false
	}
	p := c.tok(k - 1)
	return !p.newline && (p.kind == tWord || c.isPunct(k-1, '.') || c.isPunct(k-1, '-'))
}

// endsPhrase reports whether token k ends its phrase: the text or its
// line ends there, or one of the punctuation marks in marks follows it.
func (c *scan) endsPhrase(k int, marks string) bool {
	n := k + 1
	return n >= c.n() || c.tok(k).newline || c.tok(n).kind == tPunct && strings.IndexByte(marks, c.text[c.tok(n).start]) >= 0
}

// addName records a person spanning tokens [i, j], first extending it to
// the left over a capitalised word that is no common word ("Inès Benali"
// where only Benali is a known family name).
func (c *scan) addName(i, j int) {
	for k := 0; k < 2 && i > 0 && (c.capWord(i-1) || c.givenNameBefore(i)) && c.joined(i) && !c.is(i-1, fParticle|fNameVerb|fOrg) && (!c.is(i-1, fUnit) || c.is(i-1, fFirst)); k++ {
		// German capitalises nouns: a word before a given name there is
		// a noun ("Auszubildender Tim Reuter"), as is one that starts a
		// sentence
		// (a Dutch diminutive is no German noun: "Hendrikje Dijkstra ist
		// ausgerutscht", "Geertje Visser hat")
		if c.st.german[i-1] && (c.sentenceStart(i-1) || c.is(i, fFirst)) && !c.is(i-1, fFirst) && !bytes.HasSuffix(c.key(i-1), []byte("je")) {
			break
		}
		// an English auxiliary that opens a question is no given name:
		// "Can Nadia confirm the lockout?" ("Can Yılmaz viel" keeps it)
		if c.sentenceStart(i-1) && questionAux[string(c.key(i-1))] && c.questionAhead(i) {
			break
		}
		// a common word capitalised at a sentence's start before a listed
		// name is a noun: "Klant Pietersen belde"; not a given name that
		// is mostly a word: "Diamond Green a glissé"
		if c.is(i-1, fDict) && c.strictSentenceStart(i-1) && c.is(i, fFirst|fSurname) && !c.is(i-1, fWordName) {
			break
		}
		i--
	}
	if i >= 2 && c.isPunct(i-2, ':') && c.joined(i) && c.labelledGivenName(i-1) {
		// the word between a label's colon and a found family name is the
		// given name, whatever else it is: "Zeuge: Sister Kunze",
		// "Injured party: Paris Hahn", "Teilnehmer: Major Koss"
		i--
	}
	if c.quotedNickname(j + 1) {
		// the family name after a nickname in quotes or brackets: "Our
		// team lead, Chukwuemeka (Emeka) Obi"
		j = max(j, c.nameFrom(j+4))
	}
	if i >= 4 && c.quotedNickname(i-3) && !c.st.claimed[i-4] && (c.capWord(i-4) || c.is(i-4, fFirst) && c.tok(i-4).cap) && !c.is(i-4, fRole|fTitle) {
		// the given name before a nickname in quotes or brackets:
		// Oluwaseun "Seun" Bakare, Chukwuemeka (Emeka) Obi
		i -= 4
	}
	if i >= 2 && c.hyphenBefore(i) && c.tok(i-2).end == c.tok(i-1).start && c.tok(i-2).cap && !c.st.claimed[i-2] && !c.tok(i-2).allCap &&
		c.is(i-2, fSurname) && !c.is(i-2, fFirst|fWord|fDict|fUnit|fOrg) {
		// the first of a double family name, where the name was found
		// from the second: "gez. Müller-Lüdenscheidt"
		i -= 2
	}
	if i >= 2 && c.hyphenBefore(i) && c.tok(i-2).end == c.tok(i-1).start && c.tok(i-2).cap && !c.st.claimed[i-2] && c.is(i-2, fFirst) && c.is(i, fFirst) {
		// the first of two given names joined by a hyphen, left behind
		// where the name was found from the second: "Hans-Peter Schulze
		// kam", "Dr. med. Hans-Peter Schulze"
		i -= 2
	}
	if j+1 < c.n() && c.is(j, fFirst) && c.joined(j+1) && c.surnameAfterName(j+1) {
		// the family name after a given name found alone, whatever rule
		// found it: "Ich habe Hope Smit angerufen", "Gestern ist Hope
		// Green gestürzt"
		j++
	}
	if p := c.particlesBefore(i); p < i && c.tok(i).cap {
		// a family name's particles in lower case before it, where a list,
		// a label or a bracket puts the name: "Aanwezig: Sanne, van Buuren
		// en ...", "(van der Westhuyzen)"
		i = p
	}
	c.add(Person, i, j)
}

// questionAux are the English auxiliaries that open a question and may be
// given names too ("Can", "Will", "May"); folded.
var questionAux = set("can will may could would should did does do has have is was shall must")

// questionAhead reports whether the sentence that token i is in ends with
// a question mark within twenty tokens.
func (c *scan) questionAhead(i int) bool {
	for k := i; k < c.n() && k < i+20; k++ {
		if c.isPunct(k, '?') {
			return true
		}
		if c.sentenceBreak(k) {
			return false
		}
	}
	return false
}

// particlesBefore returns the first of up to three lower-case particles
// glued before token i that follow a list's separator, a label's colon,
// a bracket or a line's start, or i when there are none.
func (c *scan) particlesBefore(i int) int {
	p := i
	for p > 0 && i-p < 3 && c.particleAt(p-1) && !c.tok(p-1).cap && !c.st.claimed[p-1] && c.joined(p) {
		p--
	}
	if p == i {
		return i
	}
	if p == 0 || c.tok(p-1).newline || c.isPunct(p-1, ',') || c.isPunct(p-1, ':') || c.isPunct(p-1, '(') || c.isPunct(p-1, ';') || listJoin[string(c.key(p-1))] {
		return p
	}
	return i
}

// speakerAfterVerb reports whether token i, capitalised, stands alone
// between a verb of saying after reported speech and the end of its
// sentence or clause ("..., sagte Folasade.", "« ... », a dit Rose."): the
// speaker, since a noun there would have its article ("sagte der Polier").
func (c *scan) speakerAfterVerb(i int) bool {
	if i < 2 || !c.joined(i) || c.is(i, fOrg|fUnit) || c.is(i, fDict) && !c.is(i, fFirst|fWordName) {
		return false
	}
	v := i - 1 // the verb's first word
	switch {
	case speechVerbs[string(c.key(v))]:
	case c.wordIs(v, "dit") && c.wordIs(v-1, "a") && c.joined(v) && v >= 2:
		v-- // « ... », a dit Rose
	case (c.wordIs(v, "dit") || speechVerbsEN[string(c.key(v))]) && v >= 2 && (quoteMark(c.raw(v-1)) || c.isPunct(v-1, ',') && quoteMark(c.raw(v-2))):
		// « ... », dit Guy; "...," says Dock: after a quotation only
	default:
		return false
	}
	// after reported speech only: "..., sagte X", "«...», meinte X"; a
	// verb that opens its clause may take a noun without article ("Er
	// sagte Bescheid"), as do other verbs of saying after a comma ("Er
	// fiel, meldete Schmerzen")
	if p := c.raw(v - 1); p != "," && !quoteMark(p) {
		return false
	}
	return i+1 >= c.n() || c.isPunct(i+1, '.') || c.isPunct(i+1, ',') || c.isPunct(i+1, '!') || c.isPunct(i+1, '?') || c.isPunct(i+1, ';')
}

// speechVerbsEN are the English verbs of saying that follow a quotation
// before their speaker; folded.
var speechVerbsEN = set("says said asks asked replies replied adds added explains explained")

// quoteMark reports whether s is a quotation's mark.
func quoteMark(s string) bool {
	switch s {
	case "\"", "»", "«", "“", "”", "„":
		return true
	}
	return false
}

// speechVerbs are the German and French verbs of saying that follow
// reported speech before their speaker; folded.
var speechVerbs = set("sagte sagt meinte meint erklärte erklärt ergänzte déclare explique ajoute précise raconte")

// germanClauseName reports whether token i, capitalised, stands without
// an article between an auxiliary or verb of saying, or a subordinating
// conjunction, and a lower-case word ("Ich habe Cassie gebeten", "dass Kip
// ohne Helm stand"): a listed given name there is the person, a noun
// would have its article.
func (c *scan) germanClauseName(i int) bool {
	if i == 0 || i+1 >= c.n() || !c.joined(i) || !c.joined(i+1) || c.tok(i).allCap {
		return false
	}
	p, n := c.tok(i-1), c.tok(i+1)
	if p.kind != tWord || p.cap || n.kind != tWord || n.cap {
		return false
	}
	return c.is(i-1, fAuxVerb|fNameVerb) || subordinator[string(c.key(i-1))] || germanAux[string(c.key(i-1))]
}

// germanClauseSubject reports whether token i, a word that no list holds
// but as a name, is a German clause's subject without an article: after a
// subordinating conjunction and before an article, a pronoun or a
// preposition ("Als Denisz die Palette anhob", "wie Martti ohne Helm"),
// or after a comma or semicolon and before an auxiliary ("..., Aleksi hat
// ihn aufgefangen"). A noun there has its article, or a noun's shape: a
// plural or a mass noun ("als Kollegen die Palette", "weil Regen die ..."),
// a feminine noun's -e or a compound's length. Of 600 random German nouns
// in these slots, 24 are taken for names.
func (c *scan) germanClauseSubject(i int) bool {
	if i == 0 || i+2 >= c.n() || !c.joined(i+1) || !c.nameLike(i) || c.is(i, fFirst|fSurname) {
		return false
	}
	// (most German feminine nouns end in -e, and the nouns of eight
	// letters or more are mostly compounds: "Asche", "Fahrplan")
	if w := c.key(i); germanNounShaped(w) || len(w) < 4 || len(w) > 7 || w[len(w)-1] == 'e' {
		return false
	}
	if n := c.tok(i + 1); n.kind != tWord || n.cap {
		return false
	}
	next := c.key(i + 1)
	if c.joined(i) && subordinator[string(c.key(i-1))] && germanClauseNext[string(next)] {
		return true
	}
	return (c.isPunct(i-1, ',') || c.isPunct(i-1, ';')) && germanClauseAux[string(next)] && c.tok(i+2).kind == tWord && !c.tok(i+2).cap
}

// germanClauseAux are the auxiliaries after a clause's subject: germanAux
// and the third person's past and present ("hat", "war", "wurde"); folded.
var germanClauseAux = union(set("hat hatte war wurde"), germanAux)

// germanPersonObject reports whether token i, a word that no list holds
// but as a name and shaped as a given name, is the object of a German verb
// whose object is a person ("Er bat Stine, die ...", "fragte Hedda nach
// ...", "rief Emong an"); a noun there has its article ("bat den Polier").
func (c *scan) germanPersonObject(i int) bool {
	if i == 0 || i+1 >= c.n() || !c.joined(i) || !germanAskVerbs[string(c.key(i-1))] {
		return false
	}
	// (a given name in -e too: "bat Stine"; a noun in -e there is rare,
	// and has its article or "um": "bat um Hilfe")
	if w := c.key(i); !c.germanGivenShaped(i) && !(w[len(w)-1] == 'e' && len(w) <= 8 && c.nameLike(i) && !c.is(i, fFirst|fSurname)) {
		return false
	}
	n := c.tok(i + 1)
	return n.kind == tPunct || n.kind == tWord && !n.cap
}

// germanBat reports whether token k is the German "bat" (asked), not the
// French abbreviation of "bâtiment" that folds to the same word.
func (c *scan) germanBat(k int) bool {
	return c.st.german[k] && c.raw(k) == "bat"
}

// germanAskVerbs are German verbs whose object is a person: asking,
// calling, warning, informing; folded.
var germanAskVerbs = set("bat bittet fragte fragt informierte informiert warnte warnt rief ruft benachrichtigte beauftragte ermahnte wies")

// germanClauseNext are the words that follow a German clause's subject
// after its conjunction: articles, pronouns, prepositions, "nicht"; folded.
var germanClauseNext = set("der die das den dem des ein eine einen einem einer sich ihn ihm ihr sie es ohne nicht mit auf an unter beim zum zur")

// personObject are German and Dutch participles whose object is a person
// ("gebeten", "informiert", "gevraagd", "aangesproken"); folded.
var personObject = set(`gebeten gefragt angerufen informiert benachrichtigt verstandigt gewarnt ermahnt unterwiesen angewiesen eingewiesen beauftragt abgeholt begleitet geschickt
	gevraagd gebeld opgebeld aangesproken gewaarschuwd geïnformeerd ingelicht weggestuurd naarhuisgestuurd opgehaald begeleid geïnstrueerd gebriefd verzocht berispt`)

// objectVerbs are English verbs whose object is a person, objectNext the
// words that may follow that object ("asked April to stop", "treated
// Augustus for a cut"), dutchHave the Dutch auxiliaries of a perfect
// before its object ("heb April gevraagd"); folded.
var (
	objectVerbs = set("asked told reminded instructed warned called phoned informed helped sent treated thanked briefed")
	objectNext  = set("to for about that home not again")
	dutchHave   = set("heb hebben hebt heeft had hadden")
)

// surnameFirst reports whether token i, a listed family name that may
// also be a word or a place, stands before a comma and a listed given name
// that ends its clause (or a list's entry, before a dash), after a cue of
// authorship, a label's colon, a semicolon or a line's start: a register's
// "family name, given name" ("given by Haag, Katelyn", "Deelnemers: Haag,
// Pieter; Bakker, Anna", "Hoekstra, Fleur – geldig").
func (c *scan) surnameFirst(i int) bool {
	if !c.is(i, fSurname) || c.tok(i).allCap || !c.isPunct(i+1, ',') || i+2 >= c.n() || c.tok(i).newline || c.tok(i+1).newline {
		return false
	}
	if g := c.tok(i + 2); g.kind != tWord || !g.cap || g.allCap || !c.is(i+2, fFirst) {
		return false
	}
	if e := i + 3; e < c.n() && !c.tok(i+2).newline && !(c.tok(e).kind == tPunct && (strings.IndexByte(".;)|", c.text[c.tok(e).start]) >= 0 || c.dash(e))) {
		return false
	}
	if i == 0 || c.tok(i-1).newline {
		return true
	}
	return c.isPunct(i-1, ':') || c.isPunct(i-1, ';') || authorCue[string(c.key(i-1))]
}

// surnameInitials finds a register's "family name, initials": "Jansen,
// P.", "Smith, J.R.", "Vries, A. de", a listed family name anywhere, or a
// capitalised word in no list at a clause's start, after a cue of
// authorship or after a list's conjunction; where another rule found the
// family name already ("door Jansen, P."), the initials join it. Initials
// before a capitalised word start a name of their own ("Jansen, P.
// Bakker" is a list) and are left to the name rules; a company's form is
// no initials ("Amsterdam, N.V.").
func (c *scan) surnameInitials() {
	var persons map[int]int // the found persons' first token by their end offset, made when first asked
	personEnding := func(end int32) int {
		if persons == nil {
			persons = map[int]int{}
			for _, e := range c.st.ents {
				if e.Type == Person {
					persons[e.End] = e.Start
				}
			}
		}
		if start, ok := persons[int(end)]; ok {
			return c.tokenAt(start)
		}
		return -1
	}
	for i := 0; i+3 < c.n(); i++ {
		if !c.isPunct(i+1, ',') || !c.initialAt(i+2) || c.tok(i).newline || c.tok(i+1).newline {
			continue
		}
		t := c.tok(i)
		if t.kind != tWord || !t.cap || t.end-t.start < 2 {
			continue
		}
		end, n := i+3, 0 // end: the last initial's dot
		for k := i + 2; c.initialAt(k) && (k == i+2 || c.tok(k).start == c.tok(k-1).end || c.tok(k-1).spaceAfter && !c.tok(k-1).newline); k += 2 {
			end, n = k+1, n+1
		}
		if n > 1 && companyForm[fold(c.text[c.tok(i+2).start:c.tok(end).end])] {
			continue
		}
		for k := end + 1; k < c.n() && !c.tok(k-1).newline && c.particleAt(k) && !c.tok(k).cap; k++ {
			end = k // "Vries, A. de", "Berg, J. van den"
		}
		if k := end + 1; k < c.n() && !c.tok(end).newline && c.tok(k).kind == tWord && c.tok(k).cap {
			continue
		}
		if c.st.claimed[i] {
			// extend the person found that ends at the family name (when
			// a token starts where it does)
			if s := personEnding(t.end); s >= 0 {
				c.add(Person, s, end)
			}
			i = end
			continue
		}
		if c.st.claimed[i+2] && !c.personAt(i+2) || !c.is(i, fSurname) && !(c.capWord(i) && !c.is(i, fDict|fFirst|fOrg|fUnit) && c.initialledContext(i)) {
			continue
		}
		c.addName(i, end) // over a person the initials started: "Jansen, P.J." where "P.J." was found alone
		i = end
	}
}

// personAt reports whether a person found starts at token i.
func (c *scan) personAt(i int) bool {
	// (asked only where an initial was taken alone, which a text does
	// once or twice: a loop over what was found is enough)
	for _, e := range c.st.ents {
		if e.Type == Person && e.Start == int(c.tok(i).start) {
			return true
		}
	}
	return false
}

// rowNames finds the names in a file's row pasted into a text, fields
// parted by semicolons glued to them ("Runte;Pearl;heftruck;2026-03-04"):
// two neighbouring fields of one capitalised word each, at least one of
// them a listed name, are a person's family and given names, whatever the
// other is. A field of a common word, a place or a unit stays
// ("Hal;Lager;3", "Heftruck;Anna;Hal").
func (c *scan) rowNames() {
	lineEnd, width := -1, 0 // the current line's last token and its row's width, found once per line
	for i := 0; i+2 < c.n(); i++ {
		if !c.isPunct(i+1, ';') || !c.rowField(i) || !c.rowField(i+2) || c.tok(i).end != c.tok(i+1).start || c.tok(i+1).end != c.tok(i+2).start {
			continue
		}
		if c.st.claimed[i] && c.st.claimed[i+2] {
			continue
		}
		// (two fields that no list holds but as names, in a record of four
		// fields or more: "Sinaga;Cahyo;heftruck;2026-03-04")
		if !c.is(i, fFirst|fSurname|fWordName) && !c.is(i+2, fFirst|fSurname|fWordName) {
			if !c.nameLike(i) || !c.nameLike(i+2) {
				continue
			}
			if i > lineEnd {
				lineEnd, width = c.rowWidth(i)
			}
			if width < 4 {
				continue
			}
		}
		for _, k := range [2]int{i, i + 2} {
			if !c.st.claimed[k] {
				c.add(Person, k, k)
			}
		}
		i += 2
	}
}

// cellNames finds a name alone in a mark-up table's cell on a row that
// holds a found person ("<tr><td>Jan Smit</td><td>steigerbouwer</td>
// <td>Hedda</td></tr>"): a listed name that is no word, or a word no list
// holds but as a name. A table of things keeps its cells ("<td>Heftruck
// </td><td>Linde</td>"): the row needs its person.
func (c *scan) cellNames() {
	if !strings.Contains(c.text, "<td") && !strings.Contains(c.text, "<TD") {
		return
	}
	// the tokens of the persons found so far, marked once
	person := make([]bool, c.n())
	for _, e := range c.st.ents {
		if e.Type != Person {
			continue
		}
		for k := c.tokenFrom(e.Start); k < c.n() && int(c.tok(k).end) <= e.End; k++ {
			person[k] = true
		}
	}
	// row by row: a row runs from "<tr" to "</tr" (or the next "<tr", or
	// the text's end); each is walked twice, once for its persons, once
	// for its cells
	for start := 0; start < c.n(); {
		end := start + 1
		for end < c.n() && !c.rowTag(end) {
			end++
		}
		hasPerson := false
		for k := start; k < end && !hasPerson; k++ {
			hasPerson = person[k]
		}
		for k := start; hasPerson && k < end; k++ {
			if c.cellWord(k) && !c.st.claimed[k] && (c.is(k, fFirst|fSurname) && !c.is(k, fAmbiguousFirst|fWeakSurname|fWord|fDict) || c.nameLike(k)) {
				c.add(Person, k, k)
			}
		}
		start = end
	}
}

// rowTag reports whether token k opens a mark-up table's row or closes
// one: "<tr", "</tr".
func (c *scan) rowTag(k int) bool {
	if !c.isPunct(k, '<') || k+1 >= c.n() {
		return false
	}
	return c.wordIs(k+1, "tr") || c.isPunct(k+1, '/') && k+2 < c.n() && c.wordIs(k+2, "tr")
}

// cellWord reports whether token k is a cell's whole content: "<td>" before
// it, "</td>" after it.
func (c *scan) cellWord(k int) bool {
	return k >= 3 && k+3 < c.n() && c.tok(k).kind == tWord && c.isPunct(k-1, '>') && c.wordIs(k-2, "td") && c.isPunct(k-3, '<') &&
		c.isPunct(k+1, '<') && c.isPunct(k+2, '/') && c.wordIs(k+3, "td")
}

// rowWidth returns the last token of the line that token k is in, and the
// number of fields of that line's row: its semicolons glued to a field,
// plus one. rowNames asks once per line (a line of 64 KiB of fields must
// not be walked for each of them).
func (c *scan) rowWidth(k int) (end, width int) {
	start, end := k, k
	for start > 0 && !c.tok(start-1).newline {
		start--
	}
	for end+1 < c.n() && !c.tok(end).newline {
		end++
	}
	width = 1
	for j := start; j <= end; j++ {
		if c.isPunct(j, ';') && j > 0 && c.tok(j-1).end == c.tok(j).start {
			width++
		}
	}
	return end, width
}

// rowField reports whether token k is a row's whole field, one capitalised
// word that may be a name: a semicolon or the line's edge on each side.
func (c *scan) rowField(k int) bool {
	t := c.tok(k)
	if t.kind != tWord || !t.cap || t.allCap || t.end-t.start < 2 || c.is(k, fWord|fUnit|fOrg|fRole|fTitle|fOther|fGerman|fDeterminer|fMonth|fStaff) || c.is(k, fDict) && !c.is(k, fWordName) {
		return false
	}
	before := k == 0 || c.tok(k-1).newline || c.isPunct(k-1, ';') && c.tok(k-1).end == t.start || c.isPunct(k-1, '.') && c.isPunct(k+1, ';') && c.sentenceStart(k)
	// (a row pasted into a sentence's place: ". Sinaga;Cahyo;...;Fredrik.")
	after := k+1 >= c.n() || t.newline || c.isPunct(k+1, ';') && c.tok(k+1).start == t.end || c.isPunct(k+1, '.') && c.isPunct(k-1, ';') && (k+2 >= c.n() || c.tok(k+1).spaceAfter || c.tok(k+1).newline)
	return before && after
}

// companyForm are company forms written as initials, folded with their
// dots as the text has them.
var companyForm = set("B.V. N.V. S.A. A.G. C.V. S.E. b.v. n.v.")

// initialledContext reports whether token i stands where a register puts
// a name: at a clause's start, after a cue of authorship or a list's
// conjunction.
func (c *scan) initialledContext(i int) bool {
	if i == 0 || c.tok(i-1).newline {
		return true
	}
	return c.isPunct(i-1, ':') || c.isPunct(i-1, ';') || c.isPunct(i-1, '(') || c.sentenceStart(i) || authorCue[string(c.key(i-1))] || listJoin[string(c.key(i-1))]
}

// listJoin are the conjunctions of a list of names; folded.
var listJoin = set("en and und et")

// timeSubject returns the last token of a name (a listed one, even a
// word, or outside German one in no list) that starts a time-stamped log
// line before a lower-case verb, its subject ("07:45 Klein schaltet die
// Pumpe ab", "08h05 Hand coupe la pompe", "07:45 Dock Schuppe meldet
// ein Leck"), or -1. A noun there has its article, or its own case in
// English ("07:45 Pump stopped" stays: no listed name).
func (c *scan) timeSubject(i int) int {
	if i < 3 || c.tok(i-1).kind == tWord || !c.tok(i).cap || c.tok(i).allCap || c.tok(i-1).newline || c.st.claimed[i] {
		return -1
	}
	k := i - 1
	if c.dash(k) || c.isPunct(k, ':') {
		k-- // "07:45 - Klein", "07:45: Klein"
	}
	if !c.lineTime(k) || c.is(i, fOther|fGerman|fDeterminer|fMonth|fRole|fTitle|fOrg|fUnit|fParticle) {
		return -1
	}
	// (a word in no list too, outside German, where it may be a noun:
	// "08:05 Wiśniewska schakelt de pomp uit")
	if !c.is(i, fFirst|fSurname|fWordName) && !(c.capWord(i) && !c.is(i, fDict) && (!c.st.german[i] || foreignSurname(c.key(i)))) {
		return -1
	}
	end := c.familyAfter(i)
	if v := end + 1; v >= c.n() || !c.joined(v) || c.tok(v).kind != tWord || c.tok(v).cap || c.is(v, fParticle) {
		return -1
	}
	return end
}

// entryHead returns the last token of a name that heads a bulleted list's
// entry before a dash, or -1: a listed given name, an ambiguous one or a
// word-name, alone or before a capitalised word ("• Ben – snijwond
// vinger", "• Kiel Schmidt – chute"). Its entries name the people the
// list is about; a thing there is no listed name ("• Ladder – defect").
func (c *scan) entryHead(i int) int {
	if i == 0 || c.tok(i-1).newline || c.tok(i-1).kind != tPunct || !(i == 1 || c.tok(i-2).newline) || !c.tok(i).cap || c.tok(i).allCap || c.st.claimed[i] {
		return -1
	}
	if b := c.raw(i - 1); !(b == "•" || b == "-" || b == "*" || b == "·") {
		return -1
	}
	end := i + 1
	if c.is(i, fFirst|fWordName) && !c.is(i, fOther|fGerman|fDeterminer|fMonth|fRole|fTitle) {
		end = c.familyAfter(i)
	} else if end >= c.n() || !c.joined(end) || !c.nameLike(i) || !c.nameLike(end) {
		// or two words that no list holds but as names: "• Mpho
		// Hearne – Treppensturz"
		return -1
	}
	if d := end + 1; d >= c.n() || c.tok(end).newline || !c.dash(d) {
		return -1
	}
	return end
}

// germanPairSubject reports whether token i, starting a German sentence,
// and the next are a given name that no list holds and a family name that
// none holds or a list holds as no word, its subject before a finite verb:
// German nouns there take an article, and an adjective before one ends as
// adjectives do ("Erste Hilfe ist", "Neue Leiter hat"); a noun's shape
// ("Gerüst", "Werkstatt", "Ehestand Hoffmann hat") stays.
func (c *scan) germanPairSubject(i int) bool {
	n := i + 1
	if n+1 >= c.n() || !c.joined(n) || !c.nameLike(i) || c.is(i, fFirst|fSurname) || c.is(n, fFirst|fWeakSurname) || !c.beforeLowerWord(n) {
		return false
	}
	// (the family name may have been found alone: "Valdemar Nielsen
	// bestätigt das", where a list holds "Nielsen")
	if !c.nameLike(n) && !(c.is(n, fSurname) && c.capWord(n) && !c.tok(n).allCap && c.personAt(n)) {
		return false
	}
	if !c.germanGivenShaped(i) || germanNounShaped(c.key(n)) && len(c.key(n)) > 8 {
		return false
	}
	v := c.key(n + 1)
	return c.beforeVerb(n) || len(v) >= 3 && v[len(v)-1] == 't' && !germanTWords[string(v)] && !c.is(n+1, fParticle|fDeterminer)
}

// germanGivenShaped reports whether token i, in a German sentence, may be
// a given name that no list holds: a word in no list but as a name, of
// eight letters at most, that does not end as a German noun does nor as
// an adjective before a noun that is a sentence's subject (-e, -er, -es:
// "Erste Hilfe", "Defekter Stecker", "Kaltes Wasser"; "Jörgen" ends as
// the other cases do).
func (c *scan) germanGivenShaped(i int) bool {
	if !c.nameLike(i) || c.is(i, fFirst|fSurname) {
		return false
	}
	w := c.key(i)
	return len(w) <= 8 && !endsWithAny(w, "e", "er", "es") && !nounSuffix(w) &&
		!endsWithAny(w, "ung", "ion", "ik", "tat", "heit", "keit", "schaft", "st", "ch", "ei", "nis", "tum", "ling") &&
		// the heads of German compounds: "Ehestand", "Werkzeug", "Umbau"
		!endsWithAny(w, "stand", "land", "band", "wand", "rand", "grund", "zeug", "werk", "raum", "haus", "bau", "amt", "stoff", "gang", "lauf", "fall", "satz", "zug", "mann")
}

// germanTWords are German words ending in t that are no verb.
var germanTWords = set("mit seit nicht jetzt erst zuletzt sonst meist fast bereits damit somit statt samt nebst recht gut laut entlang selbst")

// registerHead reports whether token i starts a register's line (or an
// entry after a semicolon) with a family name, a comma and a given name
// before a dash, both words that no list holds but as names.
func (c *scan) registerHead(i int) bool {
	if i > 0 && !c.tok(i-1).newline && !c.isPunct(i-1, ';') || i+3 >= c.n() || !c.isPunct(i+1, ',') || c.tok(i+2).newline || !c.dash(i+3) {
		return false
	}
	return c.nameLike(i) && c.nameLike(i+2)
}

// familyAfter returns token i+1 when it is a family name after the given
// name at token i, a listed one or a capitalised word in no list
// ("Dock Schuppe", "Kiel Schmidt"), or else i.
func (c *scan) familyAfter(i int) int {
	if n := i + 1; n < c.n() && c.joined(n) && c.tok(n).cap && !c.tok(n).allCap && !c.st.claimed[n] && (c.is(n, fSurname) || c.capWord(n) && !c.is(n, fDict)) {
		return n
	}
	return i
}

// lineTime reports whether token k ends a time that starts its line, or
// follows the line's bullet: "07:45", "07.45", "07h45".
func (c *scan) lineTime(k int) bool {
	if k < 2 || c.tok(k).kind != tNum || c.tok(k-2).kind != tNum || c.tok(k-1).start != c.tok(k-2).end || c.tok(k).start != c.tok(k-1).end ||
		!(c.isPunct(k-1, ':') || c.isPunct(k-1, '.') || c.wordIs(k-1, "h")) || c.tok(k).end-c.tok(k).start != 2 {
		return false
	}
	s := k - 2
	return s == 0 || c.tok(s-1).newline || c.tok(s-1).kind == tPunct && (s == 1 || c.tok(s-2).newline)
}

// dash reports whether token k is a dash standing apart, as a list's
// entries use it: "Hoekstra, Fleur – certificaat verlopen".
func (c *scan) dash(k int) bool {
	if !c.tok(k).spaceAfter || k == 0 || c.tok(k-1).end == c.tok(k).start {
		return false
	}
	switch c.raw(k) {
	case "-", "–", "—":
		return true
	}
	return false
}

// authorCue are the words before a report's author or speaker.
var authorCue = set("by door von par van")

// listedObject reports whether token i, a listed given name that may also
// be a month, a place or a word, is a verb's person object: between an
// auxiliary and a participle whose object is a person ("Ik heb April
// gevraagd", "Wir haben Milan gebeten"), or after an English verb of
// asking or treating and before what it asks ("I asked April to stop").
func (c *scan) listedObject(i int) bool {
	if i == 0 || i+1 >= c.n() || !c.is(i, fFirst) || c.tok(i).allCap {
		return false
	}
	if (c.germanClauseName(i) || dutchHave[string(c.key(i-1))] && !c.tok(i-1).cap && c.joined(i) && c.joined(i+1)) && personObject[string(c.key(i+1))] {
		return true
	}
	return c.joined(i) && c.joined(i+1) && objectVerbs[string(c.key(i-1))] && !c.tok(i-1).cap && objectNext[string(c.key(i+1))] && !c.tok(i+1).cap
}

// germanAux are German auxiliaries and modals that auxVerbs lacks, being
// no sign of a subject before them ("Kollegen haben ...").
var germanAux = set("habe haben hast habt hatten ist sind wird werden soll sollte muss musste kann")

// strictSentenceStart is sentenceStart without the colon: after "Naam:"
// a capital is more likely a name than a sentence.
func (c *scan) strictSentenceStart(i int) bool {
	return c.sentenceStart(i) && !(i > 0 && c.isPunct(i-1, ':'))
}

func (c *scan) names() {
	for i := 0; i < c.n(); i++ {
		if c.st.claimed[i] {
			continue
		}
		t := c.tok(i)
		if t.kind != tWord {
			continue
		}
		if !t.ascii && !t.cap && caselessScript(c.raw(i)) {
			// "Zhang Wei (张伟)", "محمد العلي": these scripts have no
			// capitals, and in a report in these four languages a word in
			// them is a name far more often than anything else
			c.add(Person, i, i)
			continue
		}
		if end := c.signature(i); end >= i {
			c.addName(i, end) // "Cordialement, Hal Bode": the writer, whatever the words
			i = end
			continue
		}
		if t.cap && i+1 < c.n() && c.tok(i+1).cap && questionAux[string(c.key(i))] && c.sentenceStart(i) && c.questionAhead(i) {
			continue // "Can Nadia confirm ...?", "Did Sarah call ...?": the question's verb, then the name
		}
		if i+1 < c.n() && c.tok(i+1).kind == tWord && c.tok(i+1).cap && c.joined(i+1) && stormWords[string(c.key(i))] && !c.is(i+1, fSurname) && !c.st.claimed[i+1] {
			i++ // "Storm Ciarán", "Sturm Xaver", "orkaan Katrina": a storm's given name ("Storm Jansen" is a person's)
			continue
		}
		if end := c.labelFieldName(i); end > i {
			c.addName(i, end) // "Melder: Maxim Ketterij, tel. ...": a person's field, whatever the words
			i = end
			continue
		}
		if c.genitiveOwner(i) {
			c.addName(i, i) // "Webers Hand wurde eingeklemmt", "Annas Helm fehlte"
			continue
		}
		if c.personFrame(i) {
			// "Hope and I checked", "samen met Roos", "de helm van Storm":
			// where only a person stands, whatever the word; a family name
			// after it goes with it ("call Paris Hilton")
			end := c.nameBody(i)
			if end <= i {
				end = c.wordAndName(i, true)
			}
			c.addName(i, end)
			i = end
			continue
		}
		if t.cap && !t.allCap && i+1 < c.n() && !c.tok(i+1).cap && c.fromUnit(i) && (c.is(i, fSurname) || c.capWord(i) && !c.is(i, fDict|fFirst) && (!c.st.german[i] || foreignSurname(c.key(i)))) &&
			!c.is(i, fDeterminer|fOther|fGerman|fRole|fTitle|fOrg|fStaff|fParticle|fUnit) {
			// "Brown van de werkplaats tekent af", "Bakker from the
			// workshop", "Wood aus der Werkstatt": a person of a unit (in
			// German a listed one: "am Eingang von Gebäude B")
			c.addName(i, i)
			continue
		}
		if t.cap && !t.allCap && c.is(i, fSurname|fFirst) && !c.is(i, fDeterminer|fOther|fGerman|fRole|fTitle|fOrg|fStaff|fParticle) && c.adverbSubject(i) {
			// "Heute war Wagner nicht da", "Vandaag was Hand er niet": a
			// listed name after a sentence's adverb and its verb, the
			// subject, alone ("Gestern ist Kowalczyk von der Leiter")
			c.addName(i, i)
			continue
		}
		if end := max(c.entryHead(i), c.timeSubject(i)); end >= i {
			// a line's head: "• Ben – snijwond vinger", a list's entry, is
			// a person's; "07:45 Klein schaltet die Pumpe ab", "08h05 Hand
			// coupe la pompe": a time-stamped log line's subject (a line
			// starts with a bullet or a time, never both at token i)
			c.addName(i, end)
			i = end
			continue
		}
		if c.registerHead(i) {
			// "Kubheka, Mpho – Staplerschein abgelaufen": a register's
			// family and given names that no list holds, before a dash
			c.addName(i, i)
			c.addName(i+2, i+2)
			i += 2
			continue
		}
		if c.surnameFirst(i) {
			// "given by Haag, Katelyn", "Deelnemers: Haag, Pieter;": a
			// register's family name before its given name, even a place
			c.addName(i, i)
			continue
		}
		if end := c.callee(i); end >= i {
			// "Call Milan on 06-...", "bel Roos op 06-...", "reach Santa
			// King on 06-..." (before the saints: no town is called)
			c.addName(i, end)
			i = end
			continue
		}
		if t.cap && c.is(i, fRare) {
			if k := c.saintName(i); k > i {
				// "Sint-Niklaas", "Saint-Étienne", "Sankt Augustin", "St.
				// Albans": a place or a church named after a saint
				i = c.saintPlace(k)
				continue
			}
		}
		if t.cap && !c.is(i, fTitle|fRole) {
			if end := c.orgRun(i); end >= i {
				i = end // "Boels Verhuur", "Vinci Construction": an organisation
				continue
			}
		}
		if t.allCap {
			if end := c.registerName(i); end > i {
				c.add(Person, i, end) // "Slachtoffer: DE JONG, A.", "Name of injured person: KOWALSKI, Marek"
				i = end
				continue
			}
		}
		if c.is(i, fBirth) {
			if start := c.maidenName(i); start > i {
				if end := c.nameFrom(start); end >= start {
					c.addName(start, end) // "Frau Schmidt, geb. Müller", "Mme Martin, née Dubois", "geboren De Vries"
					i = end
					continue
				}
			}
		}
		// a cue: title or role word, then the name
		if c.is(i, fTitle|fRole) {
			k := i + 1
			for k < c.n() && (c.isPunct(k, '.') && c.is(i, fTitle) || c.isPunct(k, ':') || c.isPunct(k, ',')) && k <= i+2 {
				k++ // (a role's full stop ends its sentence: "were present. Reported by")
			}
			if k == i+1 && c.jsonKey(i) {
				k = i + 4 // a JSON key's value: {"getuige": "Fleur"}
			}
			if c.is(i, fNameLabel) && k > i+1 {
				// "Naam: VAN DAM, Pieter": a name label's value is a name
				// in any case, capitals too
				if end := c.capitalsRun(k); end >= k {
					c.add(Person, k, end)
					i = end
					continue
				}
			}
			if c.is(i, fTitle) && t.end-t.start == 1 && !c.isPunct(i+1, '.') {
				continue // "m" without a dot is a unit (metres)
			}
			if c.initialAt(i) && i >= 2 && c.isPunct(i-1, ',') && c.st.claimed[i-2] && c.capWord(i+2) {
				// in a list of initialled names "M." is an initial, not
				// "Monsieur": "S. Campbell, A. Kowalski, M. Rossi"
				if end := c.nameBody(i); end > i+1 {
					c.addName(i, end)
					i = end
					continue
				}
			}
			if c.wordIs(i, "miss") && (!t.cap || t.allCap || c.wordIs(i-1, "near")) {
				continue // "near miss", "NEAR MISS. Reported by": a safety term; "Miss Lee" is a title
			}

			// "collega Jan", "Herr Müller", "mevr. El Amrani", "dhr. J. de Vries"
			start := k
			if c.wordIs(i, "von") && !t.cap && start < c.n() && c.st.german[start] && !c.is(start, fFirst|fSurname) && germanNounShaped(c.key(start)) && !foreignSurname(c.key(start)) {
				continue // German "von" before a noun is of or from, not by: "beim Umfüllen von Salzsäure"
			}
			if start < c.n() && c.tok(start).cap {
				if end := c.orgRun(start); end >= start {
					i = end // "namens Koopmans Installatietechniek B.V."
					continue
				}
				if c.roleListedName(i, start) {
					// "Opvolging door teamleider West.", "(bedrijfsarts
					// Dach)": a role's listed family name that is a word too,
					// ending the clause
					c.addName(start, start)
					i = start
					continue
				}
				if c.titledListedName(i, start) {
					// "Herrn Hand", "Mevrouw Bakker": a listed name that is
					// also a common word is the name after a title
					end := c.wordAndName(start, true)
					c.addName(start, end)
					i = end
					continue
				}
				if c.isPunct(start-1, ':') && c.is(start, fFirst) && !c.is(start, fOther|fGerman|fDeterminer) && c.labelValue(start) {
					// a listed given name that is a place or a word too, as
					// a role's whole value: "Afwezig: Milan (vakantie)"
					c.addName(start, start)
					i = start
					continue
				}
				if c.commonWord(start) && !c.is(start, fCompound) && !(c.joined(start+1) && c.is(start+1, fFirst|fSurname)) {
					continue // "Owner: Site Manager, Priority: High"; not "Melder: Bloem Jansen"
				}
			}
			if start < c.n() && c.particleAt(start) && (c.tok(start).cap || c.is(i, fTitle)) {
				// "De heer Van 't Hof"; after a title the particle may be
				// lower case ("mevrouw van 't Veer", "Frau von der Leyen")
				if end := c.particleName(start); end > 0 {
					c.addName(start, end)
					i = end
					continue
				}
			}
			if c.is(i, fTitle) && c.bareInitial(start) {
				// "Mr J Smith": an initial without its dot after a title
				if end := c.nameBody(start + 1); end > start {
					c.addName(start, end)
					i = end
					continue
				}
			}
			if start < c.n() && (c.capWord(start) && (!c.is(start, fUnit) || c.is(start, fFirst)) || c.initialAt(start) || c.cuedGivenName(start) || c.wholeWordName(start) ||
				start+1 < c.n() && c.joined(start+1) && c.givenNameBefore(start+1)) { // "Reporter: Hal Koch"
				end := c.nameBody(start)
				if end < start && c.wholeWordName(start) {
					end = c.wordAndName(start, false) // "Owner: Dock", "Ehefrau Dock,", "door Dock Mante"
				}
				if end < start && start+1 < c.n() && c.joined(start+1) && c.givenNameBefore(start+1) {
					end = c.nameBody(start + 1) // "Frau Line Weber": a given name that is a word, then the family name
				}
				if t.allCap && c.tok(start).allCap {
					// a text in capitals: "MELDER XIOMARA RUIZ HEEFT", where
					// "RUIZ" is as short as an acronym
					end = max(end, c.capitalsRun(start))
				}
				if end >= start {
					c.addName(start, end)
					i = end
				}
			} else if (c.is(i, fNaming) || kinWords[string(c.key(i))] && start == i+1) && c.namedWord(start) && !c.is(start, fOther|fGerman|fDeterminer|fParticle) {
				// "hij heet Bas": after a naming verb even a common word is
				// a name
				end := c.wordAndName(start, false)
				c.addName(start, end)
				i = end
			} else if end := c.lowerName(start); end > start {
				c.add(Person, start, end) // "melder jan de vries"
				i = end
			} else if end := c.labelledLowerName(start); end >= start && start > i+1 && c.isPunct(start-1, ':') {
				// "supervisor: sarah lee": a role as a label, then a name
				// typed in lower case
				end = c.lowerFamily(end)
				c.add(Person, start, end)
				i = end
			} else if end := c.cuedLowerName(start); end >= start {
				// "meneer jansen", "mevrouw de vries", "dochter lotte"
				end = c.lowerFamily(end)
				c.add(Person, start, end)
				i = end
			}
			continue
		}
		if !t.cap {
			// lower-case particle before a known family name: "de Vries"
			// (in German "der" alone is an article: "in der Charité"; "den"
			// starts Dutch names there too: "Melder: Jan den Hartog")
			if c.particleAt(i) && !(c.germanArticle(i) && c.wordIs(i, "der")) {
				if end := c.particleName(i); end > 0 {
					c.addName(i, end)
					i = end
				}
			} else if end := c.lowerName(i); end > i {
				c.add(Person, i, end)
				i = end
			} else if end := c.initialledLower(i); end > i {
				c.add(Person, i, end)
				i = end
			} else if c.lowerFirstName(i) && (c.lower || c.lowerNameInText(i)) || c.germanLowerName(i) {
				// a text typed without any capital ("ik (henk) heb het
				// aan peter gemeld"): a listed given name that is no word
				end := c.lowerFamily(i)
				c.add(Person, i, end)
				i = end
			} else if end := c.lowerDoubleName(i); end > i {
				end = c.lowerFamily(end)
				c.add(Person, i, end) // "jean-marc", "anne-sophie", "jan-willem"
				i = end
			} else if c.lower && c.lowerSubject(i) {
				// ... and one that is short or also a word, where it is a
				// person: "jan viel", "tom says he slipped", "de nieuwe
				// jongen, tim, had"
				end := c.lowerFamily(i)
				c.add(Person, i, end)
				i = end
			}
			continue
		}
		if end := c.holderName(i); end >= i {
			c.addName(i, end) // "t.n.v. Justice Koss": an account's holder
			i = end
			continue
		}
		if end := c.agedName(i); end >= i {
			c.addName(i, end) // "(Luka, 19)", "(Ana Horvat, 34 jaar)": a person and an age
			i = end
			continue
		}
		switch {
		case c.dateWord(i):
			// "Jan 5, 2026", "5 Jan 2026", "Mon, Jan 5": a date's month or
			// day, though "Jan" is a given name too
		case c.residencePlace(i):
			// "habite à Villeurbanne", "lives in Basingstoke", "née à
			// Brest", "woont te Nieuw-Vennep": a town, whatever its words
			// (a town has no given name in it: "woont in Amsterdam Jan
			// Bakker belde" keeps its name)
			for n := 0; n < 3 && i+1 < c.n() && (c.capitalised(i+1) && c.joined(i+1) && !c.is(i+1, fFirst) || c.hyphenContinues(i+1) > i+1); n++ {
				i++
			}
		case c.is(i, fFirst) && !t.allCap && !c.st.german[i] && i+1 < c.n() && c.joined(i+1) && c.surnameAfterName(i+1) &&
			!c.is(i, fAuxVerb|fNameVerb|fOther|fDeterminer|fTitle|fRole|fMonth) && !c.sentenceStart(i) && !c.heading(i):
			// inside a Dutch, English or French sentence, where words are
			// written in lower case, a listed given name and family name
			// even where both are words: "Gisteren is Hal Koch gevallen"
			end := max(i+1, c.nameBody(i))
			c.addName(i, end)
			i = end
		case c.listedObject(i):
			// even a listed given name that is also a word, a month or a
			// place, where the verb has a person: "Wir haben Milan
			// gebeten", "Ik heb April gevraagd", "I asked April to stop"
			c.addName(i, i)
		case c.is(i, fFirst|fSurname) && !t.allCap && c.invertedSubject(i):
			// even a listed name that is also a word or a place, in the
			// subject's place: "Gisteren heeft Milan de melding gedaan",
			// "Gestern hat Jean Haag den Unfall gemeldet"
			end := c.subjectEnd(i)
			c.addName(i, end)
			i = end
		case c.initialAt(i) && !(c.joined(i) && (c.tok(i-1).cap && c.is(i-1, fWord|fDict|fUnit) || c.is(i-1, fUnit)) && !c.is(i-1, fTitle|fRole|fParticle|fNaming) &&
			(!c.is(i-1, fFirst) || c.is(i-1, fAmbiguousFirst))):
			// (not the letter of a designation: "in der Halle B. Gemeldet
			// von ...", "Hal C. Daarna ...", "in magazijn B. Afgevoerd.")
			end := c.nameBody(i)
			// an initial alone is not a name: it must reach a word
			if end > i+1 {
				c.addName(i, end)
				i = end
			}
		case c.is(i, fFirst) && !c.is(i, fWord) && !c.codeLabel(i):
			next := i + 1
			// a given name that is also a determiner ("Elke dag", Dutch
			// "each") is as ambiguous as a listed ambiguous one
			amb := c.is(i, fAmbiguousFirst|fDeterminer)
			if amb && c.st.german[i] && !c.is(i, fGermanWord|fDeterminer|fOther|fGerman) {
				// ambiguity is a language's: in a German sentence "Mats",
				// "Merle", "Floor" are no word ("Der Helm gehört Mats")
				amb = false
			}
			strong := !amb || (next < c.n() && c.joined(next) && (c.capWord(next) || c.particleAt(next) || c.initialAt(next) && c.capWord(next+2)))
			if amb && c.is(i-1, fDeterminer) && c.joined(i) && !(c.joined(next) && c.is(next, fSurname) && !c.is(next, fWeakSurname)) && !c.speakerAfterVerb(i) {
				// after an article an ambiguous given name is its word, and
				// starts a thing's name: "the Crystal Palace", "die Rose"
				// (not before a listed family name: "the Will Smith case";
				// French "dit" is a verb: "», a dit Rose.")
				for i+1 < c.n() && c.capitalised(i+1) && c.joined(i+1) {
					i++
				}
				continue
			}
			if c.sentenceStart(i) && amb && !(next < c.n() && c.capWord(next) && c.is(next, fSurname)) {
				// "Roos zei", "Mark had", "Ben viel": as the subject of a
				// verb of saying or an auxiliary, even an ambiguous name is
				// one ("Ben je ..." stays)
				// ("Dan zei hij ...": an adverb before an inverted subject;
				// "Bill signed the permit": a past tense, a month aside)
				// (or particles and a capitalised word: "Pierre du Pont est
				// tombé", "Lucas du Mahe et ...")
				strong = strong && next < c.n() && c.joined(next) && (c.capWord(next) || c.particleAt(next) && !c.tok(next).cap && c.capWord(c.particlesFrom(next)) || c.initialAt(next) && c.capWord(next+2)) ||
					(c.beforeVerb(i) || c.pastVerb(next) && !c.is(i, fMonth)) && !c.inversion(next)
			}
			if !strong && c.st.german[i] && c.germanClauseName(i) {
				// "Ich habe Cassie gebeten", "..., dass Kip ohne Helm ...":
				// German puts a noun there with its article
				strong = true
			}
			if !strong && c.st.german[i] && i > 0 && c.isPunct(i-1, ',') && c.joined(next) && c.beforeVerb(i) && !germanNounShaped(c.key(i)) {
				// a German clause after a comma starts with its subject:
				// "..., Adele hatte keine Zeit mehr" (a noun there has its
				// article, or is shaped as a noun: "..., Zeit hatte keiner")
				strong = true
			}
			if !strong && (c.afterAccording(i) || c.sentenceStart(i) && c.possessiveS(next) || c.invertedSubject(i) || c.speakerAfterVerb(i)) {
				// "Laut Bobby war ...", "Brooks's glove": a source, an owner;
				// "..., meint Octavia.": the speaker after reported speech
				strong = true
			}
			if !strong && (c.labelValue(i) || c.isPunct(i-1, ':') && c.personLabel(i-1) && !c.beforeLowerWord(i)) {
				// a label's whole value: "afwezig: Wim (ziek)", "Getuige: Roos",
				// "beheerder: Fleur 06-11223344"; a person's label's first
				// word: "Handtekeningen: Clementine Hand" (not "Owner: Will
				// be decided")
				strong = true
			}
			if !strong && !c.sentenceStart(i) && !c.st.german[i] && c.capWord(i) && !c.labelCompound(i) && !c.hyphenBefore(i) && !c.heading(i) {
				// within a sentence, where Dutch, English and French write
				// common words in lower case, even an ambiguous given name
				// is a name, as any unknown capitalised word is ("we told
				// Mark", "hebben we Bas gebeld"); not in a heading ("Working
				// on Rocky Ground")
				strong = true
			}
			if strong {
				end := c.nameBody(i)
				if end < i {
					end = i
				}
				c.addName(i, end)
				i = end
			}
		case c.particleAt(i) && !c.germanArticle(i):
			if end := c.particleName(i); end > 0 {
				c.addName(i, end)
				i = end
			}
		case c.is(i, fSurname) && !c.is(i, fWeakSurname) && c.capWord(i) && (!c.sentenceStart(i) || c.beforeLowerWord(i) || c.labelValue(i)) && !c.wordBeforeLetter(i):
			// a listed family name; at a sentence's start only as the
			// subject of what follows ("Nguyen agreed with ...") or as a
			// label's whole value ("AP: Jansen – hekwerk", "Taak: Dekker")
			c.addName(i, i)
		case !c.st.claimed[i] && c.subjectSurname(i):
			// "Brown checked them", "Ter info: Visser is vanaf maandag
			// weer inzetbaar", "Zur Info: Wiśniewska ist krank"
			c.addName(i, i)
		case c.is(i, fSurname|fFirst) && c.capWord(i) && (c.afterAccording(i) || c.surnamePair(i)):
			// even a family name that is also a word: "laut Schneider",
			// "Wagner und Becker haben ..."
			c.addName(i, i)
		case c.capWord(i) && !t.allCap && (c.afterDeterminer(i) && !c.speakerAfterVerb(i) || c.designation(i) || (c.is(i-1, fUnit|fVehicle) && c.joined(i) && !c.germanBat(i-1))):
			// "the Safety Officer", "het Werkplan", "la Salle des
			// Machines", "de Kantelbeveiliging": capitalised nouns after
			// an article, "Lijn 3", "Loading Bay 4": designations, and
			// "afdeling Logistiek", "Abteilung Technik": a unit's name, not
			// a person's, "Vehicle Alfa Romeo", "voertuig Volkswagen
			// Crafter": a vehicle's make; skip the whole capitalised run,
			// but for a family name no word is at its end: a project or a
			// house named after its client ("Project Nieuwbouw Jansen",
			// "Project Villa Kowalski"), who is a person
			if c.clientName(i) && c.is(i-1, fUnit) {
				c.add(Person, i, i) // "Afdeling Jansen meldde", "station Jansen": named after a person
			}
			for i+1 < c.n() && c.capitalised(i+1) && c.joined(i+1) {
				i++
				if c.clientName(i) {
					c.add(Person, i, i)
				}
			}
		case c.is(i, fUnit) && !c.is(i, fFirst|fSurname):
			// a unit's or a firm's word, capitalised at a sentence's start
			// or in a title ("Leverancier Würth", "Zone Rood"): the words
			// after it name the unit, as after "afdeling"
		case (c.capWord(i) && !c.is(i, fDict) || c.wholeWordName(i)) && !t.allCap && c.isPunct(i-1, ':') && c.personLabel(i-1):
			// the value of a label that names a person's part: "Owner:
			// Xiomara", "Assigned to: Xiomara Ruiz", "Responsable : Gwenola"
			end := c.nameBody(i)
			if end < i {
				end = i
			}
			c.addName(i, end)
			i = end
		case c.capWord(i) && !t.allCap && !c.commonWord(i) && !c.townAlone(i):
			// an unknown capitalised word: a name by its shape (a town
			// is none: "naar Hellendoorn", "Kerkstraat 5, Kortrijk")
			next := i + 1
			startOK := !c.st.german[i] || !c.strictSentenceStart(i)
			switch {
			case c.is(i, fDict) && c.strictSentenceStart(i) && next < c.n() && c.joined(next) && c.is(next, fFirst|fSurname) && c.tok(next).cap:
				// "Klant Pietersen belde": the name starts after the noun
			case c.is(i, fDict) && c.nounOfName(next):
				// "Werkplek van Sandra", "Auto van Piet": a common noun, "of",
				// and a given name; the name starts after the particle and
				// is found there
			case !startOK && c.germanPairSubject(i):
				// "Valdemar Nielsen bestätigt das": a German sentence's
				// subject, two words no list holds but as names
				c.addName(i, next)
				i = next
			case startOK && next < c.n() && c.quotedNickname(next):
				// "Oluwaseun "Seun" Bakare", "Chukwuemeka (Emeka) Obi"
				if end := c.nameBody(i); end > i {
					c.addName(i, end)
					i = end
				}
			case startOK && !c.afterGermanArticle(i) && !(c.wordIs(next, "m") && c.tok(next).cap && c.isPunct(next+1, '.') && !c.is(i, fFirst)) && next < c.n() && c.joined(next) && (c.capWord(next) || c.initialAt(next) || (c.particleAt(next) && c.particleName(next) > 0) || (c.bridgingParticle(next) && !c.is(i, fDict) && next+1 < c.n() && c.capWord(next+1) && (!c.st.german[i] || c.is(next+1, fSurname)) && !(c.is(next+1, fFirst) && !c.is(next+1, fSurname) && !c.is(i, fFirst)))):
				// two capitalised words, or one, particles and another:
				// "Roosmarijn Brouwers", "Teun van Asselt"; in German,
				// where nouns are capitalised, "Eingang von Gebäude" is
				// no name: there the word after "von" must be a family name;
				// nor does a particle join an unlisted word to a given name
				// ("Kannst du Brisa anrufen?"), nor a common word to a
				// capital ("Gebruik de Ansell handschoenen", a verb, an
				// article and a brand); "M." after a word no given-name list
				// holds is "Monsieur", a title ("Prévenir M. Garnier")
				if end := c.nameBody(i); end > i {
					c.addName(i, end)
					i = end
				}
			case c.possessiveS(next) && next+2 < c.n() && personalThing[string(c.key(next+2))]:
				c.addName(i, i) // "Autumn's glove was torn", "Sterling's wife was called"
			case c.sentenceStart(i) && next < c.n() && !c.tok(next).cap && (c.is(next, fNameVerb|fAuxVerb) || c.pastTense(i, next)) && (!c.is(i, fDict) || !copula[string(c.key(next))] && !c.wordIs(next, "dit") || c.passeCompose(next)) && !c.inversion(next) && !(c.is(i, fDict) && (c.subjectAfterVerb(next) || lowerAfterApostrophe(c.raw(i)))) &&
				!(c.st.german[i] && (germanPredicative(c.key(i)) || len(c.key(i)) > 8 && germanNounShaped(c.key(i)) && !c.is(next, fNameVerb))):
				// (a common word before a verb that its subject follows is
				// an adverb: "Plotseling viel de stroom uit", "Vervolgens
				// belde Piet", "Sofort fiel Jan"; a French elided noun is a
				// thing: "L'unité a été mise en sécurité")
				// (in German a long word shaped as a noun is a thing before
				// any verb but one of saying: "Rettungswagen wurde gerufen",
				// "Wahlkreis hat ..."; a listed name never comes here)
				// (a common word there before a mere copula is a thing:
				// "Dust was everywhere", and before "dit" Dutch: "Zie dit
				// rapport"; before a verb of saying or of what
				// befalls a person it is a name: "Garland fell", "Kick zei")
				c.addName(i, i) // "Wiebke sagte", "Liesbeth had geen", "Gaëtan ne portait"
			case c.invertedSubject(i):
				c.addName(i, i) // "Dann hat Bjarne den Helm vergessen"
			case c.st.german[i] && c.germanClauseName(i) && personObject[string(c.key(next))] && !c.is(i, fOrg|fUnit|fRole|fStaff) && !germanNounShaped(c.key(i)):
				// "Ich habe Miracle gebeten": what one asks, informs or
				// instructs is a person, and a noun there has its article
				c.addName(i, i)
			case c.st.german[i] && c.germanPersonObject(i):
				// "Er bat Stine, die Paletten wegzuräumen": what one asks,
				// calls or warns is a person
				c.addName(i, i)
			case c.st.german[i] && c.germanClauseSubject(i):
				// "Als Denisz die Palette anhob", "..., Aleksi hat ihn
				// aufgefangen": a German clause's subject without article
				c.addName(i, i)
			case c.speakerAfterVerb(i):
				// "Das Kabel lag quer, sagte Folasade.", "« ... », dit Heikki."
				// (outside German too: "dit" is also the Dutch "this",
				// before which a capital is a noun)
				c.addName(i, i)
			case c.st.german[i] && (!c.sentenceStart(i) || c.isPunct(i-1, '(')) && foreignSurname(c.key(i)) && !c.labelCompound(i) && !c.hyphenBefore(i):
				// German capitalises every noun, but its nouns do not end
				// as Slavic, Balkan, Romanian, Turkish, Armenian or
				// Scandinavian family names do: "Heute hat sich Yusupov
				// verletzt", "traf Jovanović", "Der Fahrer (Lindqvist)"
				c.addName(i, i)
			case !c.st.german[i] && !c.sentenceStart(i) && !c.labelCompound(i) && !c.afterPlaceHyphen(i) && !c.articleNoun(i) &&
				!(c.is(i, fDict) && c.isPunct(i+1, ':')) && !c.afterPostcode(i) && !c.wordBeforeLetter(i):
				// (a common word before a colon is a form's label: "Naam:
				// Jan | Functie: vlechter"; an unknown one may be a speaker:
				// "Kowalczyk: ik zag het")
				// mid-sentence capitals are proper nouns in Dutch, English
				// and French; places and days are in the common-word list
				c.addName(i, i)
			}
		}
	}
}

// commonWord reports whether token i, a capitalised word in no list, is a
// common word of the dictionary used as one: in a heading ("Working at
// Height", "Status: Open, Owner: Site Manager") or next to another
// capitalised common word, directly or across one lower-case function
// word ("the Fire Marshal", "Health and Safety Executive", "Gebrek aan
// Toezicht"). Such a word starts no name by
// its shape. Alone within a sentence it is still read as a name ("op
// verzoek van Kick"); after a given name it may end one ("Jan Hill"), and
// a listed family name after it takes it along ("Rusty Smith").
func (c *scan) commonWord(i int) bool {
	if !c.is(i, fDict) {
		return false
	}
	return c.dictNeighbour(i, -1) || c.dictNeighbour(i, 1) || c.heading(i)
}

// span is a sentence's tokens [from, to) and whether it is a heading.
type span struct {
	from, to int
	heading  bool
}

// heading reports whether token i's sentence capitalises every content
// word, as headings and labels do ("Toolbox Talk: Working at Height",
// "Status: Open, Owner: Site Manager"): two capitalised words of five
// letters or more after its first, and none in lower case (function words
// aside). Worked out when first asked, for the few sentences that hold a
// capitalised common word, and kept for the scan.
func (c *scan) heading(i int) bool {
	// the sentences asked about, disjoint and in order: found by halving,
	// as a text of many short sentences asks about each
	hs := c.st.headings
	at := sort.Search(len(hs), func(j int) bool { return hs[j].to > i })
	if at < len(hs) && hs[at].from <= i {
		return hs[at].heading
	}
	from := i
	for from > 0 && !c.sentenceBreak(from-1) {
		from--
	}
	to := i
	for to < c.n() && !c.sentenceBreak(to) {
		to++
	}
	to = min(to+1, c.n())
	upper, lower := 0, 0
	for k := from + 1; k < to; k++ {
		t := c.tok(k)
		if t.kind != tWord || c.st.claimed[k] || t.end-t.start < 5 || t.allCap || c.is(k, fOther|fGerman|fDeterminer|fParticle) {
			continue
		}
		switch {
		case !t.cap:
			lower++
		case c.is(k, fDict|fWord) && !c.is(k, fFirst|fSurname):
			// only common words capitalised make a heading: in "Witness:
			// Arden (Shanahan)" the capitals are the names'
			upper++
		}
	}
	s := span{from: from, to: to, heading: upper >= 2 && lower == 0}
	c.st.headings = slices.Insert(hs, at, s)
	return s.heading
}

// markGerman decides per sentence whether it reads as German: by its
// function words, and as tiesGerman says where they tie. It returns the
// text's German and other function words, and whether any sentence tied.
func (c *scan) markGerman(tiesGerman bool) (de, other int, ties bool) {
	st := c.st
	for from := 0; from < len(st.toks); {
		to, d, o := from, 0, 0
		for ; to < len(st.toks); to++ {
			f := st.flags[to]
			if st.claimed[to] {
				f = 0 // the words of an e-mail address ("werk.de") are no language's
			}
			if f&fGerman != 0 {
				d++
			}
			if f&fOther != 0 {
				o++
			}
			if c.sentenceBreak(to) {
				to++
				break
			}
		}
		for k := from; k < to; k++ {
			st.german[k] = d > o || d == o && tiesGerman
		}
		de, other, ties = de+d, other+o, ties || d == o
		from = to
	}
	return de, other, ties
}

// sentenceBreak reports whether token k ends a sentence as the language
// and heading tests count sentences: a line break after it, or ".", "!"
// or "?" before a space.
func (c *scan) sentenceBreak(k int) bool {
	t := c.tok(k)
	return t.newline || t.kind == tPunct && t.spaceAfter && (c.text[t.start] == '.' || c.text[t.start] == '!' || c.text[t.start] == '?')
}

// dictNeighbour reports whether the word beside token i in direction dir,
// or the one after a lower-case function word there, on the same line, is
// a capitalised common word too.
func (c *scan) dictNeighbour(i, dir int) bool {
	k := i + dir
	for step := 0; step < 2; step++ {
		if k < 0 || k >= c.n() {
			return false
		}
		if k > 0 && c.isPunct(k, '&') && !c.tok(k).newline && !c.tok(k-1).newline {
			// "&" joins as "and" does: "Health & Safety"
			k += dir
			continue
		}
		if !c.joined(max(k, k-dir)) && !(step > 0 && c.isPunct(k-dir, '&')) {
			return false
		}
		if c.tok(k).kind != tWord {
			return false
		}
		t := c.tok(k)
		if t.cap && (c.is(k, fDict|fWord) || c.is(k, fUnit) && !c.is(k, fFirst|fSurname)) && !c.is(k, fCompound) && (!c.sentenceStart(k) || c.isPunct(k-1, ':') && c.is(k, fDict)) {
			// "Fire Marshal", "Toolbox Meeting", "Rail Division", a
			// label's "Volgende toolbox: Gevaarlijke Stoffen"; not
			// "Volgens Stark was",
			// nor a family name that only splits into two words: "Lorraine
			// Whitaker"
			return true
		}
		// across a function word, but not in German, where the noun
		// after an article is capitalised anyway ("hat Garland die Leiter")
		if t.cap || c.st.german[k] || !c.is(k, fOther|fGerman|fWord|fDeterminer|fParticle) {
			return false
		}
		k += dir
	}
	return false
}

// institutionArticle are the articles that put no person but an
// institution before a given name: Dutch "het", English "the", German
// "das" and its contractions.
var institutionArticle = set("het the das im ins zum")

// orgRun returns the last token of an organisation's name starting at
// token i, or -1: capitalised words on one line (particles between them
// allowed), one of which, or the word right after them, is an
// organisation's ("Boels Verhuur", "Vinci Construction", "Klinikum Rechts
// der Isar", "Koopmans Installatietechniek B.V."). A run that starts with a
// listed given name is a person's name, whatever follows it.
func (c *scan) orgRun(i int) int {
	if (c.wordIs(i, "fa") || c.wordIs(i, "firma")) && c.tok(i).cap {
		// "Fa. Randstad", "Firma Würth": the capitalised words after it
		// name a firm; one named after a person ("Firma Hoffmann & Söhne",
		// a sole trader's "Fa. Jansen") is left to the name rules
		k := i + 1
		if c.isPunct(k, '.') {
			k++
		}
		last := i
		for k < c.n() && k-i < 6 && c.tok(k).kind == tWord && c.tok(k).cap && c.joined(k) && !c.st.claimed[k] {
			if c.is(k, fFirst|fSurname) {
				return -1
			}
			last = k
			k++
		}
		return last
	}
	// (after a neuter article a given name starts an institution's name:
	// "het Franciscus Gasthuis", "the John Radcliffe Hospital")
	if !c.orgs || c.is(i, fFirst) && !c.is(i, fAmbiguousFirst) && !(i > 0 && institutionArticle[string(c.key(i-1))]) {
		return -1
	}
	k, org := i, false
	for k < c.n() && k-i < 6 && c.tok(k).kind == tWord && (k == i || c.joined(k)) && !c.st.claimed[k] && !(k > i && c.companyInitials(k)) {
		if !c.tok(k).cap {
			if !c.particleAt(k) || k+1 >= c.n() || !c.tok(k+1).cap {
				break
			}
		}
		org = org || c.is(k, fOrg)
		k++
		if c.isPunct(k, '.') && c.wordIs(k-1, "st") && k+1 < c.n() && c.tok(k+1).cap {
			k++ // "Klinikum St. Georg", "St. Antonius Ziekenhuis": a saint's name in it
		}
	}
	if k == i {
		return -1
	}
	last := k - 1
	switch {
	case k < c.n() && c.is(k, fOrg) && c.joined(k):
		last, org = k, true // "Jansen bouw", "Jansen BV"
	case c.companyInitials(k):
		last, org = k+2, true // "B.V.", "N.V."
		if k+3 < c.n() && c.isPunct(k+3, '.') {
			last = k + 3
		}
	}
	if !org {
		return -1
	}
	for p := i + 1; p < last; p++ {
		if c.is(p, fFirst) && !c.is(p, fAmbiguousFirst|fWord|fOrg) && (c.capitalised(p+1) && !c.is(p+1, fOrg) || c.particleAt(p+1)) {
			// a firm named after its owner, given name and all: the
			// firm's words end before the person's name ("Bouwbedrijf
			// Jan Jansen BV", "Stichting Anna de Vries Fonds"), which the
			// name rules find ("Royal Preston Hospital" stays: no
			// family name follows the given name)
			return p - 1
		}
	}
	return last
}

// jsonKey reports whether word i is a JSON object's key before its string
// value: "getuige": "...".
func (c *scan) jsonKey(i int) bool {
	return i > 0 && i+3 < c.n() && c.isPunct(i-1, '"') && c.isPunct(i+1, '"') && c.isPunct(i+2, ':') && c.isPunct(i+3, '"') && !c.tok(i+3).spaceAfter
}

// codeLabel reports whether token i is a short word in capitals before a
// number that nothing claimed, a code's label ("CAS 7681-52-9", "UN
// 1791", "EN 361"), not a given name typed in capitals ("CAS" is "Cas";
// "Contact: TOM 0612345678" is Tom's phone number).
func (c *scan) codeLabel(i int) bool {
	t := c.tok(i)
	return t.allCap && t.end-t.start <= 4 && i+1 < c.n() && c.tok(i+1).kind == tNum && !c.st.claimed[i+1] && c.joined(i+1)
}

// labelValue reports whether word i is a label's whole value: after a
// colon, before the end of its line or anything but a word or a hyphen
// glued to it ("afwezig: Wim (ziek)", "Getuige: Roos", "AP: Jansen –
// hekwerk"; not "Slachtoffer: Anne-Marie").
func (c *scan) labelValue(i int) bool {
	next := i + 1
	return i > 0 && c.isPunct(i-1, ':') && (next >= c.n() || c.tok(next).kind != tWord && !(c.isPunct(next, '-') && !c.tok(i).spaceAfter) || c.tok(i).newline)
}

// companyInitials reports whether tokens k to k+2 are "B.V" or "N.V",
// a Dutch company's form (the run of capitalised words before it had
// taken the "B" as a word of the name: "Bakker B.V.").
func (c *scan) companyInitials(k int) bool {
	return k+2 < c.n() && (c.wordIs(k, "b") || c.wordIs(k, "n")) && c.isPunct(k+1, '.') && c.wordIs(k+2, "v")
}

// capitalsRun returns the last token of a name in capitals at token i
// ("VAN DAM", "DE VRIES", "El AMRANI"): words in capitals and particles,
// on one line, up to five, at least one of them no particle; or -1.
func (c *scan) capitalsRun(i int) int {
	last := -1
	for k := i; k < c.n() && k-i < 5 && (k == i || c.joined(k)) && c.tok(k).kind == tWord && !c.st.claimed[k]; k++ {
		switch {
		case c.particleAt(k):
		case c.tok(k).allCap && c.tok(k).end-c.tok(k).start >= 2 && !c.is(k, fWord|fRole|fTitle|fOther|fGerman):
			last = k
		default:
			return last
		}
	}
	return last
}

// listNames extends names along an enumeration: in "deelnemers: Ali,
// Fatma, Joost en Marloes" a capitalised word between commas or a
// conjunction, next to a name found already, is a name too, even one the
// other detectors let pass ("Ali" is an ambiguous first name at the start
// of a list). Common words, roles and titles stay.
func (c *scan) listNames() {
	// the names found so far, as token spans; names added here join the
	// queue so that a list spreads ("A, B, C" with only C known)
	spans := c.st.spans[:0]
	for _, e := range c.st.ents {
		if e.Type != Person {
			continue
		}
		first, last := c.tokenAt(e.Start), -1
		for k := first; k >= 0 && k < c.n() && int(c.tok(k).start) < e.End; k++ {
			last = k
		}
		if last >= 0 {
			spans = append(spans, [2]int{first, last})
		}
	}
	defer func() { c.st.spans = spans[:0] }()
	for len(spans) > 0 {
		sp := spans[len(spans)-1]
		spans = spans[:len(spans)-1]
		for _, k := range [2][2]int{{sp[0] - 1, sp[0] - 2}, {sp[1] + 1, sp[1] + 2}} {
			sep, cand := k[0], k[1]
			if cand < 0 || cand >= c.n() || c.st.claimed[cand] || !c.namedWord(cand) || c.is(cand, fStaff|fStaffID|fNumberWord|fPhone|fMonth) {
				continue
			}
			// a word only where it is a capitalised listed given name and
			// no verb or function word: "met Lucas en Milan"
			// (a town before its postcode is no name: "..., London SW1A 1AA")
			if c.is(cand, fWord) && !(c.is(cand, fFirst) && c.tok(cand).cap && !c.tok(cand).allCap && !c.is(cand, fAuxVerb|fNameVerb|fOther|fGerman|fDeterminer|fParticle) &&
				(cand+1 >= c.n() || !c.st.claimed[cand+1])) {
				continue
			}
			if c.townAlone(cand) {
				continue // "Jan Smit, Kortrijk": where he lives
			}
			if c.is(cand, fDict) && c.isPunct(cand+1, '&') && c.dictNeighbour(cand, 1) {
				// "Tom Fletcher, Health & Safety Advisor": a department
				continue
			}
			// a list stays on its line: "Hi Claire,\nAs discussed"
			before, after := cand, sep // the tokens a line break may follow
			if sep > sp[1] {
				before = sp[1]
			}
			if c.tok(before).newline || c.tok(after).newline {
				continue
			}
			// "Der Verletzte, Stefan Wagner, ...": a noun with its article
			// beside a name is an apposition, not a list of names
			if cand > 0 && (c.is(cand-1, fDeterminer) || c.wordIs(cand-1, "der") || c.wordIs(cand-1, "die") || c.wordIs(cand-1, "den") || c.wordIs(cand-1, "de")) {
				continue
			}
			// a word before a number is a label, not a list's name:
			// "Pieter Post, Postbus 123", "Herr Weber, Durchwahl 245"
			if cand+1 < c.n() && c.tok(cand+1).kind == tNum {
				continue
			}
			// ... and so is a word before a colon: "Naam: Jan | Functie: vlechter"
			if sep < cand && c.isPunct(cand+1, ':') {
				continue
			}
			if c.labelCompound(cand) {
				continue
			}
			// in German a bracket's name that is a word too is a trade
			// there: "Jan Förster (Zimmermann)" (see bracketedName)
			if c.isPunct(sep, '(') && c.st.german[cand] && c.is(cand, fGermanWord) {
				continue
			}
			// "M. Dupont (Jean)": a listed name in brackets after the name
			// (an unknown word there is more often a unit: "(Planning)")
			inBrackets := sep > sp[1] && c.isPunct(sep, '(') && c.isPunct(cand+1, ')') && c.is(cand, fFirst|fSurname)
			// "Jansen;Jan;06-...": a record's fields in register order, a
			// listed family name before the given name
			// (in a file's row, the semicolon glued to both fields, a weak
			// or unlisted family name too: "Goodwin;Marge;heftruck")
			glued := c.isPunct(sep, ';') && !c.tok(sep-1).spaceAfter && !c.tok(sep).spaceAfter
			register := c.isPunct(sep, ';') && sep == cand+1 && sp[0] == sp[1] && c.is(sp[0], fFirst) &&
				(c.is(cand, fSurname) && (!c.is(cand, fWeakSurname) || glued) || glued && c.capWord(cand) && !c.is(cand, fDict))
			if c.listSeparator(sep) || inBrackets || register {
				c.add(Person, cand, cand)
				spans = append(spans, [2]int{cand, cand})
			}
		}
	}
}

// fileNames finds listed names inside a file or login name joined by
// underscores ("foto_jan_de_vries.jpg", "verklaring_sanne.pdf"): a part that
// is a listed family name or an unambiguous listed given name that is no
// word, with the particles before it.
func (c *scan) fileNames() {
	if strings.IndexByte(c.text, '_') < 0 && c.present&fNoName == 0 {
		return
	}
	for k := 0; k < c.n(); k++ {
		t := c.tok(k)
		if t.kind != tWord || c.st.claimed[k] {
			continue
		}
		glued := c.underscoreGlued(k)
		if t.cap && t.ascii && c.is(k, fNoName) && (glued || c.fileTypeAfter(k)) && c.camelName(c.raw(k)) {
			c.add(Person, k, k) // "IMG_20260314_JanDeVries.jpg", "JanSmit.jpg"
			continue
		}
		if !glued {
			continue
		}
		if !(c.is(k, fSurname) && !c.is(k, fWeakSurname|fWord) || c.lowerFirstName(k) && !c.is(k, fNameWord)) {
			continue
		}
		start := k
		for start >= 2 && c.particleAt(start-2) && c.underscoreGlued(start-2) && c.isPunct(start-1, '_') {
			start -= 2
		}
		c.add(Person, start, k)
	}
}

// underscoreGlued reports whether token k touches an underscore on either
// side.
// camelName reports whether a word written in camel case is a name run
// together, as file names have it: a listed given name, particles, and a
// capitalised last part ("JanDeVries", "PieterBakker", "AnnaVanDerBerg").
func (c *scan) camelName(w string) bool {
	var parts []string
	from := 0
	for j := 1; j < len(w); j++ {
		if isUpper(w[j]) {
			parts = append(parts, w[from:j])
			from = j
		}
	}
	parts = append(parts, w[from:])
	if len(parts) < 2 || len(parts) > 5 || len(parts[len(parts)-1]) < 3 {
		return false
	}
	var buf [32]byte
	if c.lex.flags[string(appendFold(buf[:0], parts[0]))]&fFirst == 0 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if !c.lex.particles[string(appendFold(buf[:0], p))] {
			return false
		}
	}
	// the last part a listed family name, or no word ("MarkUp" is none)
	last := appendFold(buf[:0], parts[len(parts)-1])
	return c.lex.flags[string(last)]&fSurname != 0 || c.lex.flags[string(last)]&^markFlags == 0 && !c.lex.dict.has(last)
}

// fileTypeAfter reports whether a file type's ending is glued after token
// k ("JanSmit.jpg").
func (c *scan) fileTypeAfter(k int) bool {
	return k+2 < c.n() && c.isPunct(k+1, '.') && c.tok(k+1).start == c.tok(k).end && c.tok(k+2).start == c.tok(k+1).end && fileTypes[strings.ToLower(c.raw(k+2))]
}

func (c *scan) underscoreGlued(k int) bool {
	t := c.tok(k)
	return int(t.start) > 0 && c.text[t.start-1] == '_' || int(t.end) < len(c.text) && c.text[t.end] == '_'
}

// repeatedNames finds again, elsewhere in the text, the words of the names
// found: a name has its cue once and is then written alone ("Kollege
// Bjarne kam zu spät. Dann hat Bjarne den Helm vergessen.", "Witness
// Zephyrine saw it. Zephyrine then called."). A word that is also a common
// word counts again only where it is capitalised ("Kick" again, not
// "kick"); particles, titles, roles and initials never do.
func (c *scan) repeatedNames() {
	var buf [16][]byte
	var rbuf [16]string
	words, raws := buf[:0], rbuf[:0] // folded name words, and as written; a text names few people
	for _, e := range c.st.ents {
		if e.Type != Person {
			continue
		}
		for k := c.tokenAt(e.Start); k >= 0 && k < c.n() && int(c.tok(k).start) < e.End; k++ {
			// (a listed name too: the lists find it where a person's
			// frame stands, not in a firm's name, "namens Koopmans
			// Installatietechniek B.V.", after "Ruud Koopmans")
			if t := c.tok(k); t.kind == tWord && t.end-t.start >= 3 && !c.is(k, fParticle|fTitle|fRole|fOther|fGerman|fDeterminer) && !inList(words, c.key(k)) {
				words = append(words, c.key(k))
				raws = append(raws, c.raw(k))
			}
		}
	}
	if len(words) == 0 {
		return
	}
	// a quick sieve before comparing: the names' first bytes and lengths
	var sieve wordSieve
	for _, w := range words {
		sieve.add(w[0], len(w))
	}
	for k := 0; k < c.n(); k++ {
		t := c.tok(k)
		if t.kind != tWord || c.st.claimed[k] || t.end-t.start < 3 {
			continue
		}
		if w := c.key(k); !sieve.mayHold(w) || !inList(words, w) {
			continue
		}
		// in lower case only a word in no list and no dictionary ("later
		// vergat xandro"): "kick the ball", "de roos", "de vries-kist"
		// are words
		if !t.cap && (c.flagged(k) || c.lex.dict.has(c.key(k))) {
			continue
		}
		// a part of a compound is no name: "Pays-Bas", "vries-kist"
		if c.hyphenBefore(k) || c.isPunct(k+1, '-') && c.tok(k+1).start == t.end {
			continue
		}
		// a common word only as the name was written: "Schütz" folds to
		// the noun "Schutz", which stays ("zum Schutz")
		if c.is(k, fWord|fDict) && !writtenAs(words, raws, c.key(k), c.raw(k)) {
			continue
		}
		c.add(Person, k, k)
	}
}

// writtenAs reports whether the folded word w is among words with raw as
// its spelling, case aside.
func writtenAs(words [][]byte, raws []string, w []byte, raw string) bool {
	for i, x := range words {
		if bytes.Equal(x, w) && strings.EqualFold(raws[i], raw) {
			return true
		}
	}
	return false
}

// nameLogins finds the logins made of a found person's name: the initial
// of the given name or the whole of it, the particles' initials or the
// particles themselves and the family name, in either order, glued or
// joined by dots and underscores, digits after them too ("J. Thornton
// (jthornton)", "Pieter de Vries (pdvries)", "thorntonj", "Skype:
// jan.jansen_1"). Only the forms of a name the text holds count, so
// "bakkerij" is no login of "Ilse Bakker". It runs before repeatedNames,
// which would take the family name out of "jan.jansen_1" alone.
func (c *scan) nameLogins() {
	st := c.st
	st.logins, st.loginEnd = st.logins[:0], st.loginEnd[:0]
	if st.loginOf == nil {
		st.loginOf = map[string]bool{}
	}
	defer clear(st.loginOf) // (no name of this text stays in the pooled state)
	for _, e := range st.ents {
		// a name written again makes the same forms: a text that repeated
		// one name thousands of times had as many copies of them, each
		// compared with every word
		if name := c.text[e.Start:e.End]; e.Type == Person && !st.loginOf[name] {
			st.loginOf[name] = true
			c.loginForms(e)
		}
	}
	if len(st.loginEnd) == 0 {
		return
	}
	var sieve wordSieve // the forms' first bytes and lengths: most words match none
	from := 0
	for _, end := range st.loginEnd {
		sieve.add(st.logins[from], end-from)
		from = end
	}
	var wbuf [64]byte
	for k := 0; k < c.n(); k++ {
		// (names() may have taken the words of "jane_thornton" one by
		// one: the login, longer, replaces them; an e-mail address that
		// holds it is longer still)
		t := c.tok(k)
		if t.kind != tWord {
			continue
		}
		glued := k+2 < c.n() && c.tok(k+1).start == t.end && c.gluedWord(k+2) && (c.isPunct(k+1, '.') || c.isPunct(k+1, '_'))
		if !glued && (t.end-t.start < 5 || c.flagged(k)) {
			continue // short, or a listed word or name: no login made of a name is one
		}
		w := c.key(k)
		j := k
		if glued {
			// words glued by dots or underscores, rare in prose
			w = append(wbuf[:0], w...)
			for c.gluedWord(j+2) && (c.isPunct(j+1, '.') || c.isPunct(j+1, '_')) {
				w = append(w, c.key(j+2)...)
				j += 2
			}
		}
		if len(w) < 5 || !sieve.mayHold(w) || !c.login(w) {
			k = j
			continue
		}
		// digits after it, glued or after an underscore: "jthornton2", "jan.jansen_1"
		if j+1 < c.n() && c.tok(j+1).kind == tNum && c.tok(j+1).start == c.tok(j).end {
			j++
		} else if j+2 < c.n() && c.isPunct(j+1, '_') && c.tok(j+2).kind == tNum && c.tok(j+1).start == c.tok(j).end && c.tok(j+2).start == c.tok(j+1).end {
			j += 2
		}
		c.add(Username, k, j)
		k = j
	}
}

// login reports whether w is one of the login forms nameLogins collected.
func (c *scan) login(w []byte) bool {
	from := 0
	for _, end := range c.st.loginEnd {
		if bytes.Equal(c.st.logins[from:end], w) {
			return true
		}
		from = end
	}
	return false
}

// gluedWord reports whether token k is a word glued to the token before
// it, and that one to its own: "jansen" in "jan.jansen".
func (c *scan) gluedWord(k int) bool {
	return k < c.n() && c.tok(k).kind == tWord && c.tok(k).start == c.tok(k-1).end && c.tok(k-1).start == c.tok(k-2).end
}

// loginForms adds the logins person e's name makes, folded, to the
// scan's forms: initial and family name ("jthornton"), with the particles'
// initials or the particles ("pdvries", "pdevries"), the family name first
// ("thorntonj"), and with the whole given name ("janjansen", "jansenjan",
// "pieterdevries"). A name of one word, or a family name shorter than
// three letters, makes none.
func (c *scan) loginForms(e Entity) {
	first, last := -1, -1
	for k := c.tokenAt(e.Start); k >= 0 && k < c.n() && int(c.tok(k).start) < e.End; k++ {
		switch {
		case c.tok(k).kind != tWord || c.is(k, fTitle):
		case first < 0:
			first = k
		case !c.is(k, fParticle):
			last = k
		}
	}
	if first < 0 || last < 0 || len(c.key(last)) < 3 {
		return
	}
	st := c.st
	given, surname := c.key(first), c.key(last)
	end := func() { st.loginEnd = append(st.loginEnd, len(st.logins)) }
	st.logins = append(c.particles(append(st.logins, given[0]), first, last, true), surname...)
	end()
	st.logins = append(c.particles(append(st.logins, given[0]), first, last, false), surname...)
	end()
	st.logins = append(append(st.logins, surname...), given[0])
	end()
	if len(given) > 1 {
		st.logins = append(c.particles(append(st.logins, given...), first, last, false), surname...)
		end()
		st.logins = append(append(st.logins, surname...), given...)
		end()
	}
}

// particles appends to dst the particles between tokens first and last,
// folded, or their initials only.
func (c *scan) particles(dst []byte, first, last int, initials bool) []byte {
	for k := first + 1; k < last; k++ {
		if c.tok(k).kind != tWord || !c.is(k, fParticle) {
			continue
		}
		if initials {
			dst = append(dst, c.key(k)[0])
		} else {
			dst = append(dst, c.key(k)...)
		}
	}
	return dst
}

// inList reports whether the folded word w is one of words.
func inList(words [][]byte, w []byte) bool {
	for _, x := range words {
		if bytes.Equal(x, w) {
			return true
		}
	}
	return false
}

// labelCompound reports whether word i is glued by a hyphen to a label
// word: "Steuer-ID", "Kunden-Nr", "Notfall-Telefon" head a compound that
// names a field, not a person.
func (c *scan) labelCompound(i int) bool {
	return c.isPunct(i+1, '-') && !c.tok(i).spaceAfter && !c.tok(i+1).spaceAfter && c.is(i+2, fDoc|fNumberWord|fNational|fWord|fPhone)
}

// ownerNames finds the name in brackets right after a phone number or an
// e-mail address, its owner's: "+31 6 12345678 (Ricardo)", where a
// capitalised word after "(" would otherwise count as a sentence's first.
func (c *scan) ownerNames() {
	c.cuedBracketNames()
	for _, e := range c.st.ents {
		if e.Type == Person {
			c.nameInitials(e)
			c.bracketedName(e)
			c.lowerRegisterGiven(e)
			continue
		}
		if e.Type != Phone && e.Type != Email {
			continue
		}
		k := c.bracketAfter(e)
		if k < 0 {
			continue
		}
		if c.lowerOwner(k+1) && c.isPunct(k+2, ')') {
			c.add(Person, k+1, k+1) // "0687654321 (anouk)", typed in lower case
			continue
		}
		if !c.capWord(k + 1) {
			continue
		}
		if end := c.nameBody(k + 1); end > k && c.isPunct(end+1, ')') {
			c.add(Person, k+1, end)
		}
	}
}

// lowerOwner reports whether token k is a listed given or family name
// typed in lower case that no list or dictionary has as a word: "(anouk)"
// after a phone number is its owner; "(mobiel)", "(werk)", "(home)" stay.
func (c *scan) lowerOwner(k int) bool {
	if k >= c.n() {
		return false
	}
	t := c.tok(k)
	return t.kind == tWord && !t.cap && t.end-t.start >= 3 && !c.st.claimed[k] && c.is(k, fFirst|fSurname) &&
		!c.is(k, fWord|fNameWord|fWordName|fGermanWord|fPlace|fMonth|fPhone|fOther|fGerman|fDeterminer|fRole|fStaff|fUnit) && !c.s.lex.dict.has(c.key(k))
}

// lowerRegisterGiven finds the given name typed in lower case after a
// found family name and its comma, in register order: "Gemeld door
// jansen, piet." The given name is a listed one, no word of our word
// lists (a dictionary's word too: "rob", "piet"), and ends its clause.
func (c *scan) lowerRegisterGiven(e Entity) {
	k := c.tokenFrom(e.End)
	g := k + 1
	if !c.isPunct(k, ',') || c.tok(k).newline || g >= c.n() || c.tok(g).kind != tWord || c.tok(g).cap || c.tok(g).end-c.tok(g).start < 3 || c.st.claimed[g] ||
		!c.is(g, fFirst) || c.is(g, fWord|fMonth|fOther|fGerman|fDeterminer|fRole|fStaff|fUnit) {
		return
	}
	if !c.endsPhrase(g, ".;)") {
		return
	}
	c.add(Person, g, g)
}

// bracketAfter returns the "(" token right after entity e, past one space,
// or -1: what stands in brackets there belongs to the value ("06-12345678
// (Ricardo)", "K. de Wit (KdW)").
func (c *scan) bracketAfter(e Entity) int {
	b := e.End
	if b < len(c.text) && c.text[b] == ' ' {
		b++
	}
	if k := c.tokenAt(b); k >= 0 && c.isPunct(k, '(') {
		return k
	}
	return -1
}

// nameInitials finds a name's initials in brackets right after it, as
// attendance lists give them: "J. Jansen (JJ)", "K. de Wit (KdW)".
func (c *scan) nameInitials(e Entity) {
	k := c.bracketAfter(e)
	if k < 0 || !c.isPunct(k+2, ')') || c.tok(k+1).kind != tWord || c.st.claimed[k+1] {
		return
	}
	ini := c.raw(k + 1)
	if len(ini) < 2 || len(ini) > 5 || !isUpper(ini[0]) {
		return
	}
	j := 0 // the initials' letters, matched against the name's words in order
	for t := c.tokenAt(e.Start); t >= 0 && t < k && j < len(ini); t++ {
		if w := c.raw(t); c.tok(t).kind == tWord && w[0]|0x20 == ini[j]|0x20 {
			j++
		}
	}
	if j == len(ini) {
		c.add(Person, k+1, k+1)
	}
}

// bracketedName finds a name in brackets right after a person's name:
// the family name, a maiden or a nickname ("Pentti (Korhonen)", "Jan Smit
// (Declerck)"), a capitalised word that no list holds, or a listed name.
// A role, a unit or a common word stands there as often ("(Planning)",
// "(Werkstatt)", "(Einkauf)"): those are known words, or shaped as German
// nouns, and stay.
func (c *scan) bracketedName(e Entity) {
	// (in German not a name that is a word too: after a name the bracket
	// holds a trade there, "Jan Förster (Zimmermann)")
	if k := c.bracketAfter(e); k >= 0 && c.isPunct(k+2, ')') && c.nameLike(k+1) && !(c.st.german[k+1] && c.is(k+1, fGermanWord)) {
		c.add(Person, k+1, k+1)
	}
}

// townAlone reports whether token i is a town of places.txt that no name
// list holds, or a word no list holds at all, where a place stands: after a preposition of place ("naar
// Hellendoorn", "in Kortrijk", "nach Graz", "à Lyon") or after the comma
// that ends a street or a postcode ("Kerkstraat 5, Kortrijk"). Elsewhere a
// town's name may be a person's (Dutch family names are often towns':
// "Gesprek met Hellendoorn", "van Kempen"), and the name rules decide.
func (c *scan) townAlone(i int) bool {
	// (a word no list holds at all is as likely a town there: "in
	// Daventry", "à Donges", unless someone is told something at it, "dit
	// à Xiomara", or it owns something, "in Xiomara's car")
	unknown := c.st.flags[i]&^markFlags == 0 && !c.possessiveS(i+1) && !(i >= 2 && tellVerbsFR[string(c.key(i-2))])
	if !unknown && (!c.is(i, fPlace) || c.is(i, fFirst|fSurname)) || i < 2 || !c.joined(i) && !c.isPunct(i-1, ',') {
		return false
	}
	if unknown && i >= 3 && c.wordIs(i-1, "de") && !c.tok(i-1).cap {
		w := c.key(i - 2)
		if n := elision(w); n > 0 {
			w = w[n:] // "l'entrepôt" is "entrepôt"
		}
		if placeNounsFR[string(w)] {
			return true // "le site de Dunkerque", "l'entrepôt de Roissy", "l'usine de Grenoble"
		}
	}
	if placePrepositions[string(c.key(i-1))] && c.tok(i-1).kind == tWord && !c.tok(i-1).cap {
		// (a word no list holds is a town only where the preposition
		// takes no person: "à" and "naar" do, "envoyé à Oyelaran",
		// "doorgestuurd naar Oyelaran")
		prep := string(c.key(i - 1)) // (folded: "à" is "a")
		if !unknown || c.is(i, fPlace) || prep != "a" && prep != "naar" {
			return true
		}
		// ... but after an address's line they take its town: "habite 5 rue
		// Haute à Greniernec"
		return i >= 3 && c.addressEndsAt(i-2)
	}
	return c.isPunct(i-1, ',') && c.addressEndsAt(i-2)
}

// addressEndsAt reports whether an address or a postcode found ends with
// token k: the line a town follows.
func (c *scan) addressEndsAt(k int) bool {
	if !c.st.claimed[k] {
		return false
	}
	x, ok := c.endAt(int(c.tok(k).end))
	return ok && (x.first == Address || x.first == Postcode)
}

// placeNounsFR are the French nouns of a place that "de" and its town
// follow, and no person's ("le bureau de", "le chantier de" may be
// someone's); folded.
var placeNounsFR = set("site usine entrepôt ville région agence dépôt gare port aéroport hôpital commune département plateforme siège filiale établissement mairie préfecture")

// placePrepositions are the prepositions a town follows and a person does
// not ("bij", "bei", "to", "from" and French "en", the Dutch "and", take
// both).
var placePrepositions = set("in naar uit te nabij richting nach aus à near into")

// nameLike reports whether token i may be a name where a frame leaves
// nothing else (alone in brackets after a name, a register's head, a
// row's field, a German subject): an unclaimed capitalised word that no
// list holds but as a name, not shaped as a German noun in a German
// sentence, nor an acronym.
func (c *scan) nameLike(i int) bool {
	if !c.capWord(i) || c.tok(i).allCap || c.st.claimed[i] {
		return false
	}
	w := c.key(i)
	return c.st.flags[i]&^(markFlags|fFirst|fSurname|fWeakSurname|fAmbiguousFirst) == 0 && len(w) >= 3 && !nounSuffix(w) && !c.townAlone(i) &&
		!(c.st.german[i] && endsWithAny(w, "ung", "ion", "ik", "tat", "heit", "keit", "schaft", "schicht", "dienst", "stelle", "werk", "amt", "kauf", "trieb", "sand"))
}

// cuedBracketNames finds a name and a second name in brackets after a
// preposition that takes a person: "Erste Hilfe durch Pentti (Korhonen)",
// "gemeld door Mpho (Kubheka)". Both are words no list holds but as names;
// a firm and its town ("von Layher (Monheim)") read the same and are rare
// in a report.
func (c *scan) cuedBracketNames() {
	if strings.IndexByte(c.text, '(') < 0 {
		return
	}
	for i := 2; i+2 < c.n(); i++ {
		if !c.isPunct(i, '(') || !c.joined(i-1) || c.st.claimed[i-1] || c.st.claimed[i+1] {
			continue
		}
		if !c.personPreposition(i-2) || !c.nameLike(i-1) {
			continue
		}
		// (in German, where a firm's town stands there too, "durch Würth
		// (Künzelsau)", the bracket's word must be shaped as a name)
		if c.nameLike(i+1) && c.isPunct(i+2, ')') && (!c.st.german[i+1] || c.germanGivenShaped(i+1) || c.is(i+1, fFirst|fSurname)) {
			c.add(Person, i-1, i-1)
			c.add(Person, i+1, i+1)
			continue
		}
		// or a role in the brackets: "Begleitung durch Bence
		// (Betriebsärztin Dr. ...)"; in German a word shaped as a noun
		// stays ("mit Stapler (Fahrer Weber)")
		if c.is(i+1, fRole) && !c.is(i+1, fFirst|fSurname) && (!c.st.german[i-1] || c.germanGivenShaped(i-1) || strings.HasSuffix(string(c.key(i-1)), "e") && len(c.key(i-1)) <= 7) {
			c.add(Person, i-1, i-1)
		}
	}
}

// personPreposition reports whether token i is a preposition that takes a
// person as often as a thing, in the four languages.
func (c *scan) personPreposition(i int) bool {
	switch string(c.key(i)) {
	case "durch", "von", "mit", "bei", "door", "met", "bij", "by", "with", "par", "avec", "chez":
		return true
	}
	return false
}

// listSeparator reports whether token i separates the items of a list: a
// comma or a conjunction.
func (c *scan) listSeparator(i int) bool {
	return c.isPunct(i, ',') || c.wordIs(i, "en") || c.wordIs(i, "and") || c.wordIs(i, "und") || c.wordIs(i, "et") ||
		c.wordIs(i, "of") || c.wordIs(i, "or") || c.wordIs(i, "oder") || c.wordIs(i, "ou")
}

// afterDeterminer reports whether token i, an unknown capitalised word,
// follows an article or determiner on the same line: names do not ("the
// Smith" is not said), nouns written with a capital do. The Dutch "de" is
// also a name particle ("de Kruijf"), so after it only a long word (a
// compound noun, "de Kantelbeveiliging") in a text that capitalises its
// nouns counts.
func (c *scan) afterDeterminer(i int) bool {
	if i == 0 || !c.joined(i) || c.is(i, fSurname|fFirst) {
		return false
	}
	// back over capitalised common words to the run's start: "the Plant
	// Director", "the Root Cause Analysis"
	p := i - 1
	for p > 0 && p >= i-3 && c.capitalised(p) && c.is(p, fWord) && !c.is(p, fDeterminer) && c.joined(p) {
		p-- // (not past the article itself: "It rained. The Court ruled" had walked to the full stop)
	}
	if c.is(p, fDeterminer) {
		return true // "The Safety Officer" at a sentence start too
	}
	return p == i-1 && c.wordIs(p, "de") && !c.tok(p).cap && c.tok(i).end-c.tok(i).start >= 8 && c.titleCase()
}

// capitalised reports whether token i is a word with a capital, unclaimed:
// a capitalised run goes on over it, listed common word or not.
func (c *scan) capitalised(i int) bool {
	t := c.tok(i)
	return t.kind == tWord && t.cap && !c.st.claimed[i]
}

// titleCase reports whether the text capitalises its nouns, as some report
// templates do: a capitalised word that is no listed name follows an
// article that is never a name particle ("het Werkplan", "the Permit").
// Only then is "de" + a capitalised word read as a noun: in ordinary
// Dutch, where nouns are lower case, it is a name ("de Keersmaecker").
func (c *scan) titleCase() bool {
	if c.title == 0 {
		c.title = -1
		for k := 1; k < c.n(); k++ {
			if c.is(k-1, fDeterminer) && c.capWord(k) && !c.tok(k).allCap && !c.is(k, fFirst|fSurname) && c.joined(k) {
				c.title = 1
				break
			}
		}
	}
	return c.title > 0
}

// agedName returns the last token of a name of one or two capitalised
// words in brackets that a comma and an age follow: "(Luka, 19)", "(Ana
// Horvat, 34 jaar)", "(Tim, 17 ans)". Nothing but a person has an age
// there; -1 where none is.
func (c *scan) agedName(i int) int {
	if !c.isPunct(i-1, '(') || !c.tok(i).cap || c.tok(i).kind != tWord || c.st.claimed[i] || c.tok(i).end-c.tok(i).start < 2 || c.is(i, fRole|fTitle) ||
		c.is(i, fDict|fWord|fUnit|fMonth|fOther|fGerman) && !c.is(i, fFirst|fSurname) {
		return -1 // "(Zone, 12)", "(Noord, 3)"
	}
	end := i
	if c.capWord(i+1) && c.joined(i+1) {
		end = i + 1
	}
	k := end + 1
	if !c.isPunct(k, ',') || k+1 >= c.n() || c.tok(k+1).kind != tNum || c.tok(k+1).end-c.tok(k+1).start > 2 {
		return -1
	}
	k += 2
	if e := int(c.tok(k - 1).end); e < len(c.text) && c.text[e] == '.' {
		return -1 // a decimal or a date: "(Hal, 3.5)"
	}
	if c.isPunct(k, ')') || k < c.n() && ageWords[string(c.key(k))] && c.isPunct(k+1, ')') {
		return end
	}
	return -1
}

// ageWords are the words that follow a person's age: "34 jaar", "19 Jahre",
// "17 ans", "27 yrs".
var ageWords = set("jaar jr j jahre jahr ans an years year yrs yo")

// designation reports whether the run of unknown capitalised words at
// token i ends in a number or a code on the same line: "Lijn 3",
// "Verdieping 2", "Loading Bay 4", "Kolom B4", "Leiding L-204" name a
// place or a thing. A person's name is not followed by a number (an age
// comes in brackets or with a word: "Jan (34)", "Jan, 34 jaar").
func (c *scan) designation(i int) bool {
	k := i + 1
	for k < c.n() && k-i < 4 && c.capWord(k) && c.joined(k) && !c.is(k, fFirst|fSurname) {
		k++ // bounded: a designation has a few words, and a long run must not cost a scan per word
	}
	if k >= c.n() || !c.tok(k-1).spaceAfter || c.tok(k-1).newline {
		return false
	}
	t := c.tok(k)
	if t.kind == tNum || c.placeholderAt(k) {
		return true // a placeholder stands where a number stood ("Hal [PHONE_1]")
	}
	// a letter after common words: "Building C", "Rack B", "Hal D." (not
	// "Bartek K.", a name and an initial)
	if t.kind == tWord && t.allCap && t.end-t.start == 1 && !c.tok(k).newline {
		common := true
		for j := i; j < k; j++ {
			common = common && c.is(j, fDict|fWord|fUnit)
		}
		if common && (!c.isPunct(k+1, '.') || k+2 >= c.n() || !c.tok(k+2).cap || c.is(k+2, fOther|fGerman|fDeterminer|fWord|fDict)) {
			return true
		}
	}
	// a code: capitals glued to digits ("B4", "L-204")
	return t.kind == tWord && t.allCap && t.end-t.start <= 3 && k+1 < c.n() && !t.spaceAfter &&
		(c.tok(k+1).kind == tNum || (c.isPunct(k+1, '-') && k+2 < c.n() && c.tok(k+2).kind == tNum))
}

// labelledLowerName recognises a lower-case name after a role label
// ("witness: tom o'brien", "supervisor: sarah lee"): a listed first name,
// then up to two more lower-case words on the same line that are no
// common or function words. It returns the last token, or -1.
func (c *scan) labelledLowerName(i int) int {
	if i >= c.n() || c.tok(i).kind != tWord || c.tok(i).cap || c.st.claimed[i] || !c.is(i, fFirst) || c.is(i, fWord) {
		return -1
	}
	end := i
	for k := i + 1; k < c.n() && k <= i+3 && c.joined(k) && c.tok(k).kind == tWord && !c.tok(k).cap && !c.st.claimed[k] &&
		!c.is(k, fWord|fOther|fGerman|fNameVerb|fAuxVerb|fRole|fNumberWord); k++ {
		end = k
	}
	return end
}

// placeholderAt reports whether a placeholder ("[PHONE_1]") starts at
// token k: the verifier re-reads output, where one stands for a value.
func (c *scan) placeholderAt(k int) bool {
	return c.isPunct(k, '[') && k+1 < c.n() && inPlaceholder(c.text, c.tok(k+1))
}

// lowerName recognises a name typed without capitals, as in quick reports
// from a phone ("viel mark jansen van de steiger", "melder: jan de vries"):
// a listed first name that is no common word, then, on the same line,
// particles and a listed family name that is no common word, all in lower
// case. It returns the last token, or -1.
func (c *scan) lowerName(i int) int {
	if i >= c.n() || c.tok(i).kind != tWord || !c.is(i, fFirst) || c.is(i, fWord|fParticle) {
		return -1
	}
	// (an ambiguous first name, "ben", "mark", "roos", before a family
	// name that is no word: "ik ben bakker" is a trade, "ilse nowak" a name)
	p := c.lowerFamilyStart(i)
	if p < 0 || !c.is(p, fSurname) || c.is(p, fWord|fWeakSurname|fFirst) {
		return -1
	}
	return p
}

// lowerFamilyStart returns the token where a family name typed in lower
// case starts after token j, past lower-case particles ("van den"): a
// lower-case word joined on the line and not taken yet; or -1.
func (c *scan) lowerFamilyStart(j int) int {
	p := j + 1
	for p < c.n() && p-j <= 3 && c.particleAt(p) && !c.tok(p).cap && c.joined(p) {
		p++
	}
	if p >= c.n() || !c.joined(p) || c.tok(p).kind != tWord || c.tok(p).cap || c.st.claimed[p] {
		return -1
	}
	return p
}

// lowerFamily returns the last token of a family name typed in lower case
// after a found lower-case given name that ends at token j ("jan van den
// berg", "anja post", "lisa green"): particles, then a listed family name,
// even one that is also a word, as after a given name it is the person's;
// j where none follows.
func (c *scan) lowerFamily(j int) int {
	if !c.is(j, fFirst) {
		return j
	}
	p := c.lowerFamilyStart(j)
	if p < 0 || !c.is(p, fSurname) || c.is(p, fOther|fGerman|fDeterminer|fNameVerb|fAuxVerb|fParticle|fRole|fTitle|fUnit|fMonth|fNumberWord) {
		return j
	}
	return p
}

// initialledLower recognises a name written as initials glued to a family
// name in lower case, as logins and signatures write it ("reported by
// j.peters", "a.m.devries"): one to three single letters, each with its
// dot, then a word of three letters or more that is no common word or file
// type, with no domain or path glued on ("j.peters.nl", "x.com/..."). It
// returns the last token, or -1.
func (c *scan) initialledLower(i int) int {
	if t := &c.st.toks[i]; t.end-t.start != 1 || t.spaceAfter {
		return -1 // the common case: not a single glued letter
	}
	k := i
	for k+1 < c.n() && k-i < 6 && c.tok(k).kind == tWord && !c.tok(k).cap && c.tok(k).end-c.tok(k).start == 1 && !c.tok(k).spaceAfter && c.isPunct(k+1, '.') && !c.tok(k+1).spaceAfter {
		k += 2
	}
	if k == i || k >= c.n() || !c.boundaryBefore(int(c.tok(i).start)) {
		return -1
	}
	t := c.tok(k)
	if t.kind != tWord || t.cap || t.end-t.start < 3 || c.is(k, fWord) || fileTypes[c.raw(k)] {
		return -1
	}
	if e := int(t.end); e < len(c.text) && (c.text[e] == '@' || c.text[e] == '/' || c.text[e] == '.' && e+1 < len(c.text) && isLetter(c.text[e+1])) {
		return -1
	}
	return k
}

// lowerFirstName reports whether token i, in a text without capitals, is
// a listed given name of four letters or more that is no word of the
// four languages, nor an ambiguous name, particle, verb or month.
func (c *scan) lowerFirstName(i int) bool {
	t := &c.st.toks[i]
	return t.kind == tWord && t.end-t.start >= 4 && !c.st.claimed[i] && c.is(i, fFirst) &&
		!c.is(i, fWord|fAmbiguousFirst|fParticle|fNameVerb|fAuxVerb|fMonth|fRole|fTitle|fUnit|fNumberWord)
}

// lowerSubject reports whether token i, in a text typed without capitals,
// is a listed given name (also a short one, or one that is a word too:
// "jan", "tom", "rob") where a person stands: as the subject of a verb of
// saying or an auxiliary, not after an article or a possessive ("jan
// viel"; "the mark was" stays), or alone between commas, as an apposition
// ("de nieuwe jongen, tim, had").
func (c *scan) lowerSubject(i int) bool {
	t := c.tok(i)
	if t.kind != tWord || t.end-t.start < 3 || c.st.claimed[i] || !c.is(i, fFirst) || c.is(i, fParticle|fNameVerb|fAuxVerb|fRole|fTitle|fUnit|fNumberWord|fDeterminer|fOther|fGerman) {
		return false
	}
	if i > 0 && c.isPunct(i-1, ',') && c.isPunct(i+1, ',') {
		return true
	}
	return c.beforeVerb(i) && (i == 0 || c.sentenceStart(i) || !c.is(i-1, fDeterminer) && !possessive[string(c.key(i-1))] && c.tok(i-1).kind == tWord)
}

// lowerDoubleName returns the last token of a double given name typed in
// lower case ("jean-marc", "jan-willem"): two listed given names glued by
// a hyphen, one of them no word, or -1.
func (c *scan) lowerDoubleName(i int) int {
	if !c.is(i, fFirst) || i+2 >= c.n() || !c.isPunct(i+1, '-') || c.tok(i).spaceAfter || c.tok(i+1).spaceAfter || c.tok(i+2).cap || c.st.claimed[i+2] {
		return -1
	}
	if !c.is(i+2, fFirst) || c.is(i, fParticle) || !(c.lowerFirstName(i) || c.lowerFirstName(i+2)) {
		return -1
	}
	return i + 2
}

// registerName returns the last token of a name in a register's order,
// the family name in capitals first ("DE JONG, A.", "KOWALSKI, Marek"), as
// a label's value or a line's start, or -1. After a name label or role
// within the five words before the colon any capitals count; elsewhere
// only capitals that are no common word ("Status: OPEN, Jan fixes it"
// stays).
func (c *scan) registerName(i int) int {
	if !(i == 0 || c.isPunct(i-1, ':') || c.tok(i-1).newline) {
		return -1
	}
	last, common := -1, false
	for k := i; k < c.n() && k-i < 4 && (k == i || c.joined(k)) && c.tok(k).kind == tWord && c.tok(k).allCap && !c.st.claimed[k]; k++ {
		last = k
		if !c.particleAt(k) && (c.is(k, fWord|fOther|fGerman|fRole|fTitle) || c.s.lex.dict.has(c.key(k))) {
			common = true
		}
	}
	if last < 0 || !c.isPunct(last+1, ',') || last+2 >= c.n() || c.tok(last+1).newline || last == i && c.tok(i).end-c.tok(i).start == 1 {
		return -1 // (a letter alone is no family name: "I, Oliver Hughes, confirm")
	}
	if common && !(i > 0 && c.cueWithin(fNameLabel|fRole|fStaff, i-1, 5)) {
		return -1
	}
	g := last + 2
	switch {
	case c.initialAt(g):
		return max(g+1, c.nameBody(g))
	case c.tok(g).cap && !c.tok(g).allCap && c.is(g, fFirst) && !c.st.claimed[g]:
		return max(g, c.nameBody(g))
	}
	return -1
}

// afterPostcode reports whether token i follows a postcode on its line,
// as a town does: "69100 Villeurbanne", "1234 AB Nieuwkoop".
func (c *scan) afterPostcode(i int) bool {
	if i < 1 || !c.joined(i) && !(c.tok(i-1).spaceAfter && !c.tok(i-1).newline) {
		return false
	}
	p := c.tok(i - 1)
	if p.kind == tNum && p.end-p.start == 5 {
		return true // French, German, Italian, Spanish postcodes
	}
	return p.kind == tWord && p.allCap && p.end-p.start == 2 && i >= 2 && c.tok(i-2).kind == tNum && c.tok(i-2).end-c.tok(i-2).start == 4
}

// possessive are the possessive pronouns before a noun ("his mark", "zijn
// bas"), where a given name that is also a word is the word.
var possessive = set("mijn je jouw zijn haar ons onze hun uw my your his her its our their mein meine dein deine sein seine ihr ihre unser unsere mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs")

// lowerNameInText reports whether token i, a listed given name typed in
// lower case in a text that otherwise uses capitals ("Ik heb het aan yusuf
// doorgegeven"), stands where a name can: after a lower-case word or a
// comma on its line, and it is no lower-case word as well ("rob", "will",
// "claire" stay words). Not in German sentences, for want of a German
// dictionary to tell the words (see germanLowerName).
func (c *scan) lowerNameInText(i int) bool {
	if c.is(i, fNameWord) || c.st.german[i] || i == 0 || !c.joined(i) && !c.isPunct(i-1, ',') {
		return false
	}
	p := c.tok(i - 1)
	return p.kind == tWord && !p.cap || c.isPunct(i-1, ',')
}

// germanLowerName reports whether token i, a listed given name of three
// letters or more typed in lower case in a German sentence, follows a
// preposition or conjunction that takes a person ("Unterweisung durch
// jens", "zusammen mit anja und ute"): German writes its nouns with
// capitals, so a lower-case word there is a name or one of the few
// adverbs that are names too ("mit ernst").
func (c *scan) germanLowerName(i int) bool {
	t := c.tok(i)
	return c.st.german[i] && t.end-t.start >= 3 && !c.st.claimed[i] && c.is(i, fFirst) && c.joined(i) && germanPersonLead[string(c.key(i-1))] &&
		!c.is(i, fWord|fAmbiguousFirst|fParticle|fNameVerb|fAuxVerb|fMonth|fRole|fTitle|fUnit|fNumberWord|fGerman|fOther) && !germanLowerWords[string(c.key(i))]
}

// germanPersonLead are the German prepositions and conjunctions before
// which a lower-case listed given name is the person; germanLowerWords
// the German lower-case words that are given names too.
var (
	germanPersonLead = set("durch von mit an bei für und sowie")
	germanLowerWords = set("ernst frank will kurt hell")
)

// fileTypes are the endings that make "x.com" or "a.pdf" a name of a site
// or a file, not of a person.
var fileTypes = map[string]bool{"com": true, "org": true, "net": true, "edu": true, "gov": true, "txt": true, "pdf": true, "doc": true, "docx": true,
	"xls": true, "xlsx": true, "csv": true, "jpg": true, "jpeg": true, "png": true, "gif": true, "zip": true, "htm": true, "html": true, "exe": true, "json": true, "xml": true}

// cuedLowerName recognises, after a title or role, one listed name typed
// in lower case ("meneer jansen", "mevrouw de vries", "collega henk",
// "dochter lotte"): particles, then a listed first or family name that is
// no common word, ambiguous first name or verb ("meneer zei" stays). It
// returns the last token, or -1.
func (c *scan) cuedLowerName(k int) int {
	from := c.lowerInitials(k) // "werknemer: h. de bruin", "melder: j. jansen"
	p := from
	for p < c.n() && p-from < 3 && c.particleAt(p) && !c.tok(p).cap && (p == from || c.joined(p)) {
		p++
	}
	if p >= c.n() || (p > k && !c.joined(p)) {
		return -1
	}
	t := c.tok(p)
	if t.kind != tWord || t.cap || c.st.claimed[p] || t.end-t.start < 3 || !c.is(p, fFirst|fSurname) || c.is(p, fAmbiguousFirst|fNameVerb|fAuxVerb|fParticle) {
		return -1
	}
	if c.is(p, fWord) && (from == k || !c.is(p, fSurname)) {
		return -1 // a word is a name only as a listed family name after an initial: "h. de bruin"
	}
	if p > k && !c.is(p, fSurname) {
		return -1 // particles lead to a family name
	}
	return p
}

// lowerInitials returns the token after one or two lower-case initials
// with their dots at token k ("h. de bruin", "j.w. de vries"), or k when
// none stand there or they are an abbreviation ("o.a.", "e.g.", "z.b.").
func (c *scan) lowerInitials(k int) int {
	p := k
	for p+2 < c.n() && p-k < 4 && c.tok(p).kind == tWord && !c.tok(p).cap && c.tok(p).end-c.tok(p).start == 1 &&
		c.isPunct(p+1, '.') && c.tok(p+1).start == c.tok(p).end && (p == k || c.tok(p).start == c.tok(p-1).end) {
		p += 2
	}
	if p == k || !c.tok(p-1).spaceAfter || c.tok(p-1).newline || p-k == 4 && lowerAbbreviations[c.text[c.tok(k).start:c.tok(p-1).end]] {
		return k
	}
	return p
}

// lowerAbbreviations are the two-letter abbreviations of the four
// languages that look like a pair of initials.
var lowerAbbreviations = map[string]bool{"o.a.": true, "e.g.": true, "i.e.": true, "z.b.": true, "u.a.": true, "n.a.": true, "c.q.": true, "a.d.": true, "m.a.": true, "p.s.": true, "v.a.": true, "i.o.": true, "d.h.": true, "o.k.": true}

// bridgingParticle reports whether token i is a particle that may join two
// unknown capitalised words into one name. In German text only "von",
// "van" and "zu" do: "der", "den" and "de" are articles there.
func (c *scan) bridgingParticle(i int) bool {
	if !c.particleAt(i) {
		return false
	}
	if c.st.german[i] {
		return c.wordIs(i, "von") || c.wordIs(i, "van") || c.wordIs(i, "zu")
	}
	return true
}

// particleName recognises "de Vries", "Van der Berg", "el Amrani" at token
// i (a particle): particles, then a capitalised word that is a known
// family name. It returns the last token or -1.
func (c *scan) particleName(i int) int {
	p := c.particlesFrom(i)
	if p == i || p-i > 3 || p >= c.n() || !c.capWord(p) {
		return -1
	}
	if !c.is(p, fSurname) && !c.tok(i).cap && !c.afterTitle(i) {
		return -1
	}
	if c.tok(i).cap && !c.is(p, fSurname) && c.sentenceStart(i) {
		return -1
	}
	return c.nameBody(p)
}

// addresses finds street addresses in the four languages' usual forms:
// "Kerkstraat 12a", "Hauptstraße 5", "Berliner Straße 12", "12 Baker
// Street", "5, rue de la Paix", "Laan van Meerdervoort 100".
func (c *scan) addresses() {
	for i := 0; i < c.n(); i++ {
		if c.st.claimed[i] {
			continue
		}
		t := c.tok(i)
		switch t.kind {
		case tWord:
			// a street in lower case ("kerkstraat 5") only after an
			// address cue or in a text typed without capitals
			if !t.cap && !((c.lower || c.present&fAddrCue != 0) && t.end-t.start > 4 && hasStreetSuffix(c.lex, c.key(i)) && (c.lower || c.cueWithin(fAddrCue, i, 3))) && !c.lowerFrenchStreet(i) {
				continue
			}
			if c.germanPlace(i) {
				continue
			}
			if !c.is(i, fStreetSep|fStreetSuffix|fStreetEN|fStreetFR) && t.cap {
				// a street without a street word, right after an address
				// cue: "woont op Damrak 12", "Adres: Rokin 75"
				// (a flat's number on the line before its street is the
				// number branch's: "lives at Flat 6\nVaughan haven")
				if c.present&fAddrCue != 0 && c.cueWithin(fAddrCue, i, 3) && !c.is(i, fWord|fUnit|fRole|fTitle) && !(c.unitWord(i) && c.houseNumberAt(i+1) && c.tok(c.houseNumber(i+1)).newline) {
					k := i + 1
					if k < c.n() && c.tok(k).kind == tWord && c.tok(k).cap && c.joined(k) && !c.is(k, fWord|fUnit) {
						k++ // "Lange Voorhout 9"
					}
					if c.houseNumberAt(k) && c.joined(k) {
						end := c.houseNumber(k)
						c.add(Address, i, end)
						i = end
					}
				}
				continue // "Rue Neuve 23" and "Acacia Avenue 22" too
			}
			// the number after the street name
			k := i + 1
			if t.cap && c.is(i, fStreetFR) && k+1 < c.n() && c.tok(k).kind == tWord && !c.tok(k).cap && c.tok(k).end-c.tok(k).start >= 4 &&
				!c.is(k, fOther|fGerman|fDeterminer|fParticle) && c.joined(k) && c.houseNumberAt(k+1) && c.present&fAddrCue != 0 && c.cueInSentence(fAddrCue, i, 5) {
				k++ // a French adjective after the street type, where an address stands: "habite Drève blanche 69 bis"
			}
			for k < c.n() && (c.tok(k).kind == tWord && c.tok(k).cap && !c.st.claimed[k] || k > i+1 && c.hyphenContinues(k) > k) && k-i <= 3 {
				k++ // "Laan van Meerdervoort", "rue Jacot-Descombes": cap words after the street word are part of it
			}
			for k < c.n() && (c.particleAt(k) || c.frenchLink(k) || (c.wordIs(k, "aan") || c.wordIs(k, "het")) && !c.tok(k).cap) && k-i <= 4 {
				k++ // "Laan van Meerdervoort", "Impasse des Lilas", "Chemin de l'Église", "Oudegracht aan de Werf"
				for k < c.n() && (c.tok(k).kind == tWord && c.tok(k).cap || c.elidedName(k) || c.isPunct(k, '\'') && c.tok(k).start == c.tok(k-1).end || c.hyphenContinues(k) > k) {
					k++ // "Chemin de l'Église", "Boulevard de l'Arquebuse", "Laan van Nieuw Oost-Indië"
				}
			}
			// "Goethestr. 12a", "Berliner Str. 5": the abbreviation's dot
			if k < c.n() && c.isPunct(k, '.') && c.tok(k).start == c.tok(k-1).end && bytes.HasSuffix(c.key(k-1), []byte("str")) {
				k++
			}
			end := k - 1 // the street alone, where a residence verb names it: "wohnt in der Goethestraße"
			if d := c.districtAfter(k); d > k && c.houseNumberAt(d) {
				k = d // "Lerchengasse (Pirka) 932": Austrian addresses name the district
			}
			if c.houseNumberAt(k) {
				end = c.houseNumber(k)
			} else if _, _, ok := c.postcodeAfter(k); !ok && (c.present&fAddrCue == 0 || !c.cueInSentence(fAddrCue, i, 5)) {
				continue // (a postcode and a town may stand for the number: "rue Alicia Cattin, 1012 Lausanne")
			}
			start := i
			// capitalised words before it belong to the street: "Prins Hendrikkade", "Berliner Straße"
			for start > 0 && start > i-3 && c.tok(start-1).kind == tWord && (c.tok(start-1).cap || c.particleAt(start-1)) && !c.st.claimed[start-1] && !c.sentenceBoundaryBefore(start) {
				if c.is(start-1, fWord|fRole|fAddrCue|fOther|fGerman) && !c.particleAt(start-1) {
					break // (a particle is also a word: "Burgemeester de Vlugtlaan"; an address's cue is none: "Wohnhaft Hauptstr. 5")
				}
				start--
			}
			// and the parts that hyphens glue to it: "Oskar-Schlemmer-Str. 15c"
			for start >= 2 && start > i-6 && c.isPunct(start-1, '-') && c.tok(start-1).start == c.tok(start-2).end && c.tok(start).start == c.tok(start-1).end &&
				c.tok(start-2).kind == tWord && c.tok(start-2).cap && !c.st.claimed[start-2] {
				start -= 2
			}
			for start < i && c.particleAt(start) && !c.tok(start).cap {
				start++
			}
			// a separate street word ("Rue Neuve 23", "Acacia Avenue 22")
			// needs a name beside it: "Place 2" and "Court 3" are not
			// addresses
			if !c.is(i, fStreetSep|fStreetSuffix) && t.cap && k == i+1 && !c.capitalBetween(start, i) {
				continue // (nor does an article: "Le Passage 2", "La Place 3")
			}
			c.add(Address, start, end)
			i = end
		case tNum:
			// (five digits only before a street type: "52146 Emina
			// Orchard", as American numbering and generators have it)
			long := 0
			if !c.houseNumberAt(i) {
				if len(c.raw(i)) != 5 || i+1 >= c.n() || c.tok(i+1).kind != tWord || !c.tok(i+1).cap {
					continue
				}
				long = 5
			}
			if !c.boundaryBefore(int(t.start)) {
				continue
			}
			// a flat's number on the line before its street ("Flat 6\nVaughan
			// haven", "Studio 14F") belongs to the address
			start := i
			if i > 0 && c.unitWord(i-1) && c.tok(i-1).cap {
				start = i - 1
			}
			k := i + 1
			if k < c.n() && c.tok(k).kind == tWord && c.tok(k).end-c.tok(k).start == 1 && c.tok(k).start == t.end {
				k++ // 221B
			}
			// "5, rue", "12 bis rue", "12 bis, avenue", "3 ter, quai"
			for n := 0; n < 2 && k < c.n() && (c.isPunct(k, ',') || c.wordIs(k, "bis") || c.wordIs(k, "ter")); n++ {
				k++
			}
			if k >= c.n() || c.tok(k).kind != tWord {
				continue
			}
			// French: "5 rue de la Paix"
			if long == 0 && c.is(k, fStreetFR) {
				end := k
				m := k + 1
				for m < c.n() && m-k <= 6 {
					if c.tok(m).kind == tWord && (c.tok(m).cap || c.particleAt(m) || c.frenchLink(m) || c.wordIs(m, "du") || c.elidedName(m)) {
						if c.tok(m).cap || c.elidedName(m) {
							end = m
						}
						m++
						continue
					}
					if c.isPunct(m, '\'') || c.isPunct(m, '-') {
						m++
						continue
					}
					break
				}
				if end > k {
					c.add(Address, i, end)
					i = end
				}
				continue
			}
			// English: "12 Baker Street", "17 Queen's Road", "4 St John's Wood Road"
			m, words, found := k, 0, false
			for m < c.n() && c.tok(m).kind == tWord && c.tok(m).cap && words < 4 && !c.unitWord(m) {
				// (a street type before another is its name's: "4 St John's
				// Wood Road")
				nextType := m+1 < c.n() && c.tok(m+1).kind == tWord && c.tok(m+1).cap && c.joined(m+1) && c.is(m+1, fStreetEN|fStreetUS)
				if m > k && !nextType && c.is(m, fStreetEN|fStreetUS) && (c.is(m, fStreetEN) && long == 0 || c.streetNamedBy(k, m, c.addressFrame(i, m)) || c.postcodeFollows(m)) {
					end := m
					if end+1 < c.n() && c.isPunct(end+1, '.') && len(c.raw(end)) <= 3 {
						end++
					}
					end = c.unitAfter(end) // "1588 Aufderhar Spurs Suite 889"
					c.add(Address, start, end)
					i, found = end, true
					break
				}
				m++
				words++
				if c.possessiveS(m) {
					m += 2
				}
				if m+1 < c.n() && c.isPunct(m, '-') && c.tok(m).start == c.tok(m-1).end && c.tok(m+1).start == c.tok(m).end && c.tok(m+1).cap {
					m++ // "2 Harvey-Hessel Drove"
				}
			}
			if !found && words > 0 && m < c.n() && c.tok(m).kind == tWord && !c.tok(m).cap && c.is(m, fStreetEN|fStreetUS) && c.tok(m-1).spaceAfter && !c.tok(m-1).newline &&
				c.streetNamedBy(k, m, c.addressFrame(i, m)) {
				// the street type in lower case, as British generators
				// write it: "739 George ramp", "Flat 6\nVaughan haven"
				end := c.unitAfter(m)
				c.add(Address, start, end)
				i = end
				continue
			}
			if long > 0 {
				continue // five digits and no street type: a postcode's ("10115 Berlin")
			}
			if !found && words > 0 && c.present&fAddrCue != 0 && c.cueInSentence(fAddrCue, i, 4) && k == i+1 && t.spaceAfter && !t.newline &&
				!c.is(k, fMonth|fUnit) && (!c.is(k, fDict|fWord|fOther|fGerman|fDeterminer) ||
				// (right after the cue, a common word or "The" too:
				// "lives at 42 Hillside", "Address: 8 The Poplars")
				c.cueWithin(fAddrCue, i, 2) && (c.isPunct(i-1, ':') || c.wordIs(i-1, "at") || c.wordIs(i-1, "on") || c.wordIs(i-1, "aan") || c.wordIs(i-1, "op")) &&
					(c.wordIs(k, "the") || !c.is(k, fWord|fOther|fGerman|fDeterminer))) {
				// right after an address cue a number and capitalised words
				// are a street whatever its last word ("lives at 1588
				// Aufderhar Spurs Suite 889", "Address: 463 Kuhn Loop")
				end := c.unitAfter(m - 1)
				c.add(Address, i, end)
				i = end
			}
		}
	}
}

// addressPostcodes finds the postcode after a street address, as an
// address line writes it: "Kerkstraat 5, 3500 Hasselt", "Hauptstr. 1,
// 06966 Ludwigsburg", "Hauptstr. 1\nD-10115 Berlin", "rue Haute 5, 13 667
// Ledoux". Four or five digits alone are a year, an amount or a count;
// after a street and before a capitalised word they are its postcode (the
// town stays: it names no one).
func (c *scan) addressPostcodes() {
	for e, n := 0, len(c.st.ents); e < n; e++ {
		if c.st.ents[e].Type != Address {
			continue
		}
		if start, end, ok := c.postcodeAfter(c.tokenFrom(c.st.ents[e].End)); ok {
			c.add(Postcode, start, end)
		}
	}
}

// postcodeFollows reports whether a postcode and a town follow the street
// type at token m (past its abbreviation's dot): "1442 Crews Forks, 8745
// Dianastad", where the words before it may be common ones.
func (c *scan) postcodeFollows(m int) bool {
	if c.isPunct(m+1, '.') {
		m++
	}
	_, _, ok := c.postcodeAfter(m + 1)
	return ok
}

// lowerParticleNames extends a name found before a capitalised particle
// and a family name typed in lower case, as generators' lists hold them
// ("Marie Le roux", "Ana Da silva"): the particle and the word, a listed
// family name, are the name's.
func (c *scan) lowerParticleNames() {
	if c.present&fParticle == 0 {
		return
	}
	for e, n := 0, len(c.st.ents); e < n; e++ {
		if c.st.ents[e].Type != Person {
			continue
		}
		k := c.tokenFrom(c.st.ents[e].End)
		if k > 0 && int(c.tok(k-1).end) == c.st.ents[e].End && c.tok(k-1).cap && c.particleAt(k-1) && int(c.tok(k-1).start) > c.st.ents[e].Start {
			k-- // the particle was taken with the name: "Ana Da" before "silva"
		} else if k >= c.n() || c.st.claimed[k] || int(c.tok(k).start) != c.st.ents[e].End+1 || !c.tok(k).cap || !c.particleAt(k) {
			continue
		}
		if w := k + 1; w < c.n() && !c.st.claimed[w] && c.joined(w) && c.tok(w).kind == tWord && !c.tok(w).cap && c.tok(w).end-c.tok(w).start >= 3 && c.is(w, fSurname) {
			if first := c.tokenAt(c.st.ents[e].Start); first >= 0 {
				c.add(Person, first, w) // the whole name, over the part found
			}
		}
	}
}

// bareStreets finds a street without a street word, a name and its house
// number, where a postcode and a town follow it in an address line after
// a person's name or an address cue: "Zeuge: Jan Smit, Seeblick 756, 5318
// Kirchdorf", "Anschrift: Zwergjoch 25a, 1860 Übersbach", as Austrian and
// Swiss streets are often named. It runs after names (a person's name
// must be found) and before addressPostcodes, which takes the postcode.
func (c *scan) bareStreets() {
	for i := 1; i+2 < c.n(); i++ {
		t := c.tok(i)
		if t.kind != tWord || !t.cap || t.allCap || c.st.claimed[i] || c.st.claimed[i+1] || !c.houseNumberAt(i+1) || !c.joined(i+1) ||
			c.is(i, fUnit|fRole|fTitle|fMonth|fDeterminer|fOther|fGerman) {
			continue
		}
		end := c.houseNumber(i + 1)
		if _, _, ok := c.postcodeAfter(end + 1); !ok {
			continue
		}
		cued := c.present&fAddrCue != 0 && c.cueInSentence(fAddrCue, i, 6)
		if !cued && c.isPunct(i-1, ',') && i >= 2 {
			x, _ := c.endAt(int(c.tok(i - 2).end))
			cued = x.person
		}
		if cued {
			c.add(Address, i, end)
			i = end
		}
	}
}

// postcodeAfter reports whether a postcode and a town follow a street
// whose next token is k, returning the postcode's tokens.
func (c *scan) postcodeAfter(k int) (start, end int, ok bool) {
	if k < c.n() && c.isPunct(k, ',') {
		k++
	}
	start = k
	if k+2 < c.n() && c.tok(k).kind == tWord && c.tok(k).allCap && c.tok(k).end-c.tok(k).start <= 2 && c.isPunct(k+1, '-') &&
		c.tok(k+1).start == c.tok(k).end && c.tok(k+2).start == c.tok(k+1).end {
		k += 2 // a country's letter: "D-10115", "CH-8001", "B-1000"
	}
	if k >= c.n() || c.tok(k).kind != tNum || c.st.claimed[k] {
		return 0, 0, false
	}
	end = k
	switch len(c.raw(k)) {
	case 4, 5:
	case 2: // grouped: "13 667"
		if k+1 >= c.n() || c.tok(k+1).kind != tNum || len(c.raw(k+1)) != 3 || int(c.tok(k+1).start) != int(c.tok(k).end)+1 || c.text[c.tok(k).end] != ' ' {
			return 0, 0, false
		}
		end = k + 1
	default:
		return 0, 0, false
	}
	if end+1 >= c.n() || !c.tok(end).spaceAfter || c.tok(end).newline {
		return 0, 0, false
	}
	// the town: a capital, or the "'s-" of "'s-Hertogenbosch"
	town := c.tok(end + 1)
	return start, end, town.kind == tWord && town.cap || c.isPunct(end+1, '\'') && end+2 < c.n() && c.wordIs(end+2, "s")
}

// districtAfter returns the token after a district's name in brackets at
// token k ("(Pirka)", "(Schwarzau am Steinfeld)"), or k when none stands
// there: capitalised words and their links, six tokens at most.
func (c *scan) districtAfter(k int) int {
	if !c.isPunct(k, '(') || k+2 >= c.n() || c.tok(k+1).kind != tWord || !c.tok(k+1).cap {
		return k
	}
	for m := k + 1; m < c.n() && m <= k+7; m++ {
		switch {
		case c.isPunct(m, ')'):
			return m + 1
		case c.tok(m).kind == tWord && (c.tok(m).cap || c.wordIs(m, "am") || c.wordIs(m, "an") || c.wordIs(m, "der") || c.wordIs(m, "bei") || c.wordIs(m, "im")), c.isPunct(m, '-'):
		default:
			return k
		}
	}
	return k
}

// unitWord reports whether token k names a flat or a suite ("Suite",
// "Apt", "Unit", "Flat", "Studio", "appartement").
func (c *scan) unitWord(k int) bool {
	return k >= 0 && k < c.n() && (c.wordIs(k, "suite") || c.wordIs(k, "apt") || c.wordIs(k, "unit") || c.wordIs(k, "flat") || c.wordIs(k, "studio") || c.wordIs(k, "appartement") || c.wordIs(k, "app"))
}

// lowerFrenchStreet reports whether token i is a French street type in
// lower case before a name, as French and Swiss addresses write it in a
// sentence: "habite rue Nüsslin 41", "chemin de Cretton 7", "avenue
// Maire 856". Only the types that are no English or Dutch word before a
// capital ("place", "route", "passage", "square" are) but before a name
// and a house number ("place Dupont 99").
func (c *scan) lowerFrenchStreet(i int) bool {
	if !c.is(i, fStreetFR) {
		return false // (asked of every lower-case word: the flag first)
	}
	numbered := false
	switch string(c.key(i)) { // (folded: "allée" is "allee")
	case "rue", "avenue", "chemin", "boulevard", "impasse", "allee", "quai", "ruelle", "sentier", "chaussee", "dreve", "venelle", "faubourg":
	case "place", "route", "passage", "square":
		numbered = true
	default:
		return false
	}
	k := i + 1
	for n := 0; n < 3 && k < c.n() && (c.particleAt(k) || c.frenchLink(k) || c.wordIs(k, "du") || c.isPunct(k, '\'')); n++ {
		k++
	}
	if k >= c.n() || !(c.tok(k).kind == tWord && c.tok(k).cap || c.elidedName(k)) {
		return false
	}
	if numbered {
		// (a name, no day or common word: "took place Monday 3 March")
		if c.is(k, fDict|fWord|fMonth|fOther|fGerman|fDeterminer) || weekdays[string(c.key(k))] {
			return false
		}
		for n := 0; n < 3 && k+1 < c.n() && c.tok(k+1).kind == tWord && c.tok(k+1).cap; n++ {
			k++
		}
		return c.houseNumberAt(k + 1)
	}
	return true
}

// addressFrame reports whether the street from token i to its type at m
// stands as an address does: a comma or a line's end after it, or an
// address cue in its sentence.
func (c *scan) addressFrame(i, m int) bool {
	return c.isPunct(m+1, ',') || c.tok(m).newline || c.present&fAddrCue != 0 && c.cueInSentence(fAddrCue, i, 6)
}

// streetNamedBy reports whether the capitalised words in tokens [k, m)
// can name a street before a street type: listed names, or words no list
// holds ("Aufderhar", "George"), not common words ("2 Assembly Points",
// "3 Service Roads"), roles or months. A name that is a word too
// ("Green", "Bell") counts only beside another ("12 Green Park" stays),
// or alone where weak says the street stands in an address's frame
// ("Witness: Ann, 49 Green fords, Tylerville").
func (c *scan) streetNamedBy(k, m int, weak bool) bool {
	named := false
	for p := k; p < m; p++ {
		if c.tok(p).kind != tWord || !c.tok(p).cap {
			continue // the possessive's "'s", a hyphen
		}
		if !c.is(p, fFirst|fSurname) && c.is(p, fDict|fWord|fOther|fGerman|fDeterminer|fRole|fUnit|fMonth|fTitle|fOrg|fNoName) {
			return false
		}
		named = named || weak && c.is(p, fFirst|fSurname) || !c.is(p, fNameWord)
	}
	return named
}

// unitAfter extends an address that ends at token end over a flat's or a
// suite's number after it ("Suite 889", "Apt. 804", "Unit 4B", "Flat 2")
// and returns its new last token.
func (c *scan) unitAfter(end int) int {
	k := end + 1
	if c.unitWord(k) && c.joined(k) {
		n := k + 1
		if c.isPunct(n, '.') {
			n++
		}
		if n < c.n() && c.tok(n).kind == tNum {
			return c.houseNumber(n) // "4B", as a house number's letter
		}
	}
	if k+1 < c.n() && c.isPunct(k, '#') && c.tok(k).start == c.tok(k-1).end+1 && c.tok(k+1).kind == tNum && c.tok(k+1).start == c.tok(k).end {
		return c.houseNumber(k + 1) // "Casandra Roads #579": the flat's number
	}
	return end
}

func (c *scan) sentenceBoundaryBefore(i int) bool { return c.sentenceStart(i) }

// capitalBetween reports whether tokens [from, to) hold a capitalised word
// that is no particle or article.
func (c *scan) capitalBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if c.tok(k).kind == tWord && c.tok(k).cap && !c.particleAt(k) && !c.is(k, fDeterminer) {
			return true
		}
	}
	return false
}

// elidedName reports whether token k is a French elision glued to a
// capitalised name, one token as the tokenizer reads it: "d'Orsel",
// "l'Odéon", "d’Alésia".
func (c *scan) elidedName(k int) bool {
	w := c.raw(k)
	if c.tok(k).kind != tWord || len(w) < 3 || (w[0]|0x20) != 'd' && (w[0]|0x20) != 'l' {
		return false
	}
	at, r := afterApostrophe(w) // (lowerAfterApostrophe's test, the other way round)
	return at == 1 && unicode.IsUpper(r)
}

// frenchLink reports whether token k is a French article or contraction
// inside a street's name that the particle list lacks: "des", "aux", "au",
// "l'", "d'".
func (c *scan) frenchLink(k int) bool {
	return c.wordIs(k, "des") || c.wordIs(k, "aux") || c.wordIs(k, "au") || (c.wordIs(k, "l") || c.wordIs(k, "d")) && c.isPunct(k+1, '\'')
}

// possessiveS reports whether tokens k, k+1 are the "'s" glued to the word
// before them ("Queen's").
func (c *scan) possessiveS(k int) bool {
	return k+1 < c.n() && (c.isPunct(k, '\'') || c.raw(k) == "’") && c.tok(k).start == c.tok(k-1).end &&
		c.wordIs(k+1, "s") && c.tok(k+1).start == c.tok(k).end
}

// germanPlace recognises German street names built with a preposition,
// "Am Hafen 12", "An der Mühle 3", "Im Winkel 7", "Zum Anger 2", and
// after an address cue Dutch ones, "Op de Kamp 3", at token i, recording
// the address; it reports whether it did.
func (c *scan) germanPlace(i int) bool {
	if !c.tok(i).cap {
		return false
	}
	// (after an address cue a common word too: "Wohnhaft: Zur Linde 12a";
	// without one "Im Raum 12", "Am Tor 3" are places on a site)
	cued := c.present&fAddrCue != 0 && c.cueWithin(fAddrCue, i, 3)
	dutchArticle := c.wordIs(i+1, "de") || c.wordIs(i+1, "het") || c.wordIs(i+1, "den") || c.wordIs(i+1, "ter")
	switch string(c.key(i)) {
	case "am", "an", "im", "auf", "zum", "zur", "unter", "hinter":
	case "in": // "In der Hartmannswiese 3", "In den Auen 5"; "Adres: In de Wolken 2"
		if !c.wordIs(i+1, "der") && !c.wordIs(i+1, "den") && !(cued && dutchArticle) {
			return false
		}
	case "op", "aan", "bij", "achter", "over", "onder", "langs", "buiten", "naast", "tussen", "voor":
		// Dutch streets built the same way, after an address cue only
		// ("Adres: Op de Kamp 3", "woont Aan de Stegen 4"; "Op de Dam 3
		// mensen gewond" stays)
		if !cued || !dutchArticle {
			return false
		}
	default:
		return false
	}
	k := i + 1
	if k < c.n() && (c.wordIs(k, "der") || c.wordIs(k, "dem") || c.wordIs(k, "den") || dutchArticle) {
		k++
	}
	start := k
	for k < c.n() && (c.capWord(k) && !c.is(k, fUnit) || cued && c.tok(k).kind == tWord && c.tok(k).cap && !c.st.claimed[k] && !c.is(k, fOther|fGerman|fDeterminer|fMonth|fUnit)) && k-start < 2 {
		k++
	}
	if k > start {
		if d := c.districtAfter(k); d > k && c.houseNumberAt(d) {
			k = d // "Am Kronawett (Hagenbrunn) 23b"
		}
	}
	if k == start || !c.houseNumberAt(k) {
		return false
	}
	end := c.houseNumber(k)
	c.add(Address, i, end)
	return true
}

// houseNumberAt reports whether token k can start a house number: one to
// four digits. A leading 0 ("Lunaweg 020", as generators and careless
// typists write) only in three digits or fewer, glued to no other digits
// and no time's hours: "Ring 0044 7911 ..." is a call, "Weg 09:30" a time.
func (c *scan) houseNumberAt(k int) bool {
	if k >= c.n() || c.tok(k).kind != tNum || len(c.raw(k)) > 4 {
		return false
	}
	if c.text[c.tok(k).start] != '0' {
		return true
	}
	if len(c.raw(k)) > 3 || k+1 < c.n() && c.tok(k+1).kind == tNum && c.tok(k+1).start == c.tok(k).end {
		return false
	}
	// nor a time's hours: "09:30", "07.45"
	return k+2 >= c.n() || !(c.isPunct(k+1, ':') || c.isPunct(k+1, '.')) || c.tok(k+1).start != c.tok(k).end || c.tok(k+2).kind != tNum || c.tok(k+2).start != c.tok(k+1).end
}

// houseNumber returns the last token of a house number at token k: "12",
// "12a", "12-14", "12 A", "12 bis", "12-II", "5/2", "1 bus 3".
func (c *scan) houseNumber(k int) int {
	end := k
	if end+1 < c.n() && c.tok(end+1).kind == tWord && c.tok(end+1).start == c.tok(end).end && c.tok(end+1).end-c.tok(end+1).start <= 2 {
		end++
	}
	if end+2 < c.n() && c.isPunct(end+1, '-') && c.tok(end+1).start == c.tok(end).end && (c.tok(end+2).kind == tNum || (c.tok(end+2).kind == tWord && c.tok(end+2).allCap && c.tok(end+2).end-c.tok(end+2).start <= 3)) {
		end += 2
	}
	if end+1 < c.n() && c.tok(end+1).kind == tWord && !c.tok(end).newline && (c.wordIs(end+1, "bis") || c.wordIs(end+1, "ter") || (c.tok(end+1).allCap && c.tok(end+1).end-c.tok(end+1).start == 1 && !c.initialAt(end+1)) || c.lowerSuffixLetter(end+1)) {
		end++
	}
	if end+2 < c.n() && c.isPunct(end+1, '/') && c.tok(end+1).start == c.tok(end).end && c.tok(end+2).kind == tNum && len(c.raw(end+2)) <= 3 && c.tok(end+2).start == c.tok(end+1).end {
		end += 2 // "Hauptstr. 5/2": the flat
	}
	if end+2 < c.n() && (c.wordIs(end+1, "bus") || c.wordIs(end+1, "boite") || c.wordIs(end+1, "bte")) && c.tok(end+2).kind == tNum && len(c.raw(end+2)) <= 4 {
		end += 2 // "Kerkstraat 1 bus 3", "rue Haute 5 boîte 2": a Belgian box
	}
	return end
}

// lowerSuffixLetter reports whether token k is a house number's letter
// typed in lower case after a space, ending the address ("Hauptstr. 5 a,
// Berlin", "Kerkstraat 12 b."); "5 a day" goes on.
func (c *scan) lowerSuffixLetter(k int) bool {
	t := c.tok(k)
	if t.end-t.start != 1 || c.text[t.start] < 'a' || c.text[t.start] > 'h' {
		return false
	}
	return c.endsPhrase(k, ",.;)")
}
