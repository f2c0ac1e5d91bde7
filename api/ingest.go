package api

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/tenants"
)

// Ingest accepts events from producers that are not written in Go:
// POST /v1/events with a producer token, one event or a JSON Lines batch.
// Each event is validated and published with its id as Nats-Msg-Id; the
// answer lists each event's outcome in order. A token may publish only for
// its own tenant.
type Ingest struct {
	Publisher *streams.Publisher
	Tokens    TokenChecker
	// MaxBody bounds a request (default 8 MiB); RatePerToken bounds events
	// per second per token (default 500, burst 1000).
	MaxBody      int64
	RatePerToken float64

	mu       sync.Mutex
	limiters map[string]*rate.Limiter
}

// Answer is one event's outcome.
type Answer struct {
	Line    int    `json:"line"`
	ID      string `json:"id,omitempty"`
	Status  string `json:"status"` // accepted, duplicate, refused, failed
	Code    string `json:"code,omitempty"`
	Message string `json:"error,omitempty"`
}

func (in *Ingest) limiter(tokenID string) *rate.Limiter {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.limiters == nil {
		in.limiters = map[string]*rate.Limiter{}
	}
	l, ok := in.limiters[tokenID]
	if !ok {
		r := in.RatePerToken
		if r == 0 {
			r = 500
		}
		l = rate.NewLimiter(rate.Limit(r), int(2*r))
		in.limiters[tokenID] = l
	}
	return l
}

func (in *Ingest) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	info, err := in.Tokens.Check(r.Context(), bearer(r), tenants.RoleProducer)
	if err != nil {
		unauthorized(w, "a producer token is required")
		return
	}
	max := in.MaxBody
	if max == 0 {
		max = 8 << 20
	}
	r.Body = http.MaxBytesReader(w, r.Body, max)
	br := bufio.NewReaderSize(r.Body, 64<<10)
	var answers []Answer
	var mu sync.Mutex
	var wg sync.WaitGroup
	lim := in.limiter(info.ID)
	pub := streams.PublisherFor(in.Publisher, info.Tenant)
	for n := 1; ; n++ {
		line, rerr := schemas.ReadLine(br, schemas.MaxEventBytes+1)
		if len(strings.TrimSpace(string(line))) > 0 {
			if !lim.Allow() {
				w.Header().Set("Retry-After", "1")
				mu.Lock()
				answers = append(answers, Answer{Line: n, Status: "refused", Code: "rate_limited", Message: "too many events for this token; retry after a second"})
				mu.Unlock()
			} else {
				mu.Lock()
				i := len(answers)
				answers = append(answers, Answer{Line: n})
				mu.Unlock()
				wg.Add(1)
				err := pub.Publish(r.Context(), line, func(o streams.Outcome) {
					defer wg.Done()
					mu.Lock()
					defer mu.Unlock()
					a := &answers[i]
					a.ID = o.EventID
					switch {
					case o.Err != nil:
						a.Status, a.Code, a.Message = "failed", "unavailable", "the broker did not store the event; retry"
					case o.Duplicate:
						a.Status = "duplicate"
					default:
						a.Status = "accepted"
					}
				})
				if err != nil {
					wg.Done()
					mu.Lock()
					var se *schemas.Error
					if errors.As(err, &se) {
						answers[i].Status, answers[i].Code, answers[i].Message = "refused", string(se.Code), se.Error()
					} else {
						answers[i].Status, answers[i].Code, answers[i].Message = "failed", "unavailable", "the broker pushed back; retry"
					}
					mu.Unlock()
				}
			}
		}
		if rerr != nil {
			var mbe *http.MaxBytesError
			if errors.As(rerr, &mbe) {
				http.Error(w, "request body over the limit", http.StatusRequestEntityTooLarge)
				return
			}
			break
		}
	}
	waitCtx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-waitCtx.Done():
	}
	mu.Lock()
	defer mu.Unlock()
	status := http.StatusOK
	for _, a := range answers {
		switch {
		case a.Code == "rate_limited":
			status = http.StatusTooManyRequests
		case a.Status == "failed" || a.Status == "":
			status = http.StatusServiceUnavailable
			w.Header().Set("Retry-After", "2")
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"tenant": info.Tenant, "results": answers})
}
