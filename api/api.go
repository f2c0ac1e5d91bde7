// Package api serves analysts: a dashboard page per tenant (charts drawn
// as server-side SVG, no scripts) and tenant-scoped JSON, both behind an
// analyst token, plus /healthz and /readyz. Every query is scoped to the
// token's tenant by the server; nothing the client sends picks a tenant.
// Groups of fewer than k events (site, week) are hidden and counted, so an
// analyst cannot single a person out.
package api

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/tenants"
)

//go:embed templates/*.html
var templateFS embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"bar":    barWidth,
	"rowY":   func(i int) int { return i * 20 },
	"chartH": func(n int) int { return n*20 + 4 },
	"dict": func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	},
}).ParseFS(templateFS, "templates/*.html"))

// TokenChecker validates analyst tokens; *tenants.Tokens implements it.
type TokenChecker interface {
	Check(ctx context.Context, token, role string) (tenants.TokenInfo, error)
}

// Config configures a Server.
type Config struct {
	Store  *store.Store
	Tokens TokenChecker
	// K is the smallest group shown (default 5); KByTenant overrides it.
	K         int
	KByTenant map[string]int
	// Ready reports extra readiness (NATS connected, AI breaker closed).
	Ready  func(ctx context.Context) error
	Logger *slog.Logger
	// Secure marks the session cookie Secure (serve over TLS).
	Secure bool
	// Ingest, when set, serves POST /v1/events for producers.
	Ingest http.Handler
}

// Server is the HTTP handler.
type Server struct {
	cfg Config
	mux *http.ServeMux
}

// New returns the handler.
func New(cfg Config) *Server {
	if cfg.K == 0 {
		cfg.K = 5
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.HandleFunc("GET /login", s.loginForm)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.HandleFunc("POST /logout", s.logout)
	s.mux.HandleFunc("GET /dashboard", s.dashboard)
	s.mux.HandleFunc("GET /v1/insights/summary", s.summaryJSON)
	s.mux.HandleFunc("POST /v1/sql", s.sql)
	if cfg.Ingest != nil {
		s.mux.Handle("POST /v1/events", cfg.Ingest)
	}
	s.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/dashboard", http.StatusSeeOther) })
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	if _, err := s.cfg.Store.Query(ctx, "SELECT 1"); err != nil {
		http.Error(w, "store not ready", http.StatusServiceUnavailable)
		return
	}
	if s.cfg.Ready != nil {
		if err := s.cfg.Ready(ctx); err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
	}
	_, _ = w.Write([]byte("ready\n"))
}

const cookieName = "veilig_session"

// bearer returns the request's Bearer token, or "".
func bearer(r *http.Request) string {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return ""
	}
	return tok
}

