package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/veilig/veilig/store"
)

type queryCmd struct {
	dataFlag
	Format string `name:"format" enum:"table,jsonl" default:"table" help:"Output: table or jsonl (one JSON object per row)."`
	SQL    string `arg:"" name:"sql" help:"The SQL to run. Tables read with FINAL semantics: one row per event."`
}

func (q *queryCmd) Run(e *env) error {
	if strings.TrimSpace(q.SQL) == "" {
		return usagef("give the SQL to run, as in: veilig query \"SELECT count() FROM events\"")
	}
	dir, err := q.dir()
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, "clickhouse")); err != nil {
		return fmt.Errorf("no store in %s: run 'veilig demo --data %s' first", dir, dir)
	}
	st, err := openStore(e.ctx, "chdb:"+filepath.Join(dir, "clickhouse"), e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	// replaced rows (redeliveries, replays) count once, as analysts expect
	if err := st.Exec(e.ctx, "SET final = 1"); err != nil {
		return err
	}
	res, err := st.Query(e.ctx, q.SQL)
	if err != nil {
		return err
	}
	return writeResult(os.Stdout, res, q.Format)
}

func writeResult(w io.Writer, res *store.Result, format string) error {
	if format == "jsonl" {
		for _, r := range res.Rows {
			// keep the column order: encode by hand
			var b strings.Builder
			b.WriteByte('{')
			for i, c := range res.Columns {
				if i > 0 {
					b.WriteByte(',')
				}
				k, _ := json.Marshal(c)
				v, err := json.Marshal(r[i])
				if err != nil {
					return err
				}
				b.Write(k)
				b.WriteByte(':')
				b.Write(v)
			}
			b.WriteString("}\n")
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(res.Columns, "\t"))
	for _, r := range res.Rows {
		cells := make([]string, len(r))
		for i, v := range r {
			switch x := v.(type) {
			case string:
				cells[i] = strings.ReplaceAll(x, "\n", `\n`)
			default:
				b, _ := json.Marshal(x)
				cells[i] = string(b)
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}
