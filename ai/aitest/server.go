// Package aitest is an OpenAI-compatible chat-completions server for tests.
// It speaks the real wire protocol (HTTP + JSON as go-openai sends it),
// records and checks every raw request body (store false present, fields
// the provider must not receive absent, no canary value), answers with the
// built-in local model, and can play a bad provider: 429 with Retry-After,
// 500s, timeouts, truncated JSON, schema-invalid answers, missing items,
// latency and a requests-per-minute limit.
package aitest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/veilig/veilig/ai"
)

// Fault is what the server does with one request.
type Fault int

const (
	OK Fault = iota
	RateLimited
	ServerError
	Timeout
	Truncated
	SchemaInvalid
	MissingItem
)

// Server is the fake provider. Safe for concurrent use.
type Server struct {
	*httptest.Server
	// Canaries are values that must never arrive; a request holding one is
	// recorded as a violation and answered 400.
	Canaries []string
	// RequireStoreFalse records a violation when "store": false is absent.
	RequireStoreFalse bool
	// Latency delays every answer; RPM limits requests per minute (0: none).
	Latency time.Duration
	RPM     int
	// RetryAfter is sent with 429s (default 1s).
	RetryAfter time.Duration
	// RemainingRequests, when >= 0, is sent as x-ratelimit-remaining-requests
	// with a reset of ResetRequests.
	RemainingRequests int
	ResetRequests     time.Duration

	mu         sync.Mutex
	faults     []Fault
	bodies     [][]byte
	violations []string
	window     []time.Time
	counts     map[int]int
	local      *ai.Local
}

// New starts a server; Close it when done.
func New() *Server {
	s := &Server{RequireStoreFalse: true, RetryAfter: time.Second, RemainingRequests: -1, counts: map[int]int{}, local: ai.NewLocal()}
	s.Server = httptest.NewServer(http.HandlerFunc(s.handle))
	return s
}

// URL returns the base URL clients use (with /v1).
func (s *Server) BaseURL() string { return s.Server.URL + "/v1" }

// Script queues faults for the next requests, in order.
func (s *Server) Script(f ...Fault) {
	s.mu.Lock()
	s.faults = append(s.faults, f...)
	s.mu.Unlock()
}

// Bodies returns the raw request bodies received.
func (s *Server) Bodies() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.bodies...)
}

// Violations lists what arrived that must not have.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.violations...)
}

// Count returns how many answers had the status.
func (s *Server) Count(status int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[status]
}

// Requests returns how many requests arrived.
func (s *Server) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.bodies)
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.bodies = append(s.bodies, body)
	fault := OK
	if len(s.faults) > 0 {
		fault, s.faults = s.faults[0], s.faults[1:]
	}
	limited := false
	if s.RPM > 0 {
		now := time.Now()
		keep := s.window[:0]
		for _, t := range s.window {
			if now.Sub(t) < time.Minute {
				keep = append(keep, t)
			}
		}
		s.window = keep
		// the limit applies per second too, as providers enforce it
		recent := 0
		for _, t := range s.window {
			if now.Sub(t) < time.Second {
				recent++
			}
		}
		if len(s.window) >= s.RPM || recent >= max(s.RPM/60, 1) {
			limited = true
		} else {
			s.window = append(s.window, now)
		}
	}
	s.mu.Unlock()

	reply := func(status int, v any) {
		s.mu.Lock()
		s.counts[status]++
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("x-request-id", fmt.Sprintf("req-%d", time.Now().UnixNano()))
		if s.RemainingRequests >= 0 {
			w.Header().Set("x-ratelimit-remaining-requests", fmt.Sprint(s.RemainingRequests))
			w.Header().Set("x-ratelimit-reset-requests", s.ResetRequests.String())
		}
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(v)
	}
	apiErr := func(status int, msg string) {
		reply(status, map[string]any{"error": map[string]any{"message": msg, "type": "test", "code": status}})
	}

	if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
		apiErr(http.StatusNotFound, "no such route")
		return
	}
	if v := s.check(r, body); v != "" {
		s.mu.Lock()
		s.violations = append(s.violations, v)
		s.mu.Unlock()
		apiErr(http.StatusBadRequest, v)
		return
	}
	if limited || fault == RateLimited {
		w.Header().Set("Retry-After", fmt.Sprintf("%.0f", s.RetryAfter.Seconds()))
		apiErr(http.StatusTooManyRequests, "rate limit")
		return
	}
	if fault == ServerError {
		apiErr(http.StatusInternalServerError, "boom")
		return
	}
	if fault == Timeout {
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
		return
	}
	if s.Latency > 0 {
		select {
		case <-r.Context().Done():
			return
		case <-time.After(s.Latency):
		}
	}
	var req struct {
		Model    string `json:"model"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
	}
	_ = json.Unmarshal(body, &req)
	var prompt struct {
		Items []struct{ ID, Type, Text string } `json:"items"`
	}
	for _, m := range req.Messages {
		if m.Role == "user" {
			_ = json.Unmarshal([]byte(m.Content), &prompt)
		}
	}
	var items []map[string]any
	for i, it := range prompt.Items {
		if fault == MissingItem && i == len(prompt.Items)-1 && len(prompt.Items) > 1 {
			continue
		}
		ins, _ := s.local.Insights(context.Background(), []ai.Item{{ID: it.ID, Type: it.Type, Text: it.Text}})
		cat := ins[0].Category
		if strings.HasPrefix(cat, "reported:") {
			cat = "other"
		}
		sev := ins[0].SeverityEstimate
		if sev == "" {
			sev = "unknown"
		}
		hz := ins[0].Hazards
		if hz == nil {
			hz = []string{}
		}
		if fault == SchemaInvalid {
			cat = "not-a-category"
		}
		items = append(items, map[string]any{"id": it.ID, "category": cat, "severity": sev, "hazards": hz, "summary": "Summary of " + it.Type + "."})
	}
	content, _ := json.Marshal(map[string]any{"items": items})
	if fault == Truncated {
		content = content[:len(content)/2]
	}
	reply(http.StatusOK, map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": time.Now().Unix(), "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": string(content)}}},
		"usage":   map[string]any{"prompt_tokens": len(body) / 4, "completion_tokens": len(content) / 4, "total_tokens": (len(body) + len(content)) / 4},
	})
}

// check returns a violation, or "".
func (s *Server) check(r *http.Request, body []byte) string {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return "body is not JSON"
	}
	if s.RequireStoreFalse && string(m["store"]) != "false" {
		return `"store": false is missing`
	}
	for _, f := range []string{"metadata", "user"} {
		if _, ok := m[f]; ok {
			return "forbidden field " + f
		}
	}
	if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
		return "no bearer token"
	}
	for _, c := range s.Canaries {
		if strings.Contains(strings.ToLower(string(body)), strings.ToLower(c)) {
			return "a canary value arrived"
		}
	}
	return ""
}
