// Package storetest is the conformance suite every store backend passes.
// A backend's test calls Run with a function that opens a fresh, empty store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veilig/veilig/store"
)

// Run runs the suite. open must return a store on an empty database; Run
// closes it.
func Run(t *testing.T, open func(t *testing.T) *store.Store) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()

	t.Run("MigrateIsIdempotent", func(t *testing.T) {
		first, err := s.Migrate(ctx)
		if err != nil {
			t.Fatalf("migrate: %v", err)
		}
		if len(first) == 0 {
			t.Fatal("first migrate applied nothing on an empty database")
		}
		again, err := s.Migrate(ctx)
		if err != nil {
			t.Fatalf("second migrate: %v", err)
		}
		if len(again) != 0 {
			t.Fatalf("second migrate applied %v again", again)
		}
	})

	tenantA := "0a000000-0000-4000-8000-00000000000a"
	tenantB := "0b000000-0000-4000-8000-00000000000b"
	at := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	mkRows := func(tenant string, n int, text string) [][]any {
		rows := make([][]any, n)
		for i := range rows {
			rows[i] = store.EventRow{
				TenantID: tenant, EventID: fmt.Sprintf("%s%04d", tenant[:32], i), Type: "incident.reported",
				OccurredAt: at, ReceivedAt: at, Environment: "test", SchemaVersion: 1, AnonymizerVersion: "t",
				Site: "site-1", Severity: "minor", Category: "fall", Text: text, Data: `{"k":"v"}`,
			}.Values()
		}
		return rows
	}
	count := func(t *testing.T, q string) int64 {
		t.Helper()
		res, err := s.Query(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if len(res.Rows) != 1 {
			t.Fatalf("%s: %d rows", q, len(res.Rows))
		}
		return store.AsInt(res.Rows[0][0])
	}

	t.Run("InsertIsIdempotentPerEventID", func(t *testing.T) {
		rows := mkRows(tenantA, 500, "first")
		if err := s.Insert(ctx, "events", store.EventColumns, rows); err != nil {
			t.Fatalf("insert: %v", err)
		}
		if err := s.Insert(ctx, "events", store.EventColumns, mkRows(tenantA, 500, "second")); err != nil {
			t.Fatalf("re-insert: %v", err)
		}
		if got := count(t, "SELECT count() FROM events FINAL WHERE tenant_id = '"+tenantA+"'"); got != 500 {
			t.Fatalf("after writing 500 events twice: %d rows, want 500", got)
		}
	})

	t.Run("TenantsStaySeparate", func(t *testing.T) {
		if err := s.Insert(ctx, "events", store.EventColumns, mkRows(tenantB, 7, "b")); err != nil {
			t.Fatal(err)
		}
		if got := count(t, "SELECT count() FROM events FINAL WHERE tenant_id = '"+tenantB+"'"); got != 7 {
			t.Fatalf("tenant B: %d rows, want 7", got)
		}
		if got := count(t, "SELECT count() FROM events FINAL WHERE tenant_id = '"+tenantA+"'"); got != 500 {
			t.Fatalf("tenant A: %d rows, want 500", got)
		}
	})

	t.Run("ValuesRoundTrip", func(t *testing.T) {
		text := "quote ' dq \" backslash \\ newline \n tab \t é ß ç 中 🙂"
		row := store.InsightRow{
			TenantID: tenantB, EventID: "0b000000-0000-4000-8000-0000000000ff", Type: "toolbox.held",
			OccurredAt: at, Environment: "test", Provider: "local", Model: "m", PromptVersion: "p1", Local: true,
			Category: "fall", SeverityEstimate: "major", Hazards: []string{"ladder", "höhe"}, Summary: text, CreatedAt: at,
		}
		if err := s.Insert(ctx, "insights", store.InsightColumns, [][]any{row.Values()}); err != nil {
			t.Fatal(err)
		}
		res, err := s.Query(ctx, "SELECT summary, hazards, is_local, occurred_at FROM insights FINAL WHERE event_id = '"+row.EventID+"'")
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != 1 {
			t.Fatalf("got %d rows", len(res.Rows))
		}
		if strings.Join(res.Columns, ",") != "summary,hazards,is_local,occurred_at" {
			t.Fatalf("columns %v", res.Columns)
		}
		r := res.Rows[0]
		if r[0] != text {
			t.Fatalf("summary round trip: %q", r[0])
		}
		hz, _ := r[1].([]any)
		if len(hz) != 2 || hz[0] != "ladder" || hz[1] != "höhe" {
			t.Fatalf("hazards round trip: %#v", r[1])
		}
		if store.AsInt(r[2]) != 1 {
			t.Fatalf("is_local: %#v", r[2])
		}
		if ts, _ := r[3].(string); !strings.HasPrefix(ts, "2026-03-04 05:06:07") {
			t.Fatalf("occurred_at: %#v", r[3])
		}
	})

	t.Run("ConcurrentInserts", func(t *testing.T) {
		tenant := "0c000000-0000-4000-8000-00000000000c"
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rows := mkRows(tenant, 250, "c")
				for i := range rows {
					rows[i][1] = fmt.Sprintf("0c000000-0000-4000-8000-%012d", g*1000+i)
				}
				errs <- s.Insert(ctx, "events", store.EventColumns, rows)
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if got := count(t, "SELECT count() FROM events FINAL WHERE tenant_id = '"+tenant+"'"); got != 1000 {
			t.Fatalf("%d rows, want 1000", got)
		}
	})

	t.Run("BadInputIsAClearPermanentError", func(t *testing.T) {
		_, err := s.Query(ctx, "SELEKT nonsense")
		if err == nil || errors.Is(err, store.ErrUnavailable) {
			t.Fatalf("bad SQL: %v, want a permanent error", err)
		}
		if err := s.Insert(ctx, "events", []string{"tenant_id"}, [][]any{{"a", "b"}}); err == nil {
			t.Fatal("a row with more values than columns was accepted")
		}
		if err := s.Insert(ctx, "events; DROP TABLE events", []string{"x"}, [][]any{{1}}); err == nil {
			t.Fatal("an injected table name was accepted")
		}
		if err := s.Insert(ctx, "no_such_table", []string{"x"}, [][]any{{1}}); err == nil {
			t.Fatal("insert into a missing table succeeded")
		}
		if err := s.Insert(ctx, "events", nil, nil); err != nil {
			t.Fatalf("empty insert: %v", err)
		}
	})

	t.Run("ClosedStoreRefuses", func(t *testing.T) {
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("second close: %v", err)
		}
		if _, err := s.Query(ctx, "SELECT 1"); !errors.Is(err, store.ErrClosed) {
			t.Fatalf("query after close: %v, want ErrClosed", err)
		}
		if err := s.Insert(ctx, "events", store.EventColumns, mkRows(tenantA, 1, "x")); !errors.Is(err, store.ErrClosed) {
			t.Fatalf("insert after close: %v, want ErrClosed", err)
		}
	})
}
