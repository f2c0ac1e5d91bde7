package workers

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/internal/jsonx"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/streams"
)

// SubjectKinds guesses which x-pii kinds a data subject's identifier may
// have been stored under: an e-mail address, a name, or a number.
func SubjectKinds(subject string) []string {
	switch {
	case strings.Contains(subject, "@"):
		return []string{"email"}
	case numberRE.MatchString(subject):
		return []string{"phone", "bsn", "employee_id"}
	}
	return []string{"person", "employee_id"}
}

// Pseudonyms derives every pseudonym a subject may carry in a tenant: one
// per kind and key version.
func Pseudonyms(kr *anonymize.Keyring, subject string) []string {
	seen := map[string]bool{}
	var out []string
	for _, kind := range SubjectKinds(subject) {
		for _, v := range kr.Versions() {
			if p := kr.PseudonymWith(v, kind, subject); p != "" && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}

var (
	pseudonymRE = regexp.MustCompile(`^[A-Z_]+_[0-9a-f]{6}$`)
	numberRE    = regexp.MustCompile(`^[0-9 .+()-]+$`)
)

// SubjectEvents returns the ids of the tenant's events whose anonymised
// data carries one of the pseudonyms.
func SubjectEvents(ctx context.Context, st *store.Store, tenant string, pseudonyms []string) ([]string, error) {
	if len(pseudonyms) == 0 {
		return nil, nil
	}
	var conds []string
	for _, p := range pseudonyms {
		if !pseudonymRE.MatchString(p) {
			return nil, fmt.Errorf("workers: not a pseudonym: %q", p)
		}
		conds = append(conds, "position(data, '\""+p+"\"') > 0")
	}
	res, err := st.Query(ctx, "SELECT DISTINCT toString(event_id) FROM events FINAL WHERE tenant_id = '"+tenant+"' AND ("+strings.Join(conds, " OR ")+") ORDER BY 1")
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, r := range res.Rows {
		ids = append(ids, fmt.Sprint(r[0]))
	}
	return ids, nil
}

// Erased says what an erasure removed.
type Erased struct {
	Events, Insights, StreamMessages int
	EventIDs                         []string
}

// EraseEvents deletes the events, their insights and their CLEAN messages.
// Rows are deleted with ALTER TABLE ... DELETE and the mutation waited for
// (mutations_sync), so a second run finds nothing.
func EraseEvents(ctx context.Context, st *store.Store, js jetstream.JetStream, tenant string, ids []string) (Erased, error) {
	e := Erased{EventIDs: ids}
	if len(ids) == 0 {
		return e, nil
	}
	in := "('" + strings.Join(ids, "','") + "')"
	for _, t := range []string{"events", "insights"} {
		res, err := st.Query(ctx, "SELECT count() FROM "+t+" WHERE tenant_id = '"+tenant+"' AND toString(event_id) IN "+in)
		if err != nil {
			return e, err
		}
		n := int(store.AsInt(res.Rows[0][0]))
		if t == "events" {
			e.Events = n
		} else {
			e.Insights = n
		}
		if err := st.Exec(ctx, "ALTER TABLE "+t+" DELETE WHERE tenant_id = '"+tenant+"' AND toString(event_id) IN "+in+" SETTINGS mutations_sync = 2"); err != nil {
			return e, err
		}
	}
	n, err := deleteStreamMessages(ctx, js, streams.CleanStream, "clean."+tenant+".>", func(data []byte) bool {
		var ce schemas.CleanEvent
		if jsonx.Unmarshal(data, &ce) != nil {
			return false
		}
		for _, id := range ids {
			if ce.ID == id {
				return true
			}
		}
		return false
	})
	e.StreamMessages = n
	return e, err
}

// deleteStreamMessages removes the messages on subjects matching filter
// for which match is true.
func deleteStreamMessages(ctx context.Context, js jetstream.JetStream, stream, filter string, match func([]byte) bool) (int, error) {
	s, err := js.Stream(ctx, stream)
	if err != nil {
		return 0, err
	}
	cons, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{filter}})
	if err != nil {
		return 0, err
	}
	info, err := s.Info(ctx, jetstream.WithSubjectFilter(filter))
	if err != nil {
		return 0, err
	}
	total := uint64(0)
	for _, n := range info.State.Subjects {
		total += n
	}
	var seqs []uint64
	for read := uint64(0); read < total; {
		batch, err := cons.Fetch(500, jetstream.FetchMaxWait(500_000_000))
		if err != nil {
			return 0, err
		}
		got := 0
		for m := range batch.Messages() {
			got++
			read++
			if match(m.Data()) {
				md, _ := m.Metadata()
				seqs = append(seqs, md.Sequence.Stream)
			}
		}
		if got == 0 {
			break
		}
	}
	for _, seq := range seqs {
		if err := s.SecureDeleteMsg(ctx, seq); err != nil && err != jetstream.ErrMsgNotFound {
			return 0, err
		}
	}
	return len(seqs), nil
}

