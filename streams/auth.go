package streams

import (
	"fmt"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"
)

// ProducerPermissions are a tenant producer's NATS permissions: it may
// publish only to its own tenant's raw subjects and receive only replies
// (JetStream publish acknowledgements) on its inbox. It can read no stream
// and publish for no other tenant. deploy/nats shows the same rules for a
// cluster.
func ProducerPermissions(tenant string) *server.Permissions {
	return &server.Permissions{
		Publish: &server.SubjectPermission{
			Allow: []string{"raw." + subjectToken(tenant) + ".>"},
		},
		Subscribe: &server.SubjectPermission{
			Allow: []string{"_INBOX.>"},
		},
	}
}

// WorkerPermissions are the workers': the JetStream API, every stream
// subject, and inboxes. Nobody else reads RAW.
func WorkerPermissions() *server.Permissions {
	return &server.Permissions{
		Publish:   &server.SubjectPermission{Allow: []string{"$JS.API.>", "$JS.ACK.>", "$KV.>", "raw.>", "clean.>", "quarantine.>", "dlq.>", "_INBOX.>"}},
		Subscribe: &server.SubjectPermission{Allow: []string{"_INBOX.>", "$KV.>"}},
	}
}

// ProducerCredential is a tenant producer's NATS identity: an nkey pair.
// The seed is the secret (write it to a file only the producer can read);
// the public key and permissions go into the server's authorisation.
type ProducerCredential struct {
	Tenant      string
	PublicKey   string
	Seed        []byte
	Permissions *server.Permissions
}

// NewProducerCredential makes a fresh nkey user for a tenant's producer.
func NewProducerCredential(tenant string) (*ProducerCredential, error) {
	kp, err := nkeys.CreateUser()
	if err != nil {
		return nil, err
	}
	pub, err := kp.PublicKey()
	if err != nil {
		return nil, err
	}
	seed, err := kp.Seed()
	if err != nil {
		return nil, err
	}
	return &ProducerCredential{Tenant: tenant, PublicKey: pub, Seed: seed, Permissions: ProducerPermissions(tenant)}, nil
}

// NkeyUser is the server-side entry for the credential.
func (c *ProducerCredential) NkeyUser() *server.NkeyUser {
	return &server.NkeyUser{Nkey: c.PublicKey, Permissions: c.Permissions}
}

// ServerConfig is the entry for a nats-server authorization block.
func (c *ProducerCredential) ServerConfig() string {
	return fmt.Sprintf("{ nkey: %q, permissions: { publish: [%q], subscribe: [\"_INBOX.>\"] } }  # producer of tenant %s",
		c.PublicKey, "raw."+subjectToken(c.Tenant)+".>", c.Tenant)
}
