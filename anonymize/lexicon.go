package anonymize

import (
	"bufio"
	"embed"
	"sort"
	"strings"
	"unicode/utf8"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// dictionaryText is lexicon/dictionary.txt: embedded as a string it stays
// in the binary's read-only data, paged in as lookups touch it, never
// copied to the heap.
//
//go:embed lexicon/dictionary.txt
var dictionaryText string

// lexicon holds the word lists the detectors look up, all folded (lower
// case, diacritics removed). It is built once and read concurrently.
type lexicon struct {
	first, surname, words map[string]bool
	ambiguousFirst        map[string]bool
	wordNames             map[string]bool // given names that are mostly words ("Dock", "Sky"): fWordName
	germanNameWords       map[string]bool // listed names that are German words (german_name_words.txt): fGermanWord
	weakSurname           map[string]bool
	particles             map[string]bool
	nicknames             map[string][]string // a given name's short forms, folded ("robert": rob, bob, ...)
	titles                map[string]bool
	roleCues              map[string]bool
	birthCues             map[string]bool
	docCues               map[string]bool
	bsnCues               map[string]bool
	phoneCues             map[string]bool
	months                map[string]bool
	streetSuffixes        []string
	suffixesByLast        [256][]string // streetSuffixes by their last byte
	streetWordsEN         map[string]bool
	streetWordsFR         map[string]bool
	streetWordsUS         map[string]bool
	places                map[string]bool
	streetWordsSep        map[string]bool
	nameVerbs             map[string]bool
	auxVerbs              map[string]bool
	german                map[string]bool
	otherLangs            map[string]bool
	staffIDCues           map[string]bool // "personeelsnummer": an employee number follows
	staffWords            map[string]bool // "employee": one follows after a number word
	customerIDCues        map[string]bool // "klantnummer", "policy": a customer or policy number follows
	accountCues           map[string]bool // "rekeningnummer", "Kontonummer": a bank account number follows
	secretCues            map[string]bool // "wachtwoord", "password": a password or PIN follows
	rareCues              map[string]bool // the words of fRare
	userCues              map[string]bool // "gebruikersnaam", "username": a login name follows
	userWords             map[string]bool // "gebruiker", "user": one follows as a label ("User: jsmith")
	determiners           map[string]bool // "the", "het", "le", "des": a noun follows, not a name
	reachVerbs            map[string]bool // "reach", "bereiken": verbs of reaching someone by phone that are no phone words (see callee)
	unitNouns             map[string]bool // "afdeling", "department": the unit's name follows, not a person's
	numberWords           map[string]bool // "no", "nr", "id", ...
	namingVerbs           map[string]bool // "heet", "named": a name follows, even a common word
	vehicleCues           map[string]bool // "kenteken", "Kennzeichen", "vehicle": a foreign plate may be near
	orgWords              map[string]bool // "gmbh", "construction", "ziekenhuis": an organisation's name, not a person's
	nameLabels            map[string]bool // "naam", "vorname", "nom": a name follows as the label's value
	addressCues           map[string]bool // "adres", "woont", "address": an address follows
	nameWords             map[string]bool // listed names that are also lower-case words (name_words.txt)
	nationalCues          map[string]bool // "rijksregisternummer", "sécurité sociale", "Steuer-ID"

	// dict holds the common words of English and Dutch, for telling a
	// capitalised word in a title ("Working at Height") from a name
	dict dictionary

	// flags holds, for every word in any list, which lists it is in: the
	// scanner looks each token up once and then tests bits.
	flags map[string]wflag
}

// wflag marks the lists a folded word belongs to.
type wflag uint64

const (
	fFirst wflag = 1 << iota
	fSurname
	fWord
	fAmbiguousFirst
	fWeakSurname
	fParticle
	fTitle
	fRole
	fBirth
	fDoc
	fBSN
	fPhone
	fMonth
	fStreetEN
	fStreetFR
	fStreetSep
	fNameVerb
	fAuxVerb
	fGerman       // a German function word
	fOther        // a Dutch, English or French function word
	fStaffID      // a word an employee number follows ("personeelsnummer")
	fStaff        // a word for an employee ("employee", "Mitarbeiter")
	fCustomerID   // a word a customer or policy number follows ("klantnummer")
	fUserCue      // a word a login name follows ("gebruikersnaam")
	fUserWord     // a word a login name follows as a label ("Gebruiker:")
	fDeterminer   // an article or determiner that is never a name particle
	fUnit         // "afdeling", "department", "Abteilung": a unit's name follows
	fNumberWord   // "no", "nr", "number", "id", ...
	fNaming       // "heet", "heißt", "named", "nommé": the next capital is a name
	fVehicle      // "kenteken", "plate", "Fahrzeug": a foreign plate may be near
	fNational     // "rijksregisternummer", "sécurité", "Steuer-ID": a national number may follow
	fOrg          // "B.V.", "GmbH", "Construction", "Ziekenhuis", "Police": the capitalised words with it name an organisation
	fNameLabel    // "Naam", "Name", "Nom", "Vorname": a label whose value is a name, in any case
	fDict         // computed per token: a capitalised word in no list that the dictionary has as a common word
	fAddrCue      // "adres", "address", "wohnhaft": an address follows, in lower case too
	fNameWord     // a listed name that is also a lower-case English or Dutch word ("rob", "will", "bakker")
	fStreetSuffix // computed per token: ends in a street suffix
	fAccount      // "rekeningnummer", "Kontonummer", "account": a domestic bank account number follows
	fSecret       // "wachtwoord", "password", "PIN": a secret follows as a label's value
	fRare         // a word that wakes a rare detector: a saint's ("Sint"), a person folder's ("Users", "mensen"), a spelt-out dot ("dot", "punt")
	fNoName       // computed per token: capitalised, but shaped as no name is (an abstract noun's suffix, a capital inside: see capWord)
	fCompound     // computed per token, with fDict: the dictionary has the word only as two of its words joined ("Whit-aker", "steiger-kaart")
	fReach        // "reach", "bereiken", "erreichen": a verb of reaching someone by phone, no phone word itself (see callee)
	fFrame        // "ik", "zich", "helm", "samen": a word of a frame only a person stands in (see personFrame)
	fWordName     // "Dock", "Justice", "Sky": a given name that is mostly a word, a name only where nothing but a person stands
	fGermanWord   // a listed name that is a German word too ("Mark", "Rose"): in German only these ambiguous given names may be words
	fStreetUS     // "Trafficway", "Ridges", "haven": a street type of the USPS list, a street's last word after a number and a name
	fPlace        // "Kortrijk", "Hellendoorn": a town (places.txt), no name by its shape alone
)

// markFlags mark a word for one rule's cheap test without making it a
// listed word: a word with only these is still unknown, or common.
const markFlags = fFrame | fWordName | fGermanWord | fStreetUS | fPlace

// buildFlags prepares the scanner's lookup tables: each word's flags and
// the street suffixes by last byte.
func (l *lexicon) buildFlags() {
	for _, s := range l.streetSuffixes {
		l.suffixesByLast[s[len(s)-1]] = append(l.suffixesByLast[s[len(s)-1]], s)
	}
	l.flags = map[string]wflag{}
	for f, m := range map[wflag]map[string]bool{
		fFirst: l.first, fSurname: l.surname, fWord: l.words, fAmbiguousFirst: l.ambiguousFirst, fWeakSurname: l.weakSurname,
		fParticle: l.particles, fTitle: l.titles, fRole: l.roleCues, fBirth: l.birthCues, fDoc: l.docCues, fBSN: l.bsnCues,
		fPhone: l.phoneCues, fMonth: l.months, fStreetEN: l.streetWordsEN, fStreetFR: l.streetWordsFR, fStreetSep: l.streetWordsSep, fStreetUS: l.streetWordsUS, fPlace: l.places,
		fNameVerb: l.nameVerbs, fAuxVerb: l.auxVerbs, fGerman: l.german, fOther: l.otherLangs,
		fStaffID: l.staffIDCues, fStaff: l.staffWords, fCustomerID: l.customerIDCues, fUserCue: l.userCues, fUserWord: l.userWords, fDeterminer: l.determiners, fUnit: l.unitNouns, fNumberWord: l.numberWords, fNaming: l.namingVerbs,
		fVehicle: l.vehicleCues, fNational: l.nationalCues, fOrg: l.orgWords, fNameLabel: l.nameLabels, fAddrCue: l.addressCues, fNameWord: l.nameWords, fAccount: l.accountCues, fSecret: l.secretCues, fRare: l.rareCues,
		fReach: l.reachVerbs, fFrame: frameWords, fWordName: l.wordNames, fGermanWord: l.germanNameWords,
	} {
		for w := range m {
			l.flags[w] |= f
		}
	}
}

// union adds the words of the other sets to the first and returns it.
func union(m map[string]bool, others ...map[string]bool) map[string]bool {
	for _, o := range others {
		for w := range o {
			m[w] = true
		}
	}
	return m
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[fold(w)] = true
	}
	return m
}

