// Package tenants keeps veilig's tenant registry: which tenants exist and
// their keys (the pseudonym HMAC keys), each stored encrypted under the
// master key with AES-256-GCM (envelope encryption). The registry lives in
// a JetStream key-value bucket, so every worker of a cluster sees the same
// tenants, and the bucket itself is encrypted at rest by the broker.
package tenants

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

// MasterKey is the 256-bit key that wraps every tenant key. It redacts
// itself in logs and fmt output.
type MasterKey struct{ k []byte }

// ErrBadMasterKey means the master key could not be read or is not 32 bytes.
var ErrBadMasterKey = errors.New("tenants: master key must be 32 bytes, hex or base64")

// ParseMasterKey reads a key written as 64 hex digits or base64 of 32 bytes.
func ParseMasterKey(s string) (*MasterKey, error) {
	s = strings.TrimSpace(s)
	if b, err := hex.DecodeString(s); err == nil && len(b) == 32 {
		return &MasterKey{k: b}, nil
	}
	if b, err := base64.StdEncoding.DecodeString(s); err == nil && len(b) == 32 {
		return &MasterKey{k: b}, nil
	}
	return nil, ErrBadMasterKey
}

// LoadMasterKeyFile reads a master key file. The file must not be readable
// by group or others.
func LoadMasterKeyFile(path string) (*MasterKey, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("tenants: master key file: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("tenants: master key file %s is readable by others (mode %o): chmod 600 it", path, st.Mode().Perm())
	}
	b, err := os.ReadFile(path) // #nosec G304 -- the path is the operator's own input (a flag, an environment variable, the cache folder)
	if err != nil {
		return nil, fmt.Errorf("tenants: master key file: %w", err)
	}
	return ParseMasterKey(string(b))
}

// GenerateMasterKeyFile writes a new random master key to path (mode 0600)
// unless the file exists, and loads it. For development data folders.
func GenerateMasterKeyFile(path string) (*MasterKey, error) {
	if _, err := os.Stat(path); err == nil {
		return LoadMasterKeyFile(path)
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(b)+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("tenants: write master key: %w", err)
	}
	return &MasterKey{k: b}, nil
}

// Bytes returns the key material. Callers must not log it.
func (m *MasterKey) Bytes() []byte { return m.k }

// String redacts the key.
func (m *MasterKey) String() string { return "MasterKey(redacted)" }

// LogValue redacts the key in slog output.
func (m *MasterKey) LogValue() slog.Value { return slog.StringValue("redacted") }

// Wrap encrypts plaintext with AES-256-GCM under the master key, binding it
// to aad (the tenant id and key version) so a wrapped key cannot be moved
// to another tenant.
func (m *MasterKey) Wrap(plaintext, aad []byte) ([]byte, error) {
	g, err := m.gcm()
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, g.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return g.Seal(nonce, nonce, plaintext, aad), nil
}

// ErrUnwrap means a wrapped key failed authentication: a wrong master key,
// or a key moved between tenants.
var ErrUnwrap = errors.New("tenants: cannot unwrap key (wrong master key or tampered record)")

// Unwrap reverses Wrap.
func (m *MasterKey) Unwrap(sealed, aad []byte) ([]byte, error) {
	g, err := m.gcm()
	if err != nil {
		return nil, err
	}
	if len(sealed) < g.NonceSize() {
		return nil, ErrUnwrap
	}
	out, err := g.Open(nil, sealed[:g.NonceSize()], sealed[g.NonceSize():], aad)
	if err != nil {
		return nil, ErrUnwrap
	}
	return out, nil
}

func (m *MasterKey) gcm() (cipher.AEAD, error) {
	b, err := aes.NewCipher(m.k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}
