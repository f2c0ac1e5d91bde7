package anonymize_test

import (
	"fmt"

	"github.com/veilig/veilig/anonymize"
)

func ExampleScanner_Text() {
	s := anonymize.NewScanner()
	out, ents := s.Text("Collega Jan de Vries (BSN 123456782) belde 06-12345678; Jan is oké.", nil, nil)
	fmt.Println(out)
	for _, e := range ents {
		fmt.Println(e.Type, e.Start, e.End)
	}
	// Output:
	// Collega [PERSON_1] (BSN [BSN_1]) belde [PHONE_1]; [PERSON_1] is oké.
	// PERSON 8 20
	// BSN 26 35
	// PHONE 43 54
	// PERSON 56 59
}

func ExampleKnownValues() {
	kv := anonymize.NewKnownValues()
	kv.Add("person", "Jan de Vries") // from the event's reporter.name
	out, _ := anonymize.NewScanner().Text("J. de Vries meldde het; later belde Jan opnieuw.", kv, nil)
	fmt.Println(out)
	// Output:
	// [PERSON_1] meldde het; later belde [PERSON_1] opnieuw.
}
