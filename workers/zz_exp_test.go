package workers_test

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/veilig/veilig/store"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestExpInsert(t *testing.T) {
	ctx := context.Background()
	st := sharedStore
	text := strings.Repeat("Merci de contacter [PERSON_1] à [EMAIL_1] pour la déclaration. ", 14)
	data := `{"description":"` + text + `","location":{"site":"Depot"},"severity":"minor"}` + strings.Repeat(" ", 300)
	for _, tc := range []struct{ engine string; batch int }{
		{"ReplacingMergeTree ORDER BY (tenant_id, event_id)", 2000},
		{"MergeTree ORDER BY (tenant_id, event_id)", 2000},
		{"ReplacingMergeTree ORDER BY (tenant_id, event_id)", 10000},
	} {
		tbl := fmt.Sprintf("exp_%d", time.Now().UnixNano())
		if err := st.Exec(ctx, strings.Replace(strings.Replace(ddl, "events", tbl, 1), "ReplacingMergeTree\nORDER BY (tenant_id, event_id)", tc.engine, 1)); err != nil {
			t.Fatal(err)
		}
		c0, w0 := cpuNow(), time.Now()
		n := 30000
		for lo := 0; lo < n; lo += tc.batch {
			rows := make([][]any, 0, tc.batch)
			for i := lo; i < lo+tc.batch; i++ {
				r := store.EventRow{TenantID: "6f17cd80-65c5-59b2-bf54-324354d5a7b6", EventID: fmt.Sprintf("01ec7102-fdbc-5bf5-9272-%012x", i*7919%1000003), Type: "incident.reported", OccurredAt: time.Now(), ReceivedAt: time.Now(), Environment: "dev", SchemaVersion: 1, AnonymizerVersion: "v1", Site: "Depot", Severity: "minor", Category: "fall", Text: text, Data: data}
				rows = append(rows, r.Values())
			}
			if err := st.Insert(ctx, tbl, store.EventColumns, rows); err != nil {
				t.Fatal(err)
			}
		}
		c1, w1 := cpuNow(), time.Now()
		time.Sleep(3 * time.Second)
		c2 := cpuNow()
		t.Logf("%s batch %d: insert wall %v/row cpu %v/row; cpu in next 3s %v/row", tc.engine, tc.batch, w1.Sub(w0)/time.Duration(n), (c1-c0)/time.Duration(n), (c2-c1)/time.Duration(n))
	}
}

const ddl = `CREATE TABLE IF NOT EXISTS events (
    tenant_id          UUID,
    event_id           UUID,
    type               LowCardinality(String),
    occurred_at        DateTime64(3, 'UTC'),
    received_at        DateTime64(3, 'UTC'),
    environment        LowCardinality(String),
    schema_version     UInt16,
    anonymizer_version LowCardinality(String),
    site               String,
    severity           LowCardinality(String),
    category           LowCardinality(String),
    text               String,
    data               String
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, event_id)`
