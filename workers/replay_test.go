package workers_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/workers"
)

var update = flag.Bool("update", false, "rewrite the golden replay output (and the fixture, if missing)")

const (
	fixturePath = "testdata/replay/fixture.jsonl"
	goldenPath  = "testdata/replay/golden.jsonl"
)

// writeFixture makes a CLEAN capture from synthetic events, as
// 'veilig capture' writes it.
func writeFixture(t *testing.T) {
	reg := schemas.MustLoad()
	an := anonymize.New()
	kr, _ := anonymize.NewKeyring(1, map[uint32][]byte{1: bytes.Repeat([]byte{7}, 32)})
	gen := synth.New(2026, synth.Tenants(2))
	var b bytes.Buffer
	plans := workers.PlansByType(reg)
	for i := range 40 {
		ev, err := reg.Decode(gen.Event(i))
		if err != nil {
			t.Fatal(err)
		}
		res, err := an.Apply(ev.Doc, plans[ev.Type], kr, ev.OccurredAt)
		if err != nil {
			t.Fatal(err)
		}
		at := time.Date(2026, 11, 1, 12, 0, i, 0, time.UTC)
		ce, _ := json.Marshal(schemas.CleanEvent{ID: ev.ID, Tenant: ev.Tenant, Type: ev.Type, OccurredAt: ev.OccurredAt, ReceivedAt: at,
			Environment: "test", SchemaVersion: 1, Anonymizer: anonymize.Version, Text: res.Text, Data: res.Data})
		line, _ := json.Marshal(streams.Captured{Subject: streams.CleanSubject(ev.Tenant, ev.Type), Sequence: uint64(i + 1), Time: at, Data: ce})
		b.Write(append(line, '\n'))
	}
	if err := os.WriteFile(fixturePath, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFixture(t *testing.T) []schemas.CleanEvent {
	f, err := os.Open(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []schemas.CleanEvent
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c streams.Captured
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		var ce schemas.CleanEvent
		if err := json.Unmarshal(c.Data, &ce); err != nil {
			t.Fatal(err)
		}
		out = append(out, ce)
	}
	return out
}

// TestReplayGolden replays the committed CLEAN fixture through the current
// enrich stage (local model) and compares the shadow insights with the
// golden file byte for byte. Run with -update after an intended change.
func TestReplayGolden(t *testing.T) {
	if _, err := os.Stat(fixturePath); os.IsNotExist(err) && *update {
		writeFixture(t)
	}
	events := readFixture(t)
	ctx := context.Background()
	name := fmt.Sprintf("golden_%d", time.Now().UnixNano())
	written, missing, err := workers.ReplayInto(ctx, sharedStore, ai.NewLocal(), events, name)
	if err != nil || missing != 0 || written != len(events) {
		t.Fatalf("replay: %d written, %d missing, %v", written, missing, err)
	}
	res, err := sharedStore.Query(ctx, "SELECT toString(event_id) AS event_id, provider, model, prompt_version, category, severity_estimate, hazards, summary, toString(created_at) AS created_at FROM "+name+"_insights FINAL ORDER BY event_id")
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	for _, r := range res.Rows {
		obj := map[string]any{}
		for i, c := range res.Columns {
			obj[c] = r[i]
		}
		line, _ := json.Marshal(obj)
		got.Write(append(line, '\n'))
	}
	if *update {
		if err := os.WriteFile(goldenPath, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run go test ./workers -run ReplayGolden -update)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("replay output drifted from %s (run with -update if intended):\ngot:\n%.600s\nwant:\n%.600s", goldenPath, got.String(), want)
	}
	// a second replay of the same input is byte-identical, and diff with
	// itself finds nothing
	name2 := name + "_b"
	if _, _, err := workers.ReplayInto(ctx, sharedStore, ai.NewLocal(), events, name2); err != nil {
		t.Fatal(err)
	}
	res2, _ := sharedStore.Query(ctx, "SELECT toString(event_id) AS event_id, provider, model, prompt_version, category, severity_estimate, hazards, summary, toString(created_at) AS created_at FROM "+name2+"_insights FINAL ORDER BY event_id")
	if fmt.Sprint(res2.Rows) != fmt.Sprint(res.Rows) {
		t.Fatal("two replays of the same input differ")
	}
}

// TestReplayDiffAgainstLive stores live insights through the pipeline,
// replays the captured CLEAN range into a shadow, and diffs: the same
// enrich stage matches; a changed one is reported field by field.
func TestReplayDiffAgainstLive(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	tenant := "4e900000-0000-4000-8000-000000000001"
	h.provisionAndPublish(tenant, 31, 30)
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()

	var events []schemas.CleanEvent
	n, err := streams.Capture(ctx, h.conn.JS, streams.CaptureFilter{Tenant: tenant}, func(c streams.Captured) error {
		var ce schemas.CleanEvent
		if err := json.Unmarshal(c.Data, &ce); err != nil {
			return err
		}
		events = append(events, ce)
		return nil
	})
	if err != nil || n != 30 {
		t.Fatalf("captured %d: %v", n, err)
	}
	same := fmt.Sprintf("same_%d", time.Now().UnixNano())
	if _, _, err := workers.ReplayInto(ctx, sharedStore, ai.NewLocal(), events, same); err != nil {
		t.Fatal(err)
	}
	d, err := workers.Diff(ctx, sharedStore, same)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Same() || d.Live != 30 || d.Shadow != 30 {
		t.Fatalf("replay with the same stage differs: %+v", d)
	}
	changed := fmt.Sprintf("changed_%d", time.Now().UnixNano())
	if _, _, err := workers.ReplayInto(ctx, sharedStore, upperSummaries{ai.NewLocal()}, events[:20], changed); err != nil {
		t.Fatal(err)
	}
	d, err = workers.Diff(ctx, sharedStore, changed)
	if err != nil {
		t.Fatal(err)
	}
	// the diff compares within the shadow's scope (its tenants and its
	// occurred_at range): the live events outside the first 20 but inside
	// their time range are the only-live ones
	lo, hi := events[0].OccurredAt, events[0].OccurredAt
	for _, e := range events[:20] {
		lo, hi = minTime(lo, e.OccurredAt), maxTime(hi, e.OccurredAt)
	}
	wantOnlyLive := 0
	for _, e := range events[20:] {
		if !e.OccurredAt.Before(lo) && !e.OccurredAt.After(hi) {
			wantOnlyLive++
		}
	}
	if d.Same() || d.ByField["summary"] != 20 || d.ByField["model"] != 20 || len(d.OnlyLive) != wantOnlyLive || len(d.OnlyShadow) != 0 {
		t.Fatalf("diff missed the change: by field %v, only live %d (want %d), only shadow %d", d.ByField, len(d.OnlyLive), wantOnlyLive, len(d.OnlyShadow))
	}
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// upperSummaries is "a new model": the local one with louder summaries.
type upperSummaries struct{ l *ai.Local }

func (u upperSummaries) Name() string          { return u.l.Name() }
func (u upperSummaries) Model() string         { return "louder-1" }
func (u upperSummaries) PromptVersion() string { return u.l.PromptVersion() }
func (u upperSummaries) Local() bool           { return true }
func (u upperSummaries) Insights(ctx context.Context, items []ai.Item) ([]ai.Insight, error) {
	out, err := u.l.Insights(ctx, items)
	for i := range out {
		out[i].Summary = "!" + out[i].Summary
	}
	return out, err
}

// Raw events not yet anonymised can be replayed through the current
// anonymiser without being consumed.
func TestReplayRawThroughTheCurrentAnonymiser(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	tenant := "4a000000-0000-4000-8000-000000000001"
	h.provisionAndPublish(tenant, 12, 15)
	var raw []workers.RawEvent
	n, err := streams.RawRange(ctx, h.conn.JS, streams.CaptureFilter{Tenant: tenant}, func(_ string, at time.Time, data []byte) error {
		raw = append(raw, workers.RawEvent{At: at, Data: data})
		return nil
	})
	if err != nil || n != 15 {
		t.Fatalf("raw range: %d, %v", n, err)
	}
	events, refused, err := workers.Reanonymize(ctx, h.reg, h.tenants, "test", raw)
	if err != nil || refused != 0 || len(events) != 15 {
		t.Fatalf("reanonymize: %d events, %d refused, %v", len(events), refused, err)
	}
	name := fmt.Sprintf("raw_%d", time.Now().UnixNano())
	if _, _, err := workers.ReplayInto(ctx, sharedStore, ai.NewLocal(), events, name); err != nil {
		t.Fatal(err)
	}
	if got := h.count("SELECT count() FROM " + name + "_events"); got != 15 {
		t.Fatalf("shadow holds %d events", got)
	}
	if got := h.streamCount(streams.RawStream, "raw.>"); got != 15 {
		t.Fatalf("the replay consumed RAW: %d left", got)
	}
	// what went into the shadow is anonymised
	for _, e := range events {
		var d map[string]any
		_ = json.Unmarshal(e.Data, &d)
		if rep, ok := d["reporter"].(map[string]any); ok {
			if n, _ := rep["name"].(string); len(n) < 7 || n[:7] != "PERSON_" {
				t.Fatalf("reporter name in the shadow: %q", n)
			}
		}
	}
}
