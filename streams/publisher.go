package streams

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/schemas"
)

// Outcome is what became of one published event.
type Outcome struct {
	// EventID is the event's id ("" when it could not be read).
	EventID string
	// Duplicate is true when the broker already had this id (a retry or
	// a replayed file): nothing new was stored, which is success.
	Duplicate bool
	// Sequence is the event's position in the RAW stream.
	Sequence uint64
	// Err is nil when the event was stored. A *schemas.Error means the
	// event was refused before it was sent; other errors are the broker's.
	Err error
}

// TenantChecker tells the publisher whether a tenant exists. It must be
// safe for concurrent use.
type TenantChecker func(ctx context.Context, tenant string) (bool, error)

// PublisherOptions configure a Publisher. The zero value is valid.
type PublisherOptions struct {
	// MaxInFlight bounds events sent but not yet acknowledged (default 2048).
	MaxInFlight int
	// Tenants, when set, refuses events of unknown tenants at publish time
	// with schemas.CodeUnknownTenant.
	Tenants TenantChecker
	// OnlyTenant, when set, refuses events of any other tenant: a producer
	// scoped to one tenant.
	OnlyTenant string
	// Quarantine, when true, also copies every refused event to the
	// QUARANTINE stream with its reason, so that nothing refused is lost
	// even when the producer drops the error.
	Quarantine bool
}

// Publisher validates events against their schemas and publishes them to
// the RAW stream asynchronously, with the event id as Nats-Msg-Id so that
// a retried publish is stored once. It reports each event's outcome.
// Safe for concurrent use.
type Publisher struct {
	js      jetstream.JetStream
	reg     *schemas.Registry
	opts    PublisherOptions
	sem     chan struct{}
	pending chan pending
	wg      sync.WaitGroup
	mu      sync.RWMutex // held for reading while sending, for writing by Close
	closed  bool
}

type pending struct {
	fut  jetstream.PubAckFuture
	id   string
	done func(Outcome)
}

// ErrPublisherClosed is returned by Publish after Close.
var ErrPublisherClosed = errors.New("streams: publisher closed")

// NewPublisher returns a publisher on js. Close it to wait for every
// outstanding outcome.
func NewPublisher(js jetstream.JetStream, reg *schemas.Registry, o PublisherOptions) *Publisher {
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = 2048
	}
	p := &Publisher{js: js, reg: reg, opts: o, sem: make(chan struct{}, o.MaxInFlight), pending: make(chan pending, o.MaxInFlight)}
	p.wg.Add(1)
	go p.collect()
	return p
}

func (p *Publisher) collect() {
	defer p.wg.Done()
	for pd := range p.pending {
		out := Outcome{EventID: pd.id}
		select {
		case ack := <-pd.fut.Ok():
			out.Duplicate = ack.Duplicate
			out.Sequence = ack.Sequence
		case err := <-pd.fut.Err():
			out.Err = fmt.Errorf("%w: publish: %v", ErrUnavailable, err)
		}
		<-p.sem
		if pd.done != nil {
			pd.done(out)
		}
	}
}

// Publish validates raw (one encoded event) and sends it. A refused event
// returns its *schemas.Error at once and done is not called. Otherwise
// Publish returns nil once the event is in flight, blocking while
// MaxInFlight events are unacknowledged or until ctx ends, and done is
// called from another goroutine with the outcome. done may be nil.
func (p *Publisher) Publish(ctx context.Context, raw []byte, done func(Outcome)) error {
	return p.publish(ctx, raw, done, p.opts.OnlyTenant)
}

// publish is Publish for events of onlyTenant ("" for any tenant). A
// refused event is quarantined under onlyTenant when set (the producer's
// own tenant, whatever the event claims), else under the event's tenant.
func (p *Publisher) publish(ctx context.Context, raw []byte, done func(Outcome), onlyTenant string) error {
	ev, err := p.check(ctx, raw, onlyTenant)
	if err != nil {
		var se *schemas.Error
		if p.opts.Quarantine && errors.As(err, &se) {
			tenant := onlyTenant
			if tenant == "" && ev != nil {
				tenant = ev.Tenant
			}
			if qerr := p.quarantine(ctx, tenant, se, raw); qerr != nil {
				return fmt.Errorf("%w (and it could not be quarantined: %v)", err, qerr)
			}
		}
		return err
	}
	return p.send(ctx, RawSubject(ev.Tenant, ev.Type), ev.ID, raw, done)
}

// check decodes and validates; on a refusal after the envelope was read
// (unknown type, schema violation, tenant) it returns the event too.
func (p *Publisher) check(ctx context.Context, raw []byte, onlyTenant string) (*schemas.Event, error) {
	ev, err := p.reg.Decode(raw)
	if err != nil {
		return ev, err
	}
	if onlyTenant != "" && ev.Tenant != onlyTenant {
		return ev, &schemas.Error{Code: schemas.CodeUnknownTenant, Detail: "this producer may publish only for its own tenant"}
	}
	if p.opts.Tenants != nil {
		ok, err := p.opts.Tenants(ctx, ev.Tenant)
		if err != nil {
			return nil, fmt.Errorf("streams: tenant check: %w", err)
		}
		if !ok {
			return ev, &schemas.Error{Code: schemas.CodeUnknownTenant, Detail: "tenant is not provisioned"}
		}
	}
	return ev, nil
}

// quarantine stores a refused event with its reason.
func (p *Publisher) quarantine(ctx context.Context, tenant string, se *schemas.Error, raw []byte) error {
	if len(raw) > MaxMsgBytes {
		raw = raw[:MaxMsgBytes] // the reason says it was oversize; keep the head for inspection
	}
	m := &nats.Msg{Subject: QuarantineSubject(tenant, string(se.Code)), Data: raw, Header: nats.Header{}}
	m.Header.Set(HeaderCode, string(se.Code))
	m.Header.Set(HeaderReason, se.Error())
	_, err := p.js.PublishMsg(ctx, m)
	return err
}

func (p *Publisher) send(ctx context.Context, subject, id string, data []byte, done func(Outcome)) error {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return ErrPublisherClosed
	}
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	msg := &nats.Msg{Subject: subject, Data: data, Header: nats.Header{}}
	fut, err := p.js.PublishMsgAsync(msg, jetstream.WithMsgID(id), jetstream.WithExpectStream(RawStream))
	if err != nil {
		<-p.sem
		return fmt.Errorf("%w: publish: %v", ErrUnavailable, err)
	}
	p.pending <- pending{fut: fut, id: id, done: done}
	return nil
}

// Close waits until every in-flight event has its outcome reported. It
// does not close the connection.
func (p *Publisher) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	p.mu.Unlock()
	close(p.pending)
	p.wg.Wait()
}

// TenantPublisher publishes for one tenant only: events of any other
// tenant are refused with schemas.CodeUnknownTenant.
type TenantPublisher struct {
	p      *Publisher
	tenant string
}

// PublisherFor scopes p to one tenant (the tenant of a producer token).
func PublisherFor(p *Publisher, tenant string) TenantPublisher {
	return TenantPublisher{p: p, tenant: tenant}
}

// Publish is Publisher.Publish for the scoped tenant.
func (t TenantPublisher) Publish(ctx context.Context, raw []byte, done func(Outcome)) error {
	return t.p.publish(ctx, raw, done, t.tenant)
}
