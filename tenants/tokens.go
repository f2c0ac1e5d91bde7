package tenants

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// TokenBucket holds API tokens: only their SHA-256, never the secret.
const TokenBucket = "veilig_tokens"

// Roles a token can have.
const (
	RoleProducer = "producer"
	RoleAnalyst  = "analyst"
)

// ErrBadToken is returned for a token that is unknown, malformed, expired,
// revoked or of another role. It says no more, by design.
var ErrBadToken = errors.New("tenants: invalid token")

// TokenInfo is what is stored about a token.
type TokenInfo struct {
	ID        string    `json:"id"`
	Tenant    string    `json:"tenant"`
	Role      string    `json:"role"`
	Hash      string    `json:"sha256"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
	Revoked   bool      `json:"revoked"`
}

// Tokens creates and checks API tokens: random 256-bit secrets shown once
// at creation, stored as a hash, compared in constant time, scoped to a
// tenant and a role, expiring and revocable. Safe for concurrent use.
type Tokens struct{ kv jetstream.KeyValue }

// OpenTokens opens (creating if needed) the token bucket.
func OpenTokens(ctx context.Context, js jetstream.JetStream, replicas int) (*Tokens, error) {
	if replicas == 0 {
		replicas = 1
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: TokenBucket, Description: "veilig API token hashes", Storage: jetstream.FileStorage, Replicas: replicas})
	if err != nil {
		return nil, fmt.Errorf("tenants: open tokens: %w", err)
	}
	return &Tokens{kv: kv}, nil
}

// Create makes a token and returns it in full (the only time it is
// shown) with its stored info.
func (t *Tokens) Create(ctx context.Context, tenant, role string, ttl time.Duration) (string, TokenInfo, error) {
	if role != RoleProducer && role != RoleAnalyst {
		return "", TokenInfo{}, fmt.Errorf("tenants: role must be %s or %s", RoleProducer, RoleAnalyst)
	}
	if ttl <= 0 {
		return "", TokenInfo{}, errors.New("tenants: a token must expire: give a positive ttl")
	}
	idb := make([]byte, 8)
	secret := make([]byte, 32)
	if _, err := rand.Read(idb); err != nil {
		return "", TokenInfo{}, err
	}
	if _, err := rand.Read(secret); err != nil {
		return "", TokenInfo{}, err
	}
	id := hex.EncodeToString(idb)
	sum := sha256.Sum256(secret)
	info := TokenInfo{ID: id, Tenant: tenant, Role: role, Hash: hex.EncodeToString(sum[:]), CreatedAt: time.Now().UTC(), ExpiresAt: time.Now().UTC().Add(ttl)}
	b, _ := json.Marshal(info)
	if _, err := t.kv.Create(ctx, id, b); err != nil {
		return "", TokenInfo{}, fmt.Errorf("tenants: store token: %w", err)
	}
	return "vlg_" + id + "_" + base64.RawURLEncoding.EncodeToString(secret), info, nil
}

// Check returns the token's info when it is valid for role.
func (t *Tokens) Check(ctx context.Context, token, role string) (TokenInfo, error) {
	rest, ok := strings.CutPrefix(token, "vlg_")
	if !ok {
		return TokenInfo{}, ErrBadToken
	}
	id, enc, ok := strings.Cut(rest, "_")
	if !ok || len(id) != 16 {
		return TokenInfo{}, ErrBadToken
	}
	// Strict: the one canonical spelling of the secret only (a last
	// character whose unused bits differ spells the same bytes otherwise)
	secret, err := base64.RawURLEncoding.Strict().DecodeString(enc)
	if err != nil || len(secret) != 32 {
		return TokenInfo{}, ErrBadToken
	}
	e, err := t.kv.Get(ctx, id)
	if err != nil {
		return TokenInfo{}, ErrBadToken
	}
	var info TokenInfo
	if err := json.Unmarshal(e.Value(), &info); err != nil {
		return TokenInfo{}, ErrBadToken
	}
	sum := sha256.Sum256(secret)
	want, _ := hex.DecodeString(info.Hash)
	if subtle.ConstantTimeCompare(sum[:], want) != 1 || info.Revoked || time.Now().After(info.ExpiresAt) || info.Role != role {
		return TokenInfo{}, ErrBadToken
	}
	return info, nil
}

// List returns the stored tokens (hashes only), optionally of one tenant.
func (t *Tokens) List(ctx context.Context, tenant string) ([]TokenInfo, error) {
	lister, err := t.kv.ListKeys(ctx)
	if err != nil {
		return nil, err
	}
	var out []TokenInfo
	for k := range lister.Keys() {
		e, err := t.kv.Get(ctx, k)
		if err != nil {
			continue
		}
		var info TokenInfo
		if json.Unmarshal(e.Value(), &info) == nil && (tenant == "" || info.Tenant == tenant) {
			out = append(out, info)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].CreatedAt.Before(out[j].CreatedAt) })
	return out, nil
}

// Revoke marks a token revoked.
func (t *Tokens) Revoke(ctx context.Context, id string) error {
	e, err := t.kv.Get(ctx, id)
	if err != nil {
		return fmt.Errorf("tenants: no token %s", id)
	}
	var info TokenInfo
	if err := json.Unmarshal(e.Value(), &info); err != nil {
		return err
	}
	info.Revoked = true
	b, _ := json.Marshal(info)
	_, err = t.kv.Update(ctx, id, b, e.Revision())
	return err
}
