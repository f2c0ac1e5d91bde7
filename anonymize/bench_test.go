package anonymize

import (
	"os"
	"strings"
	"testing"
)

// benchTexts returns mixed-language texts of about 1 KB each, cut from
// testdata/bench.txt (written for the benchmark, with personal data in
// every language).
func benchTexts(b *testing.B) []string {
	raw, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(line)
		if cur.Len() >= 1000 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	return out
}

// startBench loads the texts and sets the bytes per operation.
func startBench(b *testing.B) []string {
	texts := benchTexts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	return texts
}

// BenchmarkScan reports MB/s per core of the scanner on 1 KB texts.
func BenchmarkScan(b *testing.B) {
	s := NewScanner()
	texts := startBench(b)
	for i := 0; i < b.N; i++ {
		s.Scan(texts[i%len(texts)], nil)
	}
}

// BenchmarkAnonymizeAndVerify is the anonymise stage's text work: scan,
// redact, and the verifier's independent re-scan of the output.
func BenchmarkAnonymizeAndVerify(b *testing.B) {
	s := NewScanner()
	v := NewVerifier()
	texts := startBench(b)
	for i := 0; i < b.N; i++ {
		out, _ := s.Text(texts[i%len(texts)], nil, nil)
		if f := v.Check("", out, nil); len(f) > 0 {
			b.Fatalf("verifier flagged anonymised output: %v in %q", f, out)
		}
	}
}
