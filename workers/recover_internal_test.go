package workers

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/veilig/veilig/ai"
	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/internal/safe"
)

func TestRecoverTurnsAPanicIntoARefusalWithoutItsMessage(t *testing.T) {
	refuse := panicRefusal
	out := safe.Recover(func() anonOut {
		var s []int
		_ = s[3] // a runtime error, as a scanner reading past a text's end raises
		return anonOut{}
	}, refuse)
	if out.code != codeInternal || out.reason != "the anonymiser failed on this event (runtime error)" {
		t.Fatalf("got %+v", out)
	}
	canary := "Jan Jansen 0612345678"
	out = safe.Recover(func() anonOut { panic(errors.New(canary)) }, refuse)
	if out.code != codeInternal || strings.Contains(out.reason, "Jan") || strings.Contains(out.reason, "0612345678") {
		t.Fatalf("the reason must not quote the panic's message: %+v", out)
	}
	out = safe.Recover(func() anonOut { panic(canary) }, refuse)
	if out.reason != "the anonymiser failed on this event (string)" {
		t.Fatalf("got %+v", out)
	}
	if out = safe.Recover(func() anonOut { return anonOut{id: "x"} }, refuse); out.id != "x" || out.code != "" {
		t.Fatalf("no panic must pass the result through: %+v", out)
	}
}

type panickingProvider struct{ ai.Provider }

func (panickingProvider) Insights(context.Context, []ai.Item) ([]ai.Insight, error) {
	panic("Jan Jansen")
}

func TestInsightsSafelyTurnsAProviderPanicIntoAnError(t *testing.T) {
	p := &Pipeline{ai: panickingProvider{}}
	p.cfg.defaults()
	got, err := p.insightsSafely(context.Background(), []ai.Item{{ID: "1", Text: "x"}})
	if got != nil || err == nil || strings.Contains(err.Error(), "Jan") {
		t.Fatalf("got %v, %v", got, err)
	}
}

func TestApplySafelyTurnsAnAnonymiserPanicIntoAnError(t *testing.T) {
	res, err := applySafely(func() (*anonymize.Result, error) {
		var toks []int
		_ = toks[len("Jan Jansen")] // what a scanner reading past a text's end raises
		return &anonymize.Result{}, nil
	})
	if res != nil || err == nil || strings.Contains(err.Error(), "Jan") || !strings.Contains(err.Error(), "runtime error") {
		t.Fatalf("got %v, %v", res, err)
	}
	want := &anonymize.Result{Text: "ok"}
	if res, err := applySafely(func() (*anonymize.Result, error) { return want, nil }); res != want || err != nil {
		t.Fatalf("no panic must pass the result through: %v, %v", res, err)
	}
}
