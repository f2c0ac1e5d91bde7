package ai_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/ai/aitest"
)

func TestRegistryVerdicts(t *testing.T) {
	reg, err := ai.NewRegistry(ai.Entry{Name: "vllm-ams", Host: "llm.internal.example", Region: "Amsterdam, NL", Class: ai.ClassEEA, StructuredOutput: true})
	if err != nil {
		t.Fatal(err)
	}
	prod := ai.Policy{Profile: ai.ProfileProduction, ConfirmedCtrls: []string{ai.ControlPaidPlan, ai.ControlZeroRetention}}
	cases := []struct {
		url     string
		p       ai.Policy
		allowed bool
		rule    string
	}{
		{"http://api.eu.mistral.ai/v1", prod, false, "plain-text http"},
		{"https://api.openai.com/v1", prod, false, "global endpoint"},
		{"https://api.mistral.ai/v1", prod, false, "global endpoint"},
		{"https://llm.example.com/v1", prod, false, "not in the EEA provider registry"},
		{"https://eu.openrouter.ai/api/v1", prod, false, "EEA only"},
		{"https://eu.api.openai.com/v1", ai.Policy{Profile: ai.ProfileProduction, AllowEEAPlus: true}, false, "eu_data_residency_project"},
		{"https://api.eu.mistral.ai/v1", ai.Policy{Profile: ai.ProfileProduction}, false, "paid_plan"},
		{"http://127.0.0.1:8080/v1", prod, false, "loopback"},
		{"https://api.eu.mistral.ai/v1", prod, true, ""},
		{"https://api.scaleway.ai/v1", prod, true, ""},
		{"https://llm.internal.example/v1", prod, true, ""},
		{"https://myres.openai.azure.com/openai/v1", ai.Policy{Profile: ai.ProfileProduction, ConfirmedCtrls: []string{ai.ControlAbuseMonitorOff}}, true, ""},
		{"http://127.0.0.1:8080/v1", ai.Policy{Profile: ai.ProfileDev}, true, ""},
		{"https://eu.openrouter.ai/api/v1", ai.Policy{Profile: ai.ProfileDev}, true, ""},
	}
	for _, c := range cases {
		v := reg.Check(c.url, c.p)
		if v.Allowed != c.allowed || !strings.Contains(v.Rule, c.rule) {
			t.Errorf("%s (%s): allowed=%v rule=%q; want %v and a rule naming %q", c.url, c.p.Profile, v.Allowed, v.Rule, c.allowed, c.rule)
		}
	}
	if _, err := ai.NewRegistry(ai.Entry{Name: "x", Host: "api.openai.com", Region: "US", Class: ai.ClassEEA}); err == nil {
		t.Error("a global host could be registered")
	}
}

type auditLog struct {
	mu   sync.Mutex
	recs []ai.CallRecord
}

func (a *auditLog) add(r ai.CallRecord) { a.mu.Lock(); a.recs = append(a.recs, r); a.mu.Unlock() }
func (a *auditLog) outcomes() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []string
	for _, r := range a.recs {
		out = append(out, r.Outcome)
	}
	return out
}

