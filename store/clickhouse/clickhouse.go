// Package clickhouse is the ClickHouse server backend of package store, for
// URLs of the form
//
//	clickhouse://host:9000[,host2:9000]?database=veilig&username=veilig&secure=true&skip_verify=false&dial_timeout=5s
//
// over the native protocol (clickhouse-go/v2). The password comes from
// store.Options, never from the URL. Servers older than 20.1 get the legacy
// DDL flavour (see schemas/migrations/legacy).
package clickhouse

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"time"

	ch "github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"github.com/google/uuid"

	"github.com/veilig/veilig/store"
)

func init() { store.Register("clickhouse", open) }

type drv struct {
	conn    driver.Conn
	flavour store.Flavour
}

func open(ctx context.Context, u *url.URL, opts store.Options) (store.Driver, error) {
	if err := store.CheckParams(u, "database", "username", "secure", "skip_verify", "dial_timeout"); err != nil {
		return nil, err
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%w: clickhouse URL needs host:port", store.ErrInvalidURL)
	}
	q := u.Query()
	o := &ch.Options{
		Addr: strings.Split(u.Host, ","),
		Auth: ch.Auth{
			Database: q.Get("database"),
			Username: q.Get("username"),
			Password: opts.Password,
		},
		DialTimeout:     5 * time.Second,
		MaxOpenConns:    8,
		ConnMaxLifetime: time.Hour,
	}
	if o.Auth.Database == "" {
		o.Auth.Database = "default"
	}
	if o.Auth.Username == "" {
		o.Auth.Username = "default"
	}
	if u.User != nil && u.User.Username() != "" {
		o.Auth.Username = u.User.Username()
	}
	if v := q.Get("dial_timeout"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return nil, fmt.Errorf("%w: dial_timeout: %v", store.ErrInvalidURL, err)
		}
		o.DialTimeout = d
	}
	secure, err := boolParam(q, "secure")
	if err != nil {
		return nil, err
	}
	skip, err := boolParam(q, "skip_verify")
	if err != nil {
		return nil, err
	}
	if secure {
		o.TLS = &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: skip} // #nosec G402 -- skip_verify is an explicit, documented opt-in for development
	}
	conn, err := ch.Open(o)
	if err != nil {
		return nil, classify(err)
	}
	if err := conn.Ping(ctx); err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("clickhouse %s: %w", u.Host, classify(err))
	}
	v, err := conn.ServerVersion()
	if err != nil {
		_ = conn.Close()
		return nil, classify(err)
	}
	fl := store.Modern
	if v.Version.Major < 20 {
		fl = store.Legacy
	}
	return &drv{conn: conn, flavour: fl}, nil
}

func boolParam(q url.Values, k string) (bool, error) {
	v := q.Get(k)
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%w: %s=%q is not a boolean", store.ErrInvalidURL, k, v)
	}
	return b, nil
}

// classify wraps errors that are worth retrying with store.ErrUnavailable.
// A server exception (bad SQL, wrong types) is permanent.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var ex *ch.Exception
	if errors.As(err, &ex) {
		return fmt.Errorf("clickhouse: code %d: %s", ex.Code, ex.Message)
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.Is(err, ch.ErrAcquireConnTimeout) ||
		errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w: %v", store.ErrUnavailable, err)
	}
	return err
}

func (d *drv) Flavour() store.Flavour { return d.flavour }
func (d *drv) Concurrent() bool       { return true }

func (d *drv) Exec(ctx context.Context, sql string) error {
	return classify(d.conn.Exec(ctx, sql))
}

// Insert sends rows as one native-protocol batch with an explicit column
// list (ClickHouse 18.16 needs it).
func (d *drv) Insert(ctx context.Context, table string, cols []string, rows [][]any) error {
	b, err := d.conn.PrepareBatch(ctx, "INSERT INTO "+table+" ("+strings.Join(cols, ", ")+")")
	if err != nil {
		return classify(err)
	}
	for _, r := range rows {
		if d.flavour == store.Legacy {
			r = legacyRow(r)
		}
		if err := b.Append(r...); err != nil {
			_ = b.Abort()
			return classify(err)
		}
	}
	return classify(b.Send())
}

// legacyRow adapts values to the legacy DDL: DateTime has second precision.
func legacyRow(r []any) []any {
	out := make([]any, len(r))
	for i, v := range r {
		if t, ok := v.(time.Time); ok {
			v = t.UTC().Truncate(time.Second)
		}
		out[i] = v
	}
	return out
}

func (d *drv) Query(ctx context.Context, sql string) (*store.Result, error) {
	rows, err := d.conn.Query(ctx, sql)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	res := &store.Result{Columns: rows.Columns()}
	types := rows.ColumnTypes()
	for rows.Next() {
		ptrs := make([]any, len(types))
		for i, t := range types {
			ptrs[i] = reflect.New(t.ScanType()).Interface()
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, classify(err)
		}
		row := make([]any, len(ptrs))
		for i, p := range ptrs {
			row[i] = generic(reflect.ValueOf(p).Elem().Interface())
		}
		res.Rows = append(res.Rows, row)
	}
	return res, classify(rows.Err())
}

// generic maps driver values onto the small set of Go types store.Result
// documents, so callers see the same shapes from every backend.
func generic(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case uuid.UUID:
		return x.String()
	case time.Time:
		return x.UTC().Format("2006-01-02 15:04:05.000")
	case string, bool, float64:
		return x
	case float32:
		return float64(x)
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return int64(rv.Uint()) // #nosec G115 -- driver integers are shown as int64; UInt64 above 2^63 does not occur in veilig tables
	case reflect.Pointer:
		if rv.IsNil() {
			return nil
		}
		return generic(rv.Elem().Interface())
	case reflect.Slice:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = generic(rv.Index(i).Interface())
		}
		return out
	}
	return fmt.Sprint(v)
}

func (d *drv) Close() error { return d.conn.Close() }
