package workers_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestExpInsertSelect(t *testing.T) {
	ctx := context.Background()
	st := sharedStore
	st.Exec(ctx, strings.Replace(ddl, "events", "exp_sel", 1))
	sel := `SELECT generateUUIDv4(), generateUUIDv4(), 'incident.reported', now64(3), now64(3), 'dev', 1, 'v1', 'Depot', 'minor', 'fall', concat(repeat('Merci de contacter [PERSON_1] à [EMAIL_1] pour la déclaration. ', 14), toString(number)), concat(repeat('{"description":"Merci de contacter [PERSON_1]", ', 26), toString(number)) FROM numbers(2000)`
	c0, w0 := cpuNow(), time.Now()
	for i := 0; i < 15; i++ {
		if _, err := st.Query(ctx, "SELECT count() FROM ("+sel+")"); err != nil {
			t.Fatal(err)
		}
	}
	c1, w1 := cpuNow(), time.Now()
	for i := 0; i < 15; i++ {
		if err := st.Exec(ctx, "INSERT INTO exp_sel "+sel); err != nil {
			t.Fatal(err)
		}
	}
	c2, w2 := cpuNow(), time.Now()
	t.Logf("select only: wall %v/row cpu %v/row; insert-select: wall %v/row cpu %v/row", w1.Sub(w0)/30000, (c1-c0)/30000, w2.Sub(w1)/30000, (c2-c1)/30000)
}
