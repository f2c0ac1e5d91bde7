package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/veilig/veilig/api"
	"github.com/veilig/veilig/store"
	_ "github.com/veilig/veilig/store/chdb"
	"github.com/veilig/veilig/tenants"
)

type fakeTokens map[string]tenants.TokenInfo

func (f fakeTokens) Check(_ context.Context, tok, role string) (tenants.TokenInfo, error) {
	if i, ok := f[tok]; ok && i.Role == role {
		return i, nil
	}
	return tenants.TokenInfo{}, tenants.ErrBadToken
}

const (
	tenantA = "aa000000-0000-4000-8000-000000000001"
	tenantB = "bb000000-0000-4000-8000-000000000002"
)

func TestSummaryIsTenantScopedAndHidesSmallGroups(t *testing.T) {
	ctx := context.Background()
	st := migratedStore(t)
	at := time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC)
	var ev, ins [][]any
	add := func(tenant string, i int, site string) {
		id := fmt.Sprintf("%s%04d", tenant[:32], i)
		ev = append(ev, store.EventRow{TenantID: tenant, EventID: id, Type: "incident.reported", OccurredAt: at, ReceivedAt: at, Site: site, Severity: "minor", Text: "t"}.Values())
		ins = append(ins, store.InsightRow{TenantID: tenant, EventID: id, Type: "incident.reported", OccurredAt: at, Provider: "local", Category: "fire", SeverityEstimate: "minor", Hazards: []string{"fire"}, Summary: "s", CreatedAt: at}.Values())
	}
	for i := range 7 {
		add(tenantA, i, "Hal 1") // a group of 7: shown
	}
	for i := 7; i < 9; i++ {
		add(tenantA, i, "Hal 2") // a group of 2: hidden
	}
	for i := range 4 {
		add(tenantB, i, "Dok B")
	}
	if err := st.Insert(ctx, "events", store.EventColumns, ev); err != nil {
		t.Fatal(err)
	}
	if err := st.Insert(ctx, "insights", store.InsightColumns, ins); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(api.Config{Store: st, K: 5, KByTenant: map[string]int{tenantB: 3}, Tokens: fakeTokens{
		"tok-a": {Tenant: tenantA, Role: tenants.RoleAnalyst},
		"tok-b": {Tenant: tenantB, Role: tenants.RoleAnalyst},
		"tok-p": {Tenant: tenantA, Role: tenants.RoleProducer},
	}}))
	defer srv.Close()
	get := func(tok string) (int, api.Summary) { return summaryOf(t, srv.URL, tok, "tenant="+tenantB) }
	code, a := get("tok-a")
	if code != 200 || a.Tenant != tenantA || a.Events != 9 || a.Insights != 9 {
		t.Fatalf("tenant A (asking for B in the query): %d %+v", code, a)
	}
	if len(a.Sites.Groups) != 1 || a.Sites.Groups[0].Label != "Hal 1" || a.Sites.Hidden != 1 {
		t.Fatalf("site groups %+v: the group of 2 must be hidden and counted", a.Sites)
	}
	_, b := get("tok-b")
	if b.Tenant != tenantB || b.Events != 4 || b.K != 3 || len(b.Sites.Groups) != 1 {
		t.Fatalf("tenant B with its own k: %+v", b)
	}
	filtered := func(query string) (int, api.Summary) { return summaryOf(t, srv.URL, "tok-a", query) }
	if code, f := filtered("site=Hal+1"); code != 200 || f.Events != 7 || f.Insights != 7 {
		t.Errorf("site filter: %d %+v", code, f)
	}
	if _, f := filtered("type=toolbox.held"); f.Events != 0 {
		t.Errorf("type filter: %+v", f)
	}
	if _, f := filtered("from=2026-11-05T00:00:00Z"); f.Events != 0 {
		t.Errorf("period filter: %+v", f)
	}
	if _, f := filtered("from=2026-11-01T00:00:00Z&to=2026-11-30T00:00:00Z"); f.Events != 9 {
		t.Errorf("period filter: %+v", f)
	}
	for _, bad := range []string{"from=yesterday", "type=x%27%20OR%201", "site=" + strings.Repeat("x", 300)} {
		if code, _ := filtered(bad); code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, code)
		}
	}
	if _, f := filtered("site=%27%20OR%201%3D1%20--"); f.Events != 0 {
		t.Errorf("a quote in the site filter escaped the literal: %+v", f)
	}
	for _, tok := range []string{"", "tok-p", "nope"} {
		if code, _ := get(tok); code != http.StatusUnauthorized {
			t.Errorf("token %q: %d, want 401", tok, code)
		}
	}
	// the browser flow: a bad token goes back to the login page, a good one gets a cookie
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(srv.URL+"/login", url.Values{"token": {"nope"}})
	if err != nil {
		t.Fatal(err)
	}
	if loc := resp.Header.Get("Location"); !strings.Contains(loc, "failed") {
		t.Errorf("bad login went to %q", loc)
	}
	resp, _ = client.PostForm(srv.URL+"/login", url.Values{"token": {"tok-a"}})
	cookies := resp.Cookies()
	if len(cookies) != 1 || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode {
		t.Fatalf("session cookie %+v", cookies)
	}
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/dashboard", nil)
	req.AddCookie(cookies[0])
	resp, err = client.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("dashboard: %v %v", resp.StatusCode, err)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("CSP %q", csp)
	}
	if r, _ := http.Get(srv.URL + "/readyz"); r.StatusCode != 200 {
		t.Errorf("readyz %d", r.StatusCode)
	}
}

// migratedStore opens an embedded store with veilig's tables; it closes
// at the end of the test.
func migratedStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), "chdb:"+t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if _, err := st.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return st
}

// send makes a request with a Bearer token ("" for none) and returns the
// answer; the caller closes its body.
func send(t testing.TB, method, url, tok string, body io.Reader) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// summaryOf asks /v1/insights/summary with a token ("" for none) and a query.
func summaryOf(t *testing.T, base, tok, query string) (int, api.Summary) {
	t.Helper()
	resp := send(t, http.MethodGet, base+"/v1/insights/summary?"+query, tok, nil)
	defer resp.Body.Close()
	var s api.Summary
	_ = json.NewDecoder(resp.Body).Decode(&s)
	return resp.StatusCode, s
}
