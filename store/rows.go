package store

import "time"

// EventColumns are the columns of the events table, in the order of
// EventRow.Values.
var EventColumns = []string{"tenant_id", "event_id", "type", "occurred_at", "received_at", "environment",
	"schema_version", "anonymizer_version", "site", "severity", "category", "text", "data"}

// EventRow is one anonymised event. It holds no personal data: the anonymise
// stage fills it only from verified output.
type EventRow struct {
	TenantID, EventID, Type  string
	OccurredAt, ReceivedAt   time.Time
	Environment              string
	SchemaVersion            uint16
	AnonymizerVersion        string
	Site, Severity, Category string
	Text                     string // anonymised free text, all text fields joined
	Data                     string // anonymised data object as JSON
}

// Values returns the row in EventColumns order.
func (r EventRow) Values() []any {
	return []any{r.TenantID, r.EventID, r.Type, r.OccurredAt, r.ReceivedAt, r.Environment,
		r.SchemaVersion, r.AnonymizerVersion, r.Site, r.Severity, r.Category, r.Text, r.Data}
}

// InsightColumns are the columns of the insights table, in the order of
// InsightRow.Values.
var InsightColumns = []string{"tenant_id", "event_id", "type", "occurred_at", "environment", "provider", "model",
	"prompt_version", "is_local", "category", "severity_estimate", "hazards", "summary", "created_at"}

// InsightRow is what the enrich stage learnt about one anonymised event.
type InsightRow struct {
	TenantID, EventID, Type        string
	OccurredAt                     time.Time
	Environment                    string
	Provider, Model, PromptVersion string
	Local                          bool
	Category, SeverityEstimate     string
	Hazards                        []string
	Summary                        string
	CreatedAt                      time.Time
}

// Values returns the row in InsightColumns order.
func (r InsightRow) Values() []any {
	var local uint8
	if r.Local {
		local = 1
	}
	hz := r.Hazards
	if hz == nil {
		hz = []string{}
	}
	return []any{r.TenantID, r.EventID, r.Type, r.OccurredAt, r.Environment, r.Provider, r.Model,
		r.PromptVersion, local, r.Category, r.SeverityEstimate, hz, r.Summary, r.CreatedAt}
}
