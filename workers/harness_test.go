package workers_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	_ "github.com/veilig/veilig/store/chdb"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/tenants"
	"github.com/veilig/veilig/workers"
)

// The embedded ClickHouse engine allows one store per process: the tests
// of this package share it and keep apart by tenant.
var sharedStore *store.Store

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "veilig-workers-*")
	if err != nil {
		panic(err)
	}
	sharedStore, err = store.Open(context.Background(), "chdb:"+dir, store.Options{Logf: func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }})
	if err != nil {
		fmt.Fprintln(os.Stderr, "embedded store:", err)
		os.Exit(1)
	}
	if _, err := sharedStore.Migrate(context.Background()); err != nil {
		panic(err)
	}
	code := m.Run()
	sharedStore.Close()
	os.RemoveAll(dir)
	os.Exit(code)
}

// harness is one embedded NATS server with veilig's streams, a tenant
// registry and a pipeline over the shared store.
type harness struct {
	t       testing.TB
	conn    *streams.Conn
	tenants *tenants.Registry
	pipe    *workers.Pipeline
	reg     *schemas.Registry
	metrics *workers.Metrics
	st      *store.Store
	cancel  context.CancelFunc
	done    chan struct{}
}

type harnessOpt func(*workers.Config, *ai.Provider, **store.Store)

func newHarness(t testing.TB, opts ...harnessOpt) *harness {
	t.Helper()
	ctx := context.Background()
	mk, err := tenants.ParseMasterKey("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := streams.Connect(ctx, "embedded:"+t.TempDir(), streams.Options{EncryptionKey: streams.StoreKey(mk.Bytes())})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(conn.Close)
	if err := streams.Ensure(ctx, conn.JS, streams.Config{}); err != nil {
		t.Fatal(err)
	}
	treg, err := tenants.Open(ctx, conn.JS, mk, 1)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, conn: conn, tenants: treg, reg: schemas.MustLoad(), st: sharedStore}
	h.metrics = workers.NewMetrics(prometheus.NewRegistry())
	cfg := workers.Config{Environment: "test", Metrics: h.metrics, IsUnknownTenant: func(err error) bool { return errors.Is(err, tenants.ErrUnknownTenant) }, FetchWait: 50 * time.Millisecond}
	var provider ai.Provider = ai.NewLocal()
	for _, o := range opts {
		o(&cfg, &provider, &h.st)
	}
	h.pipe, err = workers.New(conn.JS, h.st, h.reg, treg, provider, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func (h *harness) start() {
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.done = make(chan struct{})
	go func() {
		defer close(h.done)
		if err := h.pipe.Run(ctx); err != nil {
			h.t.Error(err)
		}
	}()
	h.t.Cleanup(h.stop)
}

func (h *harness) stop() {
	if h.cancel != nil {
		h.cancel()
		<-h.done
		h.cancel = nil
	}
}

// waitDrained waits until both stages have nothing pending.
func (h *harness) waitDrained(timeout time.Duration) {
	h.t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if ok, err := h.pipe.Drained(context.Background()); err == nil && ok {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	h.t.Fatalf("pipeline did not drain within %s", timeout)
}

// provisionAndPublish provisions a tenant and publishes n synthetic events
// for it (seeded) through the validating publisher; it returns the
// generator so a test can make the same events again.
func (h *harness) provisionAndPublish(tenant string, seed uint64, n int) *synth.Generator {
	h.t.Helper()
	ctx := context.Background()
	if _, err := h.tenants.Ensure(ctx, tenant, "t"); err != nil {
		h.t.Fatal(err)
	}
	gen := synth.New(seed, []synth.Tenant{{ID: tenant}})
	pub := streams.NewPublisher(h.conn.JS, h.reg, streams.PublisherOptions{})
	for i := range n {
		if err := pub.Publish(ctx, gen.Event(i), nil); err != nil {
			h.t.Fatal(err)
		}
	}
	pub.Close()
	return gen
}

// publishRaw puts bytes straight on a raw subject, bypassing the
// publisher's checks, as a misbehaving producer would.
func (h *harness) publishRaw(subject string, data []byte) {
	h.t.Helper()
	if _, err := h.conn.JS.Publish(context.Background(), subject, data); err != nil {
		h.t.Fatal(err)
	}
}

// count runs a count query.
func (h *harness) count(q string) int64 {
	h.t.Helper()
	res, err := h.st.Query(context.Background(), q)
	if err != nil {
		h.t.Fatalf("%s: %v", q, err)
	}
	return store.AsInt(res.Rows[0][0])
}

// streamCount is the number of messages on subjects matching filter.
func (h *harness) streamCount(stream, filter string) uint64 {
	h.t.Helper()
	s, err := h.conn.JS.Stream(context.Background(), stream)
	if err != nil {
		h.t.Fatal(err)
	}
	info, err := s.Info(context.Background(), jetstream.WithSubjectFilter(filter))
	if err != nil {
		h.t.Fatal(err)
	}
	var n uint64
	for _, c := range info.State.Subjects {
		n += c
	}
	return n
}
