package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/tenants"
	"github.com/veilig/veilig/workers"
)

// opened is what the data-subject and tenant commands work on.
type opened struct {
	st    *store.Store
	conn  *streams.Conn
	reg   *tenants.Registry
	close func()
}

func (b backendFlags) openAll(e *env) (*opened, error) {
	natsURL, storeURL, dataDir, err := b.urls()
	if err != nil {
		return nil, err
	}
	mk, err := masterKey(dataDir)
	if err != nil {
		return nil, err
	}
	st, err := openStore(e.ctx, storeURL, e.log)
	if err != nil {
		return nil, err
	}
	conn, reg, err := broker(e.ctx, natsURL, mk, 1)
	if err != nil {
		_ = st.Close()
		return nil, err
	}
	return &opened{st: st, conn: conn, reg: reg, close: func() { conn.Close(); _ = st.Close() }}, nil
}

type gdprCmd struct {
	Erase  gdprEraseCmd  `cmd:"" help:"Erase everything linked to a data subject: rows in ClickHouse (events, insights) and messages in CLEAN. A second run finds nothing."`
	Export gdprExportCmd `cmd:"" help:"Write everything linked to a data subject as JSON (right of access)."`
}

type subjectFlags struct {
	backendFlags
	Tenant  string `name:"tenant" required:"" placeholder:"UUID" help:"The tenant."`
	Subject string `name:"subject" required:"" placeholder:"ID" help:"The data subject: e-mail address, name, phone number, BSN or employee number."`
}

// find derives the subject's pseudonyms with every key version and finds
// the events that carry them. Phone numbers and BSNs are redacted or
// dropped, never stored: only what was pseudonymised can be found.
func (s subjectFlags) openAndFind(e *env) (*opened, []string, error) {
	o, err := s.openAll(e)
	if err != nil {
		return nil, nil, err
	}
	ids, err := s.find(e, o)
	if err != nil {
		o.close()
		return nil, nil, err
	}
	return o, ids, nil
}

func (s subjectFlags) find(e *env, o *opened) ([]string, error) {
	tenant := strings.ToLower(s.Tenant)
	if !schemas.CanonicalUUID(tenant) {
		return nil, usagef("--tenant must be a UUID")
	}
	kr, err := o.reg.Keyring(e.ctx, tenant)
	if err != nil {
		return nil, err
	}
	return workers.SubjectEvents(e.ctx, o.st, tenant, workers.Pseudonyms(kr, s.Subject))
}

type gdprEraseCmd struct{ subjectFlags }

func (c *gdprEraseCmd) Run(e *env) error {
	o, ids, err := c.openAndFind(e)
	if err != nil {
		return err
	}
	defer o.close()
	res, err := workers.EraseEvents(e.ctx, o.st, o.conn.JS, strings.ToLower(c.Tenant), ids)
	if err != nil {
		return err
	}
	fmt.Printf("erased: %d events, %d insights, %d CLEAN messages\n", res.Events, res.Insights, res.StreamMessages)
	for _, id := range res.EventIDs {
		fmt.Println("  event", id)
	}
	return nil
}

type gdprExportCmd struct{ subjectFlags }