// listLines calls fn with the words of each line of the embedded list
// file name, comment lines left out.
func listLines(name string, fn func(words []string)) {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		panic(err) // embedded: a missing file is a build error caught by tests
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			fn(strings.Fields(line))
		}
	}
}

// loadNicknames reads nicknames.txt: each line a full given name and its
// short forms. Every name of a line gets the line's other names, so that
// a reporter called "Bob" is found as "Robert" too.
func loadNicknames() map[string][]string {
	m := map[string][]string{}
	listLines("nicknames.txt", func(names []string) {
		for i := range names {
			names[i] = fold(names[i])
		}
		for i, n := range names {
			for j, o := range names {
				if j != i && o != n {
					m[n] = append(m[n], o)
				}
			}
		}
	})
	return m
}

// loadList reads an embedded word list, folded; with parts, the parts of
// hyphenated entries too.
func loadList(name string, parts bool) map[string]bool {
	m := map[string]bool{}
	listLines(name, func(words []string) {
		for _, w := range words {
			// hyphenated names ("el-amrani", "jean-pierre") are matched
			// part by part: register the parts too. Not so for common
			// words: "pays-bas" must not make the first name "Bas" common
			m[fold(w)] = true
			if parts && strings.Contains(w, "-") {
				for _, p := range strings.Split(w, "-") {
					if len(p) > 2 {
						m[fold(p)] = true
					}
				}
			}
		}
	})
	return m
}

