package ai

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/veilig/veilig/anonymize"
)

// ErrUnsafeRequest is returned when the HTTP layer refuses to send a
// request: the wrong host, plain http, or text the verifier flags.
var ErrUnsafeRequest = errors.New("ai: request refused before sending")

// callInfo is filled by the transport for the call in a context.
type callInfo struct {
	status     int
	retryAfter time.Duration
	requestID  string
	bodyHash   [32]byte
	remaining  int // x-ratelimit-remaining-requests, -1 if absent
	resetIn    time.Duration
	remTokens  int // x-ratelimit-remaining-tokens, -1 if absent
	resetTok   time.Duration
}

type callInfoKey struct{}

func withCallInfo(ctx context.Context) (context.Context, *callInfo) {
	ci := &callInfo{remaining: -1, remTokens: -1}
	return context.WithValue(ctx, callInfoKey{}, ci), ci
}

// transport is the HTTP layer under go-openai (its ClientConfig.HTTPClient).
// It enforces the registry entry on every request: the host must match,
// the body is rewritten per provider ("store": false made explicit, fields
// the provider stores or rejects removed, OpenRouter's provider object
// added), and a last check refuses any request whose message text the
// anonymiser's verifier flags. Bodies are never logged.
type transport struct {
	entry    Entry
	host     string
	client   *http.Client
	verifier *anonymize.Verifier
}

func (t *transport) Do(req *http.Request) (*http.Response, error) {
	if !strings.EqualFold(req.URL.Hostname(), t.host) {
		return nil, fmt.Errorf("%w: host %s is not the registered %s", ErrUnsafeRequest, req.URL.Hostname(), t.host)
	}
	if req.URL.Scheme != "https" && t.entry.Class != ClassLoopback {
		return nil, fmt.Errorf("%w: plain http to %s", ErrUnsafeRequest, t.host)
	}
	if req.Body != nil {
		raw, err := io.ReadAll(req.Body)
		_ = req.Body.Close()
		if err != nil {
			return nil, err
		}
		body, err := t.rewrite(raw)
		if err != nil {
			return nil, err
		}
		if ci, ok := req.Context().Value(callInfoKey{}).(*callInfo); ok {
			ci.bodyHash = sha256.Sum256(body)
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	}
	resp, err := t.client.Do(req) // #nosec G704 -- the host was checked against the EEA registry entry just above
	if err != nil {
		return nil, err
	}
	if ci, ok := req.Context().Value(callInfoKey{}).(*callInfo); ok {
		ci.status = resp.StatusCode
		ci.requestID = firstHeader(resp.Header, "x-request-id", "request-id", "apim-request-id")
		ci.retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"))
		if v := resp.Header.Get("x-ratelimit-remaining-requests"); v != "" {
			ci.remaining, _ = strconv.Atoi(v)
		}
		if v := resp.Header.Get("x-ratelimit-reset-requests"); v != "" {
			ci.resetIn, _ = time.ParseDuration(v)
		}
		if v := resp.Header.Get("x-ratelimit-remaining-tokens"); v != "" {
			ci.remTokens, _ = strconv.Atoi(v)
		}
		if v := resp.Header.Get("x-ratelimit-reset-tokens"); v != "" {
			ci.resetTok, _ = time.ParseDuration(v)
		}
	}
	return resp, nil
}

// rewrite applies the entry's body rules and the verifier's last check.
func (t *transport) rewrite(raw []byte) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%w: body is not a JSON object", ErrUnsafeRequest)
	}
	for _, f := range t.entry.StripFields {
		delete(m, f)
	}
	if t.entry.SendStoreFalse {
		m["store"] = json.RawMessage("false")
	}
	if len(t.entry.Provider) > 0 {
		m["provider"] = t.entry.Provider
	}
	var msgs []struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(m["messages"], &msgs); err != nil {
		return nil, fmt.Errorf("%w: no messages", ErrUnsafeRequest)
	}
	for i, msg := range msgs {
		// an items prompt is checked text by text, as the anonymiser
		// verified each; any other message as a whole
		texts := []string{msg.Content}
		var p struct {
			Items []struct {
				Text string `json:"text"`
			} `json:"items"`
		}
		if json.Unmarshal([]byte(msg.Content), &p) == nil && len(p.Items) > 0 {
			texts = texts[:0]
			for _, it := range p.Items {
				texts = append(texts, it.Text)
			}
		}
		for j, text := range texts {
			if fs := t.verifier.Check(fmt.Sprintf("messages[%d].items[%d]", i, j), text, nil); len(fs) > 0 {
				return nil, fmt.Errorf("%w: %v", ErrUnsafeRequest, &anonymize.UnverifiedError{Findings: fs})
			}
		}
	}
	return json.Marshal(m)
}

func firstHeader(h http.Header, names ...string) string {
	for _, n := range names {
		if v := h.Get(n); v != "" {
			return v
		}
	}
	return ""
}

// parseRetryAfter reads seconds or an HTTP date.
func parseRetryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}
