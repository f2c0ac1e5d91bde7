package ai

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"golang.org/x/time/rate"

	"github.com/veilig/veilig/anonymize"
)

// PromptVersion and SchemaVersion name the prompt and the insight schema;
// both are part of the cache key and of every audit and insight row.
const (
	PromptVersion = "insights-2"
	SchemaVersion = "insight-1"
)

// Categories and Severities are the values the insight schema allows.
var (
	Categories = []string{"fall_from_height", "struck_by_vehicle", "slip_trip", "cut_laceration", "chemical", "electrical", "fire", "manual_handling", "machinery", "other"}
	Severities = []string{"near_miss", "minor", "major", "fatal", "unknown"}
)

// CallRecord is one HTTP call to a provider, for the ai_calls audit table.
// It holds no text: only metadata and a hash of the payload sent.
type CallRecord struct {
	Tenant           string
	Provider, Host   string
	Region, Model    string
	PolicyVersion    string
	PromptVersion    string
	Items            int
	PromptTokens     int
	CompletionTokens int
	Latency          time.Duration
	Outcome          string // ok, rate_limited, server_error, timeout, invalid_output, refused, client_error
	HTTPStatus       int
	RequestID        string
	PayloadSHA256    string
	At               time.Time
}

// RemoteOptions configure a Remote provider.
type RemoteOptions struct {
	BaseURL  string // e.g. https://api.eu.mistral.ai/v1
	Model    string
	APIKey   string // from the environment, never the URL
	Registry *Registry
	Policy   Policy
	// Timeout bounds one HTTP call (default 60s); MaxAttempts bounds the
	// tries of one call (default 5).
	Timeout     time.Duration
	MaxAttempts int
	// BatchItems is how many items go into one prompt (default 10);
	// Concurrency how many prompts may be in flight (default 8).
	BatchItems  int
	Concurrency int
	// RequestsPerMin and TokensPerMin override the registry's limits.
	RequestsPerMin, TokensPerMin int
	// Audit receives a record of every HTTP call. It must not block long.
	Audit func(CallRecord)
	// BreakerThreshold consecutive failures open the circuit for
	// BreakerCooldown (defaults 5 and 30s).
	BreakerThreshold int
	BreakerCooldown  time.Duration
	// MinBackoff is the first retry delay (default 500ms), doubled per try
	// with jitter, capped at 30s; Retry-After wins when the provider sends it.
	MinBackoff time.Duration
	// Client is the HTTP client under the enforcing layer (default: one
	// with TLS 1.2+ and Timeout).
	Client *http.Client
	// Cache keeps answers across runs (default: in memory, this process
	// only). Fresh skips reading it; answers are still written.
	Cache Cache
	Fresh bool
}

// Cache stores insights by key (a hash of provider, model, prompt version,
// schema version and text: no personal data, no text). Implementations
// must be safe for concurrent use.
type Cache interface {
	Get(key string) (Insight, bool)
	Put(key string, in Insight)
}

// Remote is an OpenAI-compatible provider in the EEA registry. Safe for
// concurrent use.
type Remote struct {
	o        RemoteOptions
	entry    Entry
	host     string
	client   *openai.Client
	reqLim   *rate.Limiter
	tokLim   *rate.Limiter
	sem      chan struct{}
	breaker  *breaker
	cache    Cache
	verifier *anonymize.Verifier
	holdMu   sync.Mutex
	hold     time.Time // no request before this (Retry-After)
}