func (c *gdprExportCmd) Run(e *env) error {
	o, ids, err := c.openAndFind(e)
	if err != nil {
		return err
	}
	defer o.close()
	out := map[string]any{"tenant": strings.ToLower(c.Tenant), "events": []any{}, "insights": []any{}}
	if len(ids) > 0 {
		in := "('" + strings.Join(ids, "','") + "')"
		for _, t := range []string{"events", "insights"} {
			res, err := o.st.Query(e.ctx, "SELECT * FROM "+t+" FINAL WHERE tenant_id = '"+strings.ToLower(c.Tenant)+"' AND toString(event_id) IN "+in)
			if err != nil {
				return err
			}
			var rows []any
			for _, r := range res.Rows {
				m := map[string]any{}
				for i, col := range res.Columns {
					m[col] = r[i]
				}
				rows = append(rows, m)
			}
			out[t] = rows
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

type tenantsCmd struct {
	Delete      tenantsDeleteCmd      `cmd:"" help:"Offboard a tenant: remove its rows and stream messages and destroy its keys (crypto-shredding)."`
	Credentials tenantsCredentialsCmd `cmd:"" help:"Make NATS credentials for a tenant's producer: it may publish only to its own tenant's subjects."`
}

type tenantsDeleteCmd struct {
	backendFlags
	Tenant string `arg:"" help:"The tenant's UUID."`
}

func (c *tenantsDeleteCmd) Run(e *env) error {
	tenant := strings.ToLower(c.Tenant)
	if !schemas.CanonicalUUID(tenant) {
		return usagef("the tenant must be a UUID")
	}
	o, err := c.openAll(e)
	if err != nil {
		return err
	}
	defer o.close()
	removed, err := workers.DeleteTenant(e.ctx, o.st, o.conn.JS, tenant)
	if err != nil {
		return err
	}
	if err := o.reg.Delete(e.ctx, tenant); err != nil {
		return err
	}
	fmt.Printf("tenant %s deleted: %d events, %d insights, %d AI call records, %d RAW, %d CLEAN, %d QUARANTINE messages; keys destroyed\n",
		tenant, removed["events"], removed["insights"], removed["ai_calls"], removed[streams.RawStream], removed[streams.CleanStream], removed[streams.QuarantineStream])
	return nil
}

type keysCmd struct {
	Rotate keysRotateCmd `cmd:"" help:"Give a tenant a new pseudonym key; old versions are kept so old pseudonyms stay derivable for GDPR requests."`
}

type keysRotateCmd struct {
	backendFlags
	Tenant string `name:"tenant" required:"" placeholder:"UUID" help:"The tenant."`
}

func (c *keysRotateCmd) Run(e *env) error {
	o, err := c.openAll(e)
	if err != nil {
		return err
	}
	defer o.close()
	v, err := o.reg.Rotate(e.ctx, strings.ToLower(c.Tenant))
	if err != nil {
		return err
	}
	fmt.Printf("tenant %s now pseudonymises with key version %d\n", strings.ToLower(c.Tenant), v)
	return nil
}

type retentionCmd struct {
	Apply retentionApplyCmd `cmd:"" help:"Delete events and insights older than their retention (per table, per tenant)."`
}

type retentionApplyCmd struct {
	storeFlags
	Days       int      `name:"days" default:"730" env:"VEILIG_RETENTION_DAYS" help:"Retention in days for every tenant."`
	TenantDays []string `name:"tenant-days" placeholder:"TENANT=DAYS" help:"A tenant's own retention, repeatable."`
}

func (c *retentionApplyCmd) Run(e *env) error {
	by := map[string]int{}
	for _, td := range c.TenantDays {
		t, v, ok := strings.Cut(td, "=")
		d, err := strconv.Atoi(v)
		if !ok || err != nil || d < 1 || !schemas.CanonicalUUID(strings.ToLower(t)) {
			return usagef("--tenant-days %q: want TENANT-UUID=DAYS", td)
		}
		by[strings.ToLower(t)] = d
	}
	if c.Days < 1 {
		return usagef("--days must be at least 1")
	}
	st, err := c.open(e)
	if err != nil {
		return err
	}
	defer st.Close()
	removed, err := workers.Retention(e.ctx, st, c.Days, by)
	if err != nil {
		return err
	}
	fmt.Printf("retention applied: %d events and %d insights removed\n", removed["events"], removed["insights"])
	return nil
}

type tenantsCredentialsCmd struct {
	Tenant string `arg:"" help:"The tenant's UUID."`
	Out    string `name:"out" required:"" placeholder:"FILE" help:"Where to write the producer's nkey seed (mode 0600); hand it to the producer only."`
}

// Run makes a producer identity for a tenant and prints the server-side
// entry for deploy/nats: the public key and the tenant-scoped permissions.
func (c *tenantsCredentialsCmd) Run(e *env) error {
	tenant := strings.ToLower(c.Tenant)
	if !schemas.CanonicalUUID(tenant) {
		return usagef("the tenant must be a UUID")
	}
	cred, err := streams.NewProducerCredential(tenant)
	if err != nil {
		return err
	}
	if err := os.WriteFile(c.Out, cred.Seed, 0o600); err != nil {
		return err
	}
	fmt.Println(cred.ServerConfig())
	fmt.Fprintf(os.Stderr, "seed written to %s (0600); add the line above to the authorization users of deploy/nats/veilig.conf; producers use it with VEILIG_NATS_NKEY=%s veilig publish --nats tls://... --tenant %s\n", c.Out, c.Out, tenant)
	return nil
}
