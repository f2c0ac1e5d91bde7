package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

type certsCmd struct {
	Dev certsDevCmd `cmd:"" help:"Make a local CA and certificates for development (server and client), ECDSA P-256, in a folder."`
}

type certsDevCmd struct {
	Out   string   `name:"out" default:"certs" help:"Folder to write ca.crt, server.crt/key and client.crt/key to."`
	Hosts []string `name:"host" default:"localhost,127.0.0.1" sep:"," help:"Names and addresses the server certificate is valid for."`
	Days  int      `name:"days" default:"90" help:"Validity in days."`
}

func (c *certsDevCmd) Run(e *env) error {
	if c.Days < 1 || c.Days > 825 {
		return usagef("--days must be between 1 and 825")
	}
	if err := os.MkdirAll(c.Out, 0o700); err != nil {
		return err
	}
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	now := time.Now()
	ca := &x509.Certificate{
		SerialNumber: serial(), Subject: pkix.Name{CommonName: "veilig development CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(0, 0, c.Days),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		return err
	}
	caCert, _ := x509.ParseCertificate(caDER)
	if err := writePEM(filepath.Join(c.Out, "ca.crt"), "CERTIFICATE", caDER, 0o644); err != nil {
		return err
	}
	for _, leaf := range []struct {
		name  string
		usage x509.ExtKeyUsage
	}{{"server", x509.ExtKeyUsageServerAuth}, {"client", x509.ExtKeyUsageClientAuth}} {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return err
		}
		tmpl := &x509.Certificate{
			SerialNumber: serial(), Subject: pkix.Name{CommonName: "veilig " + leaf.name},
			NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(0, 0, c.Days),
			KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{leaf.usage},
		}
		if leaf.name == "server" {
			for _, h := range c.Hosts {
				if ip := net.ParseIP(h); ip != nil {
					tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
				} else {
					tmpl.DNSNames = append(tmpl.DNSNames, h)
				}
			}
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &key.PublicKey, caKey)
		if err != nil {
			return err
		}
		kb, err := x509.MarshalECPrivateKey(key)
		if err != nil {
			return err
		}
		if err := writePEM(filepath.Join(c.Out, leaf.name+".crt"), "CERTIFICATE", der, 0o644); err != nil {
			return err
		}
		if err := writePEM(filepath.Join(c.Out, leaf.name+".key"), "EC PRIVATE KEY", kb, 0o600); err != nil {
			return err
		}
	}
	fmt.Printf("wrote %s/{ca.crt,server.crt,server.key,client.crt,client.key}, valid %d days, server names %v\n", c.Out, c.Days, c.Hosts)
	return nil
}

func serial() *big.Int {
	n, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 126))
	return n
}

func writePEM(path, typ string, der []byte, mode os.FileMode) error {
	return os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), mode)
}
