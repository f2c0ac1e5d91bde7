package ai

import (
	"context"
	"reflect"
	"testing"
)

func TestLocalInsights(t *testing.T) {
	l := NewLocal()
	cases := []struct {
		text, category, severity string
		hazards                  []string
	}{
		{"[PERSON_1] is van de ladder gevallen en met de ambulance naar het ziekenhuis gebracht.", "fall_from_height", "major", []string{"ladder"}},
		{"A forklift hit rack 7; no one was hurt.", "struck_by_vehicle", "near_miss", []string{"forklift"}},
		{"Er ist auf nassem Boden ausgerutscht. Erste Hilfe vor Ort.", "slip_trip", "minor", []string{"wet_floor"}},
		{"Fuite de produit chimique dans l'atelier, personne n'a été blessé.", "chemical", "near_miss", []string{"chemicals"}},
		{"Nothing of note.", "other", "unknown", nil},
	}
	for _, c := range cases {
		got, err := l.Insights(context.Background(), []Item{{ID: "1", Text: c.text}})
		if err != nil {
			t.Fatal(err)
		}
		g := got[0]
		if g.Category != c.category || g.SeverityEstimate != c.severity || !reflect.DeepEqual(g.Hazards, c.hazards) {
			t.Errorf("%q: got %s/%s/%v, want %s/%s/%v", c.text, g.Category, g.SeverityEstimate, g.Hazards, c.category, c.severity, c.hazards)
		}
		if g.Summary == "" || len(g.Summary) > 210 {
			t.Errorf("%q: summary %q", c.text, g.Summary)
		}
	}
}

func TestLocalIsDeterministic(t *testing.T) {
	l := NewLocal()
	items := []Item{{ID: "a", Text: "Collega [PERSON_1] gleed uit over olie bij de heftruck en brak zijn arm."}}
	a, _ := l.Insights(context.Background(), items)
	b, _ := l.Insights(context.Background(), items)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("two runs differ: %v vs %v", a, b)
	}
}

func TestOpen(t *testing.T) {
	if p, err := Open("local:", Options{}); err != nil || p.Name() != "local" || !p.Local() {
		t.Fatalf("local: %v %v", p, err)
	}
	for _, u := range []string{"local:x", "ftp://x", "http://127.0.0.1:8080/v1", "https://u:p@api.eu.mistral.ai/v1"} {
		if _, err := Open(u, Options{Model: "m", Policy: Policy{Profile: ProfileProduction}}); err == nil {
			t.Errorf("Open(%q) accepted", u)
		}
	}
}
