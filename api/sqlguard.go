package api

import (
	"errors"
	"fmt"
	"strings"

	"github.com/veilig/veilig/schemas"
)

// ErrRefusedSQL is wrapped by every refusal of the SQL guard.
var ErrRefusedSQL = errors.New("api: query refused")

// analystViews maps the names an analyst may select from to the tables
// behind them. Each is replaced by a subquery of one tenant's rows.
var analystViews = map[string]string{"events": "events", "insights": "insights"}

// hiddenNames are names that must not appear anywhere in an analyst query.
var hiddenNames = map[string]bool{
	"ai_calls": true, "schema_migrations": true, "system": true, "information_schema": true,
}

var deniedKeywords = map[string]bool{
	"into": true, "outfile": true, "settings": true, "format": true, "insert": true, "alter": true, "drop": true,
	"create": true, "attach": true, "detach": true, "kill": true, "optimize": true, "rename": true,
	"truncate": true, "grant": true, "revoke": true, "set": true, "use": true, "exchange": true, "delete": true, "update": true,
}

// deniedFunctions read other tables, files or hosts.
var deniedFunctions = []string{"file", "url", "remote", "remotesecure", "cluster", "clusterallreplicas", "mysql", "postgresql",
	"jdbc", "odbc", "hdfs", "s3", "s3cluster", "input", "merge", "view", "dictionary", "joinget", "dict", "azureblobstorage",
	"gcs", "iceberg", "deltalake", "hudi", "executable", "sqlite", "mongodb", "redis", "getsetting", "currentuser", "loop", "table"}

type sqlTok struct {
	kind byte // 'i' identifier, 's' string, 'n' number, 'p' punctuation
	text string
}

// tokenizeSQL splits SQL into tokens, refusing comments, quoted
// identifiers and statement separators outright.
func tokenizeSQL(q string) ([]sqlTok, error) {
	var out []sqlTok
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && i+1 < len(q) && q[i+1] == '-', c == '/' && i+1 < len(q) && q[i+1] == '*', c == '#':
			return nil, fmt.Errorf("%w: comments are not allowed", ErrRefusedSQL)
		case c == ';':
			return nil, fmt.Errorf("%w: one statement only", ErrRefusedSQL)
		case c == '`' || c == '"':
			return nil, fmt.Errorf("%w: quoted identifiers are not allowed", ErrRefusedSQL)
		case c == '\'':
			j := i + 1
			for j < len(q) {
				if q[j] == '\\' {
					j += 2
					continue
				}
				if q[j] == '\'' {
					if j+1 < len(q) && q[j+1] == '\'' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j >= len(q) {
				return nil, fmt.Errorf("%w: unterminated string", ErrRefusedSQL)
			}
			out = append(out, sqlTok{'s', q[i : j+1]})
			i = j + 1
		case c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i
			for j < len(q) && (q[j] == '_' || (q[j]|0x20 >= 'a' && q[j]|0x20 <= 'z') || (q[j] >= '0' && q[j] <= '9')) {
				j++
			}
			out = append(out, sqlTok{'i', q[i:j]})
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < len(q) && ((q[j] >= '0' && q[j] <= '9') || q[j] == '.' || q[j]|0x20 == 'e' || q[j]|0x20 == 'x' || (q[j]|0x20 >= 'a' && q[j]|0x20 <= 'f')) {
				j++
			}
			out = append(out, sqlTok{'n', q[i:j]})
			i = j
		case c < 0x80 && strings.IndexByte("(),.*+-/%<>=!|:?[]{}", c) >= 0:
			out = append(out, sqlTok{'p', string(c)})
			i++
		default:
			return nil, fmt.Errorf("%w: unexpected character at byte %d", ErrRefusedSQL, i)
		}
	}
	return out, nil
}

