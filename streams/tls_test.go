package streams_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/veilig/veilig/streams"
)

// writeTestCA makes a CA and a server certificate for 127.0.0.1.
func writeTestCA(t *testing.T) (caFile string, cert tls.Certificate) {
	dir := t.TempDir()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ca := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test CA"}, NotBefore: time.Now().Add(-time.Hour),
		NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	caDER, _ := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	caCert, _ := x509.ParseCertificate(caDER)
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	leaf := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "nats"}, NotBefore: time.Now().Add(-time.Hour),
		NotAfter: time.Now().Add(time.Hour), IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, KeyUsage: x509.KeyUsageDigitalSignature}
	der, _ := x509.CreateCertificate(rand.Reader, leaf, caCert, &key.PublicKey, caKey)
	caFile = filepath.Join(dir, "ca.crt")
	_ = os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), 0o644)
	return caFile, tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// The broker connection is TLS end to end: with the CA it connects over
// tls://, and a plain-text client is turned away.
func TestNATSConnectionsUseTLS(t *testing.T) {
	caFile, cert := writeTestCA(t)
	s := startServer(t, &server.Options{
		Host: "127.0.0.1", Port: -1,
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, TLS: true, TLSTimeout: 2,
	})
	addr := s.Addr().String()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	conn, err := streams.Connect(ctx, "tls://"+addr, streams.Options{CAFile: caFile})
	if err != nil {
		t.Fatalf("tls:// with the CA: %v", err)
	}
	if err := streams.Ensure(ctx, conn.JS, streams.Config{}); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	if _, err := streams.Connect(ctx, "tls://"+addr, streams.Options{}); !errors.Is(err, streams.ErrUnavailable) {
		t.Errorf("a server certificate from an unknown CA was accepted: %v", err)
	}
}
