package workers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/tenants"
	"github.com/veilig/veilig/workers"
)

// Canary values: personal data that must never reach ClickHouse, the CLEAN
// stream, logs or metrics.
var canaries = []string{"Vlinderhof", "Quirijn", "canary.vlinderhof@example.nl", "06-23456789", "23456789", "111222333", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "Slangenkuil", "Kerkstraat 99"}

func canaryEvent(id, tenant string) []byte {
	return []byte(fmt.Sprintf(`{"id":%q,"tenant":%q,"type":"incident.reported","occurred_at":"2026-11-02T08:15:00Z","data":{
	"reporter":{"name":"Quirijn Vlinderhof","email":"canary.vlinderhof@example.nl","phone":"06-23456789"},
	"injured_person":{"name":"Sjaantje Slangenkuil","date_of_birth":"1984-05-06","bsn":"111222333"},
	"location":{"site":"Hal 3","address":"Kerkstraat 99","postcode":"1234 AB","city":"Utrecht"},
	"description":"Quirijn zag dat collega Slangenkuil van de steiger viel. Vlinderhof belde 0623456789 en mailde CANARY.VLINDERHOF@EXAMPLE.NL. Loon via NL91 ABNA 0417 1643 00, BSN 111.222.333. Adres Kerkstraat 99.",
	"severity":"major","category":"fall"}}`, id, tenant))
}

