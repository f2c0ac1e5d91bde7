package workers_test

import (
	"testing"
	"time"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/ai/aitest"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/workers"
)

// While the AI provider is down, anonymisation goes on, events wait in
// CLEAN, and nothing is lost; when it is back, every event gets its insight
// and every call is audited.
func TestAIOutageLosesNothing(t *testing.T) {
	s := aitest.New()
	defer s.Close()
	s.Canaries = []string{"@"}
	audit := workers.NewAuditWriter("test", nil)
	audit.SetStore(sharedStore)
	remote, err := ai.NewRemote(ai.RemoteOptions{BaseURL: s.BaseURL(), Model: "m", APIKey: "k", Policy: ai.Policy{Profile: ai.ProfileTest},
		MaxAttempts: 2, MinBackoff: 5 * time.Millisecond, BreakerThreshold: 3, BreakerCooldown: 200 * time.Millisecond, Audit: audit.Record})
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, func(c *workers.Config, p *ai.Provider, _ **store.Store) { *p = remote; c.BatchSize = 100 })
	tenant := "a1000000-0000-4000-8000-000000000001"
	faults := make([]aitest.Fault, 8)
	for i := range faults {
		faults[i] = aitest.ServerError
	}
	s.Script(faults...)
	h.provisionAndPublish(tenant, 77, 120)
	h.start()
	deadline := time.Now().Add(20 * time.Second)
	for h.count("SELECT count() FROM events FINAL WHERE tenant_id = '"+tenant+"'") < 120 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 120 {
		t.Fatalf("anonymisation stalled with the AI down: %d of 120 events stored", got)
	}
	h.waitDrained(2 * time.Minute)
	h.stop()
	if got := h.count("SELECT count() FROM insights FINAL WHERE tenant_id = '" + tenant + "' AND provider = 'loopback' AND is_local = 0 AND prompt_version = '" + ai.PromptVersion + "'"); got != 120 {
		t.Fatalf("after the outage: %d insights, want 120", got)
	}
	if v := s.Violations(); len(v) > 0 {
		t.Fatalf("provider received: %v", v)
	}
	if s.Count(500) == 0 {
		t.Fatal("the outage was never seen")
	}
	if got := h.count("SELECT count() FROM ai_calls WHERE tenant_id = '" + tenant + "'"); got != int64(s.Requests()) {
		t.Fatalf("%d audit rows for %d calls", got, s.Requests())
	}
	if got := h.count("SELECT count() FROM ai_calls WHERE tenant_id = '" + tenant + "' AND outcome = 'server_error'"); got != int64(s.Count(500)) {
		t.Fatalf("%d server_error audit rows for %d 500s", got, s.Count(500))
	}
}