// NewRemote checks the endpoint against the registry and policy and
// returns a provider, or an error wrapping ErrRefused that names the rule.
func NewRemote(o RemoteOptions) (*Remote, error) {
	if o.Registry == nil {
		r, _ := NewRegistry()
		o.Registry = r
	}
	if o.Model == "" {
		return nil, fmt.Errorf("%w: a model name is required (--ai-model)", ErrInvalidURL)
	}
	v := o.Registry.Check(o.BaseURL, o.Policy)
	if !v.Allowed {
		return nil, fmt.Errorf("%w: %s", ErrRefused, v.Rule)
	}
	u, _ := url.Parse(o.BaseURL)
	if o.Timeout == 0 {
		o.Timeout = 60 * time.Second
	}
	if o.MaxAttempts == 0 {
		o.MaxAttempts = 5
	}
	if o.BatchItems == 0 {
		o.BatchItems = 10
	}
	if o.Concurrency == 0 {
		o.Concurrency = 8
	}
	if o.BreakerThreshold == 0 {
		o.BreakerThreshold = 5
	}
	if o.BreakerCooldown == 0 {
		o.BreakerCooldown = 30 * time.Second
	}
	if o.MinBackoff == 0 {
		o.MinBackoff = 500 * time.Millisecond
	}
	if o.RequestsPerMin == 0 {
		o.RequestsPerMin = v.Entry.RequestsPerMin
	}
	if o.TokensPerMin == 0 {
		o.TokensPerMin = v.Entry.TokensPerMin
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: o.Timeout}
	}
	r := &Remote{
		o: o, entry: *v.Entry, host: u.Hostname(), sem: make(chan struct{}, o.Concurrency),
		breaker: &breaker{threshold: o.BreakerThreshold, cooldown: o.BreakerCooldown}, cache: o.Cache,
		verifier: anonymize.NewVerifier(),
	}
	if r.cache == nil {
		r.cache = newCache(100_000)
	}
	r.reqLim = rate.NewLimiter(rate.Inf, 1)
	if o.RequestsPerMin > 0 {
		// 3 % under the limit, so that clock skew between us and the
		// provider does not turn the last request of a window into a 429
		r.reqLim = rate.NewLimiter(rate.Limit(0.97*float64(o.RequestsPerMin)/60), 1)
	}
	r.tokLim = rate.NewLimiter(rate.Inf, 1)
	if o.TokensPerMin > 0 {
		r.tokLim = rate.NewLimiter(rate.Limit(float64(o.TokensPerMin)/60), o.TokensPerMin/6+1)
	}
	cfg := openai.DefaultConfig(o.APIKey)
	cfg.BaseURL = strings.TrimRight(o.BaseURL, "/")
	cfg.HTTPClient = &transport{entry: r.entry, host: r.host, client: o.Client, verifier: r.verifier}
	r.client = openai.NewClientWithConfig(cfg)
	return r, nil
}

func (r *Remote) Name() string          { return r.entry.Name }
func (r *Remote) Model() string         { return r.o.Model }
func (r *Remote) PromptVersion() string { return PromptVersion }
func (r *Remote) Local() bool           { return false }

// Entry returns the registry entry in use.
func (r *Remote) Entry() Entry { return r.entry }

// BreakerOpen reports whether the circuit is open (for readiness checks).
func (r *Remote) BreakerOpen() bool { return r.breaker.open() }

