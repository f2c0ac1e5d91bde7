package anonymize

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"strings"
	"sync"
)

// Keyring holds one tenant's pseudonym keys by version. New pseudonyms use
// the current version; older versions stay so that a subject's old
// pseudonyms can still be derived (GDPR access and erasure) until a policy
// drops them. A Keyring is immutable after construction and safe for
// concurrent use. Its String and LogValue never show key material.
type Keyring struct {
	current uint32
	keys    map[uint32][]byte
	macs    map[uint32]*sync.Pool // of keyed HMAC-SHA-256 states, per version
}

// ErrNoKey is returned when a keyring has no usable current key.
var ErrNoKey = errors.New("anonymize: keyring has no current key")

// MinKeyBytes is the shortest pseudonym key accepted (256 bits).
const MinKeyBytes = 32

// NewKeyring builds a keyring; current must name one of keys, each at least
// MinKeyBytes long.
func NewKeyring(current uint32, keys map[uint32][]byte) (*Keyring, error) {
	k, ok := keys[current]
	if !ok || len(k) < MinKeyBytes {
		return nil, ErrNoKey
	}
	for v, key := range keys {
		if len(key) < MinKeyBytes {
			return nil, fmt.Errorf("anonymize: key version %d is shorter than %d bytes", v, MinKeyBytes)
		}
	}
	kr := &Keyring{current: current, keys: make(map[uint32][]byte, len(keys)), macs: make(map[uint32]*sync.Pool, len(keys))}
	for v, key := range keys {
		key := append([]byte(nil), key...)
		kr.keys[v] = key
		// keying HMAC costs more than hashing a short value: keyed states
		// are kept and Reset, not made per pseudonym
		kr.macs[v] = &sync.Pool{New: func() any { return hmac.New(sha256.New, key) }}
	}
	return kr, nil
}

// Current is the version used for new pseudonyms.
func (k *Keyring) Current() uint32 { return k.current }

// Versions lists the key versions held.
func (k *Keyring) Versions() []uint32 {
	out := make([]uint32, 0, len(k.keys))
	for v := range k.keys {
		out = append(out, v)
	}
	return out
}

// String never reveals keys.
func (k *Keyring) String() string {
	return fmt.Sprintf("Keyring(current=v%d, %d versions)", k.current, len(k.keys))
}

// Pseudonym returns the typed, short pseudonym of a value with the current
// key: PREFIX_ and six hex digits of HMAC-SHA-256(key, kind || 0 || norm(value)).
// The same value gives the same pseudonym within a tenant; another tenant's
// key gives an unrelated one. Normalisation folds case, diacritics and
// spacing, so "Jan de Vries" and "JAN  DE VRIES" match.
func (k *Keyring) Pseudonym(kind, value string) string {
	return k.PseudonymWith(k.current, kind, value)
}

// PseudonymWith is Pseudonym with a given key version; an unknown version
// gives "".
func (k *Keyring) PseudonymWith(version uint32, kind, value string) string {
	pool, ok := k.macs[version]
	if !ok {
		return ""
	}
	m := pool.Get().(hash.Hash)
	defer pool.Put(m)
	m.Reset()
	m.Write([]byte(kind))
	m.Write([]byte{0})
	m.Write([]byte(NormaliseValue(kind, value)))
	var sum [sha256.Size]byte
	return pseudonymPrefix(kind) + "_" + hex.EncodeToString(m.Sum(sum[:0])[:3])
}

// NormaliseValue is the form a value is keyed by: folded words joined by
// single spaces; phone numbers by their last nine digits; BSNs, IBANs and
// employee numbers by their letters and digits.
func NormaliseValue(kind, value string) string {
	switch kind {
	case "phone":
		if k := phoneKey(value); k != "" {
			return k
		}
	case "bsn", "iban", "employee_id":
		var b strings.Builder
		for _, r := range fold(value) {
			if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return strings.Join(foldedWords(value), " ")
}

func pseudonymPrefix(kind string) string {
	switch kind {
	case "person":
		return "PERSON"
	case "email":
		return "EMAIL"
	case "employee_id":
		return "EMPLOYEE"
	}
	return strings.ToUpper(kind)
}
