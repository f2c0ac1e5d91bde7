package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/ai/aitest"
	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
)

var bin string

// TestMain builds the binary once: the CLI is tested as users run it, as a
// process with arguments, standard input and an exit code.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "veilig-cli-*")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "veilig")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

func veilig(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "VEILIG_MASTER_KEY=", "VEILIG_AI_KEY=sk-test")
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("veilig %v did not finish within 3 minutes; stderr:\n%s", args, errb.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

func TestHelpAndUsageExitCodes(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"demo", "--help"}, {"query", "--help"}, {"anonymize", "--help"}, {"run", "--help"}, {"publish", "--help"}} {
		r := veilig(t, "", args...)
		if r.code != 0 || !strings.Contains(r.stdout+r.stderr, "Usage") {
			t.Errorf("%v: exit %d, output %q", args, r.code, r.stdout+r.stderr)
		}
	}
	for _, args := range [][]string{{"nosuch"}, {"demo", "--events", "-1", "--data", t.TempDir()}, {"run"}, {"anonymize"}, {"demo", "--bogus"}, {"run", "--nats", "nats://127.0.0.1:1", "--store", "bogus://x"}} {
		r := veilig(t, "", args...)
		if r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (bad usage); stderr %q", args, r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, "veilig") {
			t.Errorf("%v: no message on stderr", args)
		}
	}
	r := veilig(t, "", "query", "--data", t.TempDir(), "SELECT 1")
	if r.code != 1 || !strings.Contains(r.stderr, "veilig demo") {
		t.Errorf("query on an empty folder: exit %d, %q (want 1 and what to do)", r.code, r.stderr)
	}
}

func TestAnonymizeJSONL(t *testing.T) {
	// the input starts with a byte order mark
	in := "\ufeff" + `{"id": 1, "text": "Collega Jan de Vries belde 06-12345678.", "lang": "nl"}
{"id": "b", "text": "Nothing personal here."}
`
	r := veilig(t, in, "anonymize", "--jsonl")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines: %q", len(lines), r.stdout)
	}
	var first struct {
		ID       int    `json:"id"`
		Text     string `json:"text"`
		Entities []struct {
			Type       string `json:"type"`
			Start, End int
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	src := "Collega Jan de Vries belde 06-12345678."
	if first.ID != 1 || strings.Contains(first.Text, "Vries") || strings.Contains(first.Text, "12345678") {
		t.Fatalf("first line: %+v", first)
	}
	if len(first.Entities) != 2 || src[first.Entities[0].Start:first.Entities[0].End] != "Jan de Vries" || src[first.Entities[1].Start:first.Entities[1].End] != "06-12345678" {
		t.Fatalf("entities/offsets: %+v", first.Entities)
	}
	if !strings.Contains(lines[1], `"entities":[]`) || !strings.Contains(lines[1], `"id":"b"`) {
		t.Fatalf("second line: %s", lines[1])
	}

	// blank lines get no answer but count: an answer names the input's line
	bad := "not json\n\n  \n\xff\xfe\n{\"id\":3}\n{\"id\":4,\"text\":\"ok\"}\n"
	r = veilig(t, bad, "anonymize", "--jsonl")
	if r.code != 1 {
		t.Fatalf("bad lines: exit %d, want 1", r.code)
	}
	out := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(out) != 4 || !strings.Contains(out[0], `"line":1`) || !strings.Contains(out[1], "UTF-8") || !strings.Contains(out[1], `"line":4`) ||
		!strings.Contains(out[2], "missing") || !strings.Contains(out[2], `"line":5`) || !strings.Contains(out[3], `"text":"ok"`) {
		t.Fatalf("bad-line answers: %q", r.stdout)
	}
}

// A line's "lang" decides how a sentence without any function word reads:
// German capitalises its nouns, so there they are no names.
func TestAnonymizeJSONLHonoursLang(t *testing.T) {
	const text = "Stolperstelle entfernt, Gitterrost ersetzt, Absperrband angebracht."
	in := `{"id": 1, "text": "` + text + `", "lang": "de"}
{"id": 2, "text": "` + text + `"}
{"id": 3, "text": "` + text + `", "lang": "DE-at"}
`
	r := veilig(t, in, "anonymize", "--jsonl")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], `"entities":[]`) || strings.Contains(lines[1], `"entities":[]`) || !strings.Contains(lines[2], `"entities":[]`) {
		t.Fatalf("German nouns with and without lang: %q", r.stdout)
	}
}

