package workers

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/internal/jsonx"
	"github.com/veilig/veilig/internal/safe"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/tenants"
)

// Quarantine codes beyond schemas' own.
const (
	codeUnverified     = "unverified"
	codeUnanonymisable = "unanonymisable"
	codeTenantMismatch = "tenant_mismatch"
	codeInternal       = "internal_error"
)

type anonOut struct {
	id       string
	row      store.EventRow
	clean    []byte
	code     string // refused: quarantine code
	reason   string // refused: why, without values
	retryErr error  // infrastructure failure: try again later
	counts   map[anonymize.Type]int
	fixed    int // values the verifier found and the anonymiser redacted
}

// anonymizeSafely is anonymizeOne with a panic turned into a refusal: a
// bug that one event's content trips (the fuzzer found "ID" alone reading
// past the text's end) must not kill the worker, and with it every event
// in flight, nor come back with the message's redelivery. The event goes
// to quarantine; the reason names the failure's kind, never the content.
func (p *Pipeline) anonymizeSafely(ctx context.Context, m jetstream.Msg) anonOut {
	return safe.Recover(func() anonOut { return p.anonymizeOne(ctx, m) }, func(r any) anonOut {
		p.cfg.Logger.Error("anonymiser failed on an event; quarantined", "panic", safe.Kind(r))
		return panicRefusal(r)
	})
}

// panicRefusal is the quarantine verdict for an event the anonymiser
// panicked on: the failure's kind, never its message.
func panicRefusal(r any) anonOut {
	return anonOut{code: codeInternal, reason: "the anonymiser failed on this event (" + safe.Kind(r) + ")"}
}

// applySafely runs apply, an anonymiser call, with a panic turned into an
// error, for a replay: an event the anonymiser fails on is refused, and the
// replay goes on.
func applySafely(apply func() (*anonymize.Result, error)) (res *anonymize.Result, err error) {
	defer errorOnPanic(&err, "the anonymiser failed on an event")
	return apply()
}

// errorOnPanic, deferred, turns a panic into *err: "workers: what (the
// failure's kind)", never the panic's message.
func errorOnPanic(err *error, what string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("workers: %s (%s)", what, safe.Kind(r))
	}
}

// anonymizeOne decodes, checks, anonymises and verifies one raw message.
func (p *Pipeline) anonymizeOne(ctx context.Context, m jetstream.Msg) anonOut {
	ev, err := p.reg.Decode(m.Data())
	if err != nil {
		var se *schemas.Error
		if errors.As(err, &se) {
			return anonOut{code: string(se.Code), reason: se.Error()}
		}
		return anonOut{code: string(schemas.CodeMalformedJSON), reason: "undecodable event"}
	}
	out := anonOut{id: ev.ID}
	if streams.TenantOf(m.Subject()) != ev.Tenant {
		out.code, out.reason = codeTenantMismatch, "the event's tenant differs from its subject's tenant"
		return out
	}
	kr, err := p.keys.Keyring(ctx, ev.Tenant)
	if err != nil {
		if p.cfg.IsUnknownTenant(err) {
			out.code, out.reason = string(schemas.CodeUnknownTenant), "tenant is not provisioned"
		} else {
			out.retryErr = err
		}
		return out
	}
	// Decode parsed the data once already (ev.Doc); anonymise that
	res, err := p.anon.Apply(ev.Doc, p.plans[ev.Type], kr, ev.OccurredAt)
	if err != nil {
		var ue *anonymize.UnverifiedError
		if errors.As(err, &ue) {
			out.code, out.reason = codeUnverified, ue.Error()
		} else {
			out.code, out.reason = codeUnanonymisable, err.Error()
		}
		return out
	}
	received := p.cfg.Now().UTC()
	if md, err := m.Metadata(); err == nil {
		received = md.Timestamp.UTC()
	}
	ce := newCleanEvent(ev, p.reg.Type(ev.Type), res, received, p.cfg.Environment)
	out.clean, _ = jsonx.MarshalOwn(ce) // ce.Data is Apply's own encoding
	out.row = eventRow(ce)
	out.counts = res.Counts
	out.fixed = res.Corrected
	return out
}

// newCleanEvent is an anonymised event as CLEAN carries it, from the raw
// event and its verified anonymisation.
func newCleanEvent(ev *schemas.Event, t *schemas.Type, res *anonymize.Result, received time.Time, env string) schemas.CleanEvent {
	site, _ := res.Doc["location"].(map[string]any)["site"].(string)
	severity, _ := res.Doc["severity"].(string)
	category, _ := res.Doc["category"].(string)
	return schemas.CleanEvent{
		ID: ev.ID, Tenant: ev.Tenant, Type: ev.Type, OccurredAt: ev.OccurredAt.UTC(), ReceivedAt: received,
		Environment: env, SchemaVersion: t.Version, Anonymizer: anonymize.Version,
		Site: site, Severity: severity, Category: category, Text: res.Text, Data: res.Data,
	}
}

