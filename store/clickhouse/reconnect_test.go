package clickhouse_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/veilig/veilig/store"
)

// proxy forwards loopback TCP connections to a server and can cut them all,
// as a server restart or a network fault would.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	go p.serve()
	t.Cleanup(func() { ln.Close(); p.cut() })
	return p
}

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, s)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(s, c); s.Close() }()
		go func() { _, _ = io.Copy(c, s); c.Close() }()
	}
}

func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func TestServerReconnectsAfterConnectionLoss(t *testing.T) {
	base := serverURL(t)
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	p := newProxy(t, u.Host)
	s, err := store.Open(ctx, "clickhouse://"+p.ln.Addr().String(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	table := fmt.Sprintf("reconnect_%d", time.Now().UnixNano())
	if err := s.Exec(ctx, "CREATE TABLE "+table+" (id UInt32, v String) ENGINE = MergeTree() ORDER BY id"); err != nil {
		t.Fatal(err)
	}
	defer s.Exec(ctx, "DROP TABLE IF EXISTS "+table)
	batch := func(from int) [][]any {
		rows := make([][]any, 1000)
		for i := range rows {
			rows[i] = []any{uint32(from + i), "x"}
		}
		return rows
	}
	if err := s.Insert(ctx, table, []string{"id", "v"}, batch(0)); err != nil {
		t.Fatal(err)
	}
	p.cut() // every pooled connection dies
	// the next calls may fail once, retryable; the store must then reconnect
	var lastErr error
	ok := false
	for attempt := 0; attempt < 5 && !ok; attempt++ {
		lastErr = s.Insert(ctx, table, []string{"id", "v"}, batch(1000))
		if lastErr == nil {
			ok = true
			break
		}
		if !errors.Is(lastErr, store.ErrUnavailable) {
			t.Fatalf("a cut connection gave a permanent error: %v", lastErr)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !ok {
		t.Fatalf("no reconnect after 5 attempts: %v", lastErr)
	}
	res, err := s.Query(ctx, "SELECT count() FROM "+table)
	if err != nil {
		t.Fatal(err)
	}
	if n := store.AsInt(res.Rows[0][0]); n != 2000 {
		t.Fatalf("rows after reconnect: %d, want 2000", n)
	}
}
