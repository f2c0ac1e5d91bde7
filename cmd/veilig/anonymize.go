package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/internal/safe"
)

type anonymizeCmd struct {
	JSONL bool `name:"jsonl" required:"" help:"Read JSON Lines {\"id\",\"text\",\"lang\"} on stdin, write {\"id\",\"text\",\"entities\":[{\"type\",\"start\",\"end\"}]} per line (byte offsets into the input text)."`
}

type anonIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Lang string          `json:"lang"`
}

type anonOutLine struct {
	ID       json.RawMessage    `json:"id"`
	Text     string             `json:"text"`
	Entities []anonymize.Entity `json:"entities"`
}

type anonErrLine struct {
	ID    json.RawMessage `json:"id,omitempty"`
	Line  int             `json:"line"`
	Error string          `json:"error"`
}

func (a *anonymizeCmd) Run(e *env) error {
	n, bad, err := anonymizeStream(os.Stdin, os.Stdout)
	if err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d lines could not be read (see the error lines in the output)", bad, n)
	}
	return nil
}

// anonymizeStream reads one request per line and writes one answer per
// line, holding one line at a time. A line it cannot read gets an
// {"line","error"} answer (never echoing the text) and the stream goes on.
func anonymizeStream(r io.Reader, w io.Writer) (lines, bad int, err error) {
	sc := anonymize.NewScanner()
	bw := bufio.NewWriterSize(w, 1<<20)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var werr error
	lines, err = forEachLine(r, 64<<20, func(n int, line []byte) bool {
		var in anonIn
		switch {
		case !utf8.Valid(line):
			bad++
			werr = enc.Encode(anonErrLine{Line: n, Error: "line is not valid UTF-8"})
		case json.Unmarshal(line, &in) != nil:
			bad++
			werr = enc.Encode(anonErrLine{Line: n, Error: "line is not a JSON object"})
		case in.Text == nil:
			bad++
			werr = enc.Encode(anonErrLine{ID: in.ID, Line: n, Error: `missing "text"`})
		default:
			s := sc
			if in.Lang != "" {
				s = sc.ForLanguage(in.Lang) // it decides sentences without function words
			}
			out, ents, failed := anonymizeLine(s, *in.Text)
			if failed != "" {
				bad++
				werr = enc.Encode(anonErrLine{ID: in.ID, Line: n, Error: failed})
				break
			}
			if ents == nil {
				ents = []anonymize.Entity{}
			}
			id := in.ID
			if id == nil {
				id = json.RawMessage("null")
			}
			werr = enc.Encode(anonOutLine{ID: id, Text: out, Entities: ents})
		}
		return werr == nil
	})
	if werr != nil {
		return lines, bad, werr
	}
	return lines, bad, err
}

// anonymizeLine anonymises one text, with a panic (a bug that this text's
// content trips) turned into a line's error, so that the stream goes on
// as the workers do; the error names the failure's kind, never the text.
func anonymizeLine(s *anonymize.Scanner, text string) (out string, ents []anonymize.Entity, failed string) {
	type result struct {
		out    string
		ents   []anonymize.Entity
		failed string
	}
	r := safe.Recover(func() result {
		out, ents := s.Text(text, nil, nil)
		return result{out: out, ents: ents}
	}, func(r any) result {
		return result{failed: "the anonymiser failed on this line (" + safe.Kind(r) + "); please report it"}
	})
	return r.out, r.ents, r.failed
}