// Insights asks the provider about items of one tenant (a prompt never
// mixes tenants). It returns the insights it could get; items it could
// not get (after re-asking one by one) are missing from the result and
// the caller tries them again later. The error is non-nil only when no
// call could be made (circuit open, context ended, refused request).
func (r *Remote) Insights(ctx context.Context, items []Item) ([]Insight, error) {
	if len(items) == 0 {
		return nil, nil
	}
	for _, it := range items[1:] {
		if it.Tenant != items[0].Tenant {
			return nil, errors.New("ai: one call must not mix tenants")
		}
	}
	var out []Insight
	var todo []Item
	for _, it := range items {
		if in, ok := r.cache.Get(r.cacheKey(it)); ok && !r.o.Fresh {
			in.ID = it.ID
			out = append(out, in)
		} else {
			todo = append(todo, it)
		}
	}
	var mu sync.Mutex
	var firstErr error
	var wg sync.WaitGroup
	for lo := 0; lo < len(todo); lo += r.o.BatchItems {
		chunk := todo[lo:min(lo+r.o.BatchItems, len(todo))]
		wg.Go(func() {
			got, err := r.ask(ctx, chunk)
			if err == nil && len(got) < len(chunk) && len(chunk) > 1 {
				// re-ask the missing or invalid items one by one
				have := map[string]bool{}
				for _, in := range got {
					have[in.ID] = true
				}
				for _, it := range chunk {
					if !have[it.ID] {
						one, err1 := r.ask(ctx, []Item{it})
						if err1 == nil {
							got = append(got, one...)
						}
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			out = append(out, got...)
			if err != nil && firstErr == nil {
				firstErr = err
			}
		})
	}
	wg.Wait()
	if len(out) == 0 && firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

func (r *Remote) cacheKey(it Item) string {
	h := sha256.New()
	for _, s := range []string{r.entry.Name, r.o.Model, PromptVersion, SchemaVersion, it.Type, it.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

const systemPrompt = `You analyse anonymised workplace-safety reports (Dutch, English, German or French).
Placeholders such as [PERSON_1] or [PHONE_1] stand for removed personal data: never guess what they hide and keep them as they are.
For every item return its id, one category, a severity estimate, up to five short hazard keywords in English (lower case, underscores), and a one-sentence English summary of at most 200 characters.`

var insightSchema = json.RawMessage(`{"type":"object","additionalProperties":false,"required":["items"],"properties":{"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","category","severity","hazards","summary"],"properties":{"id":{"type":"string"},"category":{"type":"string","enum":["fall_from_height","struck_by_vehicle","slip_trip","cut_laceration","chemical","electrical","fire","manual_handling","machinery","other"]},"severity":{"type":"string","enum":["near_miss","minor","major","fatal","unknown"]},"hazards":{"type":"array","items":{"type":"string"}},"summary":{"type":"string"}}}}}}`)

type rawSchema json.RawMessage

func (s rawSchema) MarshalJSON() ([]byte, error) { return s, nil }

// ask makes one prompt for a chunk, with retries; items are sent under
// short local ids (i1, i2, ...), never the event ids.
func (r *Remote) ask(ctx context.Context, chunk []Item) ([]Insight, error) {
	type promptItem struct {
		ID   string `json:"id"`
		Type string `json:"type"`
		Text string `json:"text"`
	}
	byLocal := map[string]Item{}
	var pi []promptItem
	for i, it := range chunk {
		id := "i" + strconv.Itoa(i+1)
		byLocal[id] = it
		pi = append(pi, promptItem{ID: id, Type: it.Type, Text: it.Text})
	}
	user, _ := json.Marshal(map[string]any{"items": pi})
	req := openai.ChatCompletionRequest{
		Model:       r.o.Model,
		Temperature: 0,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: systemPrompt},
			{Role: openai.ChatMessageRoleUser, Content: string(user)},
		},
		MaxCompletionTokens: 200 * len(chunk),
	}
	if r.entry.StructuredOutput {
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type:       openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: "insights", Schema: rawSchema(insightSchema), Strict: true},
		}
	}
	estTokens := len(user)/4 + len(systemPrompt)/4 + req.MaxCompletionTokens
	tenant := chunk[0].Tenant

	var lastErr error
	for attempt := 1; attempt <= r.o.MaxAttempts; attempt++ {
		if !r.breaker.allow() {
			return nil, fmt.Errorf("%w: circuit open for %s", ErrUnavailable, r.entry.Name)
		}
		select {
		case r.sem <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if err := r.waitHold(ctx); err != nil {
			<-r.sem
			return nil, err
		}
		if err := r.reqLim.Wait(ctx); err != nil {
			<-r.sem
			return nil, err
		}
		if err := r.tokLim.WaitN(ctx, min(estTokens, r.tokLim.Burst())); err != nil && r.tokLim.Limit() != rate.Inf {
			<-r.sem
			return nil, err
		}
		cctx, cancel := context.WithTimeout(ctx, r.o.Timeout)
		cctx, ci := withCallInfo(cctx)
		start := time.Now()
		resp, err := r.client.CreateChatCompletion(cctx, req)
		cancel()
		<-r.sem
		rec := CallRecord{Tenant: tenant, Provider: r.entry.Name, Host: r.host, Region: r.entry.Region, Model: r.o.Model,
			PolicyVersion: PolicyVersion, PromptVersion: PromptVersion, Items: len(chunk), Latency: time.Since(start),
			HTTPStatus: ci.status, RequestID: ci.requestID, PayloadSHA256: hex.EncodeToString(ci.bodyHash[:]), At: start.UTC()}
		// the provider's own count wins over ours: an exhausted request or
		// token window holds every caller until it resets
		if ci.remaining == 0 && ci.resetIn > 0 {
			r.pause(ci.resetIn)
		}
		if ci.remTokens >= 0 && ci.remTokens < estTokens && ci.resetTok > 0 {
			r.pause(ci.resetTok)
		}
		if err != nil {
			outcome, retry := classify(err, ci)
			rec.Outcome = outcome
			r.audit(rec)
			lastErr = err
			if !retry {
				r.breaker.success() // the provider answered; the request was at fault
				return nil, fmt.Errorf("ai: %s: %s", r.entry.Name, outcome)
			}
			r.breaker.failure()
			delay := r.backoff(attempt)
			if ci.retryAfter > 0 {
				delay = ci.retryAfter
				r.pause(delay)
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(delay):
			}
			continue
		}
		rec.PromptTokens, rec.CompletionTokens = resp.Usage.PromptTokens, resp.Usage.CompletionTokens
		insights, ok := r.parse(resp, byLocal)
		if !ok {
			rec.Outcome = "invalid_output"
			r.audit(rec)
			r.breaker.success()
			if len(chunk) > 1 {
				return insights, nil // valid items kept; Insights re-asks the rest one by one
			}
			lastErr = errors.New("invalid output")
			continue // a single item: ask again
		}
		rec.Outcome = "ok"
		r.audit(rec)
		r.breaker.success()
		return insights, nil
	}
	return nil, fmt.Errorf("%w: %s after %d attempts: %s", ErrUnavailable, r.entry.Name, r.o.MaxAttempts, safeErr(lastErr))
}

// pause holds every caller back for d (Retry-After, or an exhausted
// rate-limit window), so the provider is not asked again too soon.
func (r *Remote) pause(d time.Duration) {
	r.holdMu.Lock()
	defer r.holdMu.Unlock()
	if until := time.Now().Add(d); until.After(r.hold) {
		r.hold = until
	}
}

// waitHold blocks until no pause is in force.
func (r *Remote) waitHold(ctx context.Context) error {
	for {
		r.holdMu.Lock()
		d := time.Until(r.hold)
		r.holdMu.Unlock()
		if d <= 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d):
		}
	}
}

func (r *Remote) backoff(attempt int) time.Duration {
	d := r.o.MinBackoff << (attempt - 1)
	d = min(d, 30*time.Second)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1)) // #nosec G404 -- not a secret: synthetic data and retry jitter need no cryptographic randomness
}