func newLexicon() *lexicon {
	// two lists serve two sets each (union reads its later arguments and
	// changes only its first): read and parse each once
	ambiguousFirst := union(loadList("ambiguous_first_names.txt", false), loadList("ambiguous_first_names_fakerjs.txt", false), loadList("ambiguous_first_names_pyfaker.txt", false), loadList("ambiguous_first_names_rbfaker.txt", false))
	weakSurnamesEN := union(loadList("weak_surnames_en.txt", false), loadList("weak_surnames_fakerjs.txt", false), loadList("weak_surnames_pyfaker.txt", false), loadList("weak_surnames_rbfaker.txt", false))
	// the verbs and participles that name someone ("genaamd", "named",
	// "genannt", "alias") are role cues too: the name after them is found
	// as after a role
	naming := set("heet genaamd bijgenaamd heißt heisst heiße genannt named alias aka nommé nommée appelé appelée surnommé surnommée dite")
	l := &lexicon{
		first:   union(loadList("first_names.txt", true), loadList("first_names_en.txt", true), loadList("first_names_fakerjs.txt", false), loadList("first_names_pyfaker.txt", false), loadList("first_names_rbfaker.txt", false), ambiguousFirst),
		surname: union(loadList("surnames.txt", true), loadList("surnames_en.txt", true), loadList("surnames_fakerjs.txt", false), loadList("surnames_pyfaker.txt", false), loadList("surnames_rbfaker.txt", false), weakSurnamesEN),
		words:   loadList("words.txt", false),
		// first names that are also everyday words at the start of a sentence:
		// they count only with a cue or a following surname
		ambiguousFirst:  ambiguousFirst,
		wordNames:       union(loadList("word_names.txt", false), loadList("word_names_fakerjs.txt", false), loadList("word_names_pyfaker.txt", false), loadList("word_names_rbfaker.txt", false)),
		germanNameWords: loadList("german_name_words.txt", false),
		places:          loadList("places.txt", false),
		weakSurname:     union(set("koch keller richter bauer fischer wagner schneider becker klein lange braun schwarz weber wolf frank walter werner kurt martin michel simon thomas robert richard vincent david bernard laurent mathieu clement petit blanc wood green white brown hall baker wright moore bos boer dijk dam berg beek veen roos staal steen wal mol kamp ram tol pol prins kok vink vroom wit zwart vos maas brink groot hoek smit meer linden graaf jong bruin haan heuvel kuiper koning leeuwen ruiter velde schipper sluis vliet noort rijn kurt polat bakker visser mulder schilder timmerman molenaar slager jager brouwer kramer koopman metselaar smid broek ven jonge post ridder"), weakSurnamesEN),
		particles:       set("van de der den 't ten ter te von zu du la le el al di da dos del della bin ibn mac mc"),
		nicknames:       loadNicknames(),
		titles: set(`dhr hr mevr mw mr mrs ms miss dr drs ing ir prof dipl herr herrn frau m mme mlle monsieur madame meneer mevrouw heer sir madam
			lt lieut lieutenant col colonel capt captain sgt sergeant cpl corporal brigadier wachtmeester wachtmeister
			kommissar kommissarin hauptkommissar polizeimeister capitaine adjudant gendarme fam familie famille`),
		roleCues: union(set(`collega collega's medewerker medewerkster werknemer monteur uitvoerder voorman chauffeur getuige leidinggevende teamleider ploegleider
			stagiair stagiaire uitzendkracht operator slachtoffer melder inspecteur preventiemedewerker bhv'er bhver timmerman elektricien lasser
			witness colleague coworker employee worker supervisor foreman manager driver contractor technician electrician welder victim reporter inspector apprentice
			kollege kollegin mitarbeiter mitarbeiterin zeuge zeugin vorarbeiter fahrer opfer elektriker schweißer schweisser azubi azubine polier bauleiter
			vorgesetzter vorgesetzte auszubildender auszubildende lehrling praktikant praktikantin leiharbeiter leiharbeiterin monteurin ersthelfer ersthelferin
			beheerder opdrachtgever aannemer onderaannemer klant kunde kundin customer
			getuigen medewerkers collega's deelnemers aanwezigen slachtoffers witnesses colleagues attendees participants zeugen kollegen teilnehmer témoins collègues
			collègue employé employée témoin chef conducteur ouvrier ouvrière technicien victime soudeur apprenti secouriste sauveteur infirmier infirmière brancardier déclarant déclarante
			verpleegkundige ambulancier paramedic nurse sanitäter sanitäterin bedrijfsarts huisarts betriebsarzt betriebsärztin leader
			reinigungskraft fachkraft hilfskraft aushilfskraft leihkraft pflegekraft servicekraft fahrzeughalter
			intérimaire cariste manutentionnaire opérateur opératrice magasinier magasinière salarié salariée stagiaire apprentie grutier maçon couvreur électricien plombier livreur
			operative labourer laborer scaffolder rigger banksman fitter plumber bricklayer roofer cleaner visitor trainee intern
			steigerbouwer kraanmachinist magazijnmedewerker heftruckchauffeur loodgieter metselaar dakdekker schoonmaker bezoeker leerling besucher besucherin
			namens called door by par von
			aanwezig afwezig anwesend abwesend present absent présent présents présente présentes absente absents
			afgemeld verhinderd verontschuldigd apologies entschuldigt verhindert
			betrokkene gewonde getroffene betroffene betroffener verletzte verletzter blessé blessée injured
			dochter zoon echtgenote echtgenoot vriendin broer zus moeder vader wife husband daughter brother sister mother father
			tochter sohn ehefrau ehemann bruder schwester mutter vater fille fils femme mari frère sœur mère père`), naming),
		birthCues: set("geboren geb geboortedatum geboortejaar born dob birth birthday birthdate geburtsdatum geburtstag geburtsjahr jahrgang né née naissance jaargang"),
		docCues: set(`paspoort paspoortnummer passport identiteitskaart identiteitsbewijs documentnummer reisepass ausweis personalausweis ausweisnummer passeport identité idkaart id
			personalausweisnummer reisepassnummer ausweisnr passnr passnummer
			rijbewijs rijbewijsnummer führerschein führerscheinnummer licence license permis
			certificaat certificaatnummer cert certificate certificat zertifikat diploma diplomanummer vca caces`),
		bsnCues: set("bsn burgerservicenummer sofinummer sofi"),
		staffIDCues: set(`personeelsnummer personeelsnr medewerkernummer medewerkersnummer werknemersnummer stamnummer
			personalnummer personalnr mitarbeiternummer matricule employeenumber employeeid pasnummer badgenummer toegangspas badgenr badge pasje werkpas
			uzi agb`),
		customerIDCues: set(`klantnummer klantnr polisnummer polisnr lidnummer lidmaatschapsnummer dossiernummer relatienummer relatienr debiteurnummer debiteurnr
			cliëntnummer clientnummer patiëntnummer patientnummer zorgverzekeringsnummer verzekeringsnummer verzekerdennummer
			customer client policy member account kundennummer kundennr versicherungsnummer policennummer mitgliedsnummer
			sociétaire adhérent`),
		accountCues: set(`rekeningnummer rekeningnr reknr bankrekening bankrekeningnummer girorekening gironummer
			account kontonummer kontonr kto bankkonto kontoverbindung compte`),
		rareCues:    union(set("sint saint sainte sankt san santa sao st dot punt point punkt"), folderWords(), closings),
		secretCues:  set("wachtwoord password passwort kennwort passwd pwd pincode pin toegangscode passe cvc cvv"),
		userCues:    set("gebruikersnaam loginnaam inlognaam username benutzername identifiant"),
		userWords:   set("gebruiker user login inlog account benutzer utilisateur uid userid skype"),
		staffWords:  set("employee staff personnel personeels medewerker werknemer mitarbeiter employé salarié"),
		numberWords: set("no nr number num nummer id numero numéro"),
		vehicleCues: set(`kenteken nummerplaat voertuig auto wagen vrachtwagen bestelbus busje truck vehicle car lorry plate registration reg
			kennzeichen nummernschild fahrzeug lkw pkw wagen transporter immatriculation immatriculé immatriculée plaque véhicule voiture camion camionnette
			vin chassisnummer chassisnr fahrgestellnummer châssis`),
		orgWords: set(`bv nv vof gmbh ag kg ohg ltd limited plc inc llc sas sarl sprl srl bvba zn zonen söhne sons fils
			groep group gruppe groupe holding bouw bouwbedrijf bouwgroep aannemersbedrijf installatietechniek installatiebedrijf techniek
			verhuur construction constructions contractors services diensten logistics logistiek transport transporten industries industrie
			bau bauunternehmen werke stadtwerke bâtiment btp
			police politie polizei gendarmerie brandweer feuerwehr
			ziekenhuis gasthuis hospital klinikum klinik kliniek clinic hôpital hopital umc chu universiteit university universität université hogeschool
			gemeente municipality council ministerie ministry bank verzekeringen versicherung assurances
			stichting vereniging stiftung verein fondation association foundation fonds fund
			knooppunt afrit station luchthaven airport flughafen bahnhof gare aéroport`),
		// name_words.txt knows English and Dutch; French and German words
		// that are given names too are listed here by hand
		nameWords: union(loadList("name_words.txt", false), set(`claire constant constance blanche aimé aimée désiré désirée fidèle modeste
			victoire aurore céleste perle olive violette prudence félicité innocent clément clémence marin vivien
			ernst frank fromm konstanze heide heiderose sonne winter sommer`)),
		addressCues: set(`adres adresgegevens woonadres huisadres woont woonde wonende woonachtig woonplaats postcode address resides lives lived living
			adresse anschrift wohnhaft wohnt wohnte wohnort postleitzahl plz domicile domicilié domiciliée habite habitait demeurant`),
		nameLabels: set("naam achternaam voornaam voornamen roepnaam familienaam name surname firstname lastname forename vorname nachname nom prénom prenom"),
		nationalCues: set(`rijksregisternummer rijksregister insz niss rrn registre national sécurité sécu nir insee
			steuerid steueridentifikationsnummer identifikationsnummer idnr steuernummer steuer
			sozialversicherungsnummer rentenversicherungsnummer versicherungsnummer sv svnr rvnr sozialversicherung rentenversicherung
			nhs nino insurance ni vitale fiscal spi krankenversichertennummer versichertennummer krankenkassennummer kvnr ssn`),
		namingVerbs: union(set("heten heißen appelle"), naming),
		phoneCues:   set("tel telefoon telefoonnummer telefonisch mobiel mob gsm phone mobile cell telefon handy portable téléphone tél bel bellen call anrufen appeler festnetz landline rufnummer mobilnummer handynummer telefonnummer rückruf callback terugbellen rappeler zurückrufen"),
		reachVerbs:  set("reach reached contact contacted bereiken bereikt erreichen erreicht joindre contacter contacteren"),
		months: set(`januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov dec
			january february march april may june july august september october november december mar
			jänner januar februar märz juni juli oktober dezember
			janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil déc`),
		streetSuffixes: []string{"straat", "weg", "laan", "plein", "gracht", "kade", "dijk", "singel", "steeg", "dreef", "markt", "pad", "hof", "baan", "wal", "haven", "plantsoen", "park", "boulevard", "lei",
			"strasse", "str", "gasse", "allee", "platz", "ring", "damm", "ufer", "chaussee", "steig", "pfad"},
		streetWordsEN: set("street st road rd avenue ave lane ln drive way close court place crescent terrace square gardens boulevard blvd row grove mews rise walk hill wharf parade vale drove hollow"),
		// the street types of the USPS list (Publication 28), singular and
		// plural, and British ones, as generators (and American and British
		// writers) use them: "1588 Aufderhar Spurs", "739 George ramp",
		// "160 Fahey Approach", "7 Jacobs Yard". Mostly common
		// words, so they are marks: a street's last word only after a
		// number and a name (see streetNamedBy)
		streetWordsUS: set(`alley anex arcade bayou beach bend bluff bluffs commons crossroads gateway hollow branch bridge brook brooks burg burgs bypass camp canyon cape causeway center centers circle circles cliff cliffs club common corner corners course court courts cove coves creek crest crossing crossroad curve dale dam divide drives estate estates expressway extension extensions falls ferry field fields flat flats ford fords forest forge forges fork forks fort freeway garden glen glens green greens groves harbor harbors haven heights highway hills inlet island islands isle junction junctions key keys knoll knolls lake lakes land landing lanes light lights loaf lock locks lodge loop mall manor manors meadow meadows mill mills mission motorway mount mountain mountains neck orchard oval overpass park parks parkway parkways pass passage path pike pine pines plain plains plaza point points port ports prairie radial ramp ranch rapid rapids rest ridge ridges river roads route rows run shoal shoals shore shores skyway spring springs spur spurs squares station stravenue stream streets summit throughway trace track trafficway trail tunnel turnpike underpass union unions valley valleys via viaduct view views village villages ville vista walks wall ways well wells
			croft bank gate end mead chase yard garth fold wynd brae grange approach wood paddock brow lea side copse glade`),
		streetWordsFR:  set("rue avenue av boulevard bd place chemin allée allee impasse quai route cours square chaussée chaussee passage voie parc sentier cité résidence villa hameau promenade esplanade faubourg montée traverse ruelle venelle porte parvis drève anse carrefour clos degré descente escoussière liaison placette pont rang rampe sente traboule"),
		streetWordsSep: set("straße strasse str weg allee platz ring gasse damm laan straat gracht kade singel dijk plein markt dreef steeg"),
		// verbs of saying that follow a name at the start of a sentence
		nameVerbs: set(`zei meldde vertelde belde verklaarde zegt meldt vertelt
			said says told reported mentioned explained stated claims
			sagte meldete berichtete erklärte sagt meldet berichtet erzählte
			dit déclare explique signale raconte affirme`),
		// verbs that follow a subject; after an unknown capitalised word at
		// the start of a sentence they make it a name ("Liesbeth had geen
		// schoenen aan", "Wiebke trug keinen Helm")
		auxVerbs: set(`had heeft was werd kon moest wilde ging kwam zag viel stond liep droeg gleed brak raakte bracht hielp gaf nam riep hield haalde pakte
			has did could would should went came saw fell stood wore slipped broke hurt cut brought helped gave took held lifted
			hatte hat war wurde konnte musste wollte ging kam sah fiel stand lief trug rutschte brach gab nahm rief hielt holte brachte half hob
			ne n'a n'avait avait était portait est a glissé tombé s'est`),
		// articles and determiners that never begin a name, nor end a
		// clause before one ("that", "dat", "die" and "zijn" do: "zei dat
		// Chidi", and "a" folds from the French "à")
		unitNouns: set(`afdeling department dept abteilung team ploeg hal gebouw building halle gebäude zone locatie location
			projekt chantier atelier lijn line linie bereich sector sectie division divisie
			kamer zaal vleugel room wing salle bâtiment raum saal trakt
			vestiging filiaal niederlassung filiale agence branch
			magazijn warehouse lager entrepôt loods hangar werkplaats workshop werkstatt
			verdieping floor etage étage stockwerk
			firma firm fa bedrijf company leverancier supplier lieferant fournisseur société entreprise
			fabrikant manufacturer hersteller fabricant merk brand marke marque
			project site bouwplaats werf baustelle terrein depot fabriek factory plant usine werk
			service dienst département pôle station gare bahnhof einkaufszentrum winkelcentrum
			bât esc`),
		determiners: set(`het een deze dit onze ons mijn hun elke
			the this these those our my your their its every each
			le la les l' un une du des au aux ce cet cette ces son sa ses leur leurs notre
			das dem ein eine einen einem einer eines diese dieser dieses diesem unser unsere jede jeder jedes
			sein seine seinem seinen seiner ihre ihrem ihren ihrer meine meinem meinen meiner`),
		german:     set("herr frau der die das und oder ist nicht mit ein eine dem den des zu von im auf für sich wurde war hat nach bei aus wir sie er es auch noch zum zur vom beim am kein keine keinen keinem wird werden sind ich über unter bitte dass wenn um uhr gegen seit durch ohne heute gestern"),
		otherLangs: set("de het een en is niet met van op voor dat zijn werd heeft hij zij ze naar maar ook toen geen the and was with of to for that he she it on la le les et est un une des du avec pour dans sur pas il elle au cela ceci ça celui ceux ce cette ces nous vous ils on chacun chacune aucun aucune tout tous toute toutes"),
		dict:       loadDictionary(),
	}
	// a name label cues the name that is its value, as a role word does
	l.roleCues = union(l.roleCues, l.nameLabels)
	l.buildFlags()
	return l
}

