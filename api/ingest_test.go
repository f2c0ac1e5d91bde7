package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/api"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/tenants"
)

func TestIngestAnswersPerEventAndScopesToTheTokensTenant(t *testing.T) {
	ctx := context.Background()
	conn, err := streams.Connect(ctx, "embedded:"+t.TempDir(), streams.Options{EncryptionKey: "k"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := streams.Ensure(ctx, conn.JS, streams.Config{}); err != nil {
		t.Fatal(err)
	}
	pub := streams.NewPublisher(conn.JS, schemas.MustLoad(), streams.PublisherOptions{Quarantine: true})
	defer pub.Close()
	toks := fakeTokens{
		"prod-a": {ID: "p1", Tenant: tenantA, Role: tenants.RoleProducer},
		"slow-a": {ID: "p2", Tenant: tenantA, Role: tenants.RoleProducer},
		"ana-a":  {ID: "a1", Tenant: tenantA, Role: tenants.RoleAnalyst},
	}
	ing := &api.Ingest{Publisher: pub, Tokens: toks, RatePerToken: 1000}
	srv := httptest.NewServer(ing)
	defer srv.Close()

	gA := synth.New(1, []synth.Tenant{{ID: tenantA}})
	gB := synth.New(1, []synth.Tenant{{ID: tenantB}})
	body := string(gA.Event(0)) + "\n" + string(gB.Event(1)) + "\n{broken\n" + string(gA.Event(2)) + "\n"
	post := func(tok, body string) (int, http.Header, []api.Answer) {
		resp := send(t, http.MethodPost, srv.URL, tok, strings.NewReader(body))
		defer resp.Body.Close()
		var out struct{ Results []api.Answer }
		_ = json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, resp.Header, out.Results
	}
	code, _, res := post("prod-a", body)
	if code != 200 || len(res) != 4 {
		t.Fatalf("status %d, %d answers: %+v", code, len(res), res)
	}
	want := []struct{ status, code string }{{"accepted", ""}, {"refused", "unknown_tenant"}, {"refused", "malformed_json"}, {"accepted", ""}}
	for i, w := range want {
		if res[i].Status != w.status || res[i].Code != w.code || res[i].Line != i+1 {
			t.Errorf("line %d: %+v, want %s %s", i+1, res[i], w.status, w.code)
		}
	}
	s, _ := conn.JS.Stream(ctx, streams.RawStream)
	info, _ := s.Info(ctx, jetstream.WithSubjectFilter("raw.>"))
	for subj := range info.State.Subjects {
		if !strings.HasPrefix(subj, "raw."+tenantA+".") {
			t.Errorf("a producer of A published to %s", subj)
		}
	}
	if code, _, res := post("prod-a", string(gA.Event(0))+"\n"); code != 200 || res[0].Status != "duplicate" {
		t.Errorf("resend: %d %+v", code, res)
	}
	for _, tok := range []string{"", "ana-a", "nope"} {
		if code, _, _ := post(tok, body); code != http.StatusUnauthorized {
			t.Errorf("token %q: %d, want 401", tok, code)
		}
	}
	// a token over its rate is told when to come back
	slow := &api.Ingest{Publisher: pub, Tokens: toks, RatePerToken: 1}
	srv2 := httptest.NewServer(slow)
	defer srv2.Close()
	var many bytes.Buffer
	for i := range 5 {
		many.Write(gA.Event(10 + i))
		many.WriteByte('\n')
	}
	resp := send(t, http.MethodPost, srv2.URL, "slow-a", &many)
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("over the rate: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	// oversize bodies are refused
	big := &api.Ingest{Publisher: pub, Tokens: toks, MaxBody: 1024}
	srv3 := httptest.NewServer(big)
	defer srv3.Close()
	resp = send(t, http.MethodPost, srv3.URL, "prod-a", strings.NewReader(strings.Repeat(string(gA.Event(20))+"\n", 5)))
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversize body: %d", resp.StatusCode)
	}
}

// FuzzIngest posts arbitrary bodies: the handler must answer with valid
// JSON or a clear status, never panic, never publish for another tenant.
func FuzzIngest(f *testing.F) {
	gA := synth.New(3, []synth.Tenant{{ID: tenantA}})
	f.Add(string(gA.Event(0)) + "\n{broken\n")
	f.Add("\xff\xfe\n\n\n")
	f.Add(strings.Repeat("x", 70000))
	ctx := context.Background()
	conn, err := streams.Connect(ctx, "embedded:"+f.TempDir(), streams.Options{EncryptionKey: "k"})
	if err != nil {
		f.Fatal(err)
	}
	defer conn.Close()
	if err := streams.Ensure(ctx, conn.JS, streams.Config{}); err != nil {
		f.Fatal(err)
	}
	pub := streams.NewPublisher(conn.JS, schemas.MustLoad(), streams.PublisherOptions{})
	defer pub.Close()
	ing := &api.Ingest{Publisher: pub, Tokens: fakeTokens{"p": {ID: "p", Tenant: tenantA, Role: tenants.RoleProducer}}, RatePerToken: 1e6, MaxBody: 1 << 20}
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/v1/events", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer p")
		rec := httptest.NewRecorder()
		ing.ServeHTTP(rec, req)
		if rec.Code == http.StatusRequestEntityTooLarge {
			return
		}
		var out struct {
			Tenant  string
			Results []api.Answer
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("status %d with a body that is not JSON: %q", rec.Code, rec.Body.String())
		}
		if out.Tenant != tenantA {
			t.Fatalf("answered for tenant %q", out.Tenant)
		}
		for _, a := range out.Results {
			if a.Status == "" || a.Line < 1 {
				t.Fatalf("incomplete answer %+v", a)
			}
		}
	})
}