// DeleteTenant removes a tenant's rows from every table and its messages
// from every stream. Destroying its keys is the caller's next step.
func DeleteTenant(ctx context.Context, st *store.Store, js jetstream.JetStream, tenant string) (map[string]int, error) {
	out := map[string]int{}
	for _, t := range []string{"events", "insights", "ai_calls"} {
		res, err := st.Query(ctx, "SELECT count() FROM "+t+" WHERE tenant_id = '"+tenant+"'")
		if err != nil {
			return out, err
		}
		out[t] = int(store.AsInt(res.Rows[0][0]))
		if err := st.Exec(ctx, "ALTER TABLE "+t+" DELETE WHERE tenant_id = '"+tenant+"' SETTINGS mutations_sync = 2"); err != nil {
			return out, err
		}
	}
	for stream, subj := range map[string]string{streams.RawStream: "raw." + tenant + ".>", streams.CleanStream: "clean." + tenant + ".>", streams.QuarantineStream: "quarantine." + tenant + ".>"} {
		s, err := js.Stream(ctx, stream)
		if err != nil {
			return out, err
		}
		info, err := s.Info(ctx, jetstream.WithSubjectFilter(subj))
		if err != nil {
			return out, err
		}
		n := 0
		for _, c := range info.State.Subjects {
			n += int(c) // #nosec G115 -- per-subject message counts are small
		}
		out[stream] = n
		if err := s.Purge(ctx, jetstream.WithPurgeSubject(subj)); err != nil {
			return out, err
		}
	}
	return out, nil
}

// Retention deletes rows older than their retention: days for every
// tenant, overridden per tenant by byTenant. It works on every server
// version (a scheduled delete, where a table TTL could not be per tenant).
// It returns how many rows it removed per table.
func Retention(ctx context.Context, st *store.Store, days int, byTenant map[string]int) (map[string]int, error) {
	out := map[string]int{}
	if days <= 0 {
		return out, fmt.Errorf("workers: retention must be at least one day")
	}
	cond := fmt.Sprintf("occurred_at < now() - INTERVAL %d DAY", days)
	if len(byTenant) > 0 {
		var parts, others []string
		for t, d := range byTenant {
			if !schemas.CanonicalUUID(t) || d <= 0 {
				return out, fmt.Errorf("workers: bad retention for tenant %q", t)
			}
			parts = append(parts, fmt.Sprintf("(tenant_id = '%s' AND occurred_at < now() - INTERVAL %d DAY)", t, d))
			others = append(others, "'"+t+"'")
		}
		sort.Strings(parts)
		sort.Strings(others)
		cond = fmt.Sprintf("(toString(tenant_id) NOT IN (%s) AND occurred_at < now() - INTERVAL %d DAY) OR %s", strings.Join(others, ","), days, strings.Join(parts, " OR "))
	}
	for _, t := range []string{"events", "insights"} {
		res, err := st.Query(ctx, "SELECT count() FROM "+t+" WHERE "+cond)
		if err != nil {
			return out, err
		}
		out[t] = int(store.AsInt(res.Rows[0][0]))
		if out[t] > 0 {
			if err := st.Exec(ctx, "ALTER TABLE "+t+" DELETE WHERE "+cond+" SETTINGS mutations_sync = 2"); err != nil {
				return out, err
			}
		}
	}
	return out, nil
}