// dictionary is a sorted list of words kept as one string and the offsets
// of its words: 400,000 words as strings would be 400,000 pointers for the
// garbage collector to trace on every cycle; these are none.
type dictionary struct {
	words  string
	starts []uint32 // word i is words[starts[i] : starts[i+1]-1]; the last start is len(words)+1
	// byPrefix[p] is the first word whose first two bytes, read as a
	// big-endian number, are p or more: a lookup searches one prefix's words
	byPrefix []uint32
}

// loadDictionary indexes lexicon/dictionary.txt: common lower-case words
// of English (SCOWL) and Dutch (OpenTaal), folded, sorted by bytes, one per
// line, without the words of the name lists (see gen_dict.py and
// NOTICE.md). German and French have no such list here: German capitalises
// every noun, so capitals say nothing there anyway, and the free French
// lists are under the GPL.
func loadDictionary() dictionary {
	data := dictionaryText
	d := dictionary{words: data, starts: make([]uint32, 0, strings.Count(data, "\n")+1)}
	d.starts = append(d.starts, 0)
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			d.starts = append(d.starts, uint32(i+1)) // #nosec G115 -- the embedded list is a few MB
		}
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		d.starts = append(d.starts, uint32(len(data)+1)) // #nosec G115 -- the embedded list is a few MB
	}
	d.byPrefix = make([]uint32, 1<<16+1)
	w := 0
	for p := range d.byPrefix {
		for w < d.len() && prefix2(d.word(w)) < p {
			w++
		}
		d.byPrefix[p] = uint32(w) // #nosec G115 -- fewer than 2^32 words
	}
	return d
}

