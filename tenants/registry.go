package tenants

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/anonymize"
)

// Bucket is the JetStream key-value bucket that holds tenant records.
const Bucket = "veilig_tenants"

// ErrUnknownTenant is returned for a tenant that is not provisioned.
var ErrUnknownTenant = errors.New("tenants: unknown tenant")

// Record is a tenant as stored: its keys wrapped under the master key.
type Record struct {
	ID         string            `json:"id"`
	Name       string            `json:"name"`
	CreatedAt  time.Time         `json:"created_at"`
	Current    uint32            `json:"current_key"`
	WrappedKey map[string][]byte `json:"wrapped_keys"` // version -> AES-GCM(master, key)
	// WrappedData holds the tenant's data keys by version: AES-256 keys
	// that encrypt the tenant's quarantined raw events, so destroying the
	// record shreds them too.
	WrappedData map[string][]byte `json:"wrapped_data_keys,omitempty"`
}

// Registry reads and writes tenants. Keyrings are cached after the first
// unwrap. Safe for concurrent use.
type Registry struct {
	kv     jetstream.KeyValue
	master *MasterKey
	mu     sync.RWMutex
	cache  map[string]*anonymize.Keyring
}

// Open opens (creating if needed) the registry bucket.
func Open(ctx context.Context, js jetstream.JetStream, master *MasterKey, replicas int) (*Registry, error) {
	if replicas == 0 {
		replicas = 1
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: Bucket, Description: "veilig tenants and their wrapped keys", History: 5,
		Storage: jetstream.FileStorage, Replicas: replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("tenants: open bucket: %w", err)
	}
	return &Registry{kv: kv, master: master, cache: map[string]*anonymize.Keyring{}}, nil
}

func aad(tenant string, version uint32) []byte {
	return []byte(tenant + "/" + strconv.FormatUint(uint64(version), 10))
}

// Ensure provisions a tenant with a fresh random key unless it exists. It
// reports whether it created the tenant.
func (r *Registry) Ensure(ctx context.Context, id, name string) (bool, error) {
	if _, err := r.kv.Get(ctx, id); err == nil {
		return false, nil
	} else if !errors.Is(err, jetstream.ErrKeyNotFound) {
		return false, fmt.Errorf("tenants: %w", err)
	}
	w, err := r.newWrapped(aad(id, 1))
	if err != nil {
		return false, err
	}
	wd, err := r.newWrapped(dataAAD(id, 1))
	if err != nil {
		return false, err
	}
	rec := Record{ID: id, Name: name, CreatedAt: time.Now().UTC(), Current: 1, WrappedKey: map[string][]byte{"1": w}, WrappedData: map[string][]byte{"1": wd}}
	b, _ := json.Marshal(rec)
	if _, err := r.kv.Create(ctx, id, b); err != nil {
		if errors.Is(err, jetstream.ErrKeyExists) {
			return false, nil // another process won the race
		}
		return false, fmt.Errorf("tenants: create: %w", err)
	}
	return true, nil
}

// Exists reports whether a tenant is provisioned.
func (r *Registry) Exists(ctx context.Context, id string) (bool, error) {
	_, err := r.Keyring(ctx, id) // from the cache when it can
	if errors.Is(err, ErrUnknownTenant) {
		return false, nil
	}
	return err == nil, err
}

// Keyring returns the tenant's unwrapped keys. ErrUnknownTenant when the
// tenant is not provisioned.
func (r *Registry) Keyring(ctx context.Context, id string) (*anonymize.Keyring, error) {
	r.mu.RLock()
	kr, ok := r.cache[id]
	r.mu.RUnlock()
	if ok {
		return kr, nil
	}
	e, err := r.kv.Get(ctx, id)
	if errors.Is(err, jetstream.ErrKeyNotFound) || errors.Is(err, jetstream.ErrInvalidKey) {
		return nil, ErrUnknownTenant
	}
	if err != nil {
		return nil, fmt.Errorf("tenants: %w", err)
	}
	var rec Record
	if err := json.Unmarshal(e.Value(), &rec); err != nil {
		return nil, fmt.Errorf("tenants: record of %s is corrupt", id)
	}
	keys := map[uint32][]byte{}
	for vs, w := range rec.WrappedKey {
		v, err := strconv.ParseUint(vs, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("tenants: record of %s has a bad key version", id)
		}
		k, err := r.master.Unwrap(w, aad(id, uint32(v)))
		if err != nil {
			return nil, err
		}
		keys[uint32(v)] = k
	}
	kr, err = anonymize.NewKeyring(rec.Current, keys)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.cache[id] = kr
	r.mu.Unlock()
	return kr, nil
}