// unauthorized answers 401 with a Bearer challenge and msg.
func unauthorized(w http.ResponseWriter, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="veilig"`)
	http.Error(w, msg, http.StatusUnauthorized)
}

// analyst authenticates an API request of an analyst, answering 401 when
// it is not one.
func (s *Server) analyst(w http.ResponseWriter, r *http.Request) (string, bool) {
	tenant, ok := s.tenantOf(r)
	if !ok {
		unauthorized(w, "an analyst token is required")
	}
	return tenant, ok
}

// tenantOf authenticates the request: a Bearer token or the session cookie.
func (s *Server) tenantOf(r *http.Request) (string, bool) {
	tok := bearer(r)
	if c, err := r.Cookie(cookieName); tok == "" && err == nil {
		tok = c.Value
	}
	if tok == "" {
		return "", false
	}
	info, err := s.cfg.Tokens.Check(r.Context(), tok, tenants.RoleAnalyst)
	if err != nil || !schemas.CanonicalUUID(info.Tenant) {
		return "", false
	}
	return info.Tenant, true
}

func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	_ = pages.ExecuteTemplate(w, "login.html", map[string]any{"Failed": r.URL.Query().Get("failed") != ""})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	tok := r.PostFormValue("token")
	if _, err := s.cfg.Tokens.Check(r.Context(), tok, tenants.RoleAnalyst); err != nil {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: tok, Path: "/", HttpOnly: true, Secure: s.cfg.Secure, SameSite: http.SameSiteStrictMode, MaxAge: 8 * 3600}) // #nosec G124 -- Secure is set whenever the server runs TLS; production refuses plain HTTP
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.cfg.Secure, SameSite: http.SameSiteStrictMode}) // #nosec G124 -- Secure is set whenever the server runs TLS
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (s *Server) k(tenant string) int {
	if k, ok := s.cfg.KByTenant[tenant]; ok && k > 0 {
		return k
	}
	return s.cfg.K
}

func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) {
	tenant, ok := s.tenantOf(r)
	if !ok {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	sum, ok := s.loadSummary(w, r, tenant)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pages.ExecuteTemplate(w, "dashboard.html", sum); err != nil {
		s.cfg.Logger.Error("dashboard render failed", "error", err)
	}
}

// loadSummary reads the request's filter and the tenant's summary, or
// answers the error itself and reports false.
func (s *Server) loadSummary(w http.ResponseWriter, r *http.Request, tenant string) (*Summary, bool) {
	f, err := filterFrom(r)
	if err != nil {
		http.Error(w, "bad filter: "+err.Error(), http.StatusBadRequest)
		return nil, false
	}
	sum, err := s.summary(r.Context(), tenant, f)
	if err != nil {
		s.cfg.Logger.Error("summary query failed", "error", err)
		http.Error(w, "the store could not answer; try again", http.StatusServiceUnavailable)
		return nil, false
	}
	return sum, true
}

func (s *Server) summaryJSON(w http.ResponseWriter, r *http.Request) {
	tenant, ok := s.analyst(w, r)
	if !ok {
		return
	}
	sum, ok := s.loadSummary(w, r, tenant)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(sum)
}

// sql runs an analyst's SELECT on their tenant's views (see GuardSQL).
// The body is the query, or JSON {"sql": "..."}.
func (s *Server) sql(w http.ResponseWriter, r *http.Request) {
	tenant, ok := s.analyst(w, r)
	if !ok {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "query too large", http.StatusRequestEntityTooLarge)
		return
	}
	q := string(raw)
	var body struct {
		SQL string `json:"sql"`
	}
	if json.Unmarshal(raw, &body) == nil && body.SQL != "" {
		q = body.SQL
	}
	guarded, err := GuardSQL(q, tenant, 10000)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	res, err := s.cfg.Store.Query(ctx, guarded)
	if err != nil {
		http.Error(w, "the query failed: "+clip(err.Error()), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"columns": res.Columns, "rows": res.Rows})
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// Group is one bar of a chart.
type Group struct {
	Label string `json:"label"`
	Count int64  `json:"count"`
}

// Chart is a set of groups with how many were hidden for being small.
type Chart struct {
	Groups []Group `json:"groups"`
	Hidden int     `json:"hidden_groups"`
	Max    int64   `json:"-"`
}

// Row is one anonymised event of the drill-down list.
type Row struct {
	OccurredAt string `json:"occurred_at"`
	Type       string `json:"type"`
	Severity   string `json:"severity"`
	Category   string `json:"category"`
	Summary    string `json:"summary"`
	Text       string `json:"text"`
}

// Summary is what an analyst sees.
type Summary struct {
	Tenant        string  `json:"tenant"`
	Filter        Filter  `json:"filter"`
	K             int     `json:"k"`
	Events        int64   `json:"events"`
	Insights      int64   `json:"insights"`
	NearMissShare float64 `json:"near_miss_percent"`
	Weeks         Chart   `json:"insights_per_week"`
	Categories    Chart   `json:"categories"`
	Severities    Chart   `json:"severities"`
	Sites         Chart   `json:"sites"`
	Hazards       Chart   `json:"top_hazards"`
	Recent        []Row   `json:"recent"`
}

// Filter narrows a summary: event type, site, and period (occurred_at).
type Filter struct {
	Type, Site string
	From, To   time.Time
}

var typeRE = regexp.MustCompile(`^[a-z]+(\.[a-z]+)*$`)

// filterFrom reads ?type=&site=&from=&to= (RFC 3339).
func filterFrom(r *http.Request) (Filter, error) {
	q := r.URL.Query()
	f := Filter{Type: q.Get("type"), Site: q.Get("site")}
	if f.Type != "" && !typeRE.MatchString(f.Type) {
		return f, errors.New("type: an event type such as incident.reported")
	}
	if len(f.Site) > 200 {
		return f, errors.New("site: too long")
	}
	for name, dst := range map[string]*time.Time{"from": &f.From, "to": &f.To} {
		if v := q.Get(name); v != "" {
			t, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return f, fmt.Errorf("%s: an RFC 3339 time", name)
			}
			*dst = t.UTC()
		}
	}
	return f, nil
}

// sqlString quotes a value for a ClickHouse string literal.
func sqlString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

func (s *Server) summary(ctx context.Context, tenant string, f Filter) (*Summary, error) {
	if !schemas.CanonicalUUID(tenant) {
		return nil, errors.New("api: bad tenant")
	}
	k := s.k(tenant)
	where := "tenant_id = '" + tenant + "'"
	if f.Type != "" {
		where += " AND type = " + sqlString(f.Type)
	}
	if !f.From.IsZero() {
		where += " AND occurred_at >= toDateTime64(" + sqlString(f.From.Format("2006-01-02 15:04:05")) + ", 3, 'UTC')"
	}
	if !f.To.IsZero() {
		where += " AND occurred_at <= toDateTime64(" + sqlString(f.To.Format("2006-01-02 15:04:05")) + ", 3, 'UTC')"
	}
	if f.Site != "" {
		// insights carry no site: select the events of that site
		where += " AND event_id IN (SELECT event_id FROM events FINAL WHERE tenant_id = '" + tenant + "' AND site = " + sqlString(f.Site) + ")"
	}
	sum := &Summary{Tenant: tenant, K: k, Filter: f}
	var err error
	count := func(q string) int64 {
		if err != nil {
			return 0
		}
		var res *store.Result
		res, err = s.cfg.Store.Query(ctx, q)
		if err != nil || len(res.Rows) == 0 {
			return 0
		}
		return store.AsInt(res.Rows[0][0])
	}
	chart := func(q string, suppress bool) Chart {
		var c Chart
		if err != nil {
			return c
		}
		var res *store.Result
		res, err = s.cfg.Store.Query(ctx, q)
		if err != nil {
			return c
		}
		for _, r := range res.Rows {
			n := store.AsInt(r[1])
			if suppress && n < int64(k) {
				c.Hidden++
				continue
			}
			c.Groups = append(c.Groups, Group{Label: fmt.Sprint(r[0]), Count: n})
			c.Max = max(c.Max, n)
		}
		return c
	}
	sum.Events = count("SELECT count() FROM events FINAL WHERE " + where)
	sum.Insights = count("SELECT count() FROM insights FINAL WHERE " + where)
	incidents := count("SELECT count() FROM events FINAL WHERE " + where + " AND type = 'incident.reported'")
	near := count("SELECT count() FROM events FINAL WHERE " + where + " AND type = 'incident.reported' AND severity = 'near_miss'")
	if incidents > 0 {
		sum.NearMissShare = float64(int64(1000*near/incidents)) / 10
	}
	sum.Weeks = chart("SELECT toString(toStartOfWeek(occurred_at)) AS w, count() FROM insights FINAL WHERE "+where+" GROUP BY w ORDER BY w", true)
	sum.Categories = chart("SELECT category, count() AS n FROM insights FINAL WHERE "+where+" GROUP BY category ORDER BY n DESC, category", false)
	sum.Severities = chart("SELECT severity_estimate, count() AS n FROM insights FINAL WHERE "+where+" GROUP BY severity_estimate ORDER BY n DESC, severity_estimate", false)
	sum.Sites = chart("SELECT site, count() AS n FROM events FINAL WHERE "+where+" GROUP BY site ORDER BY n DESC, site", true)
	sum.Hazards = chart("SELECT hazard, count() AS n FROM insights FINAL ARRAY JOIN hazards AS hazard WHERE "+where+" GROUP BY hazard ORDER BY n DESC, hazard LIMIT 10", false)
	if err != nil {
		return nil, err
	}
	res, err := s.cfg.Store.Query(ctx, "SELECT toString(e.occurred_at), e.type, e.severity, i.category, i.summary, substring(e.text, 1, 300) FROM events AS e FINAL INNER JOIN insights AS i FINAL ON e.tenant_id = i.tenant_id AND e.event_id = i.event_id WHERE e."+where+" ORDER BY e.occurred_at DESC LIMIT 20")
	if err != nil {
		return nil, err
	}
	for _, r := range res.Rows {
		sum.Recent = append(sum.Recent, Row{OccurredAt: fmt.Sprint(r[0]), Type: fmt.Sprint(r[1]), Severity: fmt.Sprint(r[2]), Category: fmt.Sprint(r[3]), Summary: fmt.Sprint(r[4]), Text: fmt.Sprint(r[5])})
	}
	return sum, nil
}

// barWidth scales a count to at most 400 pixels.
func barWidth(n, maxN int64) int64 {
	if maxN <= 0 {
		return 0
	}
	return max(n*400/maxN, 1)
}
