package synth

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jaswdr/faker"
)

// namespace makes generated ids deterministic and distinct from real ones.
var namespace = uuid.MustParse("6f1c9a52-3b7e-4d1a-9c2e-7a5b0e8d4f13")

// Tenant is a synthetic tenant.
type Tenant struct {
	ID   string
	Name string
}

// Tenants returns n deterministic tenants.
func Tenants(n int) []Tenant {
	names := []string{"Bouwbedrijf Noord", "Logistiek Zuid", "Chemie Oost", "Metaal West", "Zorg Midden"}
	out := make([]Tenant, n)
	for i := range out {
		out[i] = Tenant{ID: uuid.NewSHA1(namespace, fmt.Appendf(nil, "tenant-%d", i)).String(), Name: names[i%len(names)]}
	}
	return out
}

// Generator makes events. Not safe for concurrent use; make one per goroutine.
type Generator struct {
	r        *rand.Rand
	f        faker.Faker
	seed     uint64
	tenants  []Tenant
	base     time.Time
	textMin  int // free text length, bytes: textMin plus up to textSpan
	textSpan int
}

// New returns a generator for the tenants with a seed: the same seed and
// tenants give the same events, ids included.
func New(seed uint64, tenants []Tenant) *Generator {
	return &Generator{
		r:       rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),                // #nosec G404 -- not a secret: synthetic data and retry jitter need no cryptographic randomness
		f:       faker.NewWithSeed(fakerSource{rand.New(rand.NewPCG(seed+1, seed))}), // #nosec G404 -- not a secret: synthetic data and retry jitter need no cryptographic randomness
		seed:    seed,
		tenants: tenants,
		base:    time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC),
		textMin: 700, textSpan: 400,
	}
}

// WithTextBytes sets how long each event's free text is: at least lo
// bytes, less than hi (whole sentences, so the last may run over lo). The
// default is 700 to 1,100, which makes events of about 1.4 KB; 300 to 620
// makes events of about 1 KB. It returns g.
func (g *Generator) WithTextBytes(lo, hi int) *Generator {
	g.textMin, g.textSpan = lo, max(hi-lo, 1)
	return g
}

// fakerSource adapts math/rand/v2 to the math/rand.Source faker takes.
type fakerSource struct{ r *rand.Rand }

func (s fakerSource) Int63() int64 { return s.r.Int64() }
func (s fakerSource) Seed(int64)   {}

// Event returns event number i as JSON.
func (g *Generator) Event(i int) []byte {
	t := g.tenants[i%len(g.tenants)]
	id := uuid.NewSHA1(namespace, fmt.Appendf(nil, "event-%d-%d", g.seed, i)).String()
	at := g.base.Add(time.Duration(g.r.IntN(60*24*60)) * time.Minute)
	var typ string
	var data any
	switch k := g.r.IntN(20); {
	case k < 12:
		typ, data = "incident.reported", g.incident()
	case k < 17:
		typ, data = "inspection.completed", g.inspection()
	default:
		typ, data = "toolbox.held", g.toolbox()
	}
	b, _ := json.Marshal(map[string]any{"id": id, "tenant": t.ID, "type": typ, "occurred_at": at.Format(time.RFC3339), "data": data})
	return b
}

func (g *Generator) pick(s []string) string { return s[g.r.IntN(len(s))] }

// Name returns a person's name: Dutch and community names half the time,
// faker's English names otherwise.
func (g *Generator) Name() string {
	if g.r.IntN(2) == 0 {
		return g.pick(nlFirst) + " " + g.pick(nlLast)
	}
	return g.f.Person().FirstName() + " " + g.f.Person().LastName()
}

func (g *Generator) email(name string) string {
	parts := strings.Fields(strings.ToLower(name))
	local := parts[0] + "." + parts[len(parts)-1]
	local = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r == '.' {
			return r
		}
		return -1
	}, local)
	domains := []string{"bouwbedrijf-noord.nl", "logistiek.example.nl", "gmail.com", "outlook.com", "firma.de", "societe.fr"}
	return local + "@" + g.pick(domains)
}

