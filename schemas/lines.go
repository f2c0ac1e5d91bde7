package schemas

import (
	"bufio"
	"bytes"
)

// ReadLine reads one line of a JSON Lines stream, however long, keeping at
// most limit bytes of it (so that an oversize event is refused by Decode as
// oversize rather than the reader failing) and dropping the line ending.
// The error is the reader's (io.EOF after the last line).
func ReadLine(br *bufio.Reader, limit int) ([]byte, error) {
	var out []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(out) < limit {
			out = append(out, frag[:min(len(frag), limit-len(out))]...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(out, "\r\n"), err
	}
}
