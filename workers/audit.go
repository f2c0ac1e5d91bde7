package workers

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/store"
)

// AICallColumns are the columns of the ai_calls table.
var AICallColumns = []string{"tenant_id", "called_at", "environment", "provider", "host", "region", "model", "policy_version",
	"prompt_version", "item_count", "prompt_tokens", "completion_tokens", "latency_ms", "outcome", "http_status", "request_id", "payload_sha256"}

// AuditWriter writes ai.CallRecords to the ai_calls table. Record may be
// called before the store is attached (SetStore); such records wait and
// are written once it is. Safe for concurrent use.
type AuditWriter struct {
	mu      sync.Mutex
	st      *store.Store
	env     string
	log     *slog.Logger
	pending [][]any
}

// NewAuditWriter returns a writer for the environment.
func NewAuditWriter(env string, log *slog.Logger) *AuditWriter {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &AuditWriter{env: env, log: log}
}

// SetStore attaches the store and writes what waited.
func (a *AuditWriter) SetStore(st *store.Store) {
	a.mu.Lock()
	a.st = st
	a.mu.Unlock()
	a.flush()
}

// Record stores one call. The write is synchronous: one row per HTTP call
// is a small load, and an audit row must not be lost to a crash.
func (a *AuditWriter) Record(r ai.CallRecord) {
	row := []any{r.Tenant, r.At, a.env, r.Provider, r.Host, r.Region, r.Model, r.PolicyVersion, r.PromptVersion,
		uint16(min(r.Items, 65535)), uint32(r.PromptTokens), uint32(r.CompletionTokens), uint32(r.Latency / time.Millisecond), // #nosec G115 -- item counts, tokens and latencies are bounded by min() or fit by construction
		r.Outcome, uint16(r.HTTPStatus), r.RequestID, r.PayloadSHA256} // #nosec G115 -- item counts, tokens and latencies are bounded by min() or fit by construction
	a.mu.Lock()
	a.pending = append(a.pending, row)
	a.mu.Unlock()
	a.flush()
}

func (a *AuditWriter) flush() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.st == nil || len(a.pending) == 0 {
		return
	}
	if err := a.st.Insert(context.Background(), "ai_calls", AICallColumns, a.pending); err != nil {
		a.log.Error("ai_calls insert failed; will retry with the next record", "rows", len(a.pending), "error", err)
		return
	}
	a.pending = nil
}
