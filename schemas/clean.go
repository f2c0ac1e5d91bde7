package schemas

import (
	"encoding/json"
	"time"
)

// CleanEvent is an anonymised event as it travels on the CLEAN stream and
// as a replay fixture holds it. It carries no personal data: the anonymise
// stage builds it only from verified output.
type CleanEvent struct {
	ID            string          `json:"id"`
	Tenant        string          `json:"tenant"`
	Type          string          `json:"type"`
	OccurredAt    time.Time       `json:"occurred_at"`
	ReceivedAt    time.Time       `json:"received_at"`
	Environment   string          `json:"environment"`
	SchemaVersion int             `json:"schema_version"`
	Anonymizer    string          `json:"anonymizer"`
	Site          string          `json:"site,omitempty"`
	Severity      string          `json:"severity,omitempty"`
	Category      string          `json:"category,omitempty"`
	Text          string          `json:"text"`
	Data          json.RawMessage `json:"data"`
}