func (g *Generator) site() string {
	return g.pick([]string{"Hal", "Magazijn", "Bouwplaats", "Warehouse", "Werk", "Site", "Depot"}) + " " + g.pick(nlCities) + "-" + g.pick([]string{"Noord", "Zuid", "Oost", "West", "2", "3"})
}

func (g *Generator) location() map[string]any {
	return map[string]any{
		"site":     g.site(),
		"address":  fmt.Sprintf("%s %d", g.pick(nlStreets), 1+g.r.IntN(250)),
		"postcode": PostcodeNL(g.r),
		"city":     g.pick(nlCities),
	}
}

func (g *Generator) incident() map[string]any {
	reporter := g.Name()
	injured := g.Name()
	d := map[string]any{
		"reporter":    map[string]any{"name": reporter, "email": g.email(reporter), "phone": PhoneNL(g.r)},
		"location":    g.location(),
		"description": g.Description(injured, reporter),
		"severity":    g.pick([]string{"near_miss", "near_miss", "minor", "minor", "minor", "major", "fatal"}),
		"category":    g.pick([]string{"fall", "slip", "vehicle", "cut", "chemical", "electrical", "fire", "lifting"}),
	}
	if g.r.IntN(3) > 0 {
		dob := time.Date(1960+g.r.IntN(45), time.Month(1+g.r.IntN(12)), 1+g.r.IntN(28), 0, 0, 0, 0, time.UTC)
		d["injured_person"] = map[string]any{"name": injured, "date_of_birth": dob.Format("2006-01-02"), "bsn": BSN(g.r)}
	}
	return d
}

func (g *Generator) inspection() map[string]any {
	inspector := g.Name()
	var findings []any
	for range 2 + g.r.IntN(4) {
		f := map[string]any{"item": g.pick([]string{"Brandblusser", "Nooduitgang", "Steiger", "Ladder", "EHBO-koffer", "Heftruck", "Valbeveiliging", "Elektrische installatie"}),
			"status": g.pick([]string{"ok", "ok", "defect", "not_applicable"})}
		if g.r.IntN(2) == 0 {
			f["note"] = g.sentence(g.pick([]string{"nl", "en", "de", "fr"}), g.Name(), inspector)
		}
		findings = append(findings, f)
	}
	return map[string]any{
		"inspector": map[string]any{"name": inspector, "email": g.email(inspector)},
		"location":  g.location(),
		"checklist": g.pick([]string{"VCA maandinspectie", "Warehouse safety walk", "Brandveiligheid", "Arbeitsschutz Begehung"}),
		"findings":  findings,
		"score":     50 + g.r.IntN(51),
		"notes":     g.Description(g.Name(), inspector),
	}
}

func (g *Generator) toolbox() map[string]any {
	f := g.Name()
	var att []any
	for range 3 + g.r.IntN(6) {
		att = append(att, map[string]any{"name": g.Name(), "employee_id": fmt.Sprintf("EMP-%05d", g.r.IntN(100000))})
	}
	return map[string]any{
		"facilitator":      map[string]any{"name": f, "email": g.email(f), "phone": PhoneNL(g.r)},
		"topic":            g.pick([]string{"Werken op hoogte", "Heftruckveiligheid", "Gevaarlijke stoffen", "Manual handling", "Brandpreventie", "Lärmschutz"}),
		"location":         map[string]any{"site": g.site()},
		"attendees":        att,
		"duration_minutes": 10 + g.r.IntN(50),
		"notes":            g.Description(g.Name(), f),
	}
}

// Description returns a free text (see WithTextBytes) in one of four languages,
// naming the given people and carrying identifiers in some sentences.
func (g *Generator) Description(person, reporter string) string {
	lang := g.pick([]string{"nl", "nl", "en", "de", "fr"})
	var b strings.Builder
	for b.Len() < g.textMin+g.r.IntN(g.textSpan) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.sentence(lang, person, reporter))
	}
	return b.String()
}

func (g *Generator) sentence(lang, person, reporter string) string {
	tmpl := g.pick(sentences[lang])
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		b.WriteString(g.fill(tmpl[i+1:i+j], person, reporter))
		tmpl = tmpl[i+j+1:]
	}
}

