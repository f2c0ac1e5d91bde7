package workers

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
)

var shadowName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// ValidShadowName reports whether name may name a shadow table set.
func ValidShadowName(name string) error {
	if !shadowName.MatchString(name) {
		return fmt.Errorf("workers: shadow name %q: use 1 to 40 lower-case letters, digits and underscores, starting with a letter", name)
	}
	return nil
}

// ReplayInto runs anonymised events through the current enrich stage and
// writes events and insights to the shadow tables NAME_events and
// NAME_insights (created like the live ones). Live tables are never
// touched. The output is deterministic for the same events, provider and
// configuration: an insight's created_at is its event's received_at.
// It returns how many insights were written; events the provider could
// not answer are counted in missing.
func ReplayInto(ctx context.Context, st *store.Store, provider ai.Provider, events []schemas.CleanEvent, name string) (written, missing int, err error) {
	if err := ValidShadowName(name); err != nil {
		return 0, 0, err
	}
	for _, t := range []string{"events", "insights"} {
		if err := st.Exec(ctx, "CREATE TABLE IF NOT EXISTS "+name+"_"+t+" AS "+t); err != nil {
			return 0, 0, err
		}
	}
	byTenant := map[string][]ai.Item{}
	byID := map[string]schemas.CleanEvent{}
	var evRows [][]any
	for _, e := range events {
		byID[e.ID] = e
		byTenant[e.Tenant] = append(byTenant[e.Tenant], ai.Item{ID: e.ID, Tenant: e.Tenant, Type: e.Type, Text: e.Text, Severity: e.Severity, Category: e.Category})
		evRows = append(evRows, eventRow(e).Values())
	}
	if err := st.Insert(ctx, name+"_events", store.EventColumns, evRows); err != nil {
		return 0, 0, err
	}
	tenants := make([]string, 0, len(byTenant))
	for t := range byTenant {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants)
	var rows [][]any
	for _, t := range tenants {
		items := byTenant[t]
		for lo := 0; lo < len(items); lo += 50 {
			got, err := provider.Insights(ctx, items[lo:min(lo+50, len(items))])
			if err != nil {
				missing += min(lo+50, len(items)) - lo
				continue
			}
			missing += min(lo+50, len(items)) - lo - len(got)
			for _, in := range got {
				e := byID[in.ID]
				prov, model := provider.Name(), provider.Model()
				if in.Provider != "" {
					prov, model = in.Provider, in.Model
				}
				rows = append(rows, store.InsightRow{
					TenantID: e.Tenant, EventID: e.ID, Type: e.Type, OccurredAt: e.OccurredAt, Environment: e.Environment,
					Provider: prov, Model: model, PromptVersion: provider.PromptVersion(), Local: provider.Local(),
					Category: in.Category, SeverityEstimate: in.SeverityEstimate, Hazards: in.Hazards, Summary: in.Summary,
					CreatedAt: e.ReceivedAt,
				}.Values())
			}
		}
	}
	if err := st.Insert(ctx, name+"_insights", store.InsightColumns, rows); err != nil {
		return 0, 0, err
	}
	return len(rows), missing, nil
}

// Change is one insight field that differs between live and shadow.
type Change struct {
	EventID string `json:"event_id"`
	Field   string `json:"field"`
	Live    string `json:"live"`
	Shadow  string `json:"shadow"`
}

// DiffReport compares a shadow with live, over the tenants and the
// occurred_at range the shadow covers.
type DiffReport struct {
	Name       string         `json:"name"`
	Live       int            `json:"live"`
	Shadow     int            `json:"shadow"`
	OnlyLive   []string       `json:"only_live"`
	OnlyShadow []string       `json:"only_shadow"`
	Changes    []Change       `json:"changes"`
	ByField    map[string]int `json:"changed_by_field"`
}

// Same reports whether shadow and live match.
func (d *DiffReport) Same() bool {
	return len(d.OnlyLive) == 0 && len(d.OnlyShadow) == 0 && len(d.Changes) == 0
}

