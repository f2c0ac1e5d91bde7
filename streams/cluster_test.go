package streams_test

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
)

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestStreamsSurviveTheLossOfANode runs three NATS servers as a cluster on
// loopback, creates veilig's streams with three replicas, publishes, stops
// one server, publishes more, and reads every event back: none is lost and
// the client fails over by itself.
func TestStreamsSurviveTheLossOfANode(t *testing.T) {
	if testing.Short() {
		t.Skip("cluster test: seconds of start-up")
	}
	const n = 3
	clientPorts, routePorts := make([]int, n), make([]int, n)
	for i := range n {
		clientPorts[i], routePorts[i] = freePort(t), freePort(t)
	}
	var routes []string
	for _, p := range routePorts {
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", p))
	}
	servers := make([]*server.Server, n)
	for i := range n {
		opts := &server.Options{
			ServerName: fmt.Sprintf("veilig-%d", i), Host: "127.0.0.1", Port: clientPorts[i], NoLog: true, NoSigs: true,
			JetStream: true, StoreDir: t.TempDir(), JetStreamCipher: server.AES, JetStreamKey: "cluster-test-key",
			Cluster: server.ClusterOpts{Name: "veilig", Host: "127.0.0.1", Port: routePorts[i]},
			Routes:  server.RoutesFromStr(strings.Join(routes, ",")),
		}
		s, err := server.NewServer(opts)
		if err != nil {
			t.Fatal(err)
		}
		go s.Start()
		servers[i] = s
		defer s.Shutdown()
	}
	for _, s := range servers {
		if !s.ReadyForConnections(20 * time.Second) {
			t.Fatal("a server did not start")
		}
	}
	var urls []string
	for _, p := range clientPorts {
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", p))
	}
	nc, err := nats.Connect(strings.Join(urls, ","), nats.MaxReconnects(-1), nats.ReconnectWait(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	// the cluster needs a moment to elect a meta leader
	var ensureErr error
	for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
		actx, acancel := context.WithTimeout(ctx, 5*time.Second)
		ensureErr = streams.Ensure(actx, js, streams.Config{Replicas: 3})
		acancel()
		if ensureErr == nil {
			break
		}
	}
	if ensureErr != nil {
		t.Fatalf("streams on the cluster: %v", ensureErr)
	}
	tenant := "c1c10000-0000-4000-8000-000000000001"
	gen := synth.New(99, []synth.Tenant{{ID: tenant}})
	reg := schemas.MustLoad()
	publish := func(from, to int) {
		pub := streams.NewPublisher(js, reg, streams.PublisherOptions{})
		failed := 0
		for i := from; i < to; i++ {
			if err := pub.Publish(ctx, gen.Event(i), func(o streams.Outcome) {
				if o.Err != nil {
					failed++
				}
			}); err != nil {
				t.Fatal(err)
			}
		}
		pub.Close()
		if failed > 0 {
			// a producer retries what failed during the fail-over; Nats-Msg-Id keeps it once
			pub2 := streams.NewPublisher(js, reg, streams.PublisherOptions{})
			for i := from; i < to; i++ {
				_ = pub2.Publish(ctx, gen.Event(i), nil)
			}
			pub2.Close()
		}
	}
	publish(0, 200)
	// lose the server the client is connected to
	for i, s := range servers {
		if nc.ConnectedUrl() == urls[i] {
			s.Shutdown()
			s.WaitForShutdown()
			break
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for !nc.IsConnected() && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	var pubErr error
	for time.Now().Before(deadline) {
		short, c := context.WithTimeout(ctx, 2*time.Second)
		_, pubErr = js.Stream(short, streams.RawStream)
		c()
		if pubErr == nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if pubErr != nil {
		t.Fatalf("the stream did not come back after losing a node: %v", pubErr)
	}
	publish(200, 400)
	cons, err := js.CreateOrUpdateConsumer(ctx, streams.RawStream, jetstream.ConsumerConfig{Durable: streams.AnonymizeConsumer, AckPolicy: jetstream.AckExplicitPolicy, MaxDeliver: streams.MaxDeliver, MaxAckPending: 50000})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for len(seen) < 400 && ctx.Err() == nil {
		b, err := cons.Fetch(500, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			continue
		}
		got := 0
		for m := range b.Messages() {
			got++
			seen[m.Headers().Get(jetstream.MsgIDHeader)] = true
			_ = m.Ack()
		}
		if got == 0 {
			break
		}
	}
	if len(seen) != 400 {
		t.Fatalf("after losing a node: %d distinct events of 400", len(seen))
	}
}
