package workers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/store"
	_ "github.com/veilig/veilig/store/clickhouse"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/workers"
)

// TestPipelineOnClickHouseServer runs the same pipeline against a ClickHouse
// server over the native protocol. .ci/run starts Debian's server and sets
// VEILIG_TEST_CLICKHOUSE_URL; without it there is no server to talk to.
func TestPipelineOnClickHouseServer(t *testing.T) {
	base := os.Getenv("VEILIG_TEST_CLICKHOUSE_URL")
	if base == "" {
		t.Skip("VEILIG_TEST_CLICKHOUSE_URL is not set: this suite runs in .ci/run against a real server")
	}
	ctx := context.Background()
	admin, err := store.Open(ctx, base, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	db := fmt.Sprintf("veilig_pipe_%d", time.Now().UnixNano())
	if err := admin.Exec(ctx, "CREATE DATABASE "+db); err != nil {
		t.Fatal(err)
	}
	defer admin.Exec(ctx, "DROP DATABASE IF EXISTS "+db)
	st, err := store.Open(ctx, base+"?database="+db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, func(_ *workers.Config, _ *ai.Provider, s **store.Store) { *s = st })
	tenant := "5e000000-0000-4000-8000-000000000001"
	if _, err := h.tenants.Ensure(ctx, tenant, "t"); err != nil {
		t.Fatal(err)
	}
	gen := synth.New(21, []synth.Tenant{{ID: tenant}})
	typeOf := func(raw []byte) string {
		var head struct{ Type string }
		_ = json.Unmarshal(raw, &head)
		return head.Type
	}
	pub := streams.NewPublisher(h.conn.JS, h.reg, streams.PublisherOptions{})
	for i := range 500 {
		if err := pub.Publish(ctx, gen.Event(i), nil); err != nil {
			t.Fatal(err)
		}
	}
	pub.Close()
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()
	// and once more: redelivered events must not add rows
	for i := range 100 {
		raw := gen.Event(i)
		h.publishRaw(streams.RawSubject(tenant, typeOf(raw)), raw)
	}
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()
	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 500 {
		t.Fatalf("server store holds %d events, want 500", got)
	}
	if got := h.count("SELECT count() FROM insights FINAL WHERE tenant_id = '" + tenant + "'"); got != 500 {
		t.Fatalf("server store holds %d insights, want 500", got)
	}
}
