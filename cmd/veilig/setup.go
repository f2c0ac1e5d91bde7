package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/veilig/veilig/store"
	_ "github.com/veilig/veilig/store/chdb"
	_ "github.com/veilig/veilig/store/clickhouse"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/tenants"
)

// dataFlag is the --data flag shared by the commands that use a data folder.
type dataFlag struct {
	Data string `name:"data" env:"VEILIG_DATA" placeholder:"DIR" help:"Data folder for the embedded NATS server and ClickHouse engine (default: a per-user folder, ~/.local/share/veilig)."`
}

// dir resolves the data folder and creates it.
func (d dataFlag) dir() (string, error) {
	dir := d.Data
	if dir == "" {
		base := os.Getenv("XDG_DATA_HOME")
		if base == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", usagef("no home folder to keep data in: pass --data DIR")
			}
			base = filepath.Join(home, ".local", "share")
		}
		dir = filepath.Join(base, "veilig")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(abs, 0o700); err != nil { // #nosec G703 -- the path is the operator's own configuration (data folder, library path)
		return "", fmt.Errorf("cannot create data folder %s: %w", abs, err)
	}
	return abs, nil
}

// masterKey reads the master key from VEILIG_MASTER_KEY or
// VEILIG_MASTER_KEY_FILE; with neither, a development key is generated
// once in the data folder (when dataDir is not "").
func masterKey(dataDir string) (*tenants.MasterKey, error) {
	if v := os.Getenv("VEILIG_MASTER_KEY"); v != "" {
		k, err := tenants.ParseMasterKey(v)
		if err != nil {
			return nil, fmt.Errorf("VEILIG_MASTER_KEY: %w", err)
		}
		return k, nil
	}
	if f := os.Getenv("VEILIG_MASTER_KEY_FILE"); f != "" {
		return tenants.LoadMasterKeyFile(f)
	}
	if dataDir == "" {
		return nil, usagef("no master key: set VEILIG_MASTER_KEY (64 hex digits) or VEILIG_MASTER_KEY_FILE")
	}
	return tenants.GenerateMasterKeyFile(filepath.Join(dataDir, "master.key"))
}

// openStore opens and migrates a store.
func openStore(ctx context.Context, url string, log *slog.Logger) (*store.Store, error) {
	st, err := store.Open(ctx, url, store.Options{
		Password: os.Getenv("VEILIG_STORE_PASSWORD"),
		Logf:     func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) },
	})
	if err != nil {
		if errors.Is(err, store.ErrInvalidURL) || errors.Is(err, store.ErrUnknownScheme) {
			return nil, usageError{err.Error()}
		}
		return nil, err
	}
	applied, err := st.Migrate(ctx)
	if err != nil {
		_ = st.Close()
		return nil, err
	}
	if len(applied) > 0 {
		log.Info("store migrated", "applied", applied)
	}
	return st, nil
}

// broker connects to NATS, ensures the streams and opens the tenant registry.
func broker(ctx context.Context, url string, mk *tenants.MasterKey, replicas int) (*streams.Conn, *tenants.Registry, error) {
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	conn, err := streams.Connect(cctx, url, streams.Options{
		EncryptionKey: streams.StoreKey(mk.Bytes()),
		CredsFile:     os.Getenv("VEILIG_NATS_CREDS"),
		Token:         os.Getenv("VEILIG_NATS_TOKEN"),
		CAFile:        os.Getenv("VEILIG_NATS_CA"),
	})
	if err != nil {
		if errors.Is(err, streams.ErrInvalidURL) {
			return nil, nil, usageError{err.Error()}
		}
		return nil, nil, err
	}
	if err := streams.Ensure(cctx, conn.JS, streams.Config{Replicas: replicas}); err != nil {
		conn.Close()
		return nil, nil, err
	}
	reg, err := tenants.Open(cctx, conn.JS, mk, replicas)
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	return conn, reg, nil
}

// brokerFor is broker with the master key that masterKey finds for
// dataDir, for the commands that need nothing else of the key.
func brokerFor(ctx context.Context, natsURL, dataDir string) (*streams.Conn, *tenants.Registry, error) {
	mk, err := masterKey(dataDir)
	if err != nil {
		return nil, nil, err
	}
	return broker(ctx, natsURL, mk, 1)
}

func isUnknownTenant(err error) bool { return errors.Is(err, tenants.ErrUnknownTenant) }

// productionRules refuses to start in the production (and acceptance)
// profile when any named condition holds, naming every broken rule.
func productionRules(profile string, broken map[string]bool) error {
	if profile != "production" && profile != "acceptance" {
		return nil
	}
	var why []string
	for rule, bad := range broken {
		if bad {
			why = append(why, rule)
		}
	}
	if len(why) == 0 {
		return nil
	}
	sort.Strings(why)
	return usagef("the %s profile refuses %s", profile, strings.Join(why, "; "))
}

// storeFlags name the store alone: a data folder's embedded one, or a server.
type storeFlags struct {
	dataFlag
	Store string `name:"store" env:"VEILIG_STORE" placeholder:"URL" help:"Store URL (default: the embedded store of --data)."`
}

// open opens and migrates the store; the caller closes it.
func (f storeFlags) open(e *env) (*store.Store, error) {
	url := f.Store
	if url == "" {
		dir, err := f.dir()
		if err != nil {
			return nil, err
		}
		url = "chdb:" + filepath.Join(dir, "clickhouse")
	}
	return openStore(e.ctx, url, e.log)
}
