package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds Debian's Chromium. .ci/run installs it; a machine without
// it skips this test and says so.
func chromium(t *testing.T) string {
	for _, p := range []string{os.Getenv("VEILIG_TEST_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	t.Skip("no Chromium on this machine (apt-get install chromium); .ci/run installs it and runs this test")
	return ""
}

// TestDashboardInARealBrowser starts 'veilig serve' on a demo dataset,
// signs in with an analyst token in headless Chromium, checks that the
// charts drew the numbers the API gives for that tenant, that another
// tenant's token sees none of them, and saves a screenshot.
func TestDashboardInARealBrowser(t *testing.T) {
	browser := chromium(t)
	data := t.TempDir()
	if r := veilig(t, "", "demo", "--data", data, "--events", "150"); r.code != 0 {
		t.Fatalf("demo: %s", r.stderr)
	}
	q := veilig(t, "", "query", "--data", data, "--format", "jsonl", "SELECT toString(tenant_id) AS t FROM events GROUP BY t ORDER BY t")
	var ts []string
	for _, l := range strings.Split(strings.TrimSpace(q.stdout), "\n") {
		var row struct{ T string }
		_ = json.Unmarshal([]byte(l), &row)
		ts = append(ts, row.T)
	}
	if len(ts) < 2 {
		t.Fatalf("tenants: %v", ts)
	}
	tokA := strings.TrimSpace(veilig(t, "", "tokens", "create", "--data", data, "--tenant", ts[0], "--role", "analyst").stdout)
	tokB := strings.TrimSpace(veilig(t, "", "tokens", "create", "--data", data, "--tenant", ts[1], "--role", "analyst").stdout)
	producer := strings.TrimSpace(veilig(t, "", "tokens", "create", "--data", data, "--tenant", ts[0], "--role", "producer").stdout)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := startServe(t, []string{"VEILIG_MASTER_KEY="}, "--data", data, "--addr", "127.0.0.1:0")

	apiSummary := func(tok string) (int, map[string]any) {
		req, _ := http.NewRequest(http.MethodGet, base+"/v1/insights/summary", nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	if code, _ := apiSummary(producer); code != http.StatusUnauthorized {
		t.Errorf("a producer token read insights: %d", code)
	}
	_, wantA := apiSummary(tokA)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 1600))
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()

	// one browser; each sign-in in a new tab of it
	signIn := func(parent context.Context, tok string) (context.Context, context.CancelFunc) {
		bctx, bcancel := chromedp.NewContext(parent)
		if err := chromedp.Do(bctx,
			chromedp.Navigate(base+"/login"),
			chromedp.WaitVisible(chromedp.ID("token")),
			chromedp.SendKeys(chromedp.ID("token"), tok),
			chromedp.Click(chromedp.ID("signin")),
			chromedp.WaitVisible(chromedp.ID("categories")),
		); err != nil {
			bcancel()
			t.Fatalf("sign in: %v", err)
		}
		return bctx, bcancel
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	actx, acancel := signIn(alloc, tokA)
	defer acancel()
	bars, err := chromedp.Run(actx, chromedp.Evaluate[[][]string](`[...document.querySelectorAll('#categories rect.bar')].map(r => [r.dataset.label, r.dataset.value])`))
	must(err)
	ev, err := chromedp.Run(actx, chromedp.AttributeValue(chromedp.ID("events"), "data-value"))
	must(err)
	events := ev.Value
	tenant, err := chromedp.Run(actx, chromedp.Text(chromedp.ID("tenant")))
	must(err)
	pageA, err := chromedp.Run(actx, chromedp.OuterHTML(chromedp.CSS("body")))
	must(err)
	shot, err := chromedp.Run(actx, chromedp.CaptureScreenshot())
	must(err)
	if tenant != ts[0] {
		t.Fatalf("dashboard shows tenant %q, want %q", tenant, ts[0])
	}
	if fmt.Sprint(wantA["events"]) != events {
		t.Errorf("events drawn %s, API says %v", events, wantA["events"])
	}
	cats := wantA["categories"].(map[string]any)["groups"].([]any)
	if len(bars) != len(cats) || len(bars) == 0 {
		t.Fatalf("%d category bars drawn, API has %d", len(bars), len(cats))
	}
	for i, c := range cats {
		g := c.(map[string]any)
		if bars[i][0] != g["label"] || bars[i][1] != fmt.Sprint(g["count"]) {
			t.Errorf("bar %d: %v, API %v", i, bars[i], g)
		}
	}
	// the screenshot is a test artefact (testdata/artifacts, not in git);
	// VEILIG_SCREENSHOT=docs/dashboard.png refreshes the README's picture
	out := os.Getenv("VEILIG_SCREENSHOT")
	if out == "" {
		out = filepath.Join("testdata", "artifacts", "dashboard.png")
		must(os.MkdirAll(filepath.Dir(out), 0o755))
	}
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", out, len(shot))

	// tenant B sees its own numbers and nothing of tenant A's
	bctx, bcancel := signIn(actx, tokB)
	defer bcancel()
	tenantB, err := chromedp.Run(bctx, chromedp.Text(chromedp.ID("tenant")))
	must(err)
	pageB, err := chromedp.Run(bctx, chromedp.OuterHTML(chromedp.CSS("body")))
	must(err)
	if tenantB != ts[1] || strings.Contains(pageB, ts[0]) {
		t.Fatalf("tenant B's page shows tenant A (%q)", tenantB)
	}
	rowRE := regexp.MustCompile(`<td>(\d{4}-\d\d-\d\d [0-9:.]+)</td>`)
	for _, m := range rowRE.FindAllStringSubmatch(pageA, -1) {
		if strings.Contains(pageB, "<td>"+m[1]+"</td><td>") && !strings.Contains(pageA, "<td>"+m[1]+"</td><td>") {
			t.Errorf("tenant B sees tenant A's event of %s", m[1])
		}
	}
	// a bad token is turned away
	cctx, ccancel := chromedp.NewContext(actx)
	defer ccancel()
	must(chromedp.Do(cctx, chromedp.Navigate(base+"/login"), chromedp.SendKeys(chromedp.ID("token"), "vlg_0000000000000000_nope"),
		chromedp.Click(chromedp.ID("signin")), chromedp.WaitVisible(chromedp.ID("error"))))
	errText, err := chromedp.Run(cctx, chromedp.Text(chromedp.ID("error")))
	must(err)
	if !strings.Contains(errText, "not valid") {
		t.Errorf("bad token page: %q", errText)
	}
}
