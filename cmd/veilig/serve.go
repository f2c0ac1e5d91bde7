package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/veilig/veilig/api"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/tenants"
)

type serveCmd struct {
	backendFlags
	Addr    string   `name:"addr" default:"127.0.0.1:8080" env:"VEILIG_ADDR" help:"Listen address."`
	K       int      `name:"k" default:"5" env:"VEILIG_K" help:"Smallest group shown on views grouped by site or period."`
	KTenant []string `name:"k-tenant" placeholder:"TENANT=K" help:"Per-tenant smallest group, repeatable."`
	TLSCert string   `name:"tls-cert" env:"VEILIG_TLS_CERT" type:"existingfile" help:"TLS certificate (PEM); with --tls-key, serve HTTPS."`
	TLSKey  string   `name:"tls-key" env:"VEILIG_TLS_KEY" type:"existingfile" help:"TLS key (PEM)."`
	Profile string   `name:"profile" enum:"dev,test,acceptance,production" default:"dev" env:"VEILIG_PROFILE" help:"In production, a plain-text listener is refused."`
}

func (s *serveCmd) Run(e *env) error {
	kBy := map[string]int{}
	for _, kt := range s.KTenant {
		t, v, ok := strings.Cut(kt, "=")
		k, err := strconv.Atoi(v)
		if !ok || err != nil || k < 1 {
			return usagef("--k-tenant %q: want TENANT=K with K >= 1", kt)
		}
		kBy[strings.ToLower(t)] = k
	}
	if s.K < 1 {
		return usagef("--k must be at least 1")
	}
	if (s.TLSCert == "") != (s.TLSKey == "") {
		return usagef("--tls-cert and --tls-key go together")
	}
	if err := productionRules(s.Profile, map[string]bool{
		"serve without --tls-cert (a plain-text HTTP listener)":                                   s.TLSCert == "",
		"a master key made in the data folder (set VEILIG_MASTER_KEY_FILE from the secret store)": os.Getenv("VEILIG_MASTER_KEY") == "" && os.Getenv("VEILIG_MASTER_KEY_FILE") == "",
	}); err != nil {
		return err
	}
	natsURL, storeURL, dataDir, err := s.urls()
	if err != nil {
		return err
	}
	mk, err := masterKey(dataDir)
	if err != nil {
		return err
	}
	st, err := openStore(e.ctx, storeURL, e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	conn, reg, err := broker(e.ctx, natsURL, mk, 1)
	if err != nil {
		return err
	}
	defer conn.Close()
	toks, err := tenants.OpenTokens(e.ctx, conn.JS, 1)
	if err != nil {
		return err
	}
	pub := streams.NewPublisher(conn.JS, schemas.MustLoad(), streams.PublisherOptions{Tenants: reg.Exists, Quarantine: true})
	defer pub.Close()
	h := api.New(api.Config{Store: st, Tokens: toks, K: s.K, KByTenant: kBy, Logger: e.log, Secure: s.TLSCert != "",
		Ingest: &api.Ingest{Publisher: pub, Tokens: toks},
		Ready: func(context.Context) error {
			if !conn.NC.IsConnected() {
				return errors.New("NATS not connected")
			}
			return nil
		}})
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.Addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second}
	go func() {
		<-e.ctx.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}()
	scheme := "http"
	if s.TLSCert != "" {
		scheme = "https"
	}
	e.log.Info("serving", "url", scheme+"://"+ln.Addr().String()+"/dashboard")
	if s.TLSCert != "" {
		err = srv.ServeTLS(ln, s.TLSCert, s.TLSKey)
	} else {
		err = srv.Serve(ln)
	}
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

type tokensCmd struct {
	Create tokensCreateCmd `cmd:"" help:"Create an API token; it is shown once and stored only as a hash."`
	List   tokensListCmd   `cmd:"" help:"List tokens (ids, tenants, roles, expiry; never the secret)."`
	Revoke tokensRevokeCmd `cmd:"" help:"Revoke a token by id."`
}

type tokensBase struct {
	backendFlags
}

func (b tokensBase) open(e *env) (*tenants.Tokens, func(), error) {
	natsURL, _, dataDir, err := b.urls()
	if err != nil {
		return nil, nil, err
	}
	conn, _, err := brokerFor(e.ctx, natsURL, dataDir)
	if err != nil {
		return nil, nil, err
	}
	t, err := tenants.OpenTokens(e.ctx, conn.JS, 1)
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	return t, conn.Close, nil
}

type tokensCreateCmd struct {
	tokensBase
	Tenant string        `name:"tenant" required:"" placeholder:"UUID" help:"The tenant the token is for."`
	Role   string        `name:"role" required:"" enum:"producer,analyst" help:"producer or analyst."`
	TTL    time.Duration `name:"ttl" default:"720h" help:"How long the token is valid."`
}

func (c *tokensCreateCmd) Run(e *env) error {
	t, done, err := c.open(e)
	if err != nil {
		return err
	}
	defer done()
	tok, info, err := t.Create(e.ctx, strings.ToLower(c.Tenant), c.Role, c.TTL)
	if err != nil {
		return usageError{err.Error()}
	}
	fmt.Println(tok)
	fmt.Fprintf(osStderr(), "token %s for tenant %s, role %s, expires %s; shown once, stored as a hash\n", info.ID, info.Tenant, info.Role, info.ExpiresAt.Format(time.RFC3339))
	return nil
}

type tokensListCmd struct {
	tokensBase
	Tenant string `name:"tenant" placeholder:"UUID" help:"Only this tenant's tokens."`
}

func (c *tokensListCmd) Run(e *env) error {
	t, done, err := c.open(e)
	if err != nil {
		return err
	}
	defer done()
	list, err := t.List(e.ctx, strings.ToLower(c.Tenant))
	if err != nil {
		return err
	}
	for _, i := range list {
		state := "active"
		if i.Revoked {
			state = "revoked"
		} else if time.Now().After(i.ExpiresAt) {
			state = "expired"
		}
		fmt.Printf("%s  %s  %-8s  expires %s  %s\n", i.ID, i.Tenant, i.Role, i.ExpiresAt.Format(time.RFC3339), state)
	}
	return nil
}

type tokensRevokeCmd struct {
	tokensBase
	ID string `arg:"" help:"Token id (from 'veilig tokens list')."`
}

func (c *tokensRevokeCmd) Run(e *env) error {
	t, done, err := c.open(e)
	if err != nil {
		return err
	}
	defer done()
	if err := t.Revoke(e.ctx, c.ID); err != nil {
		return err
	}
	fmt.Println("revoked", c.ID)
	return nil
}