// fill makes the value of one placeholder of a sentence; only the
// placeholders a sentence has are drawn.
func (g *Generator) fill(name, person, reporter string) string {
	switch name {
	case "p":
		return person
	case "first":
		return strings.Fields(person)[0]
	case "r":
		return reporter
	case "phone":
		return PhoneNL(g.r)
	case "email":
		return g.email(person)
	case "bsn":
		return BSN(g.r)
	case "iban":
		return IBAN(g.r, g.r.IntN(2) == 0)
	case "plate":
		return PlateNL(g.r)
	case "n":
		return strconv.Itoa(2 + g.r.IntN(8))
	case "machine":
		return fmt.Sprintf("M-%04d", g.r.IntN(10000))
	case "ticket":
		return fmt.Sprintf("INC-%d-%05d", 2026, g.r.IntN(100000))
	case "time":
		return fmt.Sprintf("%02d:%02d", 6+g.r.IntN(14), g.r.IntN(60))
	}
	return "{" + name + "}"
}

var sentences = map[string][]string{
	"nl": {
		"Collega {p} is om {time} van de ladder gevallen in hal {n}.",
		"{p} gleed uit over een natte vloer bij de laadperron en bezeerde zijn pols.",
		"De heftruck met kenteken {plate} reed tegen stelling {n} aan; niemand gewond.",
		"Melder {r} heeft de leidinggevende direct gebeld op {phone}.",
		"Het slachtoffer werd met de ambulance naar het ziekenhuis gebracht.",
		"Machine {machine} stond niet op slot tijdens het onderhoud, zie melding {ticket}.",
		"De steiger was {n} meter hoog en de valbeveiliging ontbrak.",
		"Contact opnemen met {first} via {email} voor de verklaring.",
		"Loonstrook en BSN {bsn} van de medewerker liggen bij HR.",
		"Schade wordt verrekend via rekening {iban}.",
		"Er lag olie op de vloer en er stond geen waarschuwingsbord.",
		"Na de EHBO-behandeling kon {first} het werk na {n} uur hervatten.",
	},
	"en": {
		"Colleague {p} fell from a ladder at {time} in warehouse {n}.",
		"{p} slipped on a wet floor near the loading dock and hurt a wrist.",
		"A forklift ({plate}) struck rack {n}; no one was hurt.",
		"Reporter {r} called the supervisor straight away on {phone}.",
		"The injured worker was taken to hospital by ambulance.",
		"Machine {machine} was not locked out during maintenance, see ticket {ticket}.",
		"The scaffold was {n} metres high and fall protection was missing.",
		"Please contact {first} at {email} for the statement.",
		"Payroll record with BSN {bsn} is held by HR.",
		"Damage will be settled via account {iban}.",
	},
	"de": {
		"Kollege {p} ist um {time} in Halle {n} von der Leiter gestürzt.",
		"{p} ist auf nassem Boden an der Rampe ausgerutscht und hat sich das Handgelenk verletzt.",
		"Ein Gabelstapler ({plate}) fuhr gegen Regal {n}; niemand wurde verletzt.",
		"Der Melder {r} hat den Vorarbeiter sofort unter {phone} angerufen.",
		"Die verletzte Person wurde mit dem Krankenwagen ins Krankenhaus gebracht.",
		"Maschine {machine} war während der Wartung nicht gesichert, siehe Meldung {ticket}.",
		"Das Gerüst war {n} Meter hoch und die Absturzsicherung fehlte.",
		"Bitte {first} unter {email} für die Aussage kontaktieren.",
	},
	"fr": {
		"Le collègue {p} est tombé d'une échelle à {time} dans l'entrepôt {n}.",
		"{p} a glissé sur un sol mouillé près du quai et s'est blessé au poignet.",
		"Un chariot élévateur ({plate}) a heurté le rayonnage {n}; personne n'a été blessé.",
		"Le déclarant {r} a appelé le chef d'équipe au {phone}.",
		"La victime a été transportée à l'hôpital en ambulance.",
		"La machine {machine} n'était pas consignée pendant la maintenance, voir le ticket {ticket}.",
		"L'échafaudage faisait {n} mètres de haut et le harnais manquait.",
		"Merci de contacter {first} à {email} pour la déclaration.",
	},
}