// Input that is not JSON Lines at all is refused whole, with the way to
// convert it, before anything is read, started or published: its lines'
// fragments would otherwise each be refused, and kept in quarantine.
func TestJSONArrayAndPrettyPrintedInputAreRefusedWhole(t *testing.T) {
	ev := `{"id":"9c000000-0000-4000-8000-000000000001","tenant":"9c000000-0000-4000-8000-0000000000aa","type":"incident.reported","occurred_at":"2026-11-01T00:00:00Z","data":{"description":"Jan viel","severity":"minor"}}`
	shapes := map[string]string{
		"jq -c '.[]'": "[\n  " + ev + ",\n  " + ev + "\n]\n",
		"jq -c .":     "{\n  \"id\": \"9c000000-0000-4000-8000-000000000001\",\n  \"tenant\": \"x\"\n}\n",
	}
	for hint, in := range shapes {
		r := veilig(t, in, "anonymize", "--jsonl")
		if r.code != 1 || !strings.Contains(r.stderr, hint) || r.stdout != "" {
			t.Errorf("anonymize: exit %d, stdout %q, stderr %q; want 1 and the hint %q", r.code, r.stdout, r.stderr, hint)
		}
		file := filepath.Join(t.TempDir(), "events.json")
		if err := os.WriteFile(file, []byte(in), 0o600); err != nil {
			t.Fatal(err)
		}
		data := filepath.Join(t.TempDir(), "data")
		r = veilig(t, "", "demo", "--data", data, "--input", file)
		if r.code != 1 || !strings.Contains(r.stderr, hint) {
			t.Errorf("demo: exit %d, stderr %q; want 1 and the hint %q", r.code, r.stderr, hint)
		}
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Errorf("demo created its data folder for input it refused: %v", err)
		}
	}
}

func TestDemoWithInputIsIdempotentAndQuarantinesBadLines(t *testing.T) {
	data := t.TempDir()
	ts := []synth.Tenant{{ID: "c1100000-0000-4000-8000-000000000001"}, {ID: "c1100000-0000-4000-8000-000000000002"}}
	gen := synth.New(42, ts)
	var in bytes.Buffer
	in.WriteString("\ufeff") // the file starts with a byte order mark
	const good = 40
	for i := range good {
		in.Write(gen.Event(i))
		in.WriteByte('\n')
	}
	// blank lines count: a refusal names the line an editor shows
	in.WriteString("\n  \r\n")
	in.WriteString("{not json\n")
	in.WriteString(`{"id":"c1100000-0000-4000-8000-0000000000ff","tenant":"c1100000-0000-4000-8000-000000000001","type":"no.such","occurred_at":"2026-11-01T00:00:00Z","data":{}}` + "\n")
	in.Write(append([]byte(`{"id":"`), 0xff, '"', '}', '\n'))
	in.WriteString(`{"id":"c1100000-0000-4000-8000-0000000000fe","tenant":"c1100000-0000-4000-8000-000000000001","type":"incident.reported","occurred_at":"2026-11-01T00:00:00Z","data":{"description":"` + strings.Repeat("x", schemas.MaxEventBytes) + `"}}` + "\n")
	file := filepath.Join(t.TempDir(), "events.jsonl")
	if err := os.WriteFile(file, in.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	for run := 1; run <= 2; run++ {
		r := veilig(t, "", "demo", "--data", data, "--input", file)
		if r.code != 0 {
			t.Fatalf("run %d: exit %d: %s", run, r.code, r.stderr)
		}
		for _, want := range []string{"line 43: refused: invalid event: malformed_json", "line 44: refused: invalid event: unknown_type", "line 45: refused: invalid event: invalid_utf8", "line 46: refused: invalid event: oversize"} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("run %d: stderr lacks %q:\n%s", run, want, r.stderr)
			}
		}
		q := veilig(t, "", "query", "--data", data, "--format", "jsonl", "SELECT count() AS n FROM events")
		if q.code != 0 || strings.TrimSpace(q.stdout) != fmt.Sprintf(`{"n":%d}`, good) {
			t.Fatalf("run %d: events %q (exit %d, %s)", run, q.stdout, q.code, q.stderr)
		}
		q = veilig(t, "", "query", "--data", data, "--format", "jsonl", "SELECT count() AS n FROM insights WHERE provider = 'local'")
		if strings.TrimSpace(q.stdout) != fmt.Sprintf(`{"n":%d}`, good) {
			t.Fatalf("run %d: insights %q", run, q.stdout)
		}
	}
	q := veilig(t, "", "query", "--data", data, "--format", "table", "SELECT text FROM events")
	for _, l := range strings.Split(in.String(), "\n")[:good] {
		var ev struct {
			Data struct {
				Reporter struct{ Email string } `json:"reporter"`
			} `json:"data"`
		}
		_ = json.Unmarshal([]byte(l), &ev)
		if e := ev.Data.Reporter.Email; e != "" && strings.Contains(q.stdout, e) {
			t.Errorf("reporter e-mail %q stored", e)
		}
	}
}

