package anonymize

import (
	"strings"
	"testing"
)

func TestDictionaryIsSortedFoldedAndHoldsNoClearName(t *testing.T) {
	l := theLexicon()
	d := &l.dict
	if d.len() < 100000 {
		t.Fatalf("dictionary holds %d words, want the English and Dutch lists", d.len())
	}
	for i := 1; i < d.len(); i++ {
		if d.word(i-1) >= d.word(i) {
			t.Fatalf("not sorted at %d: %q >= %q", i, d.word(i-1), d.word(i))
		}
	}
	for i := 0; i < d.len(); i++ {
		w := d.word(i)
		if fold(w) != w {
			t.Fatalf("%q is not folded", w)
		}
		// (names that are words, the ambiguous and weak ones, may stay
		// there: compounds are split on its words, "Steigerkaart" too)
		if f := l.flags[w]; f&(fFirst|fSurname) != 0 && f&(fAmbiguousFirst|fWeakSurname) == 0 {
			t.Fatalf("%q is a listed name", w)
		}
	}
	for _, w := range []string{"height", "ladder", "safety", "hoogte", "valgevaar", "toezicht", "zenuwachtig"} {
		if !d.has([]byte(w)) {
			t.Errorf("%q missing", w)
		}
	}
	for _, w := range []string{"", "jansen", "tanaka", "zzzzzz", "heigh"} {
		if d.has([]byte(w)) {
			t.Errorf("%q found", w)
		}
	}
}

// Every listed word is a cue for something; each, alone, at a text's end
// and before a colon, must scan without reading past the last token (the
// fuzzer found "ID" alone reading one).
func TestEveryListedWordScansAloneAndLast(t *testing.T) {
	s := NewScanner()
	strict := newStrictScanner()
	for w := range theLexicon().flags {
		// and as a cue before a name, and after one, that ends the text
		title := strings.ToUpper(w[:1]) + w[1:]
		for _, text := range []string{w, "Melding " + w, w + ":", w + " 12", "X " + w + " -", title + " Anna", w + " Milan", strings.ToUpper(w) + ", Anna", "Anna " + title, title + "'s", "Anna " + w + " \"" + title + "\""} {
			s.Scan(text, nil)
			strict.Scan(text, nil)
		}
	}
}
