package anonymize

import (
	"fmt"
	"strings"
)

// gold is a labelled value in a test text.
type gold struct {
	Type       Type
	Start, End int
}

// parseAnnotated reads a text with labelled values written as
// [[TYPE|value]] and returns the plain text and the labels.
func parseAnnotated(s string) (string, []gold, error) {
	var b strings.Builder
	var labels []gold
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			b.WriteString(s)
			return b.String(), labels, nil
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "]]")
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed [[ in %q", s)
		}
		body := s[i+2 : i+j]
		typ, val, ok := strings.Cut(body, "|")
		if !ok {
			return "", nil, fmt.Errorf("label without | in %q", body)
		}
		start := b.Len()
		b.WriteString(val)
		labels = append(labels, gold{Type: Type(typ), Start: start, End: b.Len()})
		s = s[i+j+2:]
	}
}
