package streams_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/streams"
)

// A producer's credentials publish only to its own tenant's subjects and
// read nothing; the workers' credentials run the pipeline.
func TestTenantCredentialsAreScoped(t *testing.T) {
	const a, b = "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
	s := startServer(t, &server.Options{
		DontListen: true,
		Users: []*server.User{
			{Username: "producer-a", Password: "pa", Permissions: streams.ProducerPermissions(a)},
			{Username: "workers", Password: "pw", Permissions: streams.WorkerPermissions()},
		},
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	wnc, err := nats.Connect("", nats.InProcessServer(s), nats.UserInfo("workers", "pw"))
	if err != nil {
		t.Fatal(err)
	}
	defer wnc.Close()
	wjs, _ := jetstream.New(wnc)
	if err := streams.Ensure(ctx, wjs, streams.Config{}); err != nil {
		t.Fatalf("workers cannot set up the streams: %v", err)
	}

	violations := make(chan error, 10)
	pnc, err := nats.Connect("", nats.InProcessServer(s), nats.UserInfo("producer-a", "pa"),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { violations <- err }))
	if err != nil {
		t.Fatal(err)
	}
	defer pnc.Close()
	pjs, _ := jetstream.New(pnc)
	short, cancelShort := context.WithTimeout(ctx, 2*time.Second)
	defer cancelShort()
	if _, err := pjs.Publish(short, streams.RawSubject(a, "incident.reported"), []byte(`{}`)); err != nil {
		t.Fatalf("producer A cannot publish for A: %v", err)
	}
	short2, cancel2 := context.WithTimeout(ctx, 2*time.Second)
	defer cancel2()
	if _, err := pjs.Publish(short2, streams.RawSubject(b, "incident.reported"), []byte(`{}`)); err == nil {
		t.Fatal("producer A published for tenant B")
	}
	// reading: a subscription to another tenant's raw or clean subjects is refused
	if _, err := pnc.SubscribeSync("clean." + b + ".>"); err == nil {
		_ = pnc.Flush()
	}
	select {
	case err := <-violations:
		if !errors.Is(err, nats.ErrPermissionViolation) && !strings.Contains(strings.ToLower(err.Error()), "permissions violation") {
			t.Fatalf("got %v, want a permissions violation", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("no permission violation reported for the forbidden publish or subscription")
	}
	// and the JetStream API is closed to producers: they cannot read a stream
	short3, cancel3 := context.WithTimeout(ctx, 2*time.Second)
	defer cancel3()
	if _, err := pjs.Stream(short3, streams.RawStream); err == nil {
		t.Fatal("producer A can read stream information")
	}
	// the one message A sent is in RAW, and nothing for B
	st, _ := wjs.Stream(ctx, streams.RawStream)
	info, _ := st.Info(ctx, jetstream.WithSubjectFilter("raw.>"))
	if info.State.Msgs != 1 {
		t.Fatalf("RAW holds %d messages, want 1", info.State.Msgs)
	}
}

// A producer credential made by veilig works on a real server over TCP:
// it publishes for its own tenant and nothing else.
func TestProducerCredentialOverTheNetwork(t *testing.T) {
	const a, b = "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
	cred, err := streams.NewProducerCredential(a)
	if err != nil {
		t.Fatal(err)
	}
	s := startServer(t, &server.Options{
		Host: "127.0.0.1", Port: -1,
		Nkeys: []*server.NkeyUser{cred.NkeyUser()},
		Users: []*server.User{{Username: "workers", Password: "pw", Permissions: streams.WorkerPermissions()}},
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	wnc, err := nats.Connect(s.ClientURL(), nats.UserInfo("workers", "pw"))
	if err != nil {
		t.Fatal(err)
	}
	defer wnc.Close()
	wjs, _ := jetstream.New(wnc)
	if err := streams.Ensure(ctx, wjs, streams.Config{}); err != nil {
		t.Fatal(err)
	}
	seedFile := t.TempDir() + "/producer.nk"
	if err := os.WriteFile(seedFile, cred.Seed, 0o600); err != nil {
		t.Fatal(err)
	}
	short, cancelShort := context.WithTimeout(ctx, 3*time.Second)
	defer cancelShort()
	if conn, err := streams.Connect(short, s.ClientURL(), streams.Options{NkeyFile: seedFile}); err == nil {
		conn.Close()
		t.Fatal("a producer credential could use the JetStream API (Connect checks account info)")
	}
	conn, err := streams.Connect(ctx, s.ClientURL(), streams.Options{NkeyFile: seedFile, Producer: true})
	if err != nil {
		t.Fatalf("producer cannot connect with its nkey: %v", err)
	}
	defer conn.Close()
	pjs := conn.JS
	c1, cancel1 := context.WithTimeout(ctx, 2*time.Second)
	defer cancel1()
	if _, err := pjs.Publish(c1, streams.RawSubject(a, "incident.reported"), []byte(`{}`)); err != nil {
		t.Fatalf("own tenant: %v", err)
	}
	c2, cancel2 := context.WithTimeout(ctx, 2*time.Second)
	defer cancel2()
	if _, err := pjs.Publish(c2, streams.RawSubject(b, "incident.reported"), []byte(`{}`)); err == nil {
		t.Fatal("published for another tenant")
	}
	if !strings.Contains(cred.ServerConfig(), cred.PublicKey) || !strings.Contains(cred.ServerConfig(), "raw."+a+".>") {
		t.Fatalf("server config %q", cred.ServerConfig())
	}
	if strings.Contains(cred.ServerConfig(), string(cred.Seed)) {
		t.Fatal("the server config holds the secret seed")
	}
}

// startServer starts a NATS server with JetStream in a temporary folder;
// it stops at the end of the test.
func startServer(t *testing.T, o *server.Options) *server.Server {
	t.Helper()
	o.JetStream, o.StoreDir, o.NoSigs, o.NoLog = true, t.TempDir(), true, true
	s, err := server.NewServer(o)
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("server did not start")
	}
	t.Cleanup(s.Shutdown)
	return s
}