// prefix2 reads a word's first two bytes as a big-endian number; words of
// the dictionary have three bytes or more.
func prefix2[T string | []byte](w T) int { return int(w[0])<<8 | int(w[1]) }

func (d *dictionary) len() int { return len(d.starts) - 1 }

func (d *dictionary) word(i int) string { return d.words[d.starts[i] : d.starts[i+1]-1] }

// has reports whether the folded word w is in the dictionary.
func (d *dictionary) has(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	p := prefix2(w)
	lo, hi := int(d.byPrefix[p]), int(d.byPrefix[p+1])
	i := lo + sort.Search(hi-lo, func(i int) bool { return d.word(lo+i) >= string(w) })
	return i < hi && d.word(i) == string(w)
}

// compound reports whether the folded word w is two dictionary words
// joined (four letters or more, then three or more), with or without the
// linking "s" or "e" of Dutch compounds ("steigerkaart",
// "kantelbeveiliging", "hydrauliekolie", "veiligheidsschoenen"): compounds
// are written as one word in Dutch and German, and a dictionary lists only
// the common ones.
func (d *dictionary) compound(w []byte) bool {
	for j := 4; j+3 <= len(w); j++ {
		if !d.has(w[:j]) {
			continue
		}
		if d.has(w[j:]) || (w[j] == 's' || w[j] == 'e') && j+4 <= len(w) && d.has(w[j+1:]) {
			return true
		}
	}
	return false
}

