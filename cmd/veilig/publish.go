package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
)

type publishCmd struct {
	dataFlag
	NATS   string `name:"nats" env:"VEILIG_NATS" placeholder:"URL" help:"NATS: nats://host:4222, tls://host:4222 or embedded:DIR (default: the embedded server of --data)."`
	Tenant string `name:"tenant" env:"VEILIG_TENANT" placeholder:"UUID" help:"Publish only for this tenant: events of any other tenant are refused."`
}

func (p *publishCmd) Run(e *env) error {
	url := p.NATS
	dataDir := ""
	if url == "" || strings.HasPrefix(url, "embedded:") {
		dir, err := p.dir()
		if err != nil {
			return err
		}
		dataDir = dir
		if url == "" {
			url = "embedded:" + filepath.Join(dir, "nats")
		}
	}
	var pub *streams.Publisher
	if nk := os.Getenv("VEILIG_NATS_NKEY"); nk != "" {
		// a tenant's producer: its credentials publish to its raw subjects
		// only, so no stream set-up and no registry look-up (the workers
		// check the tenant)
		if p.Tenant == "" {
			return usagef("with producer credentials (VEILIG_NATS_NKEY), --tenant is required")
		}
		conn, err := streams.Connect(e.ctx, url, streams.Options{NkeyFile: nk, Producer: true, CAFile: os.Getenv("VEILIG_NATS_CA")})
		if err != nil {
			return err
		}
		defer conn.Close()
		pub = streams.NewPublisher(conn.JS, schemas.MustLoad(), streams.PublisherOptions{OnlyTenant: strings.ToLower(p.Tenant)})
	} else {
		conn, reg, err := brokerFor(e.ctx, url, dataDir)
		if err != nil {
			return err
		}
		defer conn.Close()
		pub = streams.NewPublisher(conn.JS, schemas.MustLoad(), streams.PublisherOptions{
			Tenants: reg.Exists, OnlyTenant: strings.ToLower(p.Tenant), Quarantine: true,
		})
	}
	var mu sync.Mutex // answers come from the publisher's goroutine too
	say := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Printf(format+"\n", args...)
	}
	var refused, failed int
	var fatal error
	_, inErr := forEachLine(os.Stdin, schemas.MaxEventBytes+1, func(n int, line []byte) bool {
		err := pub.Publish(e.ctx, line, func(o streams.Outcome) {
			switch {
			case o.Err != nil:
				mu.Lock()
				failed++
				mu.Unlock()
				say("line %d: failed: %s: %v", n, o.EventID, o.Err)
			case o.Duplicate:
				say("line %d: accepted %s (already present)", n, o.EventID)
			default:
				say("line %d: accepted %s", n, o.EventID)
			}
		})
		if err != nil {
			var se *schemas.Error
			if !errors.As(err, &se) {
				fatal = err
				return false
			}
			mu.Lock()
			refused++
			mu.Unlock()
			say("line %d: refused: %v", n, err)
		}
		return e.ctx.Err() == nil
	})
	pub.Close()
	if inErr != nil {
		return inErr
	}
	if fatal != nil {
		return fatal
	}
	if refused+failed > 0 {
		return fmt.Errorf("%d events refused (kept in quarantine with their reason), %d failed to publish", refused, failed)
	}
	return nil
}