func TestEndToEndStoresAnonymisedEventsAndInsights(t *testing.T) {
	var logs bytes.Buffer
	h := newHarness(t, func(c *workers.Config, _ *ai.Provider, _ **store.Store) {
		c.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	ctx := context.Background()
	ts := []synth.Tenant{{ID: "e2e00000-0000-4000-8000-000000000001"}, {ID: "e2e00000-0000-4000-8000-000000000002"}}
	for _, tn := range ts {
		if _, err := h.tenants.Ensure(ctx, tn.ID, "t"); err != nil {
			t.Fatal(err)
		}
	}
	pub := streams.NewPublisher(h.conn.JS, h.reg, streams.PublisherOptions{Tenants: h.tenants.Exists})
	gen := synth.New(7, ts)
	const n = 300
	var failed atomic.Int64
	for i := range n {
		if err := pub.Publish(ctx, gen.Event(i), func(o streams.Outcome) {
			if o.Err != nil {
				failed.Add(1)
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5 {
		if err := pub.Publish(ctx, canaryEvent(fmt.Sprintf("ca000000-0000-4000-8000-00000000000%d", i), ts[0].ID), nil); err != nil {
			t.Fatal(err)
		}
	}
	pub.Close()
	if failed.Load() > 0 {
		t.Fatalf("%d publishes failed", failed.Load())
	}
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()

	total := int64(0)
	for _, tn := range ts {
		total += h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tn.ID + "'")
	}
	if total != n+5 {
		t.Fatalf("events stored: %d, want %d", total, n+5)
	}
	if got := h.count("SELECT count() FROM insights FINAL WHERE tenant_id IN ('" + ts[0].ID + "','" + ts[1].ID + "') AND provider = 'local' AND is_local = 1"); got != n+5 {
		t.Fatalf("insights stored: %d, want %d", got, n+5)
	}
	if got := h.streamCount(streams.CleanStream, "clean.>"); got != n+5 {
		t.Fatalf("CLEAN holds %d, want %d", got, n+5)
	}
	if got := h.streamCount(streams.RawStream, "raw.>"); got != 0 {
		t.Fatalf("RAW still holds %d messages: raw PII must leave the broker once anonymised", got)
	}

	// no canary anywhere
	res, err := h.st.Query(ctx, "SELECT text, data, site FROM events FINAL WHERE tenant_id = '"+ts[0].ID+"' AND toString(event_id) LIKE 'ca000000%'")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 5 {
		t.Fatalf("canary events stored: %d", len(res.Rows))
	}
	var everything strings.Builder
	for _, r := range res.Rows {
		fmt.Fprint(&everything, r...)
	}
	ins, err := h.st.Query(ctx, "SELECT summary, hazards FROM insights FINAL WHERE tenant_id = '"+ts[0].ID+"'")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ins.Rows {
		fmt.Fprint(&everything, r...)
	}
	s, _ := h.conn.JS.Stream(ctx, streams.CleanStream)
	for seq := uint64(1); seq <= uint64(n+5); seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		everything.Write(m.Data)
	}
	everything.WriteString(logs.String())
	for _, c := range []prometheus.Collector{h.metrics.Events, h.metrics.Quarantined, h.metrics.Entities} {
		n, _ := testutil.GatherAndCount(wrap(c))
		fmt.Fprint(&everything, n)
		mfs, _ := wrap(c).Gather()
		for _, mf := range mfs {
			everything.WriteString(mf.String())
		}
	}
	hay := strings.ToLower(everything.String())
	for _, c := range canaries {
		if strings.Contains(hay, strings.ToLower(c)) {
			t.Errorf("canary %q leaked into ClickHouse, CLEAN, logs or metrics", c)
		}
	}
	// the anonymised text keeps the story
	if !strings.Contains(everything.String(), "[PERSON_") || !strings.Contains(everything.String(), "steiger") {
		t.Errorf("anonymised text lost its content: %.300s", everything.String())
	}
}

func TestRedeliveryAndReplayDoNotDuplicateRows(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	tenant := "1de00000-0000-4000-8000-000000000001"
	if _, err := h.tenants.Ensure(ctx, tenant, "t"); err != nil {
		t.Fatal(err)
	}
	gen := synth.New(11, []synth.Tenant{{ID: tenant}})
	events := make([][]byte, 50)
	for i := range events {
		events[i] = gen.Event(i)
	}
	publish := func() {
		// straight to the raw subject without Nats-Msg-Id: every copy is
		// stored by the broker, as after a producer retry beyond the window
		for _, e := range events {
			var head struct{ Tenant, Type string }
			_ = json.Unmarshal(e, &head)
			h.publishRaw(streams.RawSubject(head.Tenant, head.Type), e)
		}
	}
	publish()
	publish()
	h.start()
	h.waitDrained(60 * time.Second)
	publish()
	h.waitDrained(60 * time.Second)
	h.stop()
	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 50 {
		t.Fatalf("after three deliveries of 50 events: %d rows, want 50", got)
	}
	if got := h.count("SELECT count() FROM insights FINAL WHERE tenant_id = '" + tenant + "'"); got != 50 {
		t.Fatalf("insights: %d rows, want 50", got)
	}
	if got := h.streamCount(streams.CleanStream, "clean."+tenant+".>"); got != 50 {
		t.Fatalf("CLEAN holds %d copies, want 50 (deduplicated by event id)", got)
	}
}

func TestBadInputGoesToQuarantineWithItsReason(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	tenant := "bad00000-0000-4000-8000-000000000001"
	other := "bad00000-0000-4000-8000-000000000002"
	if _, err := h.tenants.Ensure(ctx, tenant, "t"); err != nil {
		t.Fatal(err)
	}
	good := canaryEvent("bad00000-0000-4000-8000-0000000000aa", tenant)
	subj := streams.RawSubject(tenant, "incident.reported")
	big := bytes.Replace(good, []byte(`"severity"`), []byte(`"filler":"`+strings.Repeat("x", schemas.MaxEventBytes)+`","severity"`), 1)
	cases := []struct {
		name, code, subject string
		data                []byte
	}{
		{"malformed JSON", "malformed_json", subj, []byte(`{"id": "oops`)},
		{"invalid UTF-8", "invalid_utf8", subj, append([]byte(`{"id":"`), 0xff, 0xfe, '"', '}')},
		{"unknown type", "unknown_type", streams.RawSubject(tenant, "x"), bytes.Replace(good, []byte("incident.reported"), []byte("incident.exploded"), 1)},
		{"schema violation", "schema_violation", subj, bytes.Replace(good, []byte(`"major"`), []byte(`"catastrophic"`), 1)},
		{"oversize", "oversize", subj, big},
		{"unknown tenant", "unknown_tenant", streams.RawSubject(other, "incident.reported"), bytes.ReplaceAll(good, []byte(tenant), []byte(other))},
		{"tenant mismatch", "tenant_mismatch", streams.RawSubject(tenant, "incident.reported"), bytes.ReplaceAll(good, []byte(`"tenant":"`+tenant), []byte(`"tenant":"`+other))},
	}
	for _, c := range cases {
		h.publishRaw(c.subject, c.data)
	}
	h.publishRaw(subj, good)
	h.start()
	h.waitDrained(30 * time.Second)
	h.stop()

	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 1 {
		t.Fatalf("events stored for the tenant: %d, want only the good one", got)
	}
	s, _ := h.conn.JS.Stream(ctx, streams.QuarantineStream)
	info, _ := s.Info(ctx)
	if info.State.Msgs != uint64(len(cases)) {
		t.Fatalf("quarantine holds %d, want %d", info.State.Msgs, len(cases))
	}
	byCode := map[string]string{}
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		code := m.Header.Get(streams.HeaderCode)
		byCode[code] = m.Header.Get(streams.HeaderReason)
		// a known tenant's raw event is sealed with its data key
		if streams.TenantOf(m.Subject) == tenant {
			if m.Header.Get(streams.HeaderDataKey) == "" || bytes.Contains(m.Data, []byte("Vlinderhof")) {
				t.Errorf("%s: quarantined raw event of a known tenant is not sealed", code)
			} else {
				key, _, err := h.tenants.DataKey(ctx, tenant)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := tenants.Unseal(key, m.Data, []byte(tenant)); err != nil {
					t.Errorf("%s: the tenant's data key does not open it: %v", code, err)
				}
			}
		}
		for _, c := range canaries {
			if strings.Contains(m.Header.Get(streams.HeaderReason), c) {
				t.Errorf("reason %q carries a canary", m.Header.Get(streams.HeaderReason))
			}
		}
	}
	for _, c := range cases {
		reason, ok := byCode[c.code]
		if !ok {
			t.Errorf("%s: nothing quarantined with code %s (got %v)", c.name, c.code, byCode)
			continue
		}
		if reason == "" {
			t.Errorf("%s: quarantined without a reason", c.name)
		}
	}
	if v := testutil.ToFloat64(h.metrics.Events.WithLabelValues("anonymize", "quarantined")); v != float64(len(cases)) {
		t.Errorf("quarantined metric %v, want %d", v, len(cases))
	}
}

// flakyDriver wraps the real store and fails inserts while down is set:
// the server is down, as far as the workers can tell.
type flakyDriver struct {
	store.Driver
	down      atomic.Bool
	permanent atomic.Bool
	fails     atomic.Int64
	slow      atomic.Int64 // nanoseconds each insert takes at least
}

func (f *flakyDriver) Insert(ctx context.Context, table string, cols []string, rows [][]any) error {
	time.Sleep(time.Duration(f.slow.Load()))
	if f.down.Load() {
		f.fails.Add(1)
		return fmt.Errorf("%w: connection refused", store.ErrUnavailable)
	}
	if f.permanent.Load() {
		f.fails.Add(1)
		return fmt.Errorf("clickhouse: code 53: type mismatch")
	}
	return f.Driver.Insert(ctx, table, cols, rows)
}

// passthrough exposes the shared store as a driver for wrapping.
type passthrough struct{ s *store.Store }

func (p passthrough) Exec(ctx context.Context, q string) error { return p.s.Exec(ctx, q) }
func (p passthrough) Insert(ctx context.Context, t string, c []string, r [][]any) error {
	return p.s.Insert(ctx, t, c, r)
}
func (p passthrough) Query(ctx context.Context, q string) (*store.Result, error) {
	return p.s.Query(ctx, q)
}
func (p passthrough) Flavour() store.Flavour { return p.s.Flavour() }
func (p passthrough) Concurrent() bool       { return true }
func (p passthrough) Close() error           { return nil }

func TestStoreOutageLosesNothing(t *testing.T) {
	flaky := &flakyDriver{Driver: passthrough{sharedStore}}
	flaky.down.Store(true)
	h := newHarness(t, func(_ *workers.Config, _ *ai.Provider, st **store.Store) { *st = store.New(flaky) })
	ctx := context.Background()
	tenant := "d0e00000-0000-4000-8000-000000000001"
	if _, err := h.tenants.Ensure(ctx, tenant, "t"); err != nil {
		t.Fatal(err)
	}
	pub := streams.NewPublisher(h.conn.JS, h.reg, streams.PublisherOptions{})
	gen := synth.New(3, []synth.Tenant{{ID: tenant}})
	for i := range 40 {
		if err := pub.Publish(ctx, gen.Event(i), nil); err != nil {
			t.Fatal(err)
		}
	}
	pub.Close()
	h.start()
	deadline := time.Now().Add(10 * time.Second)
	for flaky.fails.Load() < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if flaky.fails.Load() < 2 {
		t.Fatal("the workers never tried to write while the store was down")
	}
	flaky.down.Store(false) // the server is back
	h.waitDrained(60 * time.Second)
	h.stop()
	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 40 {
		t.Fatalf("after the outage: %d events stored, want 40", got)
	}
	if got := testutil.ToFloat64(h.metrics.Events.WithLabelValues("anonymize", "retried")); got == 0 {
		t.Fatal("no retries counted")
	}
	if got := testutil.ToFloat64(h.metrics.Redelivered.WithLabelValues("anonymize")); got == 0 {
		t.Fatal("the retried messages' second deliveries were not counted")
	}
	if got := h.streamCount(streams.DLQStream, "dlq.>"); got != 0 {
		t.Fatalf("%d messages dead-lettered during a short outage", got)
	}
}

// A batch may take a while (a slow store, a busy machine); its messages
// must not be delivered again meanwhile, or the work is done twice. A
// consumer back-off list of 1s, 2s, ... once did exactly that: JetStream
// takes the first back-off as the ack wait.
func TestSlowBatchIsNotRedelivered(t *testing.T) {
	flaky := &flakyDriver{Driver: passthrough{sharedStore}}
	flaky.slow.Store(int64(2500 * time.Millisecond))
	h := newHarness(t, func(_ *workers.Config, _ *ai.Provider, st **store.Store) { *st = store.New(flaky) })
	tenant := "51070000-0000-4000-8000-000000000001"
	h.provisionAndPublish(tenant, 9, 20)
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()
	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 20 {
		t.Fatalf("%d events stored, want 20", got)
	}
	for _, stage := range []string{"anonymize", "enrich"} {
		if got := testutil.ToFloat64(h.metrics.Redelivered.WithLabelValues(stage)); got != 0 {
			t.Errorf("%s: %v messages delivered again while their batch was still being written", stage, got)
		}
		if got := testutil.ToFloat64(h.metrics.Events.WithLabelValues(stage, "ok")); got != 20 {
			t.Errorf("%s: %v events handled, want 20 (each once)", stage, got)
		}
	}
}

func TestPermanentStoreErrorDeadLettersWithReason(t *testing.T) {
	flaky := &flakyDriver{Driver: passthrough{sharedStore}}
	flaky.permanent.Store(true)
	h := newHarness(t, func(_ *workers.Config, _ *ai.Provider, st **store.Store) { *st = store.New(flaky) })
	tenant := "dead0000-0000-4000-8000-000000000001"
	ctx := context.Background()
	h.provisionAndPublish(tenant, 5, 3)
	h.start()
	deadline := time.Now().Add(30 * time.Second)
	for h.streamCount(streams.DLQStream, "dlq.>") < 3 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	h.stop()
	s, _ := h.conn.JS.Stream(ctx, streams.DLQStream)
	info, _ := s.Info(ctx)
	if info.State.Msgs != 3 {
		t.Fatalf("DLQ holds %d, want 3", info.State.Msgs)
	}
	m, err := s.GetMsg(ctx, info.State.FirstSeq)
	if err != nil {
		t.Fatal(err)
	}
	if r := m.Header.Get(streams.HeaderReason); !strings.Contains(r, "type mismatch") || !strings.Contains(r, "deliveries") {
		t.Fatalf("DLQ reason %q does not say why", r)
	}
	if got := h.streamCount(streams.RawStream, "raw.>"); got != 0 {
		t.Fatalf("RAW still holds %d dead-lettered messages", got)
	}
}

func TestShutdownMidStreamLosesNothing(t *testing.T) {
	h := newHarness(t, func(c *workers.Config, _ *ai.Provider, _ **store.Store) { c.BatchSize = 50 })
	tenant := "5d000000-0000-4000-8000-000000000001"
	h.provisionAndPublish(tenant, 9, 1000)
	h.start()
	time.Sleep(150 * time.Millisecond)
	h.stop() // SIGTERM: stop fetching, finish the batch in hand
	mid := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'")
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()
	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 1000 {
		t.Fatalf("after a stop at %d and a restart: %d events, want 1000", mid, got)
	}
}

func wrap(c prometheus.Collector) *prometheus.Registry {
	r := prometheus.NewRegistry()
	r.MustRegister(c)
	return r
}

var _ jetstream.Msg
