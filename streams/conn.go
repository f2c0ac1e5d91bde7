package streams

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// ErrInvalidURL means a broker URL could not be used.
var ErrInvalidURL = errors.New("streams: invalid NATS URL")

// ErrUnavailable means the broker could not be reached.
var ErrUnavailable = errors.New("streams: NATS unavailable")

// Options configure Connect.
type Options struct {
	// Name identifies the client to the server.
	Name string
	// EncryptionKey, for an embedded server, turns on JetStream encryption
	// at rest (AES-256-GCM). Derive it with StoreKey from the master key.
	// Required for embedded servers.
	EncryptionKey string
	// CredsFile, NkeyFile, Token: client authentication for a remote
	// cluster (a JWT creds file, an nkey seed file, or a token). Never put
	// secrets in the URL.
	CredsFile string
	NkeyFile  string
	Token     string
	// CAFile, CertFile, KeyFile: TLS for tls:// URLs.
	CAFile, CertFile, KeyFile string
	// MaxPending bounds asynchronous publishes in flight (default 4096).
	MaxPending int
	// Producer marks a producer's connection: its credentials may publish
	// only to its tenant's raw subjects, so the JetStream API check is
	// skipped (it would be refused).
	Producer bool
}

// StoreKey derives the JetStream at-rest key from veilig's master key, so
// one secret protects the broker's files too.
func StoreKey(master []byte) string {
	h := sha256.Sum256(append([]byte("veilig/jetstream-at-rest/v1\x00"), master...))
	return hex.EncodeToString(h[:])
}

// Conn is a connection to a NATS server with JetStream. For embedded: URLs
// it owns the server too. Close closes both. Safe for concurrent use.
type Conn struct {
	NC     *nats.Conn
	JS     jetstream.JetStream
	server *server.Server
}

// Server returns the embedded server, or nil for a remote one.
func (c *Conn) Server() *server.Server { return c.server }

// Connect connects by URL:
//
//	embedded:DIR            start a NATS server with JetStream in this process, file storage in DIR
//	nats://host:4222[,...]  a remote server or cluster
//	tls://host:4222         the same over TLS
//
// The ctx bounds start-up only.
func Connect(ctx context.Context, rawURL string, o Options) (*Conn, error) {
	if o.MaxPending == 0 {
		o.MaxPending = 4096
	}
	if o.Name == "" {
		o.Name = "veilig"
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme == "" {
		return nil, fmt.Errorf("%w: %q: want embedded:DIR, nats://host:port or tls://host:port", ErrInvalidURL, rawURL)
	}
	if len(u.Query()) > 0 {
		return nil, fmt.Errorf("%w: URL parameters are not accepted (%s)", ErrInvalidURL, u.RawQuery)
	}
	if u.User != nil {
		return nil, fmt.Errorf("%w: credentials in the URL are refused: use --nats-creds or VEILIG_NATS_TOKEN", ErrInvalidURL)
	}
	switch u.Scheme {
	case "embedded":
		dir := u.Opaque
		if dir == "" {
			dir = u.Path
		}
		if dir == "" {
			return nil, fmt.Errorf("%w: embedded: needs a folder, as in embedded:/var/lib/veilig/nats", ErrInvalidURL)
		}
		return startEmbedded(ctx, dir, o)
	case "nats", "tls":
		return dial(ctx, rawURL, o)
	}
	return nil, fmt.Errorf("%w: unknown scheme %q (embedded, nats, tls)", ErrInvalidURL, u.Scheme)
}

func startEmbedded(ctx context.Context, dir string, o Options) (*Conn, error) {
	if o.EncryptionKey == "" {
		return nil, fmt.Errorf("%w: an embedded server needs an encryption key (encryption at rest is always on)", ErrInvalidURL)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	s, err := server.NewServer(&server.Options{
		ServerName:      "veilig-embedded",
		DontListen:      true, // in-process clients only
		JetStream:       true,
		StoreDir:        abs,
		JetStreamCipher: server.AES,
		JetStreamKey:    o.EncryptionKey,
		NoSigs:          true,
		NoLog:           true,
		MaxPayload:      MaxMsgBytes * 2,
	})
	if err != nil {
		return nil, fmt.Errorf("streams: embedded server: %w", err)
	}
	go s.Start()
	deadline := 30 * time.Second
	if d, ok := ctx.Deadline(); ok {
		deadline = time.Until(d)
	}
	if !s.ReadyForConnections(deadline) {
		s.Shutdown()
		return nil, fmt.Errorf("%w: embedded server did not start within %s (is another veilig using %s?)", ErrUnavailable, deadline, abs)
	}
	nc, err := nats.Connect("", nats.InProcessServer(s), nats.Name(o.Name))
	if err != nil {
		s.Shutdown()
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(o.MaxPending))
	if err != nil {
		nc.Close()
		s.Shutdown()
		return nil, err
	}
	return &Conn{NC: nc, JS: js, server: s}, nil
}

func dial(ctx context.Context, rawURL string, o Options) (*Conn, error) {
	opts := []nats.Option{
		nats.Name(o.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second),
		nats.Timeout(5 * time.Second),
	}
	if o.CredsFile != "" {
		opts = append(opts, nats.UserCredentials(o.CredsFile))
	}
	if o.Token != "" {
		opts = append(opts, nats.Token(o.Token))
	}
	if o.NkeyFile != "" {
		nk, err := nats.NkeyOptionFromSeed(o.NkeyFile)
		if err != nil {
			return nil, fmt.Errorf("%w: nkey seed file: %v", ErrInvalidURL, err)
		}
		opts = append(opts, nk)
	}
	if o.CAFile != "" {
		opts = append(opts, nats.RootCAs(o.CAFile))
	}
	if o.CertFile != "" {
		opts = append(opts, nats.ClientCert(o.CertFile, o.KeyFile))
	}
	if strings.HasPrefix(rawURL, "tls://") {
		opts = append(opts, nats.Secure())
	}
	nc, err := nats.Connect(rawURL, opts...)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrUnavailable, redactURL(rawURL), err)
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(o.MaxPending))
	if err != nil {
		nc.Close()
		return nil, err
	}
	if o.Producer {
		return &Conn{NC: nc, JS: js}, nil
	}
	if _, err := js.AccountInfo(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("%w: %s: JetStream not available: %v", ErrUnavailable, redactURL(rawURL), err)
	}
	return &Conn{NC: nc, JS: js}, nil
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(unparsable URL)"
	}
	u.User = nil
	return u.String()
}

// Close drains the client and shuts an embedded server down.
func (c *Conn) Close() {
	if c.NC != nil {
		_ = c.NC.Drain()
		for i := 0; i < 50 && !c.NC.IsClosed(); i++ {
			time.Sleep(20 * time.Millisecond)
		}
		c.NC.Close()
	}
	if c.server != nil {
		c.server.Shutdown()
		c.server.WaitForShutdown()
	}
}
