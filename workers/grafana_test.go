package workers_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// The Grafana dashboard in deploy/ must parse and every panel's query must
// run on the real engine, with Grafana's variables and macros filled in.
func TestGrafanaDashboardQueriesRun(t *testing.T) {
	raw, err := os.ReadFile("../deploy/grafana/dashboards/veilig.json")
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				RawSQL string `json:"rawSql"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	tenant := "6a000000-0000-4000-8000-000000000001"
	h.provisionAndPublish(tenant, 8, 60)
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()
	if len(dash.Panels) < 6 {
		t.Fatalf("%d panels", len(dash.Panels))
	}
	for _, p := range dash.Panels {
		for _, tg := range p.Targets {
			q := strings.NewReplacer(
				"${tenant}", tenant, "${k}", "5",
				"$__timeFilter(occurred_at)", "occurred_at >= now() - INTERVAL 3650 DAY",
				"$__timeFilter(e.occurred_at)", "e.occurred_at >= now() - INTERVAL 3650 DAY",
			).Replace(tg.RawSQL)
			res, err := h.st.Query(t.Context(), q)
			if err != nil {
				t.Errorf("panel %q: %v", p.Title, err)
				continue
			}
			if len(res.Rows) == 0 && !strings.Contains(q, "HAVING") {
				t.Errorf("panel %q returned no rows for a tenant with 60 events", p.Title)
			}
		}
	}
}