// fold lower-cases s and strips the diacritics of Latin letters, so that
// "Müller", "MULLER" and "muller" match. ß folds to ss.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || (s[i] >= 'A' && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return string(appendFold(nil, s))
}

// appendFold appends the folded form of s to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if f, ok := foldTable[r]; ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, toLowerRune(r))
	}
	return dst
}

func toLowerRune(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return []rune(strings.ToLower(string(r)))[0]
}

var foldTable = func() map[rune]string {
	m := map[rune]string{}
	add := func(to string, from string) {
		for _, r := range from {
			m[r] = to
		}
	}
	add("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ")
	add("ae", "æÆ")
	add("c", "çćčĉċÇĆČ")
	add("d", "ďđĎĐ")
	add("e", "èéêëēĕėęěÈÉÊËĒĖĘĚ")
	add("g", "ğĝġģĞ")
	add("i", "ìíîïīĭįıÌÍÎÏĪİ")
	add("l", "łľĺļŁĽ")
	add("n", "ñńňņÑŃŇ")
	add("o", "òóôõöøōŏőÒÓÔÕÖØŌŐ")
	add("oe", "œŒ")
	add("r", "řŕŘ")
	add("s", "śšşŝșŚŠŞȘ")
	add("ss", "ß")
	add("t", "ťţțŤŢȚ")
	add("u", "ùúûüūŭůűųÙÚÛÜŪŮŰ")
	add("y", "ýÿŷÝŸ")
	add("z", "źžżŹŽŻ")
	add("'", "\u2019")
	return m
}()
