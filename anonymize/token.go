package anonymize

import (
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters (any script), apostrophes inside
	tNum                      // ASCII digits
	tPunct                    // one punctuation or symbol rune
)

// tok is one token of a text: its byte span, kind and a few flags that the
// detectors read many times.
type tok struct {
	start, end int32
	kind       tokKind
	cap        bool // first rune is upper case
	allCap     bool // every letter is upper case
	spaceAfter bool // followed by white space
	newline    bool // the white space after it holds a line break
	ascii      bool // the token is pure ASCII
}

// tokenize splits text into words, numbers and punctuation, appending to
// dst. White space separates tokens and is recorded on the token before it.
// A word may hold inner apostrophes ("d'Artagnan", "bhv'er") but not
// hyphens: a hyphen is punctuation, so the name detector sees "Jean", "-",
// "Pierre" and decides itself.
func tokenize(dst []tok, text string) []tok {
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v':
			if len(dst) > 0 {
				dst[len(dst)-1].spaceAfter = true
				if c == '\n' {
					dst[len(dst)-1].newline = true
				}
			}
			i++
		case c >= '0' && c <= '9':
			j := i + 1
			for j < n && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			dst = append(dst, tok{start: int32(i), end: int32(j), kind: tNum, ascii: true}) // #nosec G115 -- texts are bounded (events 64 KiB, CLI lines 64 MiB), far below 2 GiB
			i = j
		case c < utf8.RuneSelf && !isLetter(c):
			dst = append(dst, tok{start: int32(i), end: int32(i + 1), kind: tPunct, ascii: true})
			i++
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if c >= utf8.RuneSelf && !unicode.IsLetter(r) {
				if unicode.IsSpace(r) {
					if len(dst) > 0 {
						dst[len(dst)-1].spaceAfter = true
					}
				} else {
					dst = append(dst, tok{start: int32(i), end: int32(i + size), kind: tPunct}) // #nosec G115 -- texts are bounded (events 64 KiB, CLI lines 64 MiB), far below 2 GiB
				}
				i += size
				continue
			}
			t := tok{start: int32(i), kind: tWord, cap: unicode.IsUpper(r), allCap: true, ascii: true}
			j := i
			for j < n {
				b := text[j]
				if b < utf8.RuneSelf {
					if isLetter(b) {
						if b >= 'a' {
							t.allCap = false
						}
						j++
						continue
					}
					// an inner apostrophe followed by a letter stays in the word,
					// except a possessive or plural "'s" at its end: "Ingrid's"
					// is "Ingrid" for the name lists and the known values
					if (b == '\'') && j+1 < n && j > i && isLetter(text[j+1]) && !possessiveS(text, j+1) {
						j++
						continue
					}
					break
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if r == '\u2019' && j > i && j+size < n && isLetter(text[j+size]) && !possessiveS(text, j+size) {
					j += size
					t.ascii = false
					continue
				}
				if !unicode.IsLetter(r) && !unicode.IsMark(r) { // marks: "Mu\u0308ller" in NFD, Devanagari's vowel signs
					break
				}
				if unicode.IsLower(r) {
					t.allCap = false
				}
				t.ascii = false
				j += size
			}
			t.end = int32(j)
			dst = append(dst, t)
			i = j
		}
	}
	return dst
}

// possessiveS reports whether text[k:] is an "s" that ends a word: what
// follows an apostrophe in "Ingrid's" or "auto's".
func possessiveS(text string, k int) bool {
	return text[k]|0x20 == 's' && (k+1 == len(text) || !isLetter(text[k+1]) && text[k+1] < utf8.RuneSelf)
}