func TestPublishAnswersPerLine(t *testing.T) {
	data := t.TempDir()
	ts := []synth.Tenant{{ID: "9b000000-0000-4000-8000-000000000001"}}
	gen := synth.New(3, ts)
	// provision the tenant with a demo run of no events of its own
	var in bytes.Buffer
	in.Write(gen.Event(0))
	in.WriteByte('\n')
	file := filepath.Join(t.TempDir(), "seed.jsonl")
	_ = os.WriteFile(file, in.Bytes(), 0o600)
	if r := veilig(t, "", "demo", "--data", data, "--input", file); r.code != 0 {
		t.Fatalf("demo: %s", r.stderr)
	}
	lines := string(gen.Event(1)) + "\n" + string(gen.Event(0)) + "\n{broken\n" +
		strings.ReplaceAll(string(gen.Event(2)), ts[0].ID, "9b000000-0000-4000-8000-00000000dead") + "\n"
	r := veilig(t, lines, "publish", "--data", data)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 with refused lines; %s", r.code, r.stderr)
	}
	// line 2 repeats an event the demo stored: it is accepted again (after a
	// broker restart the work queue no longer remembers its id) and the
	// store keeps one row for it
	for _, want := range []string{"line 1: accepted", "line 2: accepted", "line 3: refused: invalid event: malformed_json", "line 4: refused: invalid event: unknown_tenant"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("publish output lacks %q:\n%s", want, r.stdout)
		}
	}
	// a JSON array publishes nothing
	arr := "[" + string(gen.Event(6)) + ",\n" + string(gen.Event(7)) + "]\n"
	if r := veilig(t, arr, "publish", "--data", data); r.code != 1 || !strings.Contains(r.stderr, "JSON array") || strings.Contains(r.stdout, "line") {
		t.Errorf("a JSON array: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = veilig(t, string(gen.Event(5))+"\n", "publish", "--data", data, "--tenant", "9b000000-0000-4000-8000-000000000002")
	if r.code != 1 || !strings.Contains(r.stdout, "only for its own tenant") {
		t.Errorf("a producer scoped to another tenant was not refused: %d %s", r.code, r.stdout)
	}
}

func TestDemoAgainstAnOpenAICompatibleServer(t *testing.T) {
	s := aitest.New()
	defer s.Close()
	s.Canaries = []string{"@"} // no e-mail address, nor any other raw value, may arrive
	data := t.TempDir()
	r := veilig(t, "", "demo", "--data", data, "--events", "60", "--ai", s.BaseURL(), "--ai-model", "test-model", "--profile", "dev")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if v := s.Violations(); len(v) > 0 {
		t.Fatalf("provider received: %v", v)
	}
	q := veilig(t, "", "query", "--data", data, "--format", "jsonl", "SELECT count() AS n, countIf(is_local = 0) AS remote FROM insights")
	if strings.TrimSpace(q.stdout) != `{"n":60,"remote":60}` {
		t.Fatalf("insights: %s %s", q.stdout, q.stderr)
	}
	q = veilig(t, "", "query", "--data", data, "--format", "jsonl", "SELECT count() AS n FROM ai_calls WHERE outcome = 'ok' AND length(payload_sha256) = 64")
	if strings.TrimSpace(q.stdout) != fmt.Sprintf(`{"n":%d}`, s.Requests()) {
		t.Fatalf("ai_calls %s, provider saw %d requests", q.stdout, s.Requests())
	}
	// a replay is served from the answer cache; --fresh asks again
	before := s.Requests()
	aiArgs := []string{"--ai", s.BaseURL(), "--ai-model", "test-model", "--profile", "dev"}
	if r := veilig(t, "", append([]string{"replay", "--data", data, "--into", "cached"}, aiArgs...)...); r.code != 0 || s.Requests() != before {
		t.Fatalf("cached replay: exit %d, %d new requests; %s", r.code, s.Requests()-before, r.stderr)
	}
	if r := veilig(t, "", "replay", "diff", "--data", data, "cached"); r.code != 0 {
		t.Fatalf("a cached replay differs from live: %s", r.stdout)
	}
	if r := veilig(t, "", append([]string{"replay", "--data", data, "--into", "fresh", "--fresh"}, aiArgs...)...); r.code != 0 || s.Requests() == before {
		t.Fatalf("--fresh replay: exit %d, %d new requests", r.code, s.Requests()-before)
	}
}

func TestProductionRefusesUnsafeAIEndpointsBeforePublishing(t *testing.T) {
	for _, url := range []string{"http://127.0.0.1:9/v1", "https://api.openai.com/v1", "https://llm.example.com/v1"} {
		data := t.TempDir()
		r := veilig(t, "", "run", "--nats", "tls://127.0.0.1:1", "--store", "clickhouse://127.0.0.1:1?secure=true", "--metrics-addr", "",
			"--ai", url, "--ai-model", "m", "--profile", "production")
		if r.code != 2 || !strings.Contains(r.stderr, "refused") {
			t.Errorf("%s: exit %d, %q", url, r.code, r.stderr)
		}
		if entries, _ := os.ReadDir(data); len(entries) != 0 {
			t.Errorf("%s: something was created before the refusal", url)
		}
		if strings.HasPrefix(url, "http://127.0.0.1") {
			continue // loopback is allowed in dev
		}
		r = veilig(t, "", "demo", "--data", data, "--ai", url, "--ai-model", "m", "--profile", "dev")
		if r.code != 2 {
			t.Errorf("dev profile, %s: exit %d (unregistered hosts are refused in every profile)", url, r.code)
		}
	}
	r := veilig(t, "", "ai", "check", "--profile", "production", "https://api.mistral.ai/v1")
	if r.code != 2 || !strings.Contains(r.stdout, "global endpoint") {
		t.Errorf("ai check: exit %d %q", r.code, r.stdout)
	}
	r = veilig(t, "", "ai", "check", "--profile", "production", "--ai-controls", "paid_plan,zero_retention", "https://api.eu.mistral.ai/v1")
	if r.code != 0 || !strings.Contains(r.stdout, "mistral-eu") || !strings.Contains(r.stdout, "allowed") {
		t.Errorf("ai check allowed: exit %d %q", r.code, r.stdout)
	}
}

func TestCaptureReplayDiff(t *testing.T) {
	data := t.TempDir()
	if r := veilig(t, "", "demo", "--data", data, "--events", "30"); r.code != 0 {
		t.Fatalf("demo: %s", r.stderr)
	}
	capture := veilig(t, "", "capture", "--data", data)
	if capture.code != 0 || strings.Count(capture.stdout, "\n") != 30 {
		t.Fatalf("capture: exit %d, %d lines; %s", capture.code, strings.Count(capture.stdout, "\n"), capture.stderr)
	}
	fixture := filepath.Join(t.TempDir(), "fixture.jsonl")
	_ = os.WriteFile(fixture, []byte(capture.stdout), 0o600)
	if r := veilig(t, "", "replay", "--data", data, "--file", fixture, "--into", "shadow1"); r.code != 0 || !strings.Contains(r.stdout, "30 insights written") {
		t.Fatalf("replay: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := veilig(t, "", "replay", "diff", "--data", data, "shadow1"); r.code != 0 || !strings.Contains(r.stdout, "match") {
		t.Fatalf("diff of an unchanged replay: exit %d %s", r.code, r.stdout)
	}
	// live changes under the shadow: the diff says what and exits 3
	q := veilig(t, "", "query", "--data", data, "--format", "jsonl", "SELECT toString(event_id) AS id FROM insights ORDER BY id LIMIT 1")
	var row struct{ ID string }
	_ = json.Unmarshal([]byte(q.stdout), &row)
	ins := veilig(t, "", "query", "--data", data, "INSERT INTO insights SELECT * REPLACE ('changed' AS summary) FROM insights WHERE toString(event_id) = '"+row.ID+"'")
	if ins.code != 0 {
		t.Fatalf("insert: %s", ins.stderr)
	}
	r := veilig(t, "", "replay", "diff", "--data", data, "--format", "jsonl", "shadow1")
	if r.code != 3 || !strings.Contains(r.stdout, `"field":"summary"`) || !strings.Contains(r.stdout, row.ID) {
		t.Fatalf("diff after a change: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := veilig(t, "", "replay", "--data", data, "--into", "Bad-Name"); r.code != 2 {
		t.Errorf("bad shadow name: exit %d", r.code)
	}
}

func TestRunStopsCleanlyOnSIGTERM(t *testing.T) {
	data := t.TempDir()
	cmd := exec.Command(bin, "run", "--nats", "embedded:"+filepath.Join(data, "nats"), "--store", "chdb:"+filepath.Join(data, "ch"), "--metrics-addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "VEILIG_MASTER_KEY="+strings.Repeat("ab", 32))
	var errb lockedBuffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(errb.String(), "workers running") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if m := regexp.MustCompile(`metrics served" addr=(\S+)`).FindStringSubmatch(errb.String()); m == nil {
		t.Fatalf("no metrics address in the log:\n%s", errb.String())
	} else {
		resp, err := http.Get("http://" + m[1] + "/readyz")
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("readyz: %v %v", resp, err)
		}
		resp.Body.Close()
		if resp, err := http.Get("http://" + m[1] + "/metrics"); err != nil || resp.StatusCode != 200 {
			t.Fatalf("metrics: %v %v", resp, err)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("run after SIGTERM: %v\n%s", err, errb.String())
	}
	if !strings.Contains(errb.String(), "in-flight batches finished") {
		t.Fatalf("no clean stop in the log:\n%s", errb.String())
	}
}

// lockedBuffer is a bytes.Buffer safe to read while a process writes to it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestGDPRCommands(t *testing.T) {
	data := t.TempDir()
	tenant := "6d000000-0000-4000-8000-000000000001"
	ev := `{"id":"6d000000-0000-4000-8000-0000000000e1","tenant":"` + tenant + `","type":"incident.reported","occurred_at":"2026-11-02T08:15:00Z","data":{"reporter":{"name":"Quirijn Vlinderhof","email":"q.vlinderhof@example.nl"},"location":{"site":"Hal 3"},"description":"Quirijn viel van de ladder.","severity":"minor"}}`
	file := filepath.Join(t.TempDir(), "e.jsonl")
	_ = os.WriteFile(file, []byte(ev+"\n"), 0o600)
	if r := veilig(t, "", "demo", "--data", data, "--input", file); r.code != 0 {
		t.Fatalf("demo: %s", r.stderr)
	}
	if r := veilig(t, "", "keys", "rotate", "--data", data, "--tenant", tenant); r.code != 0 {
		t.Fatalf("rotate: %s", r.stderr)
	}
	exp := veilig(t, "", "gdpr", "export", "--data", data, "--tenant", tenant, "--subject", "q.vlinderhof@example.nl")
	if exp.code != 0 || !strings.Contains(exp.stdout, "6d000000-0000-4000-8000-0000000000e1") || strings.Contains(exp.stdout, "Vlinderhof") {
		t.Fatalf("export: %d %s", exp.code, exp.stdout)
	}
	r := veilig(t, "", "gdpr", "erase", "--data", data, "--tenant", tenant, "--subject", "Quirijn Vlinderhof")
	if r.code != 0 || !strings.Contains(r.stdout, "erased: 1 events, 1 insights, 1 CLEAN messages") {
		t.Fatalf("erase: %d %s %s", r.code, r.stdout, r.stderr)
	}
	r = veilig(t, "", "gdpr", "erase", "--data", data, "--tenant", tenant, "--subject", "Quirijn Vlinderhof")
	if !strings.Contains(r.stdout, "erased: 0 events, 0 insights, 0 CLEAN messages") {
		t.Fatalf("second erase: %s", r.stdout)
	}
	r = veilig(t, "", "tenants", "delete", "--data", data, tenant)
	if r.code != 0 || !strings.Contains(r.stdout, "keys destroyed") {
		t.Fatalf("tenants delete: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := veilig(t, "", "gdpr", "export", "--data", data, "--tenant", tenant, "--subject", "x"); r.code == 0 {
		t.Fatal("a deleted tenant's keys still work")
	}
}

func TestProductionRefusesPlainTextAndServesTLS(t *testing.T) {
	data := t.TempDir()
	r := veilig(t, "", "run", "--profile", "production", "--nats", "nats://127.0.0.1:4222", "--store", "clickhouse://127.0.0.1:9000")
	if r.code != 2 || !strings.Contains(r.stderr, "plain-text NATS") || !strings.Contains(r.stderr, "plain-text ClickHouse") || !strings.Contains(r.stderr, "metrics") {
		t.Fatalf("run in production over plain text: exit %d %s", r.code, r.stderr)
	}
	r = veilig(t, "", "serve", "--profile", "production", "--data", data)
	if r.code != 2 || !strings.Contains(r.stderr, "plain-text HTTP listener") || !strings.Contains(r.stderr, "master key made in the data folder") {
		t.Fatalf("serve in production without TLS: exit %d %s", r.code, r.stderr)
	}
	certs := filepath.Join(t.TempDir(), "certs")
	if r := veilig(t, "", "certs", "dev", "--out", certs); r.code != 0 {
		t.Fatalf("certs dev: %s", r.stderr)
	}
	if st, err := os.Stat(filepath.Join(certs, "server.key")); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("server key: %v", err)
	}
	if r := veilig(t, "", "demo", "--data", data, "--events", "5"); r.code != 0 {
		t.Fatalf("demo: %s", r.stderr)
	}
	// production takes the master key from a file mounted from the secret store
	base := startServe(t, []string{"VEILIG_MASTER_KEY=", "VEILIG_MASTER_KEY_FILE=" + filepath.Join(data, "master.key")},
		"--profile", "production", "--data", data, "--addr", "127.0.0.1:0",
		"--tls-cert", filepath.Join(certs, "server.crt"), "--tls-key", filepath.Join(certs, "server.key"))
	if !strings.HasPrefix(base, "https://") {
		t.Fatalf("not an https listener: %s", base)
	}
	caPEM, _ := os.ReadFile(filepath.Join(certs, "ca.crt"))
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}}
	resp, err := client.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("https healthz verified against the dev CA: %v %v", resp, err)
	}
	// a plain-text request to the TLS listener never gets data
	if resp, err := http.Get(strings.Replace(base, "https://", "http://", 1) + "/healthz"); err == nil && resp.StatusCode == 200 {
		t.Fatal("the TLS listener answered plain text")
	}
}

