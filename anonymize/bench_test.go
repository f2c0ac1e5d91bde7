package anonymize

import (
	"os"
	"strconv"
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

// BenchmarkScanRepetitive scans texts made of one short phrase repeated,
// at two sizes. The scanner's work must grow with the text, not with its
// square: MB/s should be about the same at both sizes. Two such phrases
// once took quadratic time ("van der van de van ...", where every particle
// walked the run to its end, and "geb. Assigned ...", where every short
// sentence searched all those asked about before); a street after a name
// once looked through every name found for the one before it, and a town
// after a street through every entity found; and a name written again
// added its logins again.
func BenchmarkScanRepetitive(b *testing.B) {
	s := NewScanner()
	for _, unit := range []string{"van der van de van ", "geb. Assigned ", "Jan, Piet en ", "06 12 34 ", "a@b.nl ", "door Jansen, P. en Bakker, K.; ", "Kubheka;Mpho;", "<td>Hedda</td>", "Jan Smit, Seeblick 12, 5318 Kirchdorf. ", "Getuige: Jan Smit, Kerkstraat 5, Kortrijk. ", "Valdemar Nielsen bestätigt das. "} {
		for _, n := range []int{64 << 10, 256 << 10} {
			text := strings.Repeat(unit, n/len(unit)+1)[:n]
			b.Run(strings.TrimSpace(unit)+"/"+strconv.Itoa(n>>10)+"KB", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					s.Scan(text, nil)
				}
			})
		}
	}
}
