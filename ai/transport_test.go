package ai

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/veilig/veilig/anonymize"
)

func TestTransportRewritesBodiesPerProvider(t *testing.T) {
	reg, _ := NewRegistry()
	body := `{"model":"m","messages":[{"role":"user","content":"[PERSON_1] viel."}],"metadata":{"k":"v"},"user":"u1"}`
	for _, host := range []string{"eu.api.openai.com", "api.eu.mistral.ai", "eu.openrouter.ai"} {
		e, ok := reg.Lookup(host)
		if !ok {
			t.Fatalf("%s not registered", host)
		}
		tr := &transport{entry: e, host: host, verifier: anonymize.NewVerifier()}
		out, err := tr.rewrite([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		_ = json.Unmarshal(out, &m)
		if _, ok := m["metadata"]; ok {
			t.Errorf("%s: metadata sent", host)
		}
		if _, ok := m["user"]; ok {
			t.Errorf("%s: user sent", host)
		}
		switch host {
		case "eu.api.openai.com":
			if string(m["store"]) != "false" {
				t.Errorf("%s: store = %s, want false on the wire", host, m["store"])
			}
		case "api.eu.mistral.ai":
			if _, ok := m["store"]; ok {
				t.Errorf("%s: store sent to a provider that rejects unknown fields", host)
			}
		case "eu.openrouter.ai":
			var p map[string]any
			_ = json.Unmarshal(m["provider"], &p)
			if p["data_collection"] != "deny" || p["zdr"] != true || p["allow_fallbacks"] != false {
				t.Errorf("%s: provider object %s", host, m["provider"])
			}
		}
	}
}

func TestTransportRefusesAnotherHostAndPlainHTTP(t *testing.T) {
	reg, _ := NewRegistry()
	e, _ := reg.Lookup("api.eu.mistral.ai")
	tr := &transport{entry: e, host: "api.eu.mistral.ai", client: http.DefaultClient, verifier: anonymize.NewVerifier()}
	for _, u := range []string{"https://api.mistral.ai/v1/chat/completions", "http://api.eu.mistral.ai/v1/chat/completions"} {
		req, _ := http.NewRequest(http.MethodPost, u, strings.NewReader(`{"messages":[]}`))
		if _, err := tr.Do(req); !errors.Is(err, ErrUnsafeRequest) {
			t.Errorf("%s: %v, want ErrUnsafeRequest (and no traffic)", u, err)
		}
	}
}