func newRemote(t *testing.T, s *aitest.Server, log *auditLog, tweak func(*ai.RemoteOptions)) *ai.Remote {
	t.Helper()
	o := ai.RemoteOptions{BaseURL: s.BaseURL(), Model: "test-model", APIKey: "sk-test", Policy: ai.Policy{Profile: ai.ProfileTest},
		Timeout: 2 * time.Second, MinBackoff: 10 * time.Millisecond, Audit: log.add}
	if tweak != nil {
		tweak(&o)
	}
	r, err := ai.NewRemote(o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func items(tenant string, n int, offset int) []ai.Item {
	out := make([]ai.Item, n)
	for i := range out {
		out[i] = ai.Item{ID: fmt.Sprintf("ev-%d", offset+i), Tenant: tenant, Type: "incident.reported",
			Text: fmt.Sprintf("[PERSON_1] viel van de ladder in hal %d en ging naar het ziekenhuis.", offset+i)}
	}
	return out
}

func TestWireCarriesNoTrainingControlsAndNoPII(t *testing.T) {
	s := aitest.New()
	defer s.Close()
	s.Canaries = []string{"Vlinderhof", "ev-"} // event ids must not travel either
	var log auditLog
	r := newRemote(t, s, &log, nil)
	got, err := r.Insights(context.Background(), items("t1", 25, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 25 {
		t.Fatalf("%d insights for 25 items", len(got))
	}
	if v := s.Violations(); len(v) > 0 {
		t.Fatalf("the provider received what it must not: %v", v)
	}
	for _, b := range s.Bodies() {
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		if m["store"] != false {
			t.Errorf("store is %v, want false on the wire", m["store"])
		}
		rf, _ := m["response_format"].(map[string]any)
		if rf["type"] != "json_schema" {
			t.Errorf("no structured output requested: %v", m["response_format"])
		}
	}
	if s.Requests() != 3 {
		t.Errorf("%d requests for 25 items in prompts of 10", s.Requests())
	}
	if len(log.recs) != s.Requests() {
		t.Errorf("%d audit records for %d calls", len(log.recs), s.Requests())
	}
	for _, rec := range log.recs {
		if rec.PayloadSHA256 == "" || rec.Items == 0 || rec.Tenant != "t1" || rec.Host != "127.0.0.1" || rec.PolicyVersion == "" {
			t.Errorf("incomplete audit record %+v", rec)
		}
	}
	// the same items again come from the cache
	before := s.Requests()
	if _, err := r.Insights(context.Background(), items("t1", 25, 0)); err != nil {
		t.Fatal(err)
	}
	if s.Requests() != before {
		t.Errorf("cached items were asked again (%d new requests)", s.Requests()-before)
	}
}

func TestRefusesTextTheVerifierFlagsBeforeSending(t *testing.T) {
	s := aitest.New()
	defer s.Close()
	var log auditLog
	r := newRemote(t, s, &log, nil)
	_, err := r.Insights(context.Background(), []ai.Item{{ID: "x", Tenant: "t", Text: "Bel Jan de Vries op 06-12345678, BSN 123456782."}})
	if err == nil {
		t.Fatal("a request with personal data was sent")
	}
	if s.Requests() != 0 {
		t.Fatalf("the provider received %d requests", s.Requests())
	}
	if strings.Contains(err.Error(), "12345678") || strings.Contains(err.Error(), "Vries") {
		t.Errorf("the refusal carries a value: %v", err)
	}
	if _, err := r.Insights(context.Background(), []ai.Item{{ID: "a", Tenant: "t1"}, {ID: "b", Tenant: "t2"}}); err == nil {
		t.Error("one call mixed two tenants")
	}
}

func TestBadProviderIsRetriedWithinBounds(t *testing.T) {
	ctx := context.Background()
	s := aitest.New()
	defer s.Close()
	var log auditLog
	r := newRemote(t, s, &log, func(o *ai.RemoteOptions) { o.Timeout = 300 * time.Millisecond; o.BatchItems = 5 })

	s.Script(aitest.ServerError, aitest.ServerError, aitest.Timeout, aitest.RateLimited, aitest.Truncated, aitest.SchemaInvalid, aitest.MissingItem)
	start := time.Now()
	got, err := r.Insights(ctx, items("t1", 5, 100))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("%d insights after faults, want 5 (outcomes %v)", len(got), log.outcomes())
	}
	if time.Since(start) < time.Second {
		t.Errorf("Retry-After (1s) was not honoured")
	}
	want := []string{"server_error", "server_error", "timeout", "rate_limited", "invalid_output"}
	if o := log.outcomes(); strings.Join(o[:len(want)], ",") != strings.Join(want, ",") {
		t.Errorf("outcomes %v, want them to start with %v", o, want)
	}
	if len(log.recs) != s.Requests() {
		t.Errorf("%d audit records for %d calls", len(log.recs), s.Requests())
	}

	// bounded: five failures in a row and the call gives up
	var log2 auditLog
	r2 := newRemote(t, s, &log2, func(o *ai.RemoteOptions) { o.MaxAttempts = 3; o.BreakerThreshold = 100 })
	s.Script(aitest.ServerError, aitest.ServerError, aitest.ServerError, aitest.ServerError, aitest.ServerError)
	before := s.Requests()
	_, err = r2.Insights(ctx, items("t1", 1, 200))
	if !errors.Is(err, ai.ErrUnavailable) {
		t.Fatalf("after exhausting retries: %v, want ErrUnavailable", err)
	}
	if n := s.Requests() - before; n != 3 {
		t.Fatalf("%d attempts, want exactly 3", n)
	}
}

func TestBreakerOpensAndCloses(t *testing.T) {
	ctx := context.Background()
	s := aitest.New()
	defer s.Close()
	var log auditLog
	r := newRemote(t, s, &log, func(o *ai.RemoteOptions) {
		o.MaxAttempts = 1
		o.BreakerThreshold = 2
		o.BreakerCooldown = 300 * time.Millisecond
	})
	s.Script(aitest.ServerError, aitest.ServerError)
	for i := range 2 {
		if _, err := r.Insights(ctx, items("t1", 1, 300+i)); err == nil {
			t.Fatal("a failing call succeeded")
		}
	}
	if !r.BreakerOpen() {
		t.Fatal("breaker closed after two failures")
	}
	before := s.Requests()
	if _, err := r.Insights(ctx, items("t1", 1, 310)); !errors.Is(err, ai.ErrUnavailable) || s.Requests() != before {
		t.Fatalf("open breaker let a call through: %v", err)
	}
	time.Sleep(350 * time.Millisecond)
	if _, err := r.Insights(ctx, items("t1", 1, 311)); err != nil {
		t.Fatalf("half-open trial failed: %v", err)
	}
	if r.BreakerOpen() {
		t.Fatal("breaker still open after a successful trial")
	}
}

func TestProductionRefusesBeforeAnyCall(t *testing.T) {
	_, err := ai.NewRemote(ai.RemoteOptions{BaseURL: "http://127.0.0.1:9/v1", Model: "m", Policy: ai.Policy{Profile: ai.ProfileProduction}})
	if !errors.Is(err, ai.ErrRefused) || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("got %v", err)
	}
}

func TestFallbackAnswersWhatThePrimaryCannot(t *testing.T) {
	down, up := aitest.New(), aitest.New()
	defer down.Close()
	defer up.Close()
	faults := make([]aitest.Fault, 50)
	for i := range faults {
		faults[i] = aitest.ServerError
	}
	down.Script(faults...)
	var log auditLog
	primary := newRemote(t, down, &log, func(o *ai.RemoteOptions) { o.MaxAttempts = 2; o.Model = "primary-model" })
	fallback := newRemote(t, up, &log, func(o *ai.RemoteOptions) { o.Model = "fallback-model" })
	chain, err := ai.NewChain(primary, fallback)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chain.Insights(context.Background(), items("t1", 12, 400))
	if err != nil || len(got) != 12 {
		t.Fatalf("%d insights, %v", len(got), err)
	}
	for _, in := range got {
		if in.Model != "fallback-model" {
			t.Fatalf("insight labelled %q, want the fallback's model", in.Model)
		}
	}
	reg, _ := ai.NewRegistry()
	eea, err := ai.NewRemote(ai.RemoteOptions{BaseURL: "https://api.eu.mistral.ai/v1", Model: "m", Registry: reg, Policy: ai.Policy{Profile: ai.ProfileDev}})
	if err != nil {
		t.Fatal(err)
	}
	plus, err := ai.NewRemote(ai.RemoteOptions{BaseURL: "https://eu.openrouter.ai/api/v1", Model: "m", Registry: reg, Policy: ai.Policy{Profile: ai.ProfileDev}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ai.NewChain(eea, plus); !errors.Is(err, ai.ErrRefused) {
		t.Fatalf("a fallback of another region class was accepted: %v", err)
	}
}

func TestExhaustedRateLimitHeadersHoldTheNextCall(t *testing.T) {
	s := aitest.New()
	defer s.Close()
	s.RemainingRequests = 0
	s.ResetRequests = 400 * time.Millisecond
	var log auditLog
	r := newRemote(t, s, &log, func(o *ai.RemoteOptions) { o.BatchItems = 1; o.Concurrency = 1 })
	start := time.Now()
	if _, err := r.Insights(context.Background(), items("t1", 2, 500)); err != nil {
		t.Fatal(err)
	}
	if time.Since(start) < 400*time.Millisecond {
		t.Fatalf("the second call did not wait for the window to reset (%s)", time.Since(start))
	}
	if s.Count(429) != 0 {
		t.Fatalf("%d 429s", s.Count(429))
	}
}
