package synth_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/veilig/veilig/anonymize"
	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/synth"
)

func TestDutchGeneratorsMakeValidValues(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		if b := synth.BSN(r); !anonymize.ValidBSN(b) {
			t.Fatalf("invalid BSN %s", b)
		}
		if i := synth.IBAN(r, r.IntN(2) == 0); !anonymize.ValidIBAN(i) {
			t.Fatalf("invalid IBAN %s", i)
		}
		if p := synth.PostcodeNL(r); !anonymize.ValidPostcodeNL(p) {
			t.Fatalf("invalid postcode %s", p)
		}
		if p := synth.PlateNL(r); !anonymize.ValidPlateNL(p) {
			t.Fatalf("invalid plate %s", p)
		}
	}
}

func TestEventsAreValidAndDeterministic(t *testing.T) {
	reg := schemas.MustLoad()
	ts := synth.Tenants(3)
	a, b := synth.New(5, ts), synth.New(5, ts)
	for i := range 500 {
		ea, eb := a.Event(i), b.Event(i)
		if !bytes.Equal(ea, eb) {
			t.Fatalf("event %d differs between two generators with one seed", i)
		}
		if _, err := reg.Decode(ea); err != nil {
			t.Fatalf("event %d invalid: %v", i, err)
		}
	}
}
