package streams_test

import (
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
)

// A producing service validates and publishes its events with a Publisher.
func ExamplePublisher() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "veilig-example-*")
	defer os.RemoveAll(dir)
	conn, err := streams.Connect(ctx, "embedded:"+dir, streams.Options{EncryptionKey: streams.StoreKey(make([]byte, 32))})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer conn.Close()
	if err := streams.Ensure(ctx, conn.JS, streams.Config{}); err != nil {
		fmt.Println(err)
		return
	}

	pub := streams.NewPublisher(conn.JS, schemas.MustLoad(), streams.PublisherOptions{MaxInFlight: 100})
	events := []string{
		`{"id":"0d9a5a3e-4f3c-4f7e-9b1a-2c3d4e5f6a7b","tenant":"7f3c2a94-0000-4000-8000-000000000001","type":"incident.reported","occurred_at":"2026-11-02T08:15:00Z",
		  "data":{"reporter":{"name":"Jan de Vries"},"location":{"site":"Hal 3"},"description":"Jan viel van de ladder.","severity":"minor"}}`,
		`{"id":"0d9a5a3e-4f3c-4f7e-9b1a-2c3d4e5f6a7c","tenant":"7f3c2a94-0000-4000-8000-000000000001","type":"incident.reported","occurred_at":"2026-11-02T08:15:00Z",
		  "data":{"reporter":{"name":"Jan de Vries"},"location":{"site":"Hal 3"},"description":"Jan viel.","severity":"catastrophic"}}`,
	}
	// outcomes arrive asynchronously, on the publisher's goroutines
	var mu sync.Mutex
	var outcomes []string
	for _, e := range events {
		err := pub.Publish(ctx, []byte(e), func(o streams.Outcome) {
			mu.Lock()
			defer mu.Unlock()
			if o.Err != nil {
				outcomes = append(outcomes, fmt.Sprint("failed: ", o.EventID, " ", o.Err))
				return
			}
			outcomes = append(outcomes, fmt.Sprint("stored: ", o.EventID, " sequence ", o.Sequence))
		})
		if err != nil {
			fmt.Println("refused:", err) // at once, and never carries a value from the event
		}
	}
	pub.Close() // waits for every outcome
	for _, o := range outcomes {
		fmt.Println(o)
	}
	// Output:
	// refused: invalid event: schema_violation: at /severity: enum (not one of near_miss, minor, major, fatal)
	// stored: 0d9a5a3e-4f3c-4f7e-9b1a-2c3d4e5f6a7b sequence 1
}
