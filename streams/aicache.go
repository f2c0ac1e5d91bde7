package streams

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/ai"
)

// AICacheBucket holds AI answers by the hash of (provider, model, prompt
// version, schema version, anonymised text): replays reuse them, so the
// same input gives the same rows without asking the provider again.
const AICacheBucket = "veilig_ai_cache"

// AICache is an ai.Cache in a JetStream key-value bucket. It holds
// insights about anonymised text only. Safe for concurrent use.
type AICache struct{ kv jetstream.KeyValue }

// OpenAICache opens (creating if needed) the cache bucket, whose entries
// expire after ttl (0: 90 days).
func OpenAICache(ctx context.Context, js jetstream.JetStream, ttl time.Duration, replicas int) (*AICache, error) {
	if ttl == 0 {
		ttl = 90 * 24 * time.Hour
	}
	if replicas == 0 {
		replicas = 1
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: AICacheBucket, Description: "AI answers by hash of their inputs", TTL: ttl, Storage: jetstream.FileStorage, Replicas: replicas})
	if err != nil {
		return nil, fmt.Errorf("streams: AI cache: %w", err)
	}
	return &AICache{kv: kv}, nil
}

// Get returns a cached insight.
func (c *AICache) Get(key string) (ai.Insight, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	e, err := c.kv.Get(ctx, key)
	if err != nil {
		return ai.Insight{}, false
	}
	var in ai.Insight
	if json.Unmarshal(e.Value(), &in) != nil {
		return ai.Insight{}, false
	}
	return in, true
}

// Put stores an insight; a failure only costs a later provider call.
func (c *AICache) Put(key string, in ai.Insight) {
	b, err := json.Marshal(in)
	if err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, _ = c.kv.Put(ctx, key, b)
}
