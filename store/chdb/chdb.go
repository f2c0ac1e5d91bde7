// Package chdb is the embedded ClickHouse backend of package store, for URLs
// of the form chdb:DIR. It runs a full ClickHouse engine (chDB) inside the
// process, keeping its data in DIR.
//
// The library is loaded lazily with purego when a store is opened, not at
// program start (chdb-go panics in init when the library is missing): a
// binary that never opens a chdb: store never needs libchdb.so. See
// LibraryPath for how the library is found or fetched.
//
// chDB allows one open connection per process; opening a second store while
// one is open returns ErrBusy.
package chdb

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/ebitengine/purego"

	"github.com/veilig/veilig/internal/jsonx"
	"github.com/veilig/veilig/store"
)

// ErrBusy is returned when a second embedded store is opened in one process.
var ErrBusy = errors.New("chdb: the embedded engine allows one open store per process; close the other first")

func init() { store.Register("chdb", open) }

type connection struct{ internal unsafe.Pointer }

// result mirrors chdb_result, an opaque handle: Go never reads its field.
type result struct {
	_ unsafe.Pointer
}

var (
	loadOnce sync.Once
	loadErr  error

	chdbConnect       func(argc int, argv []*byte) *connection
	chdbCloseConn     func(conn *connection)
	chdbQuery         func(conn unsafe.Pointer, query string, format string) *result
	chdbQueryN        func(conn unsafe.Pointer, query *byte, queryLen uintptr, format *byte, formatLen uintptr) *result
	chdbDestroyResult func(r *result)
	chdbResultBuffer  func(r *result) *byte
	chdbResultLength  func(r *result) uint
	chdbResultError   func(r *result) string

	openMu sync.Mutex
	isOpen bool

	// restoreSignals puts back the Go runtime's signal handlers as they
	// were before the library was loaded
	restoreSignals = func() {}
)

func load(ctx context.Context, logf func(string, ...any)) error {
	loadOnce.Do(func() {
		path, err := LibraryPath(ctx, logf)
		if err != nil {
			loadErr = err
			return
		}
		restoreSignals = keepGoSignalHandlers()
		h, err := purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_GLOBAL)
		restoreSignals()
		if err != nil {
			loadErr = fmt.Errorf("%w: load %s: %v", ErrLibrary, path, err)
			return
		}
		purego.RegisterLibFunc(&chdbConnect, h, "chdb_connect")
		purego.RegisterLibFunc(&chdbCloseConn, h, "chdb_close_conn")
		purego.RegisterLibFunc(&chdbQuery, h, "chdb_query")
		purego.RegisterLibFunc(&chdbQueryN, h, "chdb_query_n")
		purego.RegisterLibFunc(&chdbDestroyResult, h, "chdb_destroy_query_result")
		purego.RegisterLibFunc(&chdbResultBuffer, h, "chdb_result_buffer")
		purego.RegisterLibFunc(&chdbResultLength, h, "chdb_result_length")
		purego.RegisterLibFunc(&chdbResultError, h, "chdb_result_error")
	})
	return loadErr
}

type driver struct {
	conn *connection
	dir  string
}

func open(ctx context.Context, u *url.URL, opts store.Options) (store.Driver, error) {
	dir := u.Opaque
	if dir == "" {
		dir = u.Path
	}
	if dir == "" {
		return nil, fmt.Errorf("%w: chdb: needs a folder, as in chdb:/var/lib/veilig/ch", store.ErrInvalidURL)
	}
	if err := store.CheckParams(u); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", store.ErrInvalidURL, err)
	}
	if err := load(ctx, opts.Logf); err != nil {
		return nil, err
	}
	openMu.Lock()
	defer openMu.Unlock()
	if isOpen {
		return nil, ErrBusy
	}
	argv := []string{"clickhouse", "--path=" + abs}
	cargv := make([]*byte, len(argv))
	for i, a := range argv {
		b := append([]byte(a), 0)
		cargv[i] = &b[0]
	}
	c := chdbConnect(len(cargv), cargv)
	restoreSignals() // the engine's start installs its handlers (see signals_linux.go)
	if c == nil || c.internal == nil {
		return nil, fmt.Errorf("%w: chdb: could not open the engine on %s", store.ErrUnavailable, abs)
	}
	isOpen = true
	d := &driver{conn: c, dir: abs}
	// 64-bit integers as JSON numbers, so results decode as numbers.
	if _, err := d.run("SET output_format_json_quote_64bit_integers = 0", ""); err != nil {
		_ = d.Close()
		return nil, err
	}
	return d, nil
}

func (d *driver) run(sql, format string) ([]byte, error) {
	if d.conn == nil {
		return nil, store.ErrClosed
	}
	return take(chdbQuery(d.conn.internal, sql, format))
}

// runBytes runs a statement held in a byte slice, handed to the engine
// with its length: no copy into a C string, and no scan for its end.
func (d *driver) runBytes(sql []byte) ([]byte, error) {
	if d.conn == nil {
		return nil, store.ErrClosed
	}
	var format byte
	r := chdbQueryN(d.conn.internal, unsafe.SliceData(sql), uintptr(len(sql)), &format, 0) // #nosec G103 -- the engine reads the slice during the call only; KeepAlive below holds it until then
	runtime.KeepAlive(sql)
	return take(r)
}