// eventRow is the ClickHouse events row of an anonymised event.
func eventRow(e schemas.CleanEvent) store.EventRow {
	return store.EventRow{
		TenantID: e.Tenant, EventID: e.ID, Type: e.Type, OccurredAt: e.OccurredAt, ReceivedAt: e.ReceivedAt,
		Environment: e.Environment, SchemaVersion: uint16(e.SchemaVersion), AnonymizerVersion: e.Anonymizer, // #nosec G115 -- schema versions are small
		Site: e.Site, Severity: e.Severity, Category: e.Category, Text: e.Text, Data: string(e.Data),
	}
}

// DataKeys gives a tenant's current data key; tenants.Registry implements it.
type DataKeys interface {
	DataKey(ctx context.Context, tenant string) ([]byte, uint32, error)
}

// anonymizeBatch is the anonymise stage over one batch.
func (p *Pipeline) anonymizeBatch(ctx context.Context, msgs []jetstream.Msg) {
	outs := make([]anonOut, len(msgs))
	var wg sync.WaitGroup
	next := make(chan int, len(msgs))
	for i := range msgs {
		next <- i
	}
	close(next)
	for range min(p.cfg.Parallelism, len(msgs)) {
		wg.Go(func() {
			for i := range next {
				outs[i] = p.anonymizeSafely(ctx, msgs[i])
			}
		})
	}
	wg.Wait()

	// publish anonymised events and quarantined ones, then write rows
	futs := make([]jetstream.PubAckFuture, len(msgs))
	pubErr := make([]error, len(msgs))
	var rows [][]any
	for i, o := range outs {
		switch {
		case o.retryErr != nil:
		case o.code != "":
			tenant := streams.TenantOf(msgs[i].Subject())
			q := &nats.Msg{Subject: streams.QuarantineSubject(tenant, o.code), Data: msgs[i].Data(), Header: nats.Header{}}
			// a known tenant's quarantined raw event is sealed with its data
			// key, so offboarding the tenant shreds it
			if dk, ok := p.keys.(DataKeys); ok {
				if key, v, err := dk.DataKey(ctx, tenant); err == nil {
					if sealed, err := tenants.Seal(key, msgs[i].Data(), []byte(tenant)); err == nil {
						q.Data = sealed
						q.Header.Set(streams.HeaderDataKey, strconv.FormatUint(uint64(v), 10))
					}
				}
			}
			q.Header.Set(streams.HeaderCode, o.code)
			q.Header.Set(streams.HeaderReason, clipReason(o.reason))
			if o.id != "" {
				q.Header.Set(streams.HeaderEventID, o.id)
			}
			futs[i], pubErr[i] = p.js.PublishMsgAsync(q)
		default:
			c := &nats.Msg{Subject: streams.CleanSubject(o.row.TenantID, o.row.Type), Data: o.clean, Header: nats.Header{}}
			c.Header.Set(streams.HeaderAnonymizer, anonymize.Version)
			futs[i], pubErr[i] = p.js.PublishMsgAsync(c, jetstream.WithMsgID(o.id), jetstream.WithExpectStream(streams.CleanStream))
			rows = append(rows, o.row.Values())
		}
	}
	insertErr := p.st.Insert(ctx, "events", store.EventColumns, rows)
	for i, f := range futs {
		if f == nil || pubErr[i] != nil {
			continue
		}
		select {
		case <-f.Ok():
		case err := <-f.Err():
			pubErr[i] = err
		}
	}

	// metrics of the stored events are added once per batch
	stored, fixed, entities := 0, 0, map[anonymize.Type]int{}
	for i, o := range outs {
		m := msgs[i]
		switch {
		case o.retryErr != nil:
			p.retry(ctx, "anonymize", m, o.retryErr, streams.MaxDeliver)
		case pubErr[i] != nil:
			p.retry(ctx, "anonymize", m, pubErr[i], streams.MaxDeliver)
		case o.code != "":
			p.cfg.Metrics.Quarantined.WithLabelValues(o.code).Inc()
			p.cfg.Metrics.Events.WithLabelValues("anonymize", "quarantined").Inc()
			p.cfg.Logger.Info("event quarantined", "code", o.code, "reason", clipReason(o.reason), "event_id", o.id)
			_ = m.Ack()
		case insertErr != nil: // every message left here is one of the rows
			if errors.Is(insertErr, store.ErrUnavailable) {
				p.retry(ctx, "anonymize", m, insertErr, streams.MaxDeliver)
			} else {
				// a permanent store error: keep trying a few times (the
				// batch may have failed for another row), then dead-letter
				p.retry(ctx, "anonymize", m, insertErr, 3)
			}
		default:
			for t, n := range o.counts {
				entities[t] += n
			}
			fixed += o.fixed
			stored++
			_ = m.Ack()
		}
	}
	for t, n := range entities {
		p.cfg.Metrics.Entities.WithLabelValues(string(t)).Add(float64(n))
	}
	if stored > 0 {
		p.cfg.Metrics.Events.WithLabelValues("anonymize", "ok").Add(float64(stored))
	}
	p.cfg.Metrics.Corrected.Add(float64(fixed))
	if insertErr != nil {
		p.cfg.Logger.Warn("events insert failed", "rows", len(rows), "error", clipReason(insertErr.Error()))
	}
}