func (r *Remote) audit(rec CallRecord) {
	if r.o.Audit != nil {
		r.o.Audit(rec)
	}
}

// classify sorts a failed call: whether to retry, and the audit outcome.
// 429, 5xx and timeouts are retried; other statuses are the request's fault.
func classify(err error, ci *callInfo) (string, bool) {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	status := ci.status
	switch {
	case errors.As(err, &apiErr):
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		status = reqErr.HTTPStatusCode
	}
	var ne net.Error
	switch {
	case errors.Is(err, ErrUnsafeRequest):
		return "refused", false
	case status == http.StatusTooManyRequests:
		return "rate_limited", true
	case status >= 500:
		return "server_error", true
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()):
		return "timeout", true
	case status >= 400:
		return "client_error", false
	case status == 0:
		return "network_error", true
	}
	return "invalid_output", true // a 2xx the client could not decode (truncated JSON)
}

// safeErr describes an error without any body text.
func safeErr(err error) string {
	if err == nil {
		return "no answer"
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return "HTTP " + strconv.Itoa(apiErr.HTTPStatusCode)
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return "HTTP " + strconv.Itoa(reqErr.HTTPStatusCode)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	return "transport error"
}

var hazardRE = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// parse validates the answer against the insight schema item by item.
// ok is false when the answer was unreadable or some items were missing
// or invalid; the valid ones are returned either way.
func (r *Remote) parse(resp openai.ChatCompletionResponse, byLocal map[string]Item) ([]Insight, bool) {
	if len(resp.Choices) == 0 {
		return nil, false
	}
	var doc struct {
		Items []struct {
			ID       string   `json:"id"`
			Category string   `json:"category"`
			Severity string   `json:"severity"`
			Hazards  []string `json:"hazards"`
			Summary  string   `json:"summary"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(resp.Choices[0].Message.Content), &doc); err != nil {
		return nil, false
	}
	seen := map[string]bool{}
	var out []Insight
	for _, it := range doc.Items {
		src, known := byLocal[it.ID]
		if !known || seen[it.ID] || !slices.Contains(Categories, it.Category) || !slices.Contains(Severities, it.Severity) ||
			len(it.Summary) == 0 || len(it.Summary) > 300 || len(it.Hazards) > 10 {
			continue
		}
		valid := true
		for _, h := range it.Hazards {
			valid = valid && hazardRE.MatchString(h)
		}
		// the answer is checked like the question: a summary that names
		// someone is refused (fail closed)
		if !valid || len(r.verifier.Check("summary", it.Summary, nil)) > 0 {
			continue
		}
		seen[it.ID] = true
		in := Insight{ID: src.ID, Category: it.Category, SeverityEstimate: it.Severity, Hazards: it.Hazards, Summary: it.Summary}
		cached := in
		cached.ID = ""
		r.cache.Put(r.cacheKey(src), cached)
		out = append(out, in)
	}
	return out, len(out) == len(byLocal)
}

// breaker is a per-provider circuit breaker: after threshold consecutive
// failures it opens for cooldown, then lets one trial call through.
type breaker struct {
	mu        sync.Mutex
	threshold int
	cooldown  time.Duration
	fails     int
	openUntil time.Time
}

func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.fails < b.threshold {
		return true
	}
	if time.Now().After(b.openUntil) {
		b.openUntil = time.Now().Add(b.cooldown) // half-open: one trial
		return true
	}
	return false
}

func (b *breaker) open() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.fails >= b.threshold && time.Now().Before(b.openUntil)
}

func (b *breaker) success() {
	b.mu.Lock()
	b.fails = 0
	b.mu.Unlock()
}

func (b *breaker) failure() {
	b.mu.Lock()
	b.fails++
	if b.fails == b.threshold {
		b.openUntil = time.Now().Add(b.cooldown)
	}
	b.mu.Unlock()
}

// cache keeps answers by (provider, model, prompt, schema, text). Bounded:
// when full, an arbitrary entry makes room.
type cache struct {
	mu  sync.Mutex
	max int
	m   map[string]Insight
}

func newCache(n int) *cache { return &cache{max: n, m: map[string]Insight{}} }

func (c *cache) Get(k string) (Insight, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) Put(k string, v Insight) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		for old := range c.m {
			delete(c.m, old)
			break
		}
	}
	c.m[k] = v
}