// GuardSQL checks an analyst's query and rewrites it so that it can read
// only the analyst views of one tenant: every "events" or "insights" after
// FROM or JOIN becomes a subquery of that tenant's rows (FINAL), and
// anything else that could reach other data (other tables, qualified
// names, table functions, settings, comments, several statements) is
// refused. The result is wrapped with a row limit.
func GuardSQL(q, tenant string, limit int) (string, error) {
	if len(q) > 10000 {
		return "", fmt.Errorf("%w: over 10000 bytes", ErrRefusedSQL)
	}
	if !schemas.CanonicalUUID(tenant) {
		return "", fmt.Errorf("%w: bad tenant", ErrRefusedSQL)
	}
	toks, err := tokenizeSQL(q)
	if err != nil {
		return "", err
	}
	if len(toks) == 0 || toks[0].kind != 'i' || (!strings.EqualFold(toks[0].text, "select") && !strings.EqualFold(toks[0].text, "with")) {
		return "", fmt.Errorf("%w: only SELECT queries", ErrRefusedSQL)
	}
	var b strings.Builder
	skip := -1
	for i, t := range toks {
		if i == skip {
			continue // FINAL after a view: the view already reads FINAL
		}
		lower := strings.ToLower(t.text)
		if t.kind == 'i' {
			if deniedKeywords[lower] || hiddenNames[lower] {
				return "", fmt.Errorf("%w: %q is not allowed", ErrRefusedSQL, t.text)
			}
			next := ""
			if i+1 < len(toks) {
				next = toks[i+1].text
			}
			if next == "(" {
				for _, f := range deniedFunctions {
					if strings.HasPrefix(lower, f) {
						return "", fmt.Errorf("%w: function %s is not allowed", ErrRefusedSQL, t.text)
					}
				}
			}
			prev := ""
			if i > 0 {
				prev = strings.ToLower(toks[i-1].text)
			}
			if prev == "from" || (prev == "join" && !(i >= 2 && strings.EqualFold(toks[i-2].text, "array"))) {
				view, ok := analystViews[lower]
				if !ok || next == "(" || next == "." {
					return "", fmt.Errorf("%w: select from events or insights only", ErrRefusedSQL)
				}
				fmt.Fprintf(&b, " (SELECT * FROM %s FINAL WHERE tenant_id = '%s')", view, tenant)
				if strings.EqualFold(next, "final") {
					skip = i + 1
					next = ""
					if i+2 < len(toks) {
						next = toks[i+2].text
					}
				}
				// keep the name as the alias unless the query gives one
				nl := strings.ToLower(next)
				j := i + 1
				if skip == i+1 {
					j = i + 2
				}
				if next == "" || (nl != "as" && (j >= len(toks) || toks[j].kind != 'i' || isClauseWord(nl))) {
					b.WriteString(" AS " + lower)
				}
				continue
			}
			if _, isView := analystViews[lower]; isView && next != "." {
				return "", fmt.Errorf("%w: %s may appear only after FROM or JOIN", ErrRefusedSQL, t.text)
			}
			if next == "." && i+2 < len(toks) && prev != "." {
				// qualified names: alias.column is fine, database.table is not
				if _, isView := analystViews[strings.ToLower(toks[i+2].text)]; isView {
					return "", fmt.Errorf("%w: qualified table names are not allowed", ErrRefusedSQL)
				}
			}
		}
		if t.kind == 'p' && t.text == "{" {
			return "", fmt.Errorf("%w: query parameters are not allowed", ErrRefusedSQL)
		}
		b.WriteByte(' ')
		b.WriteString(t.text)
	}
	if !strings.Contains(b.String(), "FINAL WHERE tenant_id") {
		return "", fmt.Errorf("%w: the query must select from events or insights", ErrRefusedSQL)
	}
	return fmt.Sprintf("SELECT * FROM (%s) LIMIT %d", b.String(), limit), nil
}

func isClauseWord(w string) bool {
	switch w {
	case "where", "group", "order", "limit", "having", "join", "inner", "left", "right", "full", "cross", "array", "union", "on", "using", "final", "prewhere", "sample", "any", "all", "global", "semi", "anti", "asof", "paste":
		return true
	}
	return false
}
