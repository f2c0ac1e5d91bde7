package workers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/streams"
)

// Keyrings gives a tenant's pseudonym keys; tenants.Registry implements it.
// It returns an error wrapping tenants.ErrUnknownTenant for an unknown
// tenant (see Config.IsUnknownTenant).
type Keyrings interface {
	Keyring(ctx context.Context, tenant string) (*anonymize.Keyring, error)
}

// Config configures a Pipeline. Zero values take the defaults shown.
type Config struct {
	Environment     string        // stored in every row; default "dev"
	BatchSize       int           // messages per fetch; default 2000
	FetchWait       time.Duration // longest wait for a batch to fill; default 250ms
	Parallelism     int           // goroutines anonymising one batch; default GOMAXPROCS
	AnonymizeLoops  int           // concurrent anonymise fetch loops; default 2
	EnrichLoops     int           // concurrent enrich fetch loops; default 1
	EnrichBatch     int           // items per AI call; default 50
	IsUnknownTenant func(error) bool
	Logger          *slog.Logger
	Metrics         *Metrics
	Now             func() time.Time
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	if c.BatchSize < 0 || c.Parallelism < 0 || c.EnrichBatch < 0 || c.AnonymizeLoops < 0 || c.EnrichLoops < 0 {
		return errors.New("workers: sizes must not be negative")
	}
	if c.BatchSize > 10000 {
		return errors.New("workers: batch size must be at most 10000 (the consumer's max request batch)")
	}
	return nil
}

func (c *Config) defaults() {
	if c.Environment == "" {
		c.Environment = "dev"
	}
	if c.BatchSize == 0 {
		c.BatchSize = 2000
	}
	if c.FetchWait == 0 {
		c.FetchWait = 250 * time.Millisecond
	}
	if c.Parallelism == 0 {
		c.Parallelism = runtime.GOMAXPROCS(0)
	}
	if c.AnonymizeLoops == 0 {
		c.AnonymizeLoops = 2
	}
	if c.EnrichLoops == 0 {
		c.EnrichLoops = 1
	}
	if c.EnrichBatch == 0 {
		c.EnrichBatch = 50
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(nil)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.IsUnknownTenant == nil {
		c.IsUnknownTenant = func(error) bool { return false }
	}
}

// Pipeline runs both stages. Create it with New; Run blocks until its ctx
// ends. Safe to Run once.
type Pipeline struct {
	js    jetstream.JetStream
	st    *store.Store
	reg   *schemas.Registry
	keys  Keyrings
	anon  *anonymize.Anonymizer
	ai    ai.Provider
	cfg   Config
	plans map[string]*anonymize.Plan
}

// New builds a pipeline. The caller keeps ownership of js, st and the
// provider and closes them after Run returns.
func New(js jetstream.JetStream, st *store.Store, reg *schemas.Registry, keys Keyrings, provider ai.Provider, cfg Config) (*Pipeline, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	return &Pipeline{js: js, st: st, reg: reg, keys: keys, anon: anonymize.New(), ai: provider, cfg: cfg, plans: PlansByType(reg)}, nil
}

// PlansByType turns each event type's x-pii annotations into the
// anonymiser's field rules, prepared once.
func PlansByType(reg *schemas.Registry) map[string]*anonymize.Plan {
	plans := map[string]*anonymize.Plan{}
	for _, name := range reg.Types() {
		var rules []anonymize.Rule
		for _, f := range reg.Type(name).Fields {
			rules = append(rules, anonymize.Rule{Path: f.Path, Kind: f.Kind, Policy: f.Policy, Closed: f.Closed})
		}
		plans[name] = anonymize.NewPlan(rules)
	}
	return plans
}

// Run runs the anonymise and enrich loops until ctx ends, then lets the
// batches in hand finish and returns nil. It returns an error only when a
// consumer cannot be found at start (call streams.Ensure first).
func (p *Pipeline) Run(ctx context.Context) error {
	raw, err := p.js.Consumer(ctx, streams.RawStream, streams.AnonymizeConsumer)
	if err != nil {
		return fmt.Errorf("workers: anonymise consumer: %w", err)
	}
	clean, err := p.js.Consumer(ctx, streams.CleanStream, streams.EnrichConsumer)
	if err != nil {
		return fmt.Errorf("workers: enrich consumer: %w", err)
	}
	var wg sync.WaitGroup
	for range p.cfg.AnonymizeLoops {
		wg.Go(func() {
			consume(ctx, "anonymize", raw, p.cfg.BatchSize, p.cfg.FetchWait, p.cfg.Metrics, p.cfg.Logger, p.anonymizeBatch)
		})
	}
	for range p.cfg.EnrichLoops {
		wg.Go(func() {
			consume(ctx, "enrich", clean, p.cfg.BatchSize, p.cfg.FetchWait, p.cfg.Metrics, p.cfg.Logger, p.enrichBatch)
		})
	}
	wg.Wait()
	return nil
}

// Drained reports whether every event has gone through both stages: RAW
// holds nothing (a work queue drops a message once it is acknowledged or
// terminated), and the enrich consumer has acknowledged all of CLEAN.
//
// It reads the streams' own state, which a publish updates before it
// returns, and not a consumer's pending count alone: right after a publish
// that count may not have caught up yet, and a check then reported a
// pipeline drained before it had started.
func (p *Pipeline) Drained(ctx context.Context) (bool, error) {
	_, ri, err := streams.State(ctx, p.js, streams.RawStream)
	if err != nil {
		return false, err
	}
	if ri.State.Msgs > 0 {
		return false, nil
	}
	clean, ci, err := streams.State(ctx, p.js, streams.CleanStream)
	if err != nil {
		return false, err
	}
	cons, err := clean.Consumer(ctx, streams.EnrichConsumer)
	if err != nil {
		return false, err
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return false, err
	}
	return info.AckFloor.Stream >= ci.State.LastSeq && info.NumAckPending == 0 && info.NumPending == 0, nil
}
