package streams

import (
	"github.com/nats-io/nats-server/v2/server"
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
