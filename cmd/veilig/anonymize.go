package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/schemas"
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
	br := bufio.NewReaderSize(r, 1<<20)
	bw := bufio.NewWriterSize(w, 1<<20)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	first := true
	for {
		line, rerr := schemas.ReadLine(br, 64<<20)
		if len(line) > 0 || rerr == nil {
			lines++ // every line counts, so that answers name the input's line
			if lines == 1 {
				line = withoutBOM(line)
			}
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if first {
				if serr := jsonLinesShape(line); serr != nil {
					return lines, bad, serr
				}
				first = false
			}
			var in anonIn
			switch {
			case !utf8.Valid(line):
				bad++
				err = enc.Encode(anonErrLine{Line: lines, Error: "line is not valid UTF-8"})
			case json.Unmarshal(line, &in) != nil:
				bad++
				err = enc.Encode(anonErrLine{Line: lines, Error: "line is not a JSON object"})
			case in.Text == nil:
				bad++
				err = enc.Encode(anonErrLine{ID: in.ID, Line: lines, Error: `missing "text"`})
			default:
				out, ents := sc.Text(*in.Text, nil, nil)
				if ents == nil {
					ents = []anonymize.Entity{}
				}
				id := in.ID
				if id == nil {
					id = json.RawMessage("null")
				}
				err = enc.Encode(anonOutLine{ID: id, Text: out, Entities: ents})
			}
			if err != nil {
				return lines, bad, err
			}
		}
		if rerr == io.EOF {
			return lines, bad, nil
		}
		if rerr != nil {
			return lines, bad, rerr
		}
	}
}
