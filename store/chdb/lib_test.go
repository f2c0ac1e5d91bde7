package chdb

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestVerifyIntegrityRefusesATamperedFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.tgz")
	if err := os.WriteFile(p, []byte("not the package"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := verifyIntegrity(p, LibIntegrity); !errors.Is(err, ErrLibrary) {
		t.Fatalf("tampered tarball: %v, want ErrLibrary", err)
	}
	abc := filepath.Join(t.TempDir(), "abc")
	if err := os.WriteFile(abc, []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	// printf abc | sha512sum | xxd -r -p | base64
	const abcSRI = "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw=="
	if err := verifyIntegrity(abc, abcSRI); err != nil {
		t.Fatalf("matching digest refused: %v", err)
	}
	if err := verifyIntegrity(p, abcSRI); err == nil {
		t.Fatal("wrong digest accepted")
	}
	if err := verifyIntegrity(p, "sha1-abc"); err == nil {
		t.Fatal("unsupported algorithm accepted")
	}
}