// Diff compares NAME_insights with the live insights table.
func Diff(ctx context.Context, st *store.Store, name string) (*DiffReport, error) {
	if err := ValidShadowName(name); err != nil {
		return nil, err
	}
	const cols = "toString(event_id), category, severity_estimate, arrayStringConcat(hazards, ','), summary, model, prompt_version"
	shadow, err := st.Query(ctx, "SELECT "+cols+" FROM "+name+"_insights FINAL ORDER BY 1")
	if err != nil {
		return nil, fmt.Errorf("no shadow %q (run 'veilig replay --into %s' first): %w", name, name, err)
	}
	scope, err := st.Query(ctx, "SELECT groupUniqArray(toString(tenant_id)), toString(min(occurred_at)), toString(max(occurred_at)) FROM "+name+"_insights")
	if err != nil {
		return nil, err
	}
	d := &DiffReport{Name: name, ByField: map[string]int{}}
	sh := map[string][]any{}
	for _, r := range shadow.Rows {
		sh[fmt.Sprint(r[0])] = r
	}
	d.Shadow = len(sh)
	live := map[string][]any{}
	if len(scope.Rows) == 1 && len(sh) > 0 {
		var ts []string
		for _, t := range scope.Rows[0][0].([]any) {
			ts = append(ts, "'"+strings.ReplaceAll(fmt.Sprint(t), "'", "")+"'")
		}
		q := "SELECT " + cols + " FROM insights FINAL WHERE toString(tenant_id) IN (" + strings.Join(ts, ",") + ")" +
			" AND occurred_at >= toDateTime64('" + fmt.Sprint(scope.Rows[0][1]) + "', 3, 'UTC') AND occurred_at <= toDateTime64('" + fmt.Sprint(scope.Rows[0][2]) + "', 3, 'UTC') ORDER BY 1"
		res, err := st.Query(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, r := range res.Rows {
			live[fmt.Sprint(r[0])] = r
		}
	}
	d.Live = len(live)
	fields := []string{"", "category", "severity_estimate", "hazards", "summary", "model", "prompt_version"}
	for id, l := range live {
		s, ok := sh[id]
		if !ok {
			d.OnlyLive = append(d.OnlyLive, id)
			continue
		}
		for k := 1; k < len(fields); k++ {
			if fmt.Sprint(l[k]) != fmt.Sprint(s[k]) {
				d.Changes = append(d.Changes, Change{EventID: id, Field: fields[k], Live: fmt.Sprint(l[k]), Shadow: fmt.Sprint(s[k])})
				d.ByField[fields[k]]++
			}
		}
	}
	for id := range sh {
		if _, ok := live[id]; !ok {
			d.OnlyShadow = append(d.OnlyShadow, id)
		}
	}
	sort.Strings(d.OnlyLive)
	sort.Strings(d.OnlyShadow)
	sort.Slice(d.Changes, func(i, j int) bool {
		if d.Changes[i].EventID != d.Changes[j].EventID {
			return d.Changes[i].EventID < d.Changes[j].EventID
		}
		return d.Changes[i].Field < d.Changes[j].Field
	})
	return d, nil
}

// Reanonymize runs raw events (as the RAW stream still holds them) through
// the current anonymiser with each tenant's keys, for a replay. Events it
// refuses are counted, not returned; nothing of them is kept.
func Reanonymize(ctx context.Context, reg *schemas.Registry, keys Keyrings, env string, raw []RawEvent) (out []schemas.CleanEvent, refused int, err error) {
	an := anonymize.New()
	plans := PlansByType(reg)
	for _, r := range raw {
		ev, derr := reg.Decode(r.Data)
		if derr != nil {
			refused++
			continue
		}
		kr, kerr := keys.Keyring(ctx, ev.Tenant)
		if kerr != nil {
			refused++
			continue
		}
		res, aerr := applySafely(func() (*anonymize.Result, error) { return an.Apply(ev.Doc, plans[ev.Type], kr, ev.OccurredAt) })
		if aerr != nil {
			refused++
			continue
		}
		out = append(out, newCleanEvent(ev, reg.Type(ev.Type), res, r.At, env))
	}
	return out, refused, nil
}

// RawEvent is a raw event read from RAW for a replay.
type RawEvent struct {
	At   time.Time
	Data []byte
}
