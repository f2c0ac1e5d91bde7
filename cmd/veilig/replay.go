package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/workers"
)

// rangeFlags select a range of the anonymised stream.
type rangeFlags struct {
	Tenant string    `name:"tenant" placeholder:"UUID" help:"Only this tenant."`
	Type   string    `name:"type" placeholder:"TYPE" help:"Only this event type, e.g. incident.reported."`
	From   time.Time `name:"from" placeholder:"TIME" help:"From this time (RFC 3339), by when the broker stored the event."`
	To     time.Time `name:"to" placeholder:"TIME" help:"Up to this time (RFC 3339)."`
}

func (r rangeFlags) filter() streams.CaptureFilter {
	return streams.CaptureFilter{Tenant: strings.ToLower(r.Tenant), Type: r.Type, From: r.From, To: r.To}
}

// backendFlags name the broker and store: a data folder's embedded ones,
// or servers.
type backendFlags struct {
	dataFlag
	NATS  string `name:"nats" env:"VEILIG_NATS" placeholder:"URL" help:"NATS URL (default: the embedded server of --data)."`
	Store string `name:"store" env:"VEILIG_STORE" placeholder:"URL" help:"Store URL (default: the embedded store of --data)."`
}

func (b backendFlags) urls() (natsURL, storeURL, dataDir string, err error) {
	natsURL, storeURL = b.NATS, b.Store
	if natsURL == "" || storeURL == "" || strings.HasPrefix(natsURL, "embedded:") {
		dataDir, err = b.dir()
		if err != nil {
			return "", "", "", err
		}
	}
	if natsURL == "" {
		natsURL = "embedded:" + filepath.Join(dataDir, "nats")
	}
	if storeURL == "" {
		storeURL = "chdb:" + filepath.Join(dataDir, "clickhouse")
	}
	return natsURL, storeURL, dataDir, nil
}

type captureCmd struct {
	backendFlags
	rangeFlags
}

// Run writes the selected range of CLEAN to stdout as JSON Lines, one
// captured message (subject, sequence, time, headers, data) per line.
func (c *captureCmd) Run(e *env) error {
	natsURL, _, dataDir, err := c.urls()
	if err != nil {
		return err
	}
	conn, _, err := brokerFor(e.ctx, natsURL, dataDir)
	if err != nil {
		return err
	}
	defer conn.Close()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	bar := newProgress("capturing", -1)
	n, err := streams.Capture(e.ctx, conn.JS, c.filter(), func(m streams.Captured) error {
		bar.set(int64(m.Sequence)) // #nosec G115 -- stream sequences stay far below 2^63
		return enc.Encode(m)
	})
	bar.finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "captured %d anonymised events\n", n)
	return nil
}

type replayCmd struct {
	Run  replayRunCmd  `cmd:"" default:"withargs" help:"Replay a range of the anonymised stream (or a fixture) through the current enrich stage into shadow tables NAME_events and NAME_insights."`
	Diff replayDiffCmd `cmd:"" help:"Compare the shadow NAME with live: counts, changed fields, events on one side only. Exit 0 when they match, 3 when they differ."`
}

type replayRunCmd struct {
	backendFlags
	rangeFlags
	aiFlags
	Into  string `name:"into" required:"" placeholder:"NAME" help:"Name of the shadow table set (lower case, digits, underscores)."`
	File  string `name:"file" type:"existingfile" placeholder:"FILE" help:"Replay this fixture (written by 'veilig capture') instead of the stream."`
	Fresh bool   `name:"fresh" help:"Ask the AI again instead of using its cached answers (kept in the broker's veilig_ai_cache bucket)."`
	Raw   bool   `name:"raw" help:"Also run the raw events the RAW stream still holds (not yet anonymised) through the current anonymiser into the shadow."`
}

