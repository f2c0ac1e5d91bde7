package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/veilig/veilig/api"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/tenants"
)

var hostile = []string{
	"SELECT * FROM events UNION ALL SELECT * FROM insights",
	"SELECT count() FROM events WHERE tenant_id = '" + tenantB + "'",
	"SELECT * FROM events WHERE event_id IN (SELECT event_id FROM insights)",
	"SELECT * FROM system.tables",
	"SELECT * FROM default.events",
	"SELECT * FROM remote('127.0.0.1', default.events)",
	"SELECT * FROM file('/etc/passwd')",
	"SELECT * FROM events SETTINGS max_threads = 1",
	"SELECT * FROM events; DROP TABLE events",
	"SELECT * FROM events /* comment */",
	"SELECT * FROM events -- comment",
	"SELECT * FROM `events`",
	"SELECT * FROM ai_calls",
	"SELECT * FROM events e, events f",
	"SELECT * FROM view(SELECT * FROM events)",
	"SELECT dictGet('d', 'x', 1) FROM events",
	"SELECT * FROM events INTO OUTFILE '/tmp/x'",
	"INSERT INTO events SELECT * FROM events",
	"WITH x AS (SELECT * FROM numbers(10)) SELECT * FROM x",
	"SELECT * FROM events FORMAT JSON",
	"SELECT * FROM events WHERE 1 = {p:UInt8}",
	"SELECT * FROM merge(currentDatabase(), '.*')",
	"SELECT * FROM (SELECT * FROM insights) AS i JOIN events AS e ON i.event_id = e.event_id",
	"SELECT hazard, count() FROM insights ARRAY JOIN hazards AS hazard GROUP BY hazard",
	"SELECT * FROM events FINAL",
	"SELECT * FROM events AS tenant_id",
}

func TestGuardRefusesWhatCouldReachOtherData(t *testing.T) {
	refuse := []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21}
	for _, i := range refuse {
		if _, err := api.GuardSQL(hostile[i], tenantA, 100); !errors.Is(err, api.ErrRefusedSQL) {
			t.Errorf("accepted: %s", hostile[i])
		}
	}
	if _, err := api.GuardSQL("SELECT 1", tenantA, 100); err == nil {
		t.Error("a query reading no view was accepted")
	}
}

// Whatever an analyst of tenant A sends, the rows that come back are A's.
func TestSQLEndpointNeverLeaksAnotherTenant(t *testing.T) {
	ctx := context.Background()
	st := migratedStore(t)
	at := time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC)
	var ev, ins [][]any
	for _, tn := range []string{tenantA, tenantB} {
		for i := range 3 {
			id := fmt.Sprintf("%s%04d", tn[:32], i)
			ev = append(ev, store.EventRow{TenantID: tn, EventID: id, Type: "incident.reported", OccurredAt: at, ReceivedAt: at, Site: "secret-of-" + tn[:2], Text: "t"}.Values())
			ins = append(ins, store.InsightRow{TenantID: tn, EventID: id, Type: "incident.reported", OccurredAt: at, Provider: "local", Category: "fire", Hazards: []string{"fire"}, Summary: "s", CreatedAt: at}.Values())
		}
	}
	_ = st.Insert(ctx, "events", store.EventColumns, ev)
	_ = st.Insert(ctx, "insights", store.InsightColumns, ins)
	srv := httptest.NewServer(api.New(api.Config{Store: st, Tokens: fakeTokens{"ana-a": {Tenant: tenantA, Role: tenants.RoleAnalyst}}}))
	defer srv.Close()
	accepted := 0
	for _, q := range hostile {
		resp := send(t, http.MethodPost, srv.URL+"/v1/sql", "ana-a", strings.NewReader(q))
		var body strings.Builder
		buf := make([]byte, 1<<16)
		for {
			n, err := resp.Body.Read(buf)
			body.Write(buf[:n])
			if err != nil {
				break
			}
		}
		resp.Body.Close()
		if strings.Contains(body.String(), tenantB) || strings.Contains(body.String(), "secret-of-bb") || strings.Contains(body.String(), "bb000000") {
			t.Errorf("%q leaked tenant B: %.200s", q, body.String())
		}
		if resp.StatusCode == 200 {
			accepted++
			var out struct{ Rows [][]any }
			_ = json.Unmarshal([]byte(body.String()), &out)
		}
	}
	if accepted < 5 {
		t.Errorf("only %d of the legitimate queries ran", accepted)
	}
	// a legitimate query sees exactly A's rows
	resp := send(t, http.MethodPost, srv.URL+"/v1/sql", "ana-a", strings.NewReader(`{"sql": "SELECT count() AS n FROM events"}`))
	var out struct{ Rows [][]any }
	_ = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if len(out.Rows) != 1 || fmt.Sprint(out.Rows[0][0]) != "3" {
		t.Fatalf("count for A: %v", out.Rows)
	}
}

var stringLit = regexp.MustCompile(`'(?:[^'\\]|\\.|'')*'`)

func FuzzGuardSQL(f *testing.F) {
	for _, q := range hostile {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		out, err := api.GuardSQL(q, tenantA, 100)
		if err != nil {
			return
		}
		// outside string literals, no statement separator, comment or quoted identifier
		bare := stringLit.ReplaceAllString(q, "''")
		if strings.ContainsAny(bare, ";`\"#") || strings.Contains(bare, "--") || strings.Contains(bare, "/*") {
			t.Fatalf("accepted %q", q)
		}
		if !strings.HasPrefix(out, "SELECT * FROM (") || !strings.Contains(out, "tenant_id = '"+tenantA+"'") {
			t.Fatalf("guarded form %q", out)
		}
		low := strings.ToLower(bare)
		for _, bad := range []*regexp.Regexp{
			regexp.MustCompile(`(^|[^a-z0-9_])system\s*\.`), regexp.MustCompile(`(^|[^a-z0-9_])settings($|[^a-z0-9_])`),
			regexp.MustCompile(`(^|[^a-z0-9_])ai_calls($|[^a-z0-9_])`), regexp.MustCompile(`(^|[^a-z0-9_])(remote|file|url)\s*\(`),
		} {
			if bad.MatchString(low) {
				t.Fatalf("accepted %q", q)
			}
		}
	})
}
