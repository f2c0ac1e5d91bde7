package ai

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
)

// PolicyVersion names the provider policy the registry encodes; it is
// written to every ai_calls row.
const PolicyVersion = "eea-policy-1"

// Region classes. Production allows EEA only unless configured otherwise.
const (
	ClassEEA      = "EEA"       // processing stays in the European Economic Area
	ClassEEAPlus  = "EEA+CH+UK" // may include Switzerland or the United Kingdom
	ClassLoopback = "loopback"  // a server on this machine (dev and test only)
)

// Account controls an endpoint needs on the provider's side: no request
// flag can switch these on, so the operator confirms them in configuration.
const (
	ControlZeroRetention   = "zero_retention"
	ControlAbuseMonitorOff = "abuse_monitoring_exempt"
	ControlPaidPlan        = "paid_plan"
	ControlEUProject       = "eu_data_residency_project"
)

// Entry is one registered endpoint.
type Entry struct {
	Name     string   `json:"name"`
	Host     string   `json:"host"`               // exact host, or "*.suffix" for a family (Azure resources)
	Region   string   `json:"region"`             // where processing happens
	Class    string   `json:"class"`              // ClassEEA or ClassEEAPlus
	Controls []string `json:"controls,omitempty"` // account controls the operator must confirm
	// Body rules, applied to every request by the HTTP layer.
	SendStoreFalse   bool            `json:"send_store_false,omitempty"` // put "store": false on the wire
	StripFields      []string        `json:"strip_fields,omitempty"`     // fields the provider stores or rejects
	Provider         json.RawMessage `json:"provider,omitempty"`         // OpenRouter's routing object
	RequestsPerMin   int             `json:"requests_per_minute,omitempty"`
	TokensPerMin     int             `json:"tokens_per_minute,omitempty"`
	StructuredOutput bool            `json:"structured_output"` // accepts response_format json_schema
	Note             string          `json:"note,omitempty"`
}

// builtin is the shipped registry, from AI_PROVIDERS.md (2026).
var builtin = []Entry{
	{Name: "openai-eu", Host: "eu.api.openai.com", Region: "EU (EEA + CH)", Class: ClassEEAPlus, Controls: []string{ControlEUProject},
		SendStoreFalse: true, StripFields: []string{"metadata", "user"}, StructuredOutput: true,
		Note: "API data not used for training unless opted in; abuse logs up to 30 days; zero retention on approval"},
	{Name: "azure-openai", Host: "*.openai.azure.com", Region: "the resource's region (Standard deployment)", Class: ClassEEA,
		Controls: []string{ControlAbuseMonitorOff}, SendStoreFalse: true, StripFields: []string{"metadata", "user"}, StructuredOutput: true,
		Note: "Standard or DataZone-EU deployments only; Global deployment types may process anywhere"},
	{Name: "mistral-eu", Host: "api.eu.mistral.ai", Region: "EU/EFTA", Class: ClassEEA, Controls: []string{ControlPaidPlan, ControlZeroRetention},
		StripFields: []string{"metadata", "user", "store"}, StructuredOutput: true,
		Note: "paid plan not used for training; rejects unknown fields such as metadata with 422; zero retention excludes batch"},
	{Name: "scaleway", Host: "api.scaleway.ai", Region: "Paris, FR", Class: ClassEEA, StripFields: []string{"metadata", "user"}, StructuredOutput: true,
		Note: "zero retention by default; misuse investigation may keep requests up to 2 weeks"},
	{Name: "ovhcloud", Host: "oai.endpoints.kepler.ai.cloud.ovh.net", Region: "Gravelines, FR", Class: ClassEEA, StripFields: []string{"metadata", "user"},
		RequestsPerMin: 400, StructuredOutput: true, Note: "not stored or shared; 400 requests/min per model"},
	{Name: "ionos", Host: "openai.inference.de-txl.ionos.com", Region: "Berlin, DE", Class: ClassEEA, StripFields: []string{"metadata", "user"}, StructuredOutput: true,
		Note: "not used for training (DPA); 429 carries Retry-After"},
	{Name: "stackit", Host: "api.openai-compat.model-serving.eu01.onstackit.cloud", Region: "DE (unverified)", Class: ClassEEA,
		StripFields: []string{"metadata", "user"}, StructuredOutput: true, Note: "no customer data collected beyond billing (unverified)"},
	{Name: "nebius", Host: "api.tokenfactory.nebius.com", Region: "eu-north1 / eu-west1 (dedicated)", Class: ClassEEA, Controls: []string{ControlZeroRetention},
		StripFields: []string{"metadata", "user"}, StructuredOutput: true, Note: "prompts may be kept by default: zero retention must be switched on; serverless may move"},
	{Name: "openrouter-eu", Host: "eu.openrouter.ai", Region: "EU/EEA + UK + CH", Class: ClassEEAPlus, StripFields: []string{"metadata", "user"},
		Provider: json.RawMessage(`{"data_collection":"deny","zdr":true,"allow_fallbacks":false}`), StructuredOutput: true,
		Note: "depends on upstream; the provider object on every request denies data collection and fallbacks"},
}

