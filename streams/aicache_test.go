package streams_test

import (
	"context"
	"testing"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/streams"
)

func TestAICacheKeepsAnswers(t *testing.T) {
	ctx := context.Background()
	conn, err := streams.Connect(ctx, "embedded:"+t.TempDir(), streams.Options{EncryptionKey: "k"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	c, err := streams.OpenAICache(ctx, conn.JS, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	key := "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	if _, ok := c.Get(key); ok {
		t.Fatal("empty cache answered")
	}
	c.Put(key, ai.Insight{Category: "fire", Hazards: []string{"fire"}})
	got, ok := c.Get(key)
	if !ok || got.Category != "fire" {
		t.Fatalf("got %+v %v", got, ok)
	}
}
