package streams_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
)

func TestSubjects(t *testing.T) {
	if got := streams.RawSubject("t1", "incident.reported"); got != "raw.t1.incident.reported" {
		t.Errorf("raw subject %q", got)
	}
	if got := streams.TenantOf("clean.t1.toolbox.held"); got != "t1" {
		t.Errorf("tenant %q", got)
	}
	// a hostile tenant string cannot widen a subject
	if got := streams.QuarantineSubject("a.>", "x"); got != "quarantine.unknown.x" {
		t.Errorf("quarantine subject %q", got)
	}
}

func TestConnectRefusesBadURLs(t *testing.T) {
	ctx := context.Background()
	for _, u := range []string{"", "embedded:", "nats://user:pw@127.0.0.1:4222", "nats://127.0.0.1:4222?x=1", "ftp://x"} {
		if _, err := streams.Connect(ctx, u, streams.Options{EncryptionKey: "k"}); !errors.Is(err, streams.ErrInvalidURL) {
			t.Errorf("Connect(%q) = %v, want ErrInvalidURL", u, err)
		}
	}
	if _, err := streams.Connect(ctx, "embedded:"+t.TempDir(), streams.Options{}); !errors.Is(err, streams.ErrInvalidURL) {
		t.Errorf("embedded without an encryption key: %v", err)
	}
}

func TestConnectToADownServerIsUnavailable(t *testing.T) {
	_, err := streams.Connect(context.Background(), "nats://127.0.0.1:1", streams.Options{})
	if !errors.Is(err, streams.ErrUnavailable) {
		t.Fatalf("got %v, want ErrUnavailable", err)
	}
}

// ensured starts an embedded server with veilig's streams and consumers.
func ensured(t *testing.T) *streams.Conn {
	t.Helper()
	conn, err := streams.Connect(t.Context(), "embedded:"+t.TempDir(), streams.Options{EncryptionKey: streams.StoreKey(make([]byte, 32))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(conn.Close)
	if err := streams.Ensure(t.Context(), conn.JS, streams.Config{}); err != nil {
		t.Fatal(err)
	}
	return conn
}

func TestPublisherRefusesBadEventsAndQuarantinesThem(t *testing.T) {
	ctx := context.Background()
	conn := ensured(t)
	known := "7f3c2a94-0000-4000-8000-000000000001"
	pub := streams.NewPublisher(conn.JS, schemas.MustLoad(), streams.PublisherOptions{
		Quarantine: true,
		Tenants:    func(_ context.Context, id string) (bool, error) { return id == known, nil },
	})
	defer pub.Close()
	bad := map[schemas.Code]string{
		schemas.CodeMalformedJSON:   `{"id":`,
		schemas.CodeInvalidUTF8:     "{\"id\":\"\xff\"}",
		schemas.CodeInvalidEnvelope: `{"id":"nope","tenant":"x","type":"incident.reported","occurred_at":"2026-11-02T08:15:00Z","data":{}}`,
		schemas.CodeUnknownType:     `{"id":"0d9a5a3e-4f3c-4f7e-9b1a-2c3d4e5f6a70","tenant":"` + known + `","type":"x.y","occurred_at":"2026-11-02T08:15:00Z","data":{}}`,
		schemas.CodeUnknownTenant:   `{"id":"0d9a5a3e-4f3c-4f7e-9b1a-2c3d4e5f6a71","tenant":"7f3c2a94-0000-4000-8000-000000000009","type":"toolbox.held","occurred_at":"2026-11-02T08:15:00Z","data":{"facilitator":{"name":"A"},"topic":"t","location":{"site":"s"},"attendees":[]}}`,
		schemas.CodeSchemaViolation: `{"id":"0d9a5a3e-4f3c-4f7e-9b1a-2c3d4e5f6a72","tenant":"` + known + `","type":"toolbox.held","occurred_at":"2026-11-02T08:15:00Z","data":{"topic":7}}`,
	}
	for code, raw := range bad {
		err := pub.Publish(ctx, []byte(raw), nil)
		var se *schemas.Error
		if !errors.As(err, &se) || se.Code != code {
			t.Errorf("%s: got %v", code, err)
		}
	}
	s, err := conn.JS.Stream(ctx, streams.QuarantineStream)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := s.Info(ctx, jetstream.WithSubjectFilter("quarantine.>"))
	if info.State.Msgs != uint64(len(bad)) {
		t.Fatalf("quarantine holds %d, want %d", info.State.Msgs, len(bad))
	}
	// a refusal after a sound envelope is filed under the event's tenant,
	// so that erasing the tenant erases it; the rest under "unknown"
	want := map[string]uint64{
		"quarantine." + known + ".unknown_type":                          1,
		"quarantine." + known + ".schema_violation":                      1,
		"quarantine.7f3c2a94-0000-4000-8000-000000000009.unknown_tenant": 1,
		"quarantine.unknown.malformed_json":                              1,
		"quarantine.unknown.invalid_utf8":                                1,
		"quarantine.unknown.invalid_envelope":                            1,
	}
	for subj, n := range want {
		if got := info.State.Subjects[subj]; got != n {
			t.Errorf("%s holds %d, want %d (all: %v)", subj, got, n, info.State.Subjects)
		}
	}
}

// A data folder made by an earlier version has a consumer whose back-off
// list made JetStream redeliver any message not acknowledged within a
// second; Ensure must bring it to the current ack wait.
func TestEnsureUpdatesAnOlderConsumer(t *testing.T) {
	ctx := context.Background()
	conn := ensured(t)
	old := streams.ConsumerConfigs()[streams.RawStream]
	old.BackOff = []time.Duration{time.Second, 2 * time.Second, 5 * time.Second, 15 * time.Second, 30 * time.Second}
	if _, err := conn.JS.UpdateConsumer(ctx, streams.RawStream, old); err != nil {
		t.Fatal(err)
	}
	if err := streams.Ensure(ctx, conn.JS, streams.Config{}); err != nil {
		t.Fatal(err)
	}
	for stream, want := range streams.ConsumerConfigs() {
		c, err := conn.JS.Consumer(ctx, stream, want.Durable)
		if err != nil {
			t.Fatal(err)
		}
		got := c.CachedInfo().Config
		if got.AckWait != want.AckWait || len(got.BackOff) != 0 {
			t.Errorf("%s: ack wait %s, back-off %v; want %s and none", want.Durable, got.AckWait, got.BackOff, want.AckWait)
		}
		if got.AckWait < 30*time.Second {
			t.Errorf("%s: ack wait %s is shorter than a large batch may take", want.Durable, got.AckWait)
		}
	}
}