func TestPublishWithProducerCredentialsOverTheNetwork(t *testing.T) {
	tenant := "7c000000-0000-4000-8000-000000000001"
	seed := filepath.Join(t.TempDir(), "producer.nk")
	r := veilig(t, "", "tenants", "credentials", tenant, "--out", seed)
	m := regexp.MustCompile(`nkey: "(U[A-Z0-9]+)"`).FindStringSubmatch(r.stdout)
	if r.code != 0 || m == nil {
		t.Fatalf("credentials: %d %s %s", r.code, r.stdout, r.stderr)
	}
	s, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoSigs: true, NoLog: true,
		Nkeys: []*server.NkeyUser{{Nkey: m[1], Permissions: streams.ProducerPermissions(tenant)}},
		Users: []*server.User{{Username: "workers", Password: "pw", Permissions: streams.WorkerPermissions()}},
	})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("server did not start")
	}
	defer s.Shutdown()
	wnc, err := nats.Connect(s.ClientURL(), nats.UserInfo("workers", "pw"))
	if err != nil {
		t.Fatal(err)
	}
	defer wnc.Close()
	wjs, _ := jetstream.New(wnc)
	if err := streams.Ensure(context.Background(), wjs, streams.Config{}); err != nil {
		t.Fatal(err)
	}
	gen := synth.New(8, []synth.Tenant{{ID: tenant}})
	other := strings.ReplaceAll(string(gen.Event(1)), tenant, "7c000000-0000-4000-8000-000000000002")
	cmd := exec.Command(bin, "publish", "--nats", s.ClientURL(), "--tenant", tenant)
	cmd.Env = append(os.Environ(), "VEILIG_NATS_NKEY="+seed)
	cmd.Stdin = strings.NewReader(string(gen.Event(0)) + "\n" + other + "\n")
	out, _ := cmd.Output()
	if !strings.Contains(string(out), "line 1: accepted") || !strings.Contains(string(out), "line 2: refused") {
		t.Fatalf("publish with producer credentials:\n%s", out)
	}
	st, _ := wjs.Stream(context.Background(), streams.RawStream)
	info, _ := st.Info(context.Background())
	if info.State.Msgs != 1 {
		t.Fatalf("RAW holds %d, want the one event of the producer's own tenant", info.State.Msgs)
	}
}