// globalHosts are well-known endpoints that may process outside the EEA.
var globalHosts = map[string]string{
	"api.openai.com":    "OpenAI's global endpoint (use eu.api.openai.com)",
	"api.mistral.ai":    "Mistral's global endpoint (use api.eu.mistral.ai)",
	"openrouter.ai":     "OpenRouter's global endpoint (use eu.openrouter.ai)",
	"api.anthropic.com": "not an EEA endpoint",
}

// Registry is the set of allowed endpoints. Immutable after construction;
// safe for concurrent use.
type Registry struct {
	entries []Entry
}

// NewRegistry returns the built-in registry plus extra entries (from a
// config file: self-hosted servers, Azure resources with their region).
func NewRegistry(extra ...Entry) (*Registry, error) {
	r := &Registry{entries: append([]Entry(nil), builtin...)}
	for _, e := range extra {
		if e.Host == "" || e.Region == "" {
			return nil, fmt.Errorf("ai: registry entry %q needs a host and a region", e.Name)
		}
		if e.Class != ClassEEA && e.Class != ClassEEAPlus && e.Class != ClassLoopback {
			return nil, fmt.Errorf("ai: registry entry %q: class must be %s, %s or %s", e.Name, ClassEEA, ClassEEAPlus, ClassLoopback)
		}
		if _, global := globalHosts[e.Host]; global {
			return nil, fmt.Errorf("ai: registry entry %q: %s cannot be registered: %s", e.Name, e.Host, globalHosts[e.Host])
		}
		// configured entries come first, so a resource-specific Azure entry wins over the family
		r.entries = append([]Entry{e}, r.entries...)
	}
	return r, nil
}

// LoadRegistryFile reads extra entries from a JSON file (an array of Entry).
func LoadRegistryFile(path string) (*Registry, error) {
	if path == "" {
		return NewRegistry()
	}
	b, err := os.ReadFile(path) // #nosec G304 -- the path is the operator's own input (a flag, an environment variable, the cache folder)
	if err != nil {
		return nil, fmt.Errorf("ai: registry file: %w", err)
	}
	var extra []Entry
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&extra); err != nil {
		return nil, fmt.Errorf("ai: registry file %s: %w", path, err)
	}
	return NewRegistry(extra...)
}

// Lookup returns the entry for a host.
func (r *Registry) Lookup(host string) (Entry, bool) {
	host = strings.ToLower(host)
	for _, e := range r.entries {
		if e.Host == host || (strings.HasPrefix(e.Host, "*.") && strings.HasSuffix(host, e.Host[1:]) && len(host) > len(e.Host)-1) {
			return e, true
		}
	}
	return Entry{}, false
}

// Entries lists the registry, sorted by name.
func (r *Registry) Entries() []Entry {
	out := append([]Entry(nil), r.entries...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Profiles.
const (
	ProfileDev        = "dev"
	ProfileTest       = "test"
	ProfileAcceptance = "acceptance"
	ProfileProduction = "production"
)

// Policy is what an endpoint must satisfy.
type Policy struct {
	Profile        string
	AllowEEAPlus   bool     // production: allow EEA+CH+UK endpoints
	ConfirmedCtrls []string // account controls the operator confirms are in place
}

// Verdict is the outcome of a check.
type Verdict struct {
	Allowed bool
	Entry   *Entry
	Rule    string // why it was refused, or "" when allowed
}

// ErrRefused wraps every refusal.
var ErrRefused = errors.New("ai: endpoint refused by the provider policy")

// Check decides whether an endpoint URL may be used under a policy,
// without calling it.
func (r *Registry) Check(rawURL string, p Policy) Verdict {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return Verdict{Rule: "not a URL with a host"}
	}
	host := u.Hostname()
	strict := p.Profile == ProfileProduction || p.Profile == ProfileAcceptance
	if isLoopback(host) {
		if strict {
			return Verdict{Rule: "loopback endpoints are allowed in dev and test only"}
		}
		return Verdict{Allowed: true, Entry: &Entry{Name: "loopback", Host: host, Region: "this machine", Class: ClassLoopback, SendStoreFalse: true, StripFields: []string{"metadata", "user"}, StructuredOutput: true}}
	}
	if u.Scheme != "https" {
		return Verdict{Rule: "plain-text http is refused: use https"}
	}
	if why, global := globalHosts[host]; global {
		return Verdict{Rule: "global endpoint " + host + ": " + why}
	}
	e, ok := r.Lookup(host)
	if !ok {
		return Verdict{Rule: "host " + host + " is not in the EEA provider registry (add it to the registry file with its region)"}
	}
	v := Verdict{Entry: &e}
	if e.Class == ClassLoopback {
		v.Rule = "registered as loopback but not a loopback address"
		return v
	}
	if strict && e.Class == ClassEEAPlus && !p.AllowEEAPlus {
		v.Rule = fmt.Sprintf("%s is %s (may process in Switzerland or the UK); production allows EEA only unless configured", e.Name, e.Class)
		return v
	}
	if strict {
		for _, c := range e.Controls {
			if !slices.Contains(p.ConfirmedCtrls, c) {
				v.Rule = fmt.Sprintf("%s needs the account control %q, which is not confirmed (VEILIG_AI_CONTROLS)", e.Name, c)
				return v
			}
		}
	}
	v.Allowed = true
	return v
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
