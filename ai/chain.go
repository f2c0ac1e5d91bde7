package ai

import (
	"context"
	"errors"
	"fmt"
)

// Chain asks a primary provider and, for the items it could not answer
// (an outage, an open circuit, invalid output), the fallbacks in order.
// Every fallback must be in the same region class as the primary: falling
// back never moves data to a region the primary's policy would not allow.
// Insights from a fallback carry its name and model. Safe for concurrent use.
type Chain struct {
	providers []*Remote
}

// NewChain builds a chain; it refuses fallbacks of another region class.
func NewChain(primary *Remote, fallbacks ...*Remote) (*Chain, error) {
	for _, f := range fallbacks {
		if f.entry.Class != primary.entry.Class {
			return nil, fmt.Errorf("%w: fallback %s is %s, the primary %s is %s: fallbacks must share the region class",
				ErrRefused, f.entry.Name, f.entry.Class, primary.entry.Name, primary.entry.Class)
		}
	}
	return &Chain{providers: append([]*Remote{primary}, fallbacks...)}, nil
}

func (c *Chain) Name() string          { return c.providers[0].Name() }
func (c *Chain) Model() string         { return c.providers[0].Model() }
func (c *Chain) PromptVersion() string { return PromptVersion }
func (c *Chain) Local() bool           { return false }

// BreakerOpen reports whether every provider's circuit is open.
func (c *Chain) BreakerOpen() bool {
	for _, p := range c.providers {
		if !p.BreakerOpen() {
			return false
		}
	}
	return true
}

// Insights asks each provider in turn for the items still unanswered.
func (c *Chain) Insights(ctx context.Context, items []Item) ([]Insight, error) {
	var out []Insight
	todo := items
	var errs []error
	for _, p := range c.providers {
		if len(todo) == 0 {
			break
		}
		got, err := p.Insights(ctx, todo)
		if err != nil {
			errs = append(errs, err)
		}
		have := map[string]bool{}
		for _, in := range got {
			in.Provider, in.Model = p.Name(), p.Model()
			out = append(out, in)
			have[in.ID] = true
		}
		var rest []Item
		for _, it := range todo {
			if !have[it.ID] {
				rest = append(rest, it)
			}
		}
		todo = rest
	}
	if len(out) == 0 && len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}
