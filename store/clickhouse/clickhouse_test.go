package clickhouse_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/veilig/veilig/store"
	_ "github.com/veilig/veilig/store/clickhouse"
	"github.com/veilig/veilig/store/storetest"
)

// serverURL names the ClickHouse server the suite runs against. .ci/run
// installs Debian's clickhouse-server, starts it and sets it; plain
// `go test ./...` has no server and runs only the tests below that need none.
func serverURL(t *testing.T) string {
	u := os.Getenv("VEILIG_TEST_CLICKHOUSE_URL")
	if u == "" {
		t.Skip("VEILIG_TEST_CLICKHOUSE_URL is not set: the server suite runs in .ci/run")
	}
	return u
}

func TestConformance(t *testing.T) {
	base := serverURL(t)
	storetest.Run(t, func(t *testing.T) *store.Store {
		ctx := context.Background()
		admin, err := store.Open(ctx, base, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		db := fmt.Sprintf("veilig_test_%d", time.Now().UnixNano())
		if err := admin.Exec(ctx, "CREATE DATABASE "+db); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { admin.Exec(ctx, "DROP DATABASE IF EXISTS "+db); admin.Close() })
		s, err := store.Open(ctx, base+"?database="+db, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestServerDownIsRetryable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// Port 1 on loopback has no listener.
	_, err := store.Open(ctx, "clickhouse://127.0.0.1:1?dial_timeout=1s", store.Options{})
	if !errors.Is(err, store.ErrUnavailable) {
		t.Fatalf("server down: %v, want ErrUnavailable", err)
	}
}

func TestURLValidation(t *testing.T) {
	ctx := context.Background()
	for _, u := range []string{
		"clickhouse://127.0.0.1:9000?passwd=x",
		"clickhouse://127.0.0.1:9000?secure=maybe",
		"clickhouse://user:secret@127.0.0.1:9000",
		"clickhouse://?database=x",
	} {
		if _, err := store.Open(ctx, u, store.Options{}); !errors.Is(err, store.ErrInvalidURL) {
			t.Errorf("Open(%q) = %v, want ErrInvalidURL", u, err)
		}
	}
}
