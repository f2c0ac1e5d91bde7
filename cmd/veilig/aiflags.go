package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/streams"
)

// aiFlags choose and police the AI provider; shared by demo and run.
type aiFlags struct {
	AI           string   `name:"ai" default:"local:" env:"VEILIG_AI" placeholder:"URL" help:"AI provider: local: (built in, offline) or an https:// OpenAI-compatible endpoint in the EEA registry (see 'veilig ai list'). API key from VEILIG_AI_KEY."`
	AIModel      string   `name:"ai-model" env:"VEILIG_AI_MODEL" help:"Model name at the AI provider."`
	AIFallback   string   `name:"ai-fallback" env:"VEILIG_AI_FALLBACK" placeholder:"URL" help:"A second registered endpoint of the same region class, asked for what the first cannot answer."`
	AIFallbackM  string   `name:"ai-fallback-model" env:"VEILIG_AI_FALLBACK_MODEL" help:"Model name at the fallback endpoint."`
	AIRegistry   string   `name:"ai-registry" env:"VEILIG_AI_REGISTRY" type:"existingfile" placeholder:"FILE" help:"JSON file of extra registry entries (self-hosted servers, Azure resources) with their region."`
	AIControls   []string `name:"ai-controls" env:"VEILIG_AI_CONTROLS" sep:"," help:"Account controls confirmed at the provider: zero_retention, abuse_monitoring_exempt, paid_plan, eu_data_residency_project."`
	AllowEEAPlus bool     `name:"ai-allow-eea-plus" env:"VEILIG_AI_ALLOW_EEA_PLUS" help:"In production, also allow endpoints that may process in Switzerland or the UK."`
	Profile      string   `name:"profile" enum:"dev,test,acceptance,production" default:"dev" env:"VEILIG_PROFILE" help:"Environment profile; stored in every row. production refuses plain-text, loopback and unregistered AI endpoints."`
}

func (a aiFlags) policy() ai.Policy {
	return ai.Policy{Profile: a.Profile, AllowEEAPlus: a.AllowEEAPlus, ConfirmedCtrls: a.AIControls}
}

// open returns the provider, or a usage error naming the rule that refused it.
func (a aiFlags) open(audit func(ai.CallRecord), cache ai.Cache, fresh bool) (ai.Provider, error) {
	reg, err := ai.LoadRegistryFile(a.AIRegistry)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	p, err := ai.Open(a.AI, ai.Options{Model: a.AIModel, APIKey: os.Getenv("VEILIG_AI_KEY"), Registry: reg, Policy: a.policy(), Audit: audit,
		FallbackURL: a.AIFallback, FallbackModel: a.AIFallbackM, Cache: cache, Fresh: fresh})
	if err != nil {
		if errors.Is(err, ai.ErrRefused) || errors.Is(err, ai.ErrInvalidURL) {
			return nil, usageError{err.Error()}
		}
		return nil, err
	}
	return p, nil
}

// aiCmd inspects the provider registry without calling any provider.
type aiCmd struct {
	Check aiCheckCmd `cmd:"" help:"Print the registry entry of an endpoint and whether the policy allows it (exit 0 allowed, 2 refused), without calling it."`
	List  aiListCmd  `cmd:"" help:"List the EEA provider registry."`
}

type aiCheckCmd struct {
	aiFlags
	URL string `arg:"" help:"Endpoint base URL, e.g. https://api.eu.mistral.ai/v1"`
}

func (c *aiCheckCmd) Run(e *env) error {
	reg, err := ai.LoadRegistryFile(c.AIRegistry)
	if err != nil {
		return usageError{err.Error()}
	}
	v := reg.Check(c.URL, c.policy())
	if v.Entry != nil {
		printEntry(*v.Entry)
	} else {
		fmt.Println("entry:    none")
	}
	if !v.Allowed {
		fmt.Printf("verdict:  refused (%s profile): %s\n", c.Profile, v.Rule)
		return usageError{fmt.Sprintf("%s is refused in the %s profile: %s", c.URL, c.Profile, v.Rule)}
	}
	fmt.Printf("verdict:  allowed (%s profile)\n", c.Profile)
	return nil
}

type aiListCmd struct {
	AIRegistry string `name:"ai-registry" env:"VEILIG_AI_REGISTRY" type:"existingfile" placeholder:"FILE" help:"JSON file of extra registry entries."`
}

func (c *aiListCmd) Run(e *env) error {
	reg, err := ai.LoadRegistryFile(c.AIRegistry)
	if err != nil {
		return usageError{err.Error()}
	}
	for i, en := range reg.Entries() {
		if i > 0 {
			fmt.Println()
		}
		printEntry(en)
	}
	return nil
}

func printEntry(en ai.Entry) {
	fmt.Printf("entry:    %s\nhost:     %s\nregion:   %s (%s)\n", en.Name, en.Host, en.Region, en.Class)
	if len(en.Controls) > 0 {
		fmt.Printf("controls: %s (to confirm with --ai-controls)\n", strings.Join(en.Controls, ", "))
	}
	var rules []string
	if en.SendStoreFalse {
		rules = append(rules, `"store": false sent`)
	}
	if len(en.StripFields) > 0 {
		rules = append(rules, "removed: "+strings.Join(en.StripFields, ", "))
	}
	if len(en.Provider) > 0 {
		rules = append(rules, "provider object: "+string(en.Provider))
	}
	if len(rules) > 0 {
		fmt.Printf("body:     %s\n", strings.Join(rules, "; "))
	}
	if en.Note != "" {
		fmt.Printf("note:     %s\n", en.Note)
	}
}

// lazyCache lets the AI provider be checked (and refused) before the
// broker that holds its cache is opened; until attached it caches nothing.
type lazyCache struct {
	mu sync.RWMutex
	c  ai.Cache
}

// attach puts the cache in the broker's answer bucket; when the bucket
// cannot be opened, answers stay uncached.
func (l *lazyCache) attach(ctx context.Context, js jetstream.JetStream) {
	c, err := streams.OpenAICache(ctx, js, 0, 1)
	if err != nil {
		return
	}
	l.mu.Lock()
	l.c = c
	l.mu.Unlock()
}

func (l *lazyCache) Get(k string) (ai.Insight, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.c == nil {
		return ai.Insight{}, false
	}
	return l.c.Get(k)
}

func (l *lazyCache) Put(k string, in ai.Insight) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.c != nil {
		l.c.Put(k, in)
	}
}