// startServe starts 'veilig serve' with args and env, waits for its URL
// (http or https) in the log and returns it; the process is killed at the
// end of the test.
func startServe(t *testing.T, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	var log lockedBuffer
	cmd.Stderr = &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	re := regexp.MustCompile(`url=(https?://\S+)/dashboard`)
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m := re.FindStringSubmatch(log.String()); m != nil {
			return m[1]
		}
	}
	t.Fatalf("serve did not start:\n%s", log.String())
	return ""
}

// A panic inside the anonymiser (a bug that one text trips, stood in for
// here by a nil scanner) fails that line with its kind, never its text,
// and leaves the stream to go on.
func TestAnonymizeLineTurnsAPanicIntoTheLinesError(t *testing.T) {
	out, ents, failed := anonymizeLine(nil, "Jan de Vries belde 06-12345678")
	if failed == "" || out != "" || ents != nil {
		t.Fatalf("got %q %v %q, want a line error and no output", out, ents, failed)
	}
	if !strings.Contains(failed, "runtime error") || strings.Contains(failed, "Vries") {
		t.Fatalf("error %q: want the failure's kind and no content", failed)
	}
	if out, _, failed := anonymizeLine(anonymize.NewScanner(), "Jan de Vries belde"); failed != "" || strings.Contains(out, "Vries") {
		t.Fatalf("a working scanner: %q %q", out, failed)
	}
}
