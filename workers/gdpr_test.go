package workers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/veilig/veilig/store"
	"github.com/veilig/veilig/streams"
	"github.com/veilig/veilig/tenants"
	"github.com/veilig/veilig/workers"
)

func TestGDPRErasureAndTenantDeletion(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	tenant := "9d000000-0000-4000-8000-000000000001"
	h.provisionAndPublish(tenant, 44, 20)
	pub := streams.NewPublisher(h.conn.JS, h.reg, streams.PublisherOptions{})
	for i := range 3 {
		if err := pub.Publish(ctx, canaryEvent(fmt.Sprintf("9d000000-0000-4000-8000-0000000000c%d", i), tenant), nil); err != nil {
			t.Fatal(err)
		}
	}
	pub.Close()
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()

	// a key rotation later: old pseudonyms must still be found
	if _, err := h.tenants.Rotate(ctx, tenant); err != nil {
		t.Fatal(err)
	}
	kr, err := h.tenants.Keyring(ctx, tenant)
	if err != nil {
		t.Fatal(err)
	}
	if kr.Current() != 2 {
		t.Fatalf("current key %d after rotation", kr.Current())
	}
	for _, subject := range []string{"Quirijn Vlinderhof", "canary.vlinderhof@example.nl"} {
		ids, err := workers.SubjectEvents(ctx, h.st, tenant, workers.Pseudonyms(kr, subject))
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) != 3 {
			t.Fatalf("%s: %d events found, want the 3 canary events", subject, len(ids))
		}
	}
	ids, _ := workers.SubjectEvents(ctx, h.st, tenant, workers.Pseudonyms(kr, "Quirijn Vlinderhof"))
	erased, err := workers.EraseEvents(ctx, h.st, h.conn.JS, tenant, ids)
	if err != nil {
		t.Fatal(err)
	}
	if erased.Events != 3 || erased.Insights != 3 || erased.StreamMessages != 3 {
		t.Fatalf("erased %+v", erased)
	}
	again, _ := workers.SubjectEvents(ctx, h.st, tenant, workers.Pseudonyms(kr, "Quirijn Vlinderhof"))
	if len(again) != 0 {
		t.Fatalf("a second run still finds %d events", len(again))
	}
	if got := h.count("SELECT count() FROM events FINAL WHERE tenant_id = '" + tenant + "'"); got != 20 {
		t.Fatalf("erasure touched other events: %d left of 20", got)
	}
	if got := h.streamCount(streams.CleanStream, "clean."+tenant+".>"); got != 20 {
		t.Fatalf("CLEAN holds %d, want 20", got)
	}

	// offboarding: rows and messages gone, keys destroyed
	other := "9d000000-0000-4000-8000-000000000002"
	h.provisionAndPublish(other, 45, 5)
	removed, err := workers.DeleteTenant(ctx, h.st, h.conn.JS, tenant)
	if err != nil {
		t.Fatal(err)
	}
	if removed["events"] != 20 || removed[streams.CleanStream] != 20 {
		t.Fatalf("removed %v", removed)
	}
	if err := h.tenants.Delete(ctx, tenant); err != nil {
		t.Fatal(err)
	}
	if _, err := h.tenants.Keyring(ctx, tenant); err != tenants.ErrUnknownTenant {
		t.Fatalf("keys survive offboarding: %v", err)
	}
	if got := h.count("SELECT count() FROM events WHERE tenant_id = '" + tenant + "'"); got != 0 {
		t.Fatalf("%d rows left", got)
	}
	if got := h.streamCount(streams.RawStream, "raw."+other+".>"); got != 5 {
		t.Fatalf("offboarding one tenant touched another's stream: %d", got)
	}
}

func TestRetentionPerTableAndTenant(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	old, young := "7e000000-0000-4000-8000-000000000001", "7e000000-0000-4000-8000-000000000002"
	// synthetic events occur in October and November 2026
	h.provisionAndPublish(old, 50, 10)
	h.provisionAndPublish(young, 51, 10)
	h.start()
	h.waitDrained(60 * time.Second)
	h.stop()
	res, err := h.st.Query(ctx, "SELECT dateDiff('day', min(occurred_at), now()) FROM events WHERE tenant_id IN ('"+old+"','"+young+"')")
	if err != nil {
		t.Fatal(err)
	}
	age := int(store.AsInt(res.Rows[0][0]))
	// a long general retention keeps everything; the old tenant's short one removes its rows
	removed, err := workers.Retention(ctx, h.st, age+3650, map[string]int{old: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := h.count("SELECT count() FROM events WHERE tenant_id = '" + young + "'"); got != 10 {
		t.Fatalf("the other tenant lost rows: %d left", got)
	}
	if got := h.count("SELECT count() FROM events WHERE tenant_id = '" + old + "' AND occurred_at < now() - INTERVAL 1 DAY"); got != 0 {
		t.Fatalf("%d rows past the tenant's retention remain (removed %v)", got, removed)
	}
	if _, err := workers.Retention(ctx, h.st, 0, nil); err == nil {
		t.Fatal("a zero retention was accepted")
	}
}
