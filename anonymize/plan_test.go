package anonymize

import (
	"math/rand/v2"
	"testing"
)

// The rule tree's fast check must never pass a document that the full
// walk finds an unruled field in (fail closed): random documents built
// from the rules' own keys, other keys, arrays and scalars.
func TestPlanCoversOnlyWhatRulesCover(t *testing.T) {
	rules := []Rule{
		{Path: "reporter.name", Policy: "pseudonymise", Kind: "person"},
		{Path: "location", Policy: "drop", Kind: "address"},
		{Path: "attendees[].name", Policy: "pseudonymise", Kind: "person"},
		{Path: "tags[]", Policy: "keep", Kind: "none"},
		{Path: "notes", Policy: "scan", Kind: "free_text"},
	}
	plan := NewPlan(rules)
	keys := []string{"reporter", "name", "location", "attendees", "tags", "notes", "extra", "site"}
	r := rand.New(rand.NewPCG(1, 2))
	var gen func(depth int) any
	gen = func(depth int) any {
		switch n := r.IntN(5); {
		case depth > 3 || n == 0:
			return "x"
		case n == 1:
			items := make([]any, r.IntN(3))
			for i := range items {
				items[i] = gen(depth + 1)
			}
			return items
		default:
			m := map[string]any{}
			for range r.IntN(4) {
				m[keys[r.IntN(len(keys))]] = gen(depth + 1)
			}
			return m
		}
	}
	passed, refused := 0, 0
	for range 200000 {
		doc, ok := gen(0).(map[string]any)
		if !ok {
			continue
		}
		fast := plan.tree.covers(doc)
		slow := unruled(doc, "", plan.byPath) == ""
		if fast && !slow {
			t.Fatalf("the fast check passes %v, the full walk finds %s unruled", doc, unruled(doc, "", plan.byPath))
		}
		if fast {
			passed++
		} else {
			refused++
		}
	}
	if passed == 0 || refused == 0 {
		t.Fatalf("the generator is one-sided: %d passed, %d refused", passed, refused)
	}
}
