package workers

import (
	"context"
	"fmt"
	"sync"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/internal/jsonx"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
)

// insightsSafely asks the provider, turning a panic into an error: the
// batch is retried and, if it fails each time, dead-lettered, while the
// worker carries on; the error is logged with the batch's other failures.
func (p *Pipeline) insightsSafely(ctx context.Context, batch []ai.Item) (got []ai.Insight, err error) {
	defer errorOnPanic(&err, "the AI provider failed on a batch")
	return p.ai.Insights(ctx, batch)
}

// enrichBatch is the enrich stage over one batch: anonymised events in,
// insights out. While the provider fails, messages are negatively
// acknowledged and wait in CLEAN (the consumer never dead-letters for an
// outage); anonymisation carries on independently.
func (p *Pipeline) enrichBatch(ctx context.Context, msgs []jetstream.Msg) {
	events := make([]schemas.CleanEvent, len(msgs))
	ok := make([]bool, len(msgs))
	var items []ai.Item
	var idx []int
	for i, m := range msgs {
		if err := jsonx.Unmarshal(m.Data(), &events[i]); err != nil || events[i].ID == "" {
			p.deadLetter(ctx, "enrich", m, "not an anonymised event")
			continue
		}
		ok[i] = true
		e := events[i]
		items = append(items, ai.Item{ID: e.ID, Tenant: e.Tenant, Type: e.Type, Text: e.Text, Severity: e.Severity, Category: e.Category})
		idx = append(idx, i)
	}
	// one call never mixes tenants: group, then ask per tenant in slices of
	// EnrichBatch, the tenants' calls running side by side
	byTenant := map[string][]int{}
	var order []string
	for k, it := range items {
		if _, ok := byTenant[it.Tenant]; !ok {
			order = append(order, it.Tenant)
		}
		byTenant[it.Tenant] = append(byTenant[it.Tenant], k)
	}
	insights := map[string]ai.Insight{}
	failed := map[int]error{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, tenant := range order {
		ks := byTenant[tenant]
		for lo := 0; lo < len(ks); lo += p.cfg.EnrichBatch {
			part := ks[lo:min(lo+p.cfg.EnrichBatch, len(ks))]
			wg.Go(func() {
				batch := make([]ai.Item, len(part))
				for j, k := range part {
					batch[j] = items[k]
				}
				got, err := p.insightsSafely(ctx, batch)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					for _, k := range part {
						failed[idx[k]] = err
					}
					return
				}
				for _, in := range got {
					insights[in.ID] = in
				}
			})
		}
	}
	wg.Wait()
	now := p.cfg.Now().UTC()
	var rows [][]any
	var written []int
	for _, i := range idx {
		if failed[i] != nil {
			continue
		}
		e := events[i]
		in, found := insights[e.ID]
		if !found {
			failed[i] = fmt.Errorf("%w: no insight returned for an item", ai.ErrUnavailable)
			continue
		}
		provider, model := p.ai.Name(), p.ai.Model()
		if in.Provider != "" {
			provider, model = in.Provider, in.Model
		}
		rows = append(rows, store.InsightRow{
			TenantID: e.Tenant, EventID: e.ID, Type: e.Type, OccurredAt: e.OccurredAt, Environment: e.Environment,
			Provider: provider, Model: model, PromptVersion: p.ai.PromptVersion(), Local: p.ai.Local(),
			Category: in.Category, SeverityEstimate: in.SeverityEstimate, Hazards: in.Hazards, Summary: in.Summary, CreatedAt: now,
		}.Values())
		written = append(written, i)
	}
	if err := p.st.Insert(ctx, "insights", store.InsightColumns, rows); err != nil {
		for _, i := range written {
			failed[i] = err
		}
		p.cfg.Logger.Warn("insights insert failed", "rows", len(rows), "error", clipReason(err.Error()))
	}
	if len(failed) > 0 {
		var first error
		for _, err := range failed {
			first = err
			break
		}
		p.cfg.Logger.Warn("insights not stored; the events wait in CLEAN and are retried", "events", len(failed), "provider", p.ai.Name(), "error", clipReason(first.Error()))
	}
	stored := 0
	for i, m := range msgs {
		if !ok[i] {
			continue
		}
		if err := failed[i]; err != nil {
			p.retry(ctx, "enrich", m, err, 0)
			continue
		}
		stored++
		_ = m.Ack()
	}
	if stored > 0 {
		p.cfg.Metrics.Events.WithLabelValues("enrich", "ok").Add(float64(stored))
	}
}
