// Package store is veilig's analytical store: anonymised events, insights and
// AI call audits in ClickHouse.
//
// A *Store is a portable type over a small Driver interface, in the manner of
// go-cloud's blob package: the portable type owns the closed-state check, the
// migrations, argument validation and error wrapping, so each driver stays
// small. Drivers register a URL scheme; Open picks one by the URL it is given:
//
//	chdb:DIR                       the embedded ClickHouse engine (package store/chdb)
//	clickhouse://host:9000?...     a ClickHouse server over the native protocol (package store/clickhouse)
//
// Secrets never travel in the URL: a server password comes from Options.
// Every driver passes the conformance suite in store/storetest.
package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"
)

// Sentinel errors. Callers test them with errors.Is.
var (
	// ErrClosed is returned by every method of a Store after Close.
	ErrClosed = errors.New("store: closed")
	// ErrUnknownScheme means no driver is registered for the URL's scheme.
	ErrUnknownScheme = errors.New("store: unknown URL scheme")
	// ErrInvalidURL means the URL could not be parsed or has unknown parameters.
	ErrInvalidURL = errors.New("store: invalid URL")
	// ErrUnavailable wraps errors that are worth retrying: the server is down,
	// a connection broke, a timeout. Permanent errors (bad SQL, type
	// mismatches) are not wrapped with it.
	ErrUnavailable = errors.New("store: unavailable")
)

// Flavour names the DDL dialect a backend speaks. The modern flavour uses
// DateTime64, LowCardinality and UUID (ClickHouse 22.3 and later, and the
// embedded engine); the legacy flavour is the reduced DDL that ClickHouse
// 18.16 (Debian's package) accepts.
type Flavour string

const (
	Modern Flavour = "modern"
	Legacy Flavour = "legacy"
)

// Result is the answer to a query: column names in SELECT order and the rows.
// Values are Go values as the driver decoded them: strings, float64 or int64
// numbers, bools, slices, maps, time.Time, or nil.
type Result struct {
	Columns []string
	Rows    [][]any
}

// Driver is what a backend implements. Implementations need not be safe for
// concurrent use: the portable Store serialises calls that the driver marks
// as not concurrent (see Concurrent).
type Driver interface {
	// Exec runs one statement that returns no rows (DDL, OPTIMIZE, DELETE).
	Exec(ctx context.Context, sql string) error
	// Insert writes rows into table; each row holds one value per column, in
	// the order of cols. The write is durable when Insert returns nil.
	Insert(ctx context.Context, table string, cols []string, rows [][]any) error
	// Query runs a statement that returns rows.
	Query(ctx context.Context, sql string) (*Result, error)
	// Flavour reports the DDL dialect the backend accepts.
	Flavour() Flavour
	// Concurrent reports whether the driver may be called from several
	// goroutines at once.
	Concurrent() bool
	// Close releases the driver's resources.
	Close() error
}

// Options configure Open. The zero value is valid.
type Options struct {
	// Password for server backends. Never put it in the URL.
	Password string
	// Logf, when set, receives progress lines (for example while the
	// embedded engine's library is downloaded). It must not be given PII.
	Logf func(format string, args ...any)
}

// Opener opens a driver for a parsed URL.
type Opener func(ctx context.Context, u *url.URL, opts Options) (Driver, error)

var (
	regMu   sync.RWMutex
	openers = map[string]Opener{}
)

// Register makes a driver available under scheme. It panics if the scheme is
// registered twice, like database/sql.Register.
func Register(scheme string, o Opener) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := openers[scheme]; dup {
		panic("store: Register called twice for scheme " + scheme)
	}
	openers[scheme] = o
}

// Schemes lists the registered URL schemes, sorted.
func Schemes() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	s := make([]string, 0, len(openers))
	for k := range openers {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

// Store is the portable analytical store. It is safe for concurrent use.
// The caller closes it.
type Store struct {
	drv    Driver
	serial sync.Mutex // held around driver calls when !drv.Concurrent()
	mu     sync.RWMutex
	closed bool
}

// Open opens the store named by rawURL. The ctx bounds connecting (and, for
// the embedded engine, fetching its library); it does not bound the Store's
// lifetime. Errors wrap ErrInvalidURL, ErrUnknownScheme or ErrUnavailable.
func Open(ctx context.Context, rawURL string, opts Options) (*Store, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme == "" {
		return nil, fmt.Errorf("%w: %q: want chdb:DIR or clickhouse://host:port", ErrInvalidURL, rawURL)
	}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			return nil, fmt.Errorf("%w: a password in the URL is refused: pass it in the environment (VEILIG_STORE_PASSWORD)", ErrInvalidURL)
		}
	}
	regMu.RLock()
	o := openers[u.Scheme]
	regMu.RUnlock()
	if o == nil {
		return nil, fmt.Errorf("%w %q (registered: %s)", ErrUnknownScheme, u.Scheme, strings.Join(Schemes(), ", "))
	}
	d, err := o(ctx, u, opts)
	if err != nil {
		return nil, err
	}
	return New(d), nil
}

// New wraps an already opened driver.
func New(d Driver) *Store { return &Store{drv: d} }

// Flavour reports the backend's DDL dialect.
func (s *Store) Flavour() Flavour { return s.drv.Flavour() }

func (s *Store) call(fn func() error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	if !s.drv.Concurrent() {
		s.serial.Lock()
		defer s.serial.Unlock()
	}
	return fn()
}

// Exec runs a statement that returns no rows.
func (s *Store) Exec(ctx context.Context, sql string) error {
	return s.call(func() error { return s.drv.Exec(ctx, sql) })
}

// Insert writes rows into table. Every row must have len(cols) values.
// An empty rows slice is a no-op. The write is durable when Insert returns nil.
func (s *Store) Insert(ctx context.Context, table string, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	if !validIdent(table) {
		return fmt.Errorf("store: insert: invalid table name %q", table)
	}
	for _, c := range cols {
		if !validIdent(c) {
			return fmt.Errorf("store: insert into %s: invalid column name %q", table, c)
		}
	}
	for i, r := range rows {
		if len(r) != len(cols) {
			return fmt.Errorf("store: insert into %s: row %d has %d values for %d columns", table, i, len(r), len(cols))
		}
	}
	return s.call(func() error { return s.drv.Insert(ctx, table, cols, rows) })
}

// Query runs a statement that returns rows.
func (s *Store) Query(ctx context.Context, sql string) (*Result, error) {
	var res *Result
	err := s.call(func() error {
		var err error
		res, err = s.drv.Query(ctx, sql)
		return err
	})
	return res, err
}

// Close closes the driver. Further calls return ErrClosed; a second Close
// returns nil.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.drv.Close()
}

func validIdent(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9' && i > 0:
		case r == '.' && i > 0:
		default:
			return false
		}
	}
	return true
}

// CheckParams returns an ErrInvalidURL error when u carries a query
// parameter not in allowed. Drivers call it so that a typo in a URL is an
// error, not a silently ignored setting.
func CheckParams(u *url.URL, allowed ...string) error {
	for k := range u.Query() {
		ok := false
		for _, a := range allowed {
			if k == a {
				ok = true
				break
			}
		}
		if !ok {
			return fmt.Errorf("%w: unknown parameter %q (allowed: %s)", ErrInvalidURL, k, strings.Join(allowed, ", "))
		}
	}
	return nil
}
