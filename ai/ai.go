// Package ai asks a model for insights on anonymised event text. A Provider
// is chosen by URL:
//
//	local:              the built-in deterministic model: offline, no network,
//	                    every row it writes is labelled provider "local"
//	https://host/v1     an OpenAI-compatible endpoint in the EEA provider
//	                    registry (registry.go), through go-openai with an HTTP
//	                    layer that enforces the registry on every request
package ai

import (
	"context"
	"errors"
	"fmt"
	"net/url"
)

// Item is one anonymised event to analyse. Text holds no personal data.
type Item struct {
	ID       string
	Tenant   string
	Type     string
	Text     string
	Severity string // as reported, may be ""
	Category string // as reported, may be ""
}

// Insight is what the model says about one item.
type Insight struct {
	ID               string
	Category         string
	SeverityEstimate string
	Hazards          []string
	Summary          string
	// Provider and Model, when set, name who answered (a fallback in a
	// Chain); empty means the Provider the caller asked.
	Provider, Model string
}

// Provider produces insights. Implementations are safe for concurrent use.
// Insights returns one insight per item, in any order, keyed by Item.ID;
// errors wrapping ErrUnavailable are worth retrying later.
type Provider interface {
	Name() string
	Model() string
	PromptVersion() string
	Local() bool
	Insights(ctx context.Context, items []Item) ([]Insight, error)
}

// ErrUnavailable marks a provider failure worth retrying.
var ErrUnavailable = errors.New("ai: provider unavailable")

// ErrInvalidURL means the provider URL cannot be used.
var ErrInvalidURL = errors.New("ai: invalid provider URL")

// Options configure Open for remote providers.
type Options struct {
	Model    string
	APIKey   string
	Registry *Registry
	Policy   Policy
	Audit    func(CallRecord)
	// FallbackURL and FallbackModel name a second endpoint of the same
	// region class, asked for what the first cannot answer.
	FallbackURL, FallbackModel string
	// Cache keeps answers across runs; Fresh skips reading it.
	Cache Cache
	Fresh bool
}

// Open returns the provider named by rawURL: "local:" for the built-in
// model, or an https:// OpenAI-compatible endpoint that the registry and
// policy allow (a loopback http:// one in dev and test). A refused
// endpoint gives an error wrapping ErrRefused that names the rule.
func Open(rawURL string, o Options) (Provider, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	switch u.Scheme {
	case "local":
		if u.Opaque != "" || u.Host != "" || len(u.Query()) > 0 {
			return nil, fmt.Errorf("%w: local: takes no arguments", ErrInvalidURL)
		}
		return NewLocal(), nil
	case "https", "http":
		if u.User != nil {
			return nil, fmt.Errorf("%w: credentials in the URL are refused: use VEILIG_AI_KEY", ErrInvalidURL)
		}
		primary, err := NewRemote(RemoteOptions{BaseURL: rawURL, Model: o.Model, APIKey: o.APIKey, Registry: o.Registry, Policy: o.Policy, Audit: o.Audit, Cache: o.Cache, Fresh: o.Fresh})
		if err != nil || o.FallbackURL == "" {
			return primary, err
		}
		fb, err := NewRemote(RemoteOptions{BaseURL: o.FallbackURL, Model: o.FallbackModel, APIKey: o.APIKey, Registry: o.Registry, Policy: o.Policy, Audit: o.Audit, Cache: o.Cache, Fresh: o.Fresh})
		if err != nil {
			return nil, fmt.Errorf("fallback: %w", err)
		}
		return NewChain(primary, fb)
	}
	return nil, fmt.Errorf("%w: unknown scheme %q (want local: or https://)", ErrInvalidURL, u.Scheme)
}
