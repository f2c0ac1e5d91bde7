package chdb

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// The embedded engine's library is shipped in an npm package. These pins are
// the package's published integrity (npm view PKG dist.integrity); a tarball
// that does not hash to it is refused.
const (
	LibPackage   = "@chdb/lib-linux-x64-gnu"
	LibVersion   = "26.5.3"
	LibIntegrity = "sha512-fPrLmRt5Moor9yGz4mazbrNje4t7X9KB2mTGkXFWRxRBs2iKy8yh6jx11xsa0Qr3iDFMU/yHqd+bVdYJXu3QaQ=="
	libName      = "libchdb.so"
)

// ErrLibrary wraps every failure to find or fetch libchdb.so.
var ErrLibrary = errors.New("chdb: embedded ClickHouse library unavailable")

// installedPaths are where a system-wide installation puts the library.
var installedPaths = []string{"/usr/local/lib/libchdb.so", "/usr/lib/libchdb.so", "/usr/lib/x86_64-linux-gnu/libchdb.so"}

// CacheDir is where a fetched library is kept: the user's cache folder,
// or VEILIG_CACHE_DIR when set.
func CacheDir() (string, error) {
	if d := os.Getenv("VEILIG_CACHE_DIR"); d != "" {
		return filepath.Join(d, "chdb-"+LibVersion), nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("%w: no user cache folder (%v): set CHDB_LIB_PATH or VEILIG_CACHE_DIR", ErrLibrary, err)
	}
	return filepath.Join(d, "veilig", "chdb-"+LibVersion), nil
}

// LibraryPath finds libchdb.so, fetching it once into CacheDir when it is
// nowhere else. Precedence: CHDB_LIB_PATH, an installed library, the cache,
// a fetch with `npm pack`. logf receives progress lines; it may be nil.
// Safe for concurrent use by several processes: the fetch holds a file lock.
func LibraryPath(ctx context.Context, logf func(string, ...any)) (string, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if p := os.Getenv("CHDB_LIB_PATH"); p != "" {
		if _, err := os.Stat(p); err != nil { // #nosec G703 -- the path is the operator's own configuration (data folder, library path)
			return "", fmt.Errorf("%w: CHDB_LIB_PATH=%s: %v", ErrLibrary, p, err)
		}
		return p, nil
	}
	for _, p := range installedPaths {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	dir, err := CacheDir()
	if err != nil {
		return "", err
	}
	lib := filepath.Join(dir, libName)
	if _, err := os.Stat(lib); err == nil {
		return lib, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil { // #nosec G301 -- the user's cache folder for a shared library; it holds no secret
		return "", fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, ".lock"), os.O_CREATE|os.O_RDWR, 0o644) // #nosec G302 G304 -- a shared library in the user's cache; it holds no secret; the path is the operator's own input (a flag, an environment variable, the cache folder)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return "", fmt.Errorf("%w: lock %s: %v", ErrLibrary, dir, err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN) //nolint:errcheck // released on close anyway
	if _, err := os.Stat(lib); err == nil {              // another process fetched it meanwhile
		return lib, nil
	}
	if err := fetch(ctx, dir, logf); err != nil {
		return "", err
	}
	return lib, nil
}

func fetch(ctx context.Context, dir string, logf func(string, ...any)) error {
	npm, err := exec.LookPath("npm")
	if err != nil {
		return fmt.Errorf("%w: npm is not installed; install Node.js and npm, or download %s@%s yourself and set CHDB_LIB_PATH to its libchdb.so", ErrLibrary, LibPackage, LibVersion)
	}
	tmp, err := os.MkdirTemp(dir, "fetch-")
	if err != nil {
		return fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	defer os.RemoveAll(tmp)

	logf("fetching the embedded ClickHouse engine (%s@%s, about 166 MB, once) into %s", LibPackage, LibVersion, dir)
	cmd := exec.CommandContext(ctx, npm, "pack", "--silent", LibPackage+"@"+LibVersion) // #nosec G204 -- npm with a fixed package name and pinned version
	cmd.Dir = tmp
	var stderr strings.Builder
	cmd.Stderr = &stderr
	done := make(chan struct{})
	go progress(done, tmp, logf)
	out, err := cmd.Output()
	close(done)
	if err != nil {
		return fmt.Errorf("%w: npm pack %s@%s failed: %v: %s", ErrLibrary, LibPackage, LibVersion, err, strings.TrimSpace(stderr.String()))
	}
	tgz := filepath.Join(tmp, strings.TrimSpace(lastLine(string(out))))
	if err := verifyIntegrity(tgz, LibIntegrity); err != nil {
		return err
	}
	if err := extract(tgz, "package/"+libName, filepath.Join(tmp, libName)); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(tmp, libName), filepath.Join(dir, libName)); err != nil {
		return fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	logf("embedded ClickHouse engine ready: %s", filepath.Join(dir, libName))
	return nil
}

// progress prints a line every few seconds while npm downloads, with the
// bytes written so far where npm has started writing the tarball.
func progress(done <-chan struct{}, dir string, logf func(string, ...any)) {
	start := time.Now()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			var size int64
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if info, err := e.Info(); err == nil {
					size += info.Size()
				}
			}
			logf("  still fetching: %s elapsed, %d MB on disk", time.Since(start).Round(time.Second), size>>20)
		}
	}
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// verifyIntegrity checks a file against an SRI string "sha512-BASE64".
func verifyIntegrity(path, sri string) error {
	want, ok := strings.CutPrefix(sri, "sha512-")
	if !ok {
		return fmt.Errorf("%w: unsupported integrity %q", ErrLibrary, sri)
	}
	f, err := os.Open(path) // #nosec G304 -- the path is the operator's own input (a flag, an environment variable, the cache folder)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	defer f.Close()
	h := sha512.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	if got := base64.StdEncoding.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%w: %s@%s does not match its published sha512 (got sha512-%s); refusing to load it", ErrLibrary, LibPackage, LibVersion, got)
	}
	return nil
}

func extract(tgz, member, dst string) error {
	f, err := os.Open(tgz) // #nosec G304 -- the path is the operator's own input (a flag, an environment variable, the cache folder)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrLibrary, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return fmt.Errorf("%w: %s not found in the package", ErrLibrary, member)
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrLibrary, err)
		}
		if h.Name != member {
			continue
		}
		out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755) // #nosec G302 G304 -- a shared library in the user's cache; it holds no secret; the path is the operator's own input (a flag, an environment variable, the cache folder)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrLibrary, err)
		}
		if _, err := io.Copy(out, tr); err != nil { // #nosec G110 -- the tarball was checked against its published sha512 before extraction
			_ = out.Close()
			return fmt.Errorf("%w: %v", ErrLibrary, err)
		}
		return out.Close()
	}
}
