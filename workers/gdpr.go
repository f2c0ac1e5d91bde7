package workers

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

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
	cond := "tenant_id = '" + tenant + "' AND toString(event_id) IN ('" + strings.Join(ids, "','") + "')"
	var err error
	if e.Events, err = deleteRows(ctx, st, "events", cond); err != nil {
		return e, err
	}
	if e.Insights, err = deleteRows(ctx, st, "insights", cond); err != nil {
		return e, err
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

// deleteRows deletes the rows of table that match cond and waits for the
// deletion (mutations_sync), so a second run finds none. It returns how
// many rows matched.
func deleteRows(ctx context.Context, st *store.Store, table, cond string) (int, error) {
	res, err := st.Query(ctx, "SELECT count() FROM "+table+" WHERE "+cond)
	if err != nil {
		return 0, err
	}
	n := int(store.AsInt(res.Rows[0][0]))
	if n > 0 {
		if err := st.Exec(ctx, "ALTER TABLE "+table+" DELETE WHERE "+cond+" SETTINGS mutations_sync = 2"); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// subjectMessages is how many messages the stream holds on subjects
// matching filter.
func subjectMessages(ctx context.Context, s jetstream.Stream, filter string) (int, error) {
	info, err := s.Info(ctx, jetstream.WithSubjectFilter(filter))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, c := range info.State.Subjects {
		n += int(c) // #nosec G115 -- per-subject message counts are far below 2^63
	}
	return n, nil
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
	total, err := subjectMessages(ctx, s, filter)
	if err != nil {
		return 0, err
	}
	var seqs []uint64
	for read := 0; read < total; {
		batch, err := cons.Fetch(500, jetstream.FetchMaxWait(500*time.Millisecond))
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
		n, err := deleteRows(ctx, st, t, "tenant_id = '"+tenant+"'")
		if err != nil {
			return out, err
		}
		out[t] = n
	}
	for stream, subj := range map[string]string{streams.RawStream: "raw." + tenant + ".>", streams.CleanStream: "clean." + tenant + ".>", streams.QuarantineStream: "quarantine." + tenant + ".>"} {
		s, err := js.Stream(ctx, stream)
		if err != nil {
			return out, err
		}
		n, err := subjectMessages(ctx, s, subj)
		if err != nil {
			return out, err
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
		n, err := deleteRows(ctx, st, t, cond)
		if err != nil {
			return out, err
		}
		out[t] = n
	}
	return out, nil
}
