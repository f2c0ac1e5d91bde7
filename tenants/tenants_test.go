package tenants_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/tenants"
)

const hexKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

func TestMasterKeyWrapsAndRedacts(t *testing.T) {
	mk, err := tenants.ParseMasterKey(hexKey)
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := mk.Wrap([]byte("tenant key"), []byte("t1/1"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := mk.Unwrap(sealed, []byte("t1/1")); err != nil || string(got) != "tenant key" {
		t.Fatalf("unwrap: %q %v", got, err)
	}
	if _, err := mk.Unwrap(sealed, []byte("t2/1")); !errors.Is(err, tenants.ErrUnwrap) {
		t.Errorf("a key moved to another tenant unwrapped: %v", err)
	}
	other, _ := tenants.ParseMasterKey(strings.Repeat("ab", 32))
	if _, err := other.Unwrap(sealed, []byte("t1/1")); !errors.Is(err, tenants.ErrUnwrap) {
		t.Errorf("wrong master key unwrapped: %v", err)
	}
	var logs bytes.Buffer
	slog.New(slog.NewTextHandler(&logs, nil)).Info("key", "master", mk)
	if strings.Contains(logs.String(), "0102") || strings.Contains(fmt.Sprint(mk), "0102") {
		t.Errorf("master key shown: %s / %v", logs.String(), mk)
	}
	for _, bad := range []string{"", "abc", strings.Repeat("0", 62)} {
		if _, err := tenants.ParseMasterKey(bad); !errors.Is(err, tenants.ErrBadMasterKey) {
			t.Errorf("ParseMasterKey(%q) = %v", bad, err)
		}
	}
}

func TestMasterKeyFileMustBePrivate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "master.key")
	k1, err := tenants.GenerateMasterKeyFile(p)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := tenants.GenerateMasterKeyFile(p) // loads the existing one
	if err != nil || !bytes.Equal(k1.Bytes(), k2.Bytes()) {
		t.Fatalf("second call made a new key: %v", err)
	}
	if err := os.Chmod(p, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := tenants.LoadMasterKeyFile(p); err == nil {
		t.Fatal("a world-readable master key file was accepted")
	}
}

func TestRegistryProvisionsOnceAndKeepsTenantsApart(t *testing.T) {
	ctx := context.Background()
	mk, _ := tenants.ParseMasterKey(hexKey)
	conn, err := streams.Connect(ctx, "embedded:"+t.TempDir(), streams.Options{EncryptionKey: streams.StoreKey(mk.Bytes())})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	reg, err := tenants.Open(ctx, conn.JS, mk, 1)
	if err != nil {
		t.Fatal(err)
	}
	a, b := "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
	if created, err := reg.Ensure(ctx, a, "A"); err != nil || !created {
		t.Fatalf("first Ensure: %v %v", created, err)
	}
	if created, err := reg.Ensure(ctx, a, "A"); err != nil || created {
		t.Fatalf("second Ensure created again: %v %v", created, err)
	}
	if _, err := reg.Ensure(ctx, b, "B"); err != nil {
		t.Fatal(err)
	}
	ka, err := reg.Keyring(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := reg.Keyring(ctx, b)
	if ka.Pseudonym("person", "Jan") == kb.Pseudonym("person", "Jan") {
		t.Error("two tenants share a pseudonym key")
	}
	if _, err := reg.Keyring(ctx, "cccccccc-0000-4000-8000-000000000003"); !errors.Is(err, tenants.ErrUnknownTenant) {
		t.Errorf("unknown tenant: %v", err)
	}
	if ok, err := reg.Exists(ctx, b); !ok || err != nil {
		t.Errorf("Exists(b) = %v %v", ok, err)
	}
	// a registry opened with another master key cannot read the keys
	other, _ := tenants.ParseMasterKey(strings.Repeat("ab", 32))
	reg2, _ := tenants.Open(ctx, conn.JS, other, 1)
	if _, err := reg2.Keyring(ctx, a); !errors.Is(err, tenants.ErrUnwrap) {
		t.Errorf("foreign master key: %v", err)
	}
}

func TestTokensAreHashedScopedExpiringAndRevocable(t *testing.T) {
	ctx := context.Background()
	conn, err := streams.Connect(ctx, "embedded:"+t.TempDir(), streams.Options{EncryptionKey: "k"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	toks, err := tenants.OpenTokens(ctx, conn.JS, 1)
	if err != nil {
		t.Fatal(err)
	}
	tok, info, err := toks.Create(ctx, "tenant-a", tenants.RoleAnalyst, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(tok) < 40 || strings.Contains(info.Hash, tok) {
		t.Fatalf("token %q / stored %+v", tok, info)
	}
	if got, err := toks.Check(ctx, tok, tenants.RoleAnalyst); err != nil || got.Tenant != "tenant-a" {
		t.Fatalf("valid token refused: %v", err)
	}
	// a secret's character changed (to one that differs from it: a fixed
	// replacement would sometimes be the same character), and the last
	// character's unused bits set, which spells the same bytes unless
	// decoding is strict
	k, other := len(tok)-5, "A"
	if tok[k] == 'A' {
		other = "B"
	}
	changed := tok[:k] + other + tok[k+1:]
	last := tok[len(tok)-1]
	unused := tok[:len(tok)-1] + string(b64URL[strings.IndexByte(b64URL, last)|1])
	for _, bad := range []string{tok + "x", strings.Replace(tok, "vlg_", "vlx_", 1), changed, unused, ""} {
		if _, err := toks.Check(ctx, bad, tenants.RoleAnalyst); !errors.Is(err, tenants.ErrBadToken) {
			t.Errorf("tampered token %q accepted", bad)
		}
	}
	if _, err := toks.Check(ctx, tok, tenants.RoleProducer); !errors.Is(err, tenants.ErrBadToken) {
		t.Error("an analyst token passed as a producer token")
	}
	list, _ := toks.List(ctx, "tenant-a")
	if len(list) != 1 || list[0].Hash == "" {
		t.Fatalf("list: %+v", list)
	}
	if err := toks.Revoke(ctx, info.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := toks.Check(ctx, tok, tenants.RoleAnalyst); !errors.Is(err, tenants.ErrBadToken) {
		t.Error("a revoked token still works")
	}
	short, _, _ := toks.Create(ctx, "tenant-a", tenants.RoleAnalyst, time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	if _, err := toks.Check(ctx, short, tenants.RoleAnalyst); !errors.Is(err, tenants.ErrBadToken) {
		t.Error("an expired token still works")
	}
}

// b64URL is the URL-safe base64 alphabet in its order.
const b64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
