package store

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/veilig/veilig/schemas"
)

// Migrate applies the versioned DDL in schemas/migrations for the backend's
// flavour, in order, recording each applied version in schema_migrations.
// Applying is idempotent: a version already recorded is skipped, and every
// statement is written to be safe to repeat (IF NOT EXISTS), so a crash
// between a statement and its record does no harm.
//
// Why not golang-migrate: its ClickHouse driver sits on database/sql, which
// the embedded engine has no driver for, and its multi-statement handling
// does not fit ClickHouse 18.16. This runner is forty lines over the same
// idea (numbered files, a version table).
func (s *Store) Migrate(ctx context.Context) (applied []string, err error) {
	if err := s.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version UInt32, name String, applied_at DateTime) ENGINE = MergeTree() ORDER BY version`); err != nil {
		return nil, fmt.Errorf("store: migrate: %w", err)
	}
	res, err := s.Query(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("store: migrate: %w", err)
	}
	done := map[int64]bool{}
	for _, r := range res.Rows {
		done[AsInt(r[0])] = true
	}
	fsys, err := schemas.Migrations(string(s.Flavour()))
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("store: migrate: file %s does not start with a version number", name)
		}
		if done[int64(v)] {
			continue
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		for _, stmt := range SplitStatements(string(body)) {
			if err := s.Exec(ctx, stmt); err != nil {
				return applied, fmt.Errorf("store: migrate %s: %w", name, err)
			}
		}
		if err := s.Insert(ctx, "schema_migrations", []string{"version", "name", "applied_at"},
			[][]any{{uint32(v), name, time.Now().UTC().Truncate(time.Second)}}); err != nil { // #nosec G115 -- migration versions and row counts are small
			return applied, fmt.Errorf("store: migrate: record %s: %w", name, err)
		}
		applied = append(applied, name)
	}
	return applied, nil
}

// SplitStatements splits a SQL file on semicolons that end a line, dropping
// comment lines and empty statements.
func SplitStatements(sql string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(sql, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "--") || t == "" {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(t, ";") {
			stmt := strings.TrimSuffix(strings.TrimSpace(cur.String()), ";")
			if stmt != "" {
				out = append(out, stmt)
			}
			cur.Reset()
		}
	}
	if stmt := strings.TrimSpace(cur.String()); stmt != "" {
		out = append(out, stmt)
	}
	return out
}

// AsInt converts a numeric value as drivers return it to int64; anything
// else is 0.
func AsInt(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case uint64:
		return int64(n) // #nosec G115 -- migration versions and row counts are small
	case uint32:
		return int64(n)
	case int32:
		return int64(n)
	case uint16:
		return int64(n)
	case uint8:
		return int64(n)
	case int:
		return int64(n)
	case float64:
		return int64(n)
	case string:
		i, _ := strconv.ParseInt(n, 10, 64)
		return i
	}
	return 0
}