func (r *replayRunCmd) Run(e *env) error {
	if err := workers.ValidShadowName(r.Into); err != nil {
		return usageError{err.Error()}
	}
	cache := &lazyCache{}
	provider, err := r.open(nil, cache, r.Fresh)
	if err != nil {
		return err
	}
	natsURL, storeURL, dataDir, err := r.urls()
	if err != nil {
		return err
	}
	var events []schemas.CleanEvent
	bar := newProgress("reading", -1)
	collect := func(c streams.Captured) error {
		bar.set(int64(len(events)))
		var ce schemas.CleanEvent
		if err := json.Unmarshal(c.Data, &ce); err != nil {
			return fmt.Errorf("captured message %d is not an anonymised event", c.Sequence)
		}
		f := r.filter()
		if (f.Tenant == "" || ce.Tenant == f.Tenant) && (f.Type == "" || ce.Type == f.Type) &&
			(f.From.IsZero() || !c.Time.Before(f.From)) && (f.To.IsZero() || !c.Time.After(f.To)) {
			events = append(events, ce)
		}
		return nil
	}
	if r.File != "" {
		if err := readCaptures(r.File, collect); err != nil {
			return err
		}
	} else {
		conn, keyrings, err := brokerFor(e.ctx, natsURL, dataDir)
		if err != nil {
			return err
		}
		defer conn.Close() // the answer cache lives in the broker
		cache.attach(e.ctx, conn.JS)
		_, err = streams.Capture(e.ctx, conn.JS, r.filter(), collect)
		if err == nil && r.Raw {
			var raw []workers.RawEvent
			_, err = streams.RawRange(e.ctx, conn.JS, r.filter(), func(_ string, at time.Time, data []byte) error {
				raw = append(raw, workers.RawEvent{At: at, Data: data})
				return nil
			})
			if err == nil {
				var fresh []schemas.CleanEvent
				var refused int
				fresh, refused, err = workers.Reanonymize(e.ctx, schemas.MustLoad(), keyrings, r.Profile, raw)
				events = append(events, fresh...)
				fmt.Fprintf(os.Stderr, "re-anonymised %d raw events still in RAW (%d refused)\n", len(fresh), refused)
			}
		}
		if err != nil {
			return err
		}
	}
	bar.finish()
	fmt.Fprintf(os.Stderr, "replaying %d anonymised events through %s\n", len(events), provider.Name())
	st, err := openStore(e.ctx, storeURL, e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	written, missing, err := workers.ReplayInto(e.ctx, st, provider, events, r.Into)
	if err != nil {
		return err
	}
	fmt.Printf("replayed %d anonymised events into %s_events and %s_insights: %d insights written, %d unanswered\n", len(events), r.Into, r.Into, written, missing)
	if missing > 0 {
		return fmt.Errorf("%d events got no insight from %s; run the replay again", missing, provider.Name())
	}
	return nil
}

// readCaptures reads a fixture line by line.
func readCaptures(path string, fn func(streams.Captured) error) error {
	f, err := os.Open(path) // #nosec G304 -- the path is the operator's own input (a flag, an environment variable, the cache folder)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var c streams.Captured
			if jerr := json.Unmarshal(line, &c); jerr != nil {
				return fmt.Errorf("%s line %d: not a captured message", path, n)
			}
			if ferr := fn(c); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

type replayDiffCmd struct {
	storeFlags
	Format string `name:"format" enum:"text,jsonl" default:"text" help:"text: a short report; jsonl: one JSON object."`
	Name   string `arg:"" help:"The shadow table set to compare with live."`
}

// diffExit is the exit code when shadow and live differ.
type diffExit struct{ msg string }

func (d diffExit) Error() string { return d.msg }

func (d *replayDiffCmd) Run(e *env) error {
	st, err := d.open(e)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := workers.Diff(e.ctx, st, d.Name)
	if err != nil {
		return err
	}
	printDiff(os.Stdout, rep, d.Format)
	if !rep.Same() {
		return diffExit{fmt.Sprintf("shadow %s differs from live", d.Name)}
	}
	return nil
}

func printDiff(w io.Writer, rep *workers.DiffReport, format string) {
	if format == "jsonl" {
		_ = json.NewEncoder(w).Encode(rep)
		return
	}
	fmt.Fprintf(w, "shadow %s: %d insights; live (same tenants and period): %d\n", rep.Name, rep.Shadow, rep.Live)
	fmt.Fprintf(w, "only in live: %d, only in shadow: %d, changed fields: %d\n", len(rep.OnlyLive), len(rep.OnlyShadow), len(rep.Changes))
	for _, f := range []string{"category", "severity_estimate", "hazards", "summary", "model", "prompt_version"} {
		if n := rep.ByField[f]; n > 0 {
			fmt.Fprintf(w, "  %-18s %d events\n", f, n)
		}
	}
	for i, c := range rep.Changes {
		if i == 10 {
			fmt.Fprintf(w, "  … %d more (use --format jsonl)\n", len(rep.Changes)-10)
			break
		}
		fmt.Fprintf(w, "  %s %s: %q -> %q\n", c.EventID, c.Field, c.Live, c.Shadow)
	}
	if rep.Same() {
		fmt.Fprintln(w, "match")
	}
}
