package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/synth"
	"github.com/veilig/veilig/workers"
)

type demoCmd struct {
	dataFlag
	Events int           `name:"events" default:"1000" env:"VEILIG_DEMO_EVENTS" help:"How many synthetic events to generate (ignored with --input)."`
	Input  string        `name:"input" type:"existingfile" placeholder:"FILE" help:"Read events from this JSON Lines file instead of generating them; every tenant it names is provisioned."`
	Seed   uint64        `name:"seed" default:"1" env:"VEILIG_DEMO_SEED" help:"Seed of the synthetic data: the same seed gives the same events."`
	Stall  time.Duration `name:"stall-timeout" default:"2m" env:"VEILIG_DEMO_STALL_TIMEOUT" help:"Give up (exit 1) when the pipeline makes no progress for this long, e.g. while the AI provider fails."`
	aiFlags
}

// demoStats counts what the publisher reported.
type demoStats struct {
	accepted, duplicate, refused, failed atomic.Int64
}

func (d *demoCmd) Run(e *env) error {
	defer workers.TuneGC()()
	if d.Events < 0 {
		return usagef("--events must not be negative")
	}
	if d.Profile == ai.ProfileProduction {
		return usagef("the demo generates demo data and keys: it does not run in the production profile")
	}
	// an unreadable input file fails before anything is started
	var tenantIDs []string
	if d.Input != "" {
		var err error
		if tenantIDs, err = tenantsInFile(d.Input); err != nil {
			return err
		}
	}
	audit := workers.NewAuditWriter(d.Profile, e.log)
	cache := &lazyCache{}
	provider, err := d.open(audit.Record, cache, false)
	if err != nil {
		return err
	}
	dir, err := d.dir()
	if err != nil {
		return err
	}
	ctx := e.ctx
	mk, err := masterKey(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "veilig demo: data folder %s\n", dir)
	st, err := openStore(ctx, "chdb:"+filepath.Join(dir, "clickhouse"), e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	audit.SetStore(st)
	conn, reg, err := broker(ctx, "embedded:"+filepath.Join(dir, "nats"), mk, 1)
	if err != nil {
		return err
	}
	defer conn.Close()
	cache.attach(e.ctx, conn.JS)
	schemaReg := schemas.MustLoad()

	// the events and their tenants
	// source yields each event with its line number in the input file (or
	// its ordinal when generated), so that a refusal names the line
	var source func(yield func(int, []byte) bool)
	if d.Input != "" {
		source = func(yield func(int, []byte) bool) {
			f, err := os.Open(d.Input)
			if err != nil {
				return
			}
			defer f.Close()
			_, _ = forEachLine(f, schemas.MaxEventBytes+1, yield) // its shape was checked by tenantsInFile
		}
	} else {
		ts := synth.Tenants(3)
		for _, t := range ts {
			tenantIDs = append(tenantIDs, t.ID)
		}
		gen := synth.New(d.Seed, ts)
		n := d.Events
		source = func(yield func(int, []byte) bool) {
			for i := range n {
				if !yield(i+1, gen.Event(i)) {
					return
				}
			}
		}
	}
	for i, id := range tenantIDs {
		if _, err := reg.Ensure(ctx, id, fmt.Sprintf("demo tenant %d", i+1)); err != nil {
			return err
		}
	}

	metrics := workers.NewMetrics(prometheus.NewRegistry())
	pipe, err := workers.New(conn.JS, st, schemaReg, reg, provider, workers.Config{
		Environment: d.Profile, Logger: e.log, Metrics: metrics, IsUnknownTenant: isUnknownTenant,
	})
	if err != nil {
		return err
	}
	// events stored by an earlier run on this data folder are not sent again
	stored, err := storedIDs(ctx, st, tenantIDs)
	if err != nil {
		return err
	}
	runCtx, stopWorkers := context.WithCancel(ctx)
	defer stopWorkers()
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := pipe.Run(runCtx); err != nil {
			e.log.Error("workers stopped", "error", err)
		}
	})
	start := time.Now()
	pub := streams.NewPublisher(conn.JS, schemaReg, streams.PublisherOptions{Tenants: reg.Exists, Quarantine: true})
	var stats demoStats
	read := 0
	skipped := 0
	total := d.Events
	if d.Input != "" {
		total = -1 // unknown: a spinner
	}
	pubBar := newProgress("publishing", total)
	for line, raw := range source {
		read++
		if read%500 == 0 {
			pubBar.set(int64(read))
		}
		if len(stored) > 0 {
			var head struct{ ID string }
			if json.Unmarshal(raw, &head) == nil && stored[strings.ToLower(head.ID)] {
				skipped++
				continue
			}
		}
		err := pub.Publish(ctx, raw, func(o streams.Outcome) {
			switch {
			case o.Err != nil:
				stats.failed.Add(1)
			case o.Duplicate:
				stats.duplicate.Add(1)
			default:
				stats.accepted.Add(1)
			}
		})
		if err != nil {
			var se *schemas.Error
			if !errors.As(err, &se) {
				pub.Close()
				stopWorkers()
				wg.Wait()
				return err
			}
			stats.refused.Add(1)
			fmt.Fprintf(os.Stderr, "line %d: refused: %v\n", line, err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	pub.Close()
	pubBar.finish()
	published := time.Since(start)
	fmt.Fprintf(os.Stderr, "read %d events in %s: %d already stored (skipped), %d accepted, %d duplicates, %d refused into quarantine, %d failed\n",
		read, published.Round(time.Millisecond), skipped, stats.accepted.Load(), stats.duplicate.Load(), stats.refused.Load(), stats.failed.Load())

	// wait until both stages have drained
	tick := time.NewTicker(100 * time.Millisecond)
	bar := newProgress("processing", 2*int(stats.accepted.Load()))
	defer bar.finish()
	lastProgress, lastDone := time.Now(), -1.0
	for drained := false; !drained; {
		select {
		case <-ctx.Done():
			stopWorkers()
			wg.Wait()
			return fmt.Errorf("interrupted before the pipeline drained: %w", ctx.Err())
		case <-tick.C:
		}
		drained, err = pipe.Drained(ctx)
		if err != nil {
			e.log.Warn("drain check failed", "error", err)
		}
		if done := doneCount(metrics); done != lastDone {
			lastProgress, lastDone = time.Now(), done
		} else if time.Since(lastProgress) > d.Stall {
			stopWorkers()
			wg.Wait()
			return fmt.Errorf("the pipeline made no progress for %s (events wait in CLEAN, nothing is lost): check the AI provider (--ai %s) and the log above; run the demo again to resume", d.Stall, d.AI)
		}
		bar.set(int64(lastDone))
	}
	elapsed := time.Since(start)
	stopWorkers()
	wg.Wait()
	tick.Stop()

	processed := stats.accepted.Load()
	rate := float64(processed) / elapsed.Seconds()
	fmt.Printf("pipeline: %d new events published and stored end to end in %s: %.0f events/s\n", processed, elapsed.Round(time.Millisecond), rate)

	// merge replaced rows so plain SELECTs see one row per event too
	for _, t := range []string{"events", "insights"} {
		if err := st.Exec(ctx, "OPTIMIZE TABLE "+t+" FINAL"); err != nil {
			e.log.Warn("optimize failed", "table", t, "error", err)
		}
	}
	return printSummary(ctx, os.Stdout, st, conn, tenantIDs)
}

// doneCount sums the messages both stages have settled (any outcome).
func doneCount(m *workers.Metrics) float64 {
	var n float64
	for _, stage := range []string{"anonymize", "enrich"} {
		for _, outcome := range []string{"ok", "quarantined", "dead_lettered"} {
			var d dto.Metric
			if m.Events.WithLabelValues(stage, outcome).Write(&d) == nil {
				n += d.GetCounter().GetValue()
			}
		}
	}
	return n
}

// storedIDs returns the event ids the store already holds for the tenants.
func storedIDs(ctx context.Context, st *store.Store, tenants []string) (map[string]bool, error) {
	var quoted []string
	for _, t := range tenants {
		if schemas.CanonicalUUID(t) {
			quoted = append(quoted, "'"+t+"'")
		}
	}
	if len(quoted) == 0 {
		return nil, nil
	}
	res, err := st.Query(ctx, "SELECT toString(event_id) FROM events WHERE tenant_id IN ("+strings.Join(quoted, ",")+")")
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(res.Rows))
	for _, r := range res.Rows {
		ids[fmt.Sprint(r[0])] = true
	}
	return ids, nil
}

// printSummary prints events, insights and quarantined counts per tenant.
func printSummary(ctx context.Context, w io.Writer, st *store.Store, conn *streams.Conn, tenantIDs []string) error {
	res, err := st.Query(ctx, `
SELECT toString(e.tenant_id) AS tenant, count() AS events,
       countIf(e.severity = 'near_miss') AS near_misses,
       countIf(e.type = 'incident.reported') AS incidents,
       countIf(e.type = 'inspection.completed') AS inspections,
       countIf(e.type = 'toolbox.held') AS toolboxes
FROM events AS e FINAL
GROUP BY tenant ORDER BY tenant`)
	if err != nil {
		return err
	}
	ins, err := st.Query(ctx, `SELECT toString(tenant_id) AS tenant, count() AS n, topK(1)(category)[1] AS top FROM insights FINAL GROUP BY tenant`)
	if err != nil {
		return err
	}
	insights := map[string][2]string{}
	for _, r := range ins.Rows {
		insights[fmt.Sprint(r[0])] = [2]string{fmt.Sprint(r[1]), fmt.Sprint(r[2])}
	}
	quarantined := map[string]uint64{}
	if s, err := conn.JS.Stream(ctx, streams.QuarantineStream); err == nil {
		if info, err := s.Info(ctx, jetstream.WithSubjectFilter("quarantine.>")); err == nil {
			for subj, n := range info.State.Subjects {
				quarantined[streams.TenantOf(subj)] += n
			}
		}
	}
	seen := map[string]bool{}
	fmt.Fprintf(w, "\n%-36s  %7s  %9s  %11s  %9s  %8s  %11s  %s\n", "tenant", "events", "incidents", "inspections", "toolboxes", "insights", "quarantined", "top category")
	for _, r := range res.Rows {
		t := fmt.Sprint(r[0])
		seen[t] = true
		fmt.Fprintf(w, "%-36s  %7v  %9v  %11v  %9v  %8s  %11d  %s\n", t, r[1], r[3], r[4], r[5], insights[t][0], quarantined[t], insights[t][1])
	}
	var rest []string
	for t := range quarantined {
		if !seen[t] {
			rest = append(rest, t)
		}
	}
	sort.Strings(rest)
	for _, t := range rest {
		fmt.Fprintf(w, "%-36s  %7d  %9s  %11s  %9s  %8s  %11d\n", t, 0, "-", "-", "-", "-", quarantined[t])
	}
	return nil
}

// tenantsInFile returns the distinct tenant ids named in a JSON Lines file,
// in order of first appearance. Lines that are not JSON are skipped here;
// the publisher reports them.
func tenantsInFile(path string) ([]string, error) {
	f, err := os.Open(path) // #nosec G304 -- the path is the operator's own input (a flag, an environment variable, the cache folder)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	seen := map[string]bool{}
	var out []string
	_, err = forEachLine(f, schemas.MaxEventBytes+1, func(_ int, line []byte) bool {
		var head struct {
			Tenant string `json:"tenant"`
		}
		if json.Unmarshal(line, &head) == nil && head.Tenant != "" && !seen[strings.ToLower(head.Tenant)] {
			t := strings.ToLower(head.Tenant)
			seen[t] = true
			out = append(out, t)
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// withoutBOM drops the byte order mark that some editors and spreadsheet
// exports put before a file's first line: it is not part of the event.
func withoutBOM(line []byte) []byte { return bytes.TrimPrefix(line, []byte("\ufeff")) }

// forEachLine calls fn for every non-blank line of r, however long, with
// its 1-based number in r, until fn returns false; it returns the number of
// lines read. Lines longer than max are passed through cut to max, so that
// the caller refuses them as oversize rather than the reader failing.
// Input that is not JSON Lines at all (a JSON array, JSON spread over
// lines) is refused whole, before fn sees a line: its fragments would each
// be refused, and each fragment of personal data kept in quarantine under
// no tenant. A read error other than the end of r is returned.
func forEachLine(r io.Reader, max int, fn func(n int, line []byte) bool) (int, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	n, first := 0, true
	for {
		line, err := schemas.ReadLine(br, max)
		if len(line) > 0 || err == nil {
			n++
			if n == 1 {
				line = withoutBOM(line)
			}
			if len(bytes.TrimSpace(line)) > 0 {
				if first {
					if serr := jsonLinesShape(line); serr != nil {
						return n, serr
					}
					first = false
				}
				if !fn(n, line) {
					return n, nil
				}
			}
		}
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// jsonLinesShape checks the first non-blank line of input meant to be JSON
// Lines and says how to convert the two common other shapes.
func jsonLinesShape(line []byte) error {
	t := bytes.TrimSpace(line)
	switch {
	case t[0] == '[':
		return errors.New("the input is a JSON array, not JSON Lines (one JSON object per line); convert it first, for example: jq -c '.[]' FILE > events.jsonl")
	case t[0] == '{' && bytes.IndexByte([]byte("{[,"), t[len(t)-1]) >= 0:
		return errors.New("the input spreads its JSON over several lines, not JSON Lines (one JSON object per line); convert it first, for example: jq -c . FILE > events.jsonl")
	}
	return nil
}