// take reads and frees an engine result.
func take(r *result) ([]byte, error) {
	if r == nil {
		return nil, nil
	}
	defer chdbDestroyResult(r)
	if msg := chdbResultError(r); msg != "" {
		return nil, fmt.Errorf("chdb: %s", strings.TrimSpace(msg))
	}
	n := chdbResultLength(r)
	if n == 0 {
		return nil, nil
	}
	buf := chdbResultBuffer(r)
	return bytes.Clone(unsafe.Slice(buf, n)), nil // #nosec G103 -- the C buffer is copied into Go memory at once and freed by the caller
}

func (d *driver) Flavour() store.Flavour { return store.Modern }
func (d *driver) Concurrent() bool       { return false }

// Exec runs one statement. The ctx is checked before the call: the engine
// cannot interrupt a running statement from outside.
func (d *driver) Exec(ctx context.Context, sql string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	_, err := d.run(sql, "")
	return err
}

// Insert writes rows as one JSONEachRow block, which the engine makes durable
// before it returns.
func (d *driver) Insert(ctx context.Context, table string, cols []string, rows [][]any) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := bufPool.Get().(*[]byte)
	defer bufPool.Put(b)
	q := append((*b)[:0], "INSERT INTO "...)
	q = append(q, table...)
	q = append(q, " ("...)
	q = append(q, strings.Join(cols, ", ")...)
	q = append(q, ") FORMAT JSONEachRow\n"...)
	keys := make([][]byte, len(cols))
	for i, c := range cols {
		keys[i] = append(appendString(nil, c), ':')
	}
	var err error
	for _, r := range rows {
		q = append(q, '{')
		for i, v := range r {
			if i > 0 {
				q = append(q, ',')
			}
			q = append(q, keys[i]...)
			if q, err = appendValue(q, v); err != nil {
				return fmt.Errorf("chdb: insert into %s column %s: %w", table, cols[i], err)
			}
		}
		q = append(q, "}\n"...)
	}
	*b = q
	_, err = d.runBytes(q)
	return err
}

var bufPool = sync.Pool{New: func() any { return new([]byte) }}

// appendValue appends v as a JSON value of JSONEachRow. The store's row
// types (strings, times, integers) are written directly, because encoding
// each value through a general encoder cost more than the engine's own
// parsing of the row; anything else goes through jsonx.
func appendValue(b []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case string:
		return appendString(b, x), nil
	case time.Time:
		b = append(b, '"')
		b = x.UTC().AppendFormat(b, "2006-01-02 15:04:05.000")
		return append(b, '"'), nil
	case int:
		return strconv.AppendInt(b, int64(x), 10), nil
	case int64:
		return strconv.AppendInt(b, x, 10), nil
	case uint16:
		return strconv.AppendUint(b, uint64(x), 10), nil
	case uint32:
		return strconv.AppendUint(b, uint64(x), 10), nil
	case uint64:
		return strconv.AppendUint(b, x, 10), nil
	}
	s, err := jsonx.Marshal(v)
	if err != nil {
		return b, err
	}
	return append(b, s...), nil
}

// appendString appends s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD (as encoding/json
// does), everything else copied as it is. Valid UTF-8, nearly every string
// the pipeline writes, takes a path that tests each byte against a table
// and copies runs of plain bytes whole.
func appendString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		return appendInvalidString(b, s)
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; needsEscape[c] {
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			start = i + 1
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// needsEscape marks the bytes a JSON string must escape: the control
// characters, the quote and the backslash. Bytes of multi-byte UTF-8
// sequences are never among them.
var needsEscape = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

func appendEscape(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
}

// appendInvalidString is appendString for a string that is not valid
// UTF-8: each invalid byte becomes U+FFFD.
func appendInvalidString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, s[start:i]...)
				b = append(b, "\ufffd"...)
				start = i + size
			}
			i += size
			continue
		}
		if needsEscape[c] {
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			start = i + 1
		}
		i++
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Query runs sql and decodes its JSONCompact answer.
func (d *driver) Query(ctx context.Context, sql string) (*store.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out, err := d.run(sql, "JSONCompact")
	if err != nil {
		return nil, err
	}
	res := &store.Result{}
	if len(out) == 0 {
		return res, nil
	}
	var doc struct {
		Meta []struct {
			Name string `json:"name"`
		} `json:"meta"`
		Data [][]any `json:"data"`
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("chdb: decode result: %w", err)
	}
	for _, m := range doc.Meta {
		res.Columns = append(res.Columns, m.Name)
	}
	for _, row := range doc.Data {
		for i, v := range row {
			row[i] = normalise(v)
		}
	}
	res.Rows = doc.Data
	return res, nil
}

func normalise(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		if f, err := x.Float64(); err == nil {
			return f
		}
		return x.String()
	case []any:
		for i := range x {
			x[i] = normalise(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = normalise(x[k])
		}
	}
	return v
}

// Close closes the engine. The data stays in the folder.
func (d *driver) Close() error {
	openMu.Lock()
	defer openMu.Unlock()
	if d.conn != nil {
		chdbCloseConn(d.conn)
		d.conn = nil
		isOpen = false
	}
	return nil
}
