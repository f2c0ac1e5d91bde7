package workers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/veilig/veilig/internal/jsonx"
)

func TestExpFormats(t *testing.T) {
	ctx := context.Background()
	st := sharedStore
	text := strings.Repeat("Merci de contacter [PERSON_1] à [EMAIL_1] pour la déclaration. ", 14)
	data := `{"description":"` + text + `","location":{"site":"Depot"},"severity":"minor"}` + strings.Repeat(" ", 300)
	tj, _ := jsonx.Marshal(text)
	dj, _ := jsonx.Marshal(data)
	tt := strings.NewReplacer("\\", "\\\\", "\t", "\\t", "\n", "\\n").Replace(text)
	dt := strings.NewReplacer("\\", "\\\\", "\t", "\\t", "\n", "\\n").Replace(data)
	for _, f := range []string{"JSONEachRow", "JSONCompactEachRow", "TabSeparated", "CSV"} {
		tbl := fmt.Sprintf("expf_%d", time.Now().UnixNano())
		st.Exec(ctx, strings.Replace(ddl, "events", tbl, 1))
		var qs []string
		for b := 0; b < 15; b++ {
			var sb strings.Builder
			sb.WriteString("INSERT INTO " + tbl + " FORMAT " + f + "\n")
			for i := b * 2000; i < (b+1)*2000; i++ {
				id := fmt.Sprintf("01ec7102-fdbc-5bf5-9272-%012x", i*7919%1000003)
				switch f {
				case "JSONEachRow":
					fmt.Fprintf(&sb, `{"tenant_id":"6f17cd80-65c5-59b2-bf54-324354d5a7b6","event_id":"%s","type":"incident.reported","occurred_at":"2026-11-01 10:00:00.000","received_at":"2026-11-01 10:00:00.000","environment":"dev","schema_version":1,"anonymizer_version":"v1","site":"Depot","severity":"minor","category":"fall","text":%s,"data":%s}`+"\n", id, tj, dj)
				case "JSONCompactEachRow":
					fmt.Fprintf(&sb, `["6f17cd80-65c5-59b2-bf54-324354d5a7b6","%s","incident.reported","2026-11-01 10:00:00.000","2026-11-01 10:00:00.000","dev",1,"v1","Depot","minor","fall",%s,%s]`+"\n", id, tj, dj)
				case "TabSeparated":
					fmt.Fprintf(&sb, "6f17cd80-65c5-59b2-bf54-324354d5a7b6\t%s\tincident.reported\t2026-11-01 10:00:00.000\t2026-11-01 10:00:00.000\tdev\t1\tv1\tDepot\tminor\tfall\t%s\t%s\n", id, tt, dt)
				case "CSV":
					fmt.Fprintf(&sb, "6f17cd80-65c5-59b2-bf54-324354d5a7b6,%s,incident.reported,2026-11-01 10:00:00.000,2026-11-01 10:00:00.000,dev,1,v1,Depot,minor,fall,\"%s\",\"%s\"\n", id, strings.ReplaceAll(text, `"`, `""`), strings.ReplaceAll(data, `"`, `""`))
				}
			}
			qs = append(qs, sb.String())
		}
		c0, w0 := cpuNow(), time.Now()
		for _, q := range qs {
			if err := st.Exec(ctx, q); err != nil {
				t.Fatal(f, err)
			}
		}
		c1, w1 := cpuNow(), time.Now()
		t.Logf("%-20s wall %v/row cpu %v/row", f, w1.Sub(w0)/30000, (c1-c0)/30000)
	}
}