// List returns every tenant id.
func (r *Registry) List(ctx context.Context) ([]string, error) {
	lister, err := r.kv.ListKeys(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for k := range lister.Keys() {
		out = append(out, k)
	}
	return out, nil
}

// Rotate adds a new pseudonym key version and makes it current. Old
// versions are kept, so a subject's old pseudonyms can still be derived
// (GDPR access and erasure). It returns the new version.
func (r *Registry) Rotate(ctx context.Context, id string) (uint32, error) {
	e, err := r.kv.Get(ctx, id)
	if err != nil {
		return 0, ErrUnknownTenant
	}
	var rec Record
	if err := json.Unmarshal(e.Value(), &rec); err != nil {
		return 0, fmt.Errorf("tenants: record of %s is corrupt", id)
	}
	next := rec.Current + 1
	w, err := r.newWrapped(aad(id, next))
	if err != nil {
		return 0, err
	}
	wd, err := r.newWrapped(dataAAD(id, next))
	if err != nil {
		return 0, err
	}
	rec.WrappedKey[strconv.FormatUint(uint64(next), 10)] = w
	if rec.WrappedData == nil {
		rec.WrappedData = map[string][]byte{}
	}
	rec.WrappedData[strconv.FormatUint(uint64(next), 10)] = wd
	rec.Current = next
	b, _ := json.Marshal(rec)
	if _, err := r.kv.Update(ctx, id, b, e.Revision()); err != nil {
		return 0, fmt.Errorf("tenants: rotate: %w", err)
	}
	r.mu.Lock()
	delete(r.cache, id)
	r.mu.Unlock()
	return next, nil
}

// Delete destroys a tenant's keys (crypto-shredding: its pseudonyms can no
// longer be linked to anyone) and removes the record with its history.
func (r *Registry) Delete(ctx context.Context, id string) error {
	if err := r.kv.Purge(ctx, id); err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("tenants: delete: %w", err)
	}
	r.mu.Lock()
	delete(r.cache, id)
	r.mu.Unlock()
	return nil
}

func dataAAD(tenant string, version uint32) []byte {
	return []byte("data/" + tenant + "/" + strconv.FormatUint(uint64(version), 10))
}

// newWrapped makes a random 256-bit key and wraps it under the master key.
func (r *Registry) newWrapped(aad []byte) ([]byte, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return r.master.Wrap(key, aad)
}

// DataKey returns the tenant's current data key and its version.
func (r *Registry) DataKey(ctx context.Context, id string) ([]byte, uint32, error) {
	e, err := r.kv.Get(ctx, id)
	if err != nil {
		return nil, 0, ErrUnknownTenant
	}
	var rec Record
	if err := json.Unmarshal(e.Value(), &rec); err != nil {
		return nil, 0, fmt.Errorf("tenants: record of %s is corrupt", id)
	}
	w, ok := rec.WrappedData[strconv.FormatUint(uint64(rec.Current), 10)]
	if !ok {
		return nil, 0, fmt.Errorf("tenants: %s has no data key", id)
	}
	k, err := r.master.Unwrap(w, dataAAD(id, rec.Current))
	return k, rec.Current, err
}

// Seal encrypts plaintext with a data key (AES-256-GCM, random nonce).
func Seal(key, plaintext, aad []byte) ([]byte, error) {
	return (&MasterKey{k: key}).Wrap(plaintext, aad)
}

// Unseal decrypts what Seal produced.
func Unseal(key, sealed, aad []byte) ([]byte, error) {
	return (&MasterKey{k: key}).Unwrap(sealed, aad)
}
