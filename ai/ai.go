// Package ai asks a model for insights on anonymised event text. A Provider
// is chosen by URL:
//
//	local:      the built-in deterministic model: offline, no network, every
//	            row it writes is labelled provider "local"
//
// Remote OpenAI-compatible providers in the EEA are added by the AI issue
// behind the same interface.
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

// Open returns the provider named by rawURL.
func Open(rawURL string) (Provider, error) {
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
		return nil, fmt.Errorf("%w: remote providers are not built into this version; use local:", ErrInvalidURL)
	}
	return nil, fmt.Errorf("%w: unknown scheme %q (want local:)", ErrInvalidURL, u.Scheme)
}
