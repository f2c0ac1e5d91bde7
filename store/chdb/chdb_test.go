package chdb_test

import (
	"context"
	"errors"
	"testing"

	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/store/chdb"
	"github.com/veilig/veilig/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.Store {
		s, err := store.Open(context.Background(), "chdb:"+t.TempDir(), store.Options{Logf: t.Logf})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestURLErrors(t *testing.T) {
	ctx := context.Background()
	for _, u := range []string{"chdb:", "chdb:/tmp/x?bogus=1"} {
		if _, err := store.Open(ctx, u, store.Options{}); !errors.Is(err, store.ErrInvalidURL) {
			t.Errorf("Open(%q) = %v, want ErrInvalidURL", u, err)
		}
	}
	if _, err := store.Open(ctx, "nosuch://x", store.Options{}); !errors.Is(err, store.ErrUnknownScheme) {
		t.Errorf("unknown scheme: %v", err)
	}
}

func TestOneOpenStorePerProcess(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, "chdb:"+t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := store.Open(ctx, "chdb:"+t.TempDir(), store.Options{}); !errors.Is(err, chdb.ErrBusy) {
		t.Fatalf("second open: %v, want ErrBusy", err)
	}
}

func TestMissingLibraryIsAnError(t *testing.T) {
	t.Setenv("CHDB_LIB_PATH", t.TempDir()+"/missing.so")
	if _, err := chdb.LibraryPath(context.Background(), nil); !errors.Is(err, chdb.ErrLibrary) {
		t.Fatalf("got %v, want ErrLibrary", err)
	}
}
