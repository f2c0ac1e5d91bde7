package anonymize

import (
	"strings"
	"testing"
)

// Each case labels every personal value; the scanner must find each one
// (with its type) and nothing else.
var scanCases = []string{
	// Dutch
	"Collega [[PERSON|Jan de Vries]] viel om 07:45 van de ladder in hal 3.",
	"Bel [[PERSON|Sanne]] op [[PHONE|06-12345678]] of mail [[EMAIL|sanne.bakker@bouw.nl]].",
	"BSN [[BSN|123456782]], rekening [[IBAN|NL91 ABNA 0417 1643 00]].",
	"Het slachtoffer, geboren op [[DATE_OF_BIRTH|12-03-1985]], woont aan de [[ADDRESS|Kerkstraat 12a]], [[POSTCODE|3011 AB]] Rotterdam.",
	"De heftruck met kenteken [[PLATE|12-ABC-3]] reed tegen stelling 4.",
	"Mevr. [[PERSON|El Amrani]] en dhr. [[PERSON|J.P. van der Berg]] waren erbij.",
	"Paspoortnummer [[ID_DOCUMENT|NX12AB345]] lag in de kantine.",
	"Melding INC-2026-00421: machine M-4411 stond niet op slot, order 123456789 geplaatst.",
	// English
	"Witness [[PERSON|Sarah Johnson]] (DOB [[DATE_OF_BIRTH|04/05/1990]]) saw it at 14:30.",
	"Call [[PHONE|+44 20 7946 0958]] or write to [[EMAIL|s.johnson@example.co.uk]].",
	"He lives at [[ADDRESS|221B Baker Street]] and paid with card [[CARD|4111 1111 1111 1111]].",
	"Her office is in Bristol [[POSTCODE|BS1 4DJ]], near the depot.",
	"The camera at [[IP|192.168.10.24]] recorded the forklift hitting rack 7.",
	"Logged from [[IP|2001:db8:85a3::8a2e:370:7334]] and [[IP|fe80::1ff:fe23:4567:890a]] at 14:30:05.",
	// German
	"Herr [[PERSON|Klaus Müller]] ist am 3. März 2026 vom Gerüst gestürzt.",
	"Erreichbar unter [[PHONE|+49 30 12345678]], Adresse [[ADDRESS|Hauptstraße 5]], [[POSTCODE|10115]] Berlin.",
	"Die Kollegin Frau [[PERSON|Schneider]] hat die IBAN [[IBAN|DE89 3704 0044 0532 0130 00]] angegeben.",
	// French
	"M. [[PERSON|Jean-Pierre Dubois]] a glissé dans l'entrepôt.",
	"Il est né le [[DATE_OF_BIRTH|4 mai 1979]] et habite [[ADDRESS|5, rue de la Paix]].",
	"Le témoin, Mme [[PERSON|Camille Laurent]], a appelé le [[PHONE|01 23 45 67 89]].",
	"Son responsable a prévenu sa femme au [[PHONE|06.12.34.56.78]] le 12.03.2026.",
	// employee numbers after their cue, in the four languages
	"Personeelsnummer [[EMPLOYEE_ID|48213]] is gekoppeld aan de melding.",
	"The injured worker, employee no. [[EMPLOYEE_ID|E-48213]], was sent home.",
	"Mitarbeiter-Nr. [[EMPLOYEE_ID|4711]] hat den Unfall gemeldet.",
	"Le salarié, matricule : [[EMPLOYEE_ID|AB-7734]], a été blessé.",
	"Staff ID is [[EMPLOYEE_ID|EMP-00123]]; the badge was returned.",
	// an IBAN typed in lower case, a driving licence, a name after "heet"
	"Het formulier noemt rekening [[IBAN|nl91abna0417164300]] en rijbewijsnummer [[ID_DOCUMENT|5012345678]].",
	"Hij heet [[PERSON|Bas]] en werkt in ploeg B.",
	"Ich heiße [[PERSON|Ilka]] und arbeite in der Spätschicht; das heißt nicht viel.",
	// the particle "'t", and a lower-case particle after a title
	"Verantwoordelijke: [[PERSON|J. van 't Hof]]; de heer [[PERSON|Van 't Hof]] en mevrouw [[PERSON|van 't Veer]] tekenden.",
	"Mr. [[PERSON|de Souza]] and Ms. [[PERSON|van Heerden]] met Frau [[PERSON|von der Leyen]].",
	// a common word after a listed given name is his family name, outside German
	"Attendees: [[PERSON|Peter Hand]], [[PERSON|Maria Little]]. We told [[PERSON|Peter]] Monday.",
	// a name between a phone verb and the number, even a place's or a word's
	"Call [[PERSON|Milan]] on [[PHONE|06-12345678]], call [[PERSON|Paris Hilton]] on [[PHONE|+44 7700 900123]]; bel [[PERSON|Roos]] op [[PHONE|0612345678]].",
	"Rückruf an [[PERSON|Dock Mante]] unter [[PHONE|0151 23456789]]; Rappeler [[PERSON|Pierre]] au [[PHONE|06 12 34 56 78]].",
	"We could not reach [[PERSON|Santa King]] on [[PHONE|06-12345678]]; left a voicemail.",
	// an account's holder, whatever the words; the word between a label's colon and a family name
	"Uitbetaling t.n.v. [[PERSON|Justice Koss]]; overgemaakt ten name van [[PERSON|Hal de Wit]], au nom de [[PERSON|Paris Hahn]], t.n.v. [[PERSON|Ernest Kunde]].",
	"Injured party: [[PERSON|Paris Hahn]]. Teilnehmer der Unterweisung: [[PERSON|Major Koss]], [[PERSON|Jan Bakker]]. Status: Open.",
	// a birth date in brackets after a name, or after the birth star
	"Slachtoffer: [[PERSON|Jan Smit]] ([[DATE_OF_BIRTH|23-05-1990]]); Verletzter: [[PERSON|Tim Berger]], *[[DATE_OF_BIRTH|12.03.1979]], wohnhaft [[ADDRESS|Lindenweg 4]].",
	// North American numbers by their bracketed area code or after a phone
	// word; digits typed one by one after "telefonisch"; a street with a
	// hyphenated name after its particle
	"phone: [[PHONE|(555) 123-4567]] ext 89; site office [[PHONE|(212) 555-0187]]; Telefonisch bereikbaar: [[PHONE|0 6 - 2 3 4 5 6 7 8 9]].",
	"Tweede adres [[ADDRESS|Laan van Nieuw Oost-Indië 3 bis]]; order (2024) 1234-567 geleverd.",
	// a street without its number where a residence verb names it
	"Sie wohnt in der [[ADDRESS|Goethestraße]], Hausnummer 7. Hij woont in de [[ADDRESS|Julianastraat]]. She lives on [[ADDRESS|Baker Street]].",
	// a listed given name that is a word or a place before a family name
	"According to [[PERSON|London Fischer]], the alarm did not sound. De heftruck van [[PERSON|Easter Jansen]] reed tegen de stelling.",
	// nine digits right after a BSN cue, even failing the 11-check
	"BSN slachtoffer: [[BSN|234567891]]. Het BSN van de gewonde is [[BSN|123456789]] en zijn ordernummer 234567891.",
	// a card's number after a card word, even failing the Luhn check
	"Card [[CARD|4111 1111 1111 1112]] expired; Kaartnummer [[CARD|5500 0000 0000 0005]]; order 1234567890123456 geleverd.",
	// a North American number with its country's 1 and its extension; an
	// address whose domain holds an underscore
	"phone [[PHONE|1-310-455-1790 x4090]], email [[EMAIL|destini@legros_llc.hnk.com]]; Bel [[PHONE|020-5551234 toestel 214]] of de xenon lamp.",
	// what the faker generator's other formats hold: an American social
	// security number, a login and a password without a label, a plate
	// in Cyrillic look-alikes after a plate word
	"SSN of the injured worker: [[NATIONAL_ID|597157870]]; his social security number is [[NATIONAL_ID|123-45-6789]].",
	"Login [[USERNAME|kristian]] with password [[SECRET|fvblnbsxet]] from IP [[IP|27.133.52.205]]; PIN [[SECRET|1234]] on the card; pin 3 was loose.",
	"Vehicle plate [[PLATE|ВX5876ВO]] driven by [[PERSON|Durward Witting]]; Kennzeichen [[PLATE|W-12345X]] daneben, Kennzeichen [[PLATE|PO 12345]] auch.",
	// an American street address after its cue, with its suite and ZIP+4
	"The injured worker lives at [[ADDRESS|1588 Aufderhar Spurs Suite 889]], Lindsaybury [[POSTCODE|22197-3378]]; Address: [[ADDRESS|39 Mateo Forest Apt. 804]].",
	// a plus and ten to fifteen digits in one block, whatever the calling code
	"The guard was missing; contact [[PHONE|+83774846964]] or [[PHONE|+14102043898]].",
	// a nickname in brackets inside a name, even one that is a word; a family after "Fam."
	"Overleg met mevr. drs. [[PERSON|J.A.M. (Joke) Verhagen-Claassen]]. Fam. [[PERSON|Hendriksen]] woont naast de bouwplaats.",
	// an initial without its dot after a title; a lower-case name in a
	// register's order after a "by" label
	"Mr [[PERSON|J Smith]] and Dr [[PERSON|A.B. Jones]] were present. Reported by: [[PERSON|smith, john]]",
	// a listed given name that is also a word or a place in a list of names
	"[[PERSON|Julia]] sprak met [[PERSON|Lucas]] en [[PERSON|Milan]] over de planning.",
	// a name run together in camel case in a file's name; a staff page
	"Foto's: IMG_20260314_[[PERSON|JanDeVries]].jpg en [[PERSON|JanSmit]].jpg; MarkUp_Plan.pdf en ServiceNow_Export.csv. Zie https://intranet.bouw.nl/personeel/[[USERNAME|jan-de-vries]]",
	// Dutch given names the lists lacked, two of them words too
	"Getuigen: 1. [[PERSON|Ria Valk]] - leerling; 2. [[PERSON|Joop]]: had geen helm; [[PERSON|Mies]] belde. Het riet was nat.",
	// "M." in a list of initialled names is an initial
	"Toolbox attendees signed: [[PERSON|S. Campbell]], [[PERSON|A. Kowalski]], [[PERSON|M. Rossi]].",
	// a task's assignee login; a quotation's names
	"Assigned to: [[USERNAME|dvanleeuwen]]; Toegewezen aan: [[USERNAME|pjanssen]]; Assigné à : [[USERNAME|jdupont]]",
	"Il dit : « J'ai prévenu [[PERSON|Laetitia]]. » Morgen komt [[PERSON|Elke]] langs.",
	// a name typed in capitals with particles; lower-case initials after a role
	"MELDING: MEDEWERKER [[PERSON|PIETER VAN DAM]] IS GEVALLEN, ZIJN CHEF [[PERSON|KEES VAN DER BERG]] OOK.",
	"werknemer: [[PERSON|h. de bruin]] (kraanmachinist); melder: [[PERSON|j. jansen]]; monteur o.a. de bruin verf.",
	// an English or French driving licence after its cue; a plate after "licence" stays a plate
	"His driving licence [[ID_DOCUMENT|MORGA753116SM9IJ]] was checked; the licence plate [[PLATE|AB-123-C]] too.",
	"Permis de conduire n° [[ID_DOCUMENT|12AB34567]] présenté au chef.",
	// neighbouring countries' licence plates, near a vehicle word
	"Het Duitse kenteken [[PLATE|B-AB 1234]] hoorde bij een oplegger.",
	// plates listed after one cue
	"Kenteken auto: [[PLATE|1-KBC-123]] (België), [[PLATE|B-MW 1234]] (Duitsland), [[PLATE|AB-123-CD]] (Frankrijk); daarna BHV 2024.",
	"Le véhicule immatriculé [[PLATE|AB-123-CD]] a reculé; la voiture belge [[PLATE|1-ABC-234]] aussi.",
	"The lorry [[PLATE|AB12 CDE]] hit the gate; Fahrzeug [[PLATE|HH-XY 123E]] stand daneben.",
	// a list of names, one of which no other detector takes
	"Toolbox gegeven door [[PERSON|Hans]]; deelnemers: [[PERSON|Ali]], [[PERSON|Fatma]], [[PERSON|Joost]] en [[PERSON|Marloes]].",
	// handles, profile addresses, customer numbers, user names, badges
	"Hij postte het op Instagram via [[SOCIAL_HANDLE|@janjansen88]] en op [[SOCIAL_HANDLE|https://www.linkedin.com/in/jan-jansen-12345]].",
	"Verzekerd via polisnummer [[CUSTOMER_ID|123456789]]; klantnummer [[CUSTOMER_ID|987654]], policy no. [[CUSTOMER_ID|PL-2231-77]].",
	"De laptop was nog ingelogd, gebruikersnaam is [[USERNAME|jvdberg]]; username: [[USERNAME|j.smith_2]].",
	"Pasnummer toegangspas [[EMPLOYEE_ID|00451234]] is geblokkeerd.",
	// a phone number in a chat link, without its plus
	"Zie https://wa.me/[[PHONE|31612345678]] of t.me/+[[PHONE|31612345678]]; bestelling phone=12.",
	// four digits or more straight after a word for the employee; a count or a year is none
	"Werknemer [[EMPLOYEE_ID|10482]] en Mitarbeiter [[EMPLOYEE_ID|55123]]; employee 2 of 5, medewerker 2019 in dienst.",
	// a phone number in brackets keeps the text's brackets; an area code's stay in it
	"Via WhatsApp van [[PERSON|Sanne Kuipers]] ([[PHONE|06-41 22 87 90]]): bel ook [[PHONE|(020) 123 4567]].",
	// a listed given name that is also a place, after a role; ranks are titles
	"Onze collega [[PERSON|Anouk]] en stagiair [[PERSON|Milan]] hebben de EHBO gedaan.",
	"Inspection carried out by Lt. Col. [[PERSON|Hamish Macleod]]; Sgt. [[PERSON|Baker]] took the statement.",
	// a common word before a colon is a form's label, not a name
	"Naam: [[PERSON|Tomasz Kowalczyk]] | Functie: vlechter | Afdeling: bouw",
	// signatures: a department in title case, "&" as "and", a German abstract noun after a role
	"Kind regards, [[PERSON|Tom Fletcher]], Health & Safety Advisor; I've sent him to A&E.",
	"Mit freundlichen Grüßen, Dipl.-Ing. [[PERSON|Markus Weiß]], Leiter Arbeitssicherheit, Mobil [[PHONE|0151 23456789]]",
	// the letter of a designation is no initial
	"Er stürzte in der Halle B. Gemeldet von: [[PERSON|Sandra Kühn]], mit [[PERSON|Jan B. Jansen]].",
	"Kapotte ladder gevonden in magazijn B. Afgevoerd door [[PERSON|H. Vermeulen]] in de werkplaats.",
	// a login made of a found person's name; a word that only starts with the name stays
	"Incident logged by [[PERSON|J. Thornton]] ([[USERNAME|jthornton]]); account [[USERNAME|thorntonj]] locked.",
	"Gemeld door [[PERSON|Pieter de Vries]] ([[USERNAME|pdvries]]) en [[PERSON|Ilse Bakker]] van de bakkerij.",
	"Skype: live:[[USERNAME|jan.jansen_1]] van [[PERSON|Jan Jansen]]; [[USERNAME|pieter_devries]] is [[PERSON|Pieter de Vries]], zie ook [[EMAIL|jan.jansen@bouw.nl]].",
	// a name one was born with; a birth date or place after the cue is none
	"Zeugin [[PERSON|Ayşe Öztürk]], geb. [[PERSON|Yıldız]], wohnhaft in Essen; Frau [[PERSON|Schmidt]], geb. [[PERSON|Müller]].",
	"Mme [[PERSON|Martin]], née [[PERSON|Dubois]], et mevrouw [[PERSON|Jansen]], geboren [[PERSON|De Vries]]; Nee, dat klopt niet.",
	"Geb. [[DATE_OF_BIRTH|12.04.1990]] in Dortmund, geboren in Dortmund.",
	// "Hr." is a title; "& Zn." ends a firm's name
	"Klant: Hr. [[PERSON|Abdelkader Benali]] van Bouwbedrijf Van Wijk & Zn. belde.",
	// products and places named after saints are no people; an adverb before its verb and pronoun is no name
	"Ticket in ServiceNow, via WhatsApp aan [[PERSON|Piet]]; met [[PERSON|Ronald McDonald]] en [[PERSON|Anna DeVries]].",
	"Woonplaats: Sint-Niklaas, werk in Saint-Étienne en Sankt Augustin; gemeld door Sint-[[PERSON|Jan Pieters]]. Dan ging hij naar huis.",
	"Datum van indiensttreding: 01-09-2019. Geboortedatum: [[DATE_OF_BIRTH|31/12/1985]]; relatienummer [[CUSTOMER_ID|5566778]], inlog: [[USERNAME|jdevries2]].",
	// in a text typed without capitals, short given names and names that are words too, where a person stands
	"[[PERSON|jan]] viel van de trap en [[PERSON|kees]] heeft 112 gebeld; de nieuwe jongen, [[PERSON|tim]], had geen schoenen aan",
	"[[PERSON|tom]] says he slipped near the door; the mark was visible and his will was clear",
	"[[PERSON|jean-marc]] s'est blessé, un ruban rouge-blanc était posé à l'entrée",
	// a register's order with the family name in capitals; "near miss" is no title
	"Name of injured person: [[PERSON|KOWALSKI, Marek]]\nSlachtoffer: [[PERSON|DE JONG, A.]]\nStatus: OPEN, [[PERSON|Jan]] fixes it",
	"NEAR MISS. Reported by: [[PERSON|Sarah]]; a near miss, said Miss [[PERSON|Lee]].",
	// a single family name of another language's shape in a German sentence; German nouns stay
	"Heute hat sich [[PERSON|Yusupov]] verletzt; der Fahrer ([[PERSON|Lindqvist]]) traf [[PERSON|Jovanović]] beim Drehstrom-Verteiler und am Starkstromkasten.",
	// formats from forms: an IBAN in dashed groups, birth dates with a two-digit year after an apostrophe or a comma before the year, a birth year's cue, a zero-padded IPv4 address, a card's security code
	"IBAN [[IBAN|NL91-ABNA-0417-1643-00]]; artikel NL12-ABCD-1234-5678-90 is op; IP [[IP|192.168.001.010]].",
	"geb. [[DATE_OF_BIRTH|3-3-'85]], geboren op [[DATE_OF_BIRTH|3 maart '85]], born on the [[DATE_OF_BIRTH|3rd of March, 1985]]; geboortejaar [[DATE_OF_BIRTH|1985]]. Op 3 maart '26 viel hij.",
	"Kaart [[CARD|5500 0000 0000 0004]], exp 12/28, CVC [[SECRET|123]].",
	// a birth cue reaches its value across a line break, not across a sentence's end
	"Geboortedatum:\n[[DATE_OF_BIRTH|12-03-1985]]\ngeb.\n[[DATE_OF_BIRTH|01-02-1990]]. Op 12-03-2026 viel hij.",
	// a town after its postcode is no name
	"Son adresse : [[ADDRESS|23 rue Jean Jaurès]], [[POSTCODE|69100]] Villeurbanne; adres [[ADDRESS|Dorpsstraat 3]], [[POSTCODE|1234 AB]] Nieuwkoop.",
	// a user's folder in a path and a staff page's address name a person
	"Opgeslagen in C:\\Users\\[[USERNAME|jdevries]]\\Documents\\melding.docx en /home/[[USERNAME|pieter.bakker]]/rapport.pdf; zie https://intranet.bouw.nl/mensen/[[USERNAME|jan-de-vries]] en de map /home/.",
	// a name's initials in brackets after it; other letters in brackets stay
	"Aanwezig: [[PERSON|J. Jansen]] ([[PERSON|JJ]]) en [[PERSON|K. de Wit]] ([[PERSON|KdW]]); gesprek met [[PERSON|Jan de Vries]] (HR).",
	// a nickname in quotes inside a name
	"The IP (Mr. [[PERSON|Oluwaseun \"Seun\" Bakare]]) was struck; [[PERSON|Cornelis 'Kees' de Boer]] and [[PERSON|Robert “Bob” Smith]] saw it.",
	"[[PERSON|Chukwuemeka (Emeka) Obi]] ran it; contact: ing. [[PERSON|M. (Marloes) van Houten-de Wit]]; team lead, [[PERSON|Chukwuemeka (Emeka) Obi]].",
	"[[PERSON|Oluwaseun \"Seun\" Bakare]] kwam; gemeld door [[PERSON|Jansen]] (Logistiek) en [[PERSON|Pieter]].",
	"Contactpersoon klant: ing. [[PERSON|M. (Marijke) Vrolijkheid-de Wit]]; de hal (Noord) is dicht.",
	// the first of a double family name, where the name was found from the second
	"Unterschrift: gez. [[PERSON|Müller-Lüdenscheidt]]; Rotterdam-Zuid, Noord-Holland.",
	// a short given name that is a word elsewhere, and a given name's second part in lower case
	"[[PERSON|Zhang Wei]] en [[PERSON|Li Na]] werkten; [[PERSON|Nguyen Van An]] meldde het aan [[PERSON|Kim Min-jun]]. Na de val kwam hij.",
	"Gemeld door [[PERSON|Pieter-jan Smit]] en [[PERSON|Jan-willem de Boer]].",
	// given names shortened as initials are
	"Inspectie door inspecteur [[PERSON|Th. Brouwer]] en [[PERSON|Chr. de Groot]]; [[PERSON|Wm. Smith]] signed.",
	// French street names with an article inside, the number after them
	"Adresse : [[ADDRESS|Impasse des Lilas 3]], ou [[ADDRESS|Chemin de l'Église 12]] et [[ADDRESS|Rue aux Fleurs 4]].",
	// national and health insurance numbers, documents and registrations after compound cues
	"Krankenversichertennummer [[NATIONAL_ID|A123456780]], Personalausweisnummer [[ID_DOCUMENT|L01X00T47]]; numéro fiscal [[NATIONAL_ID|30 23 217 600 053]], Carte Vitale [[NATIONAL_ID|1 85 05 78 006 084 36]]; NI number [[NATIONAL_ID|QQ123456C]]; UZI-nummer [[EMPLOYEE_ID|123456789]]; PIN-code: [[SECRET|1234]].",
	// a hyphenated family name after a particle; names in scripts without capitals
	"Ansprechpartnerin: Dr. rer. nat. [[PERSON|Friederike von Hohenberg-Langenfeld]]; injured: [[PERSON|Zhang Wei]] ([[PERSON|张伟]]), with [[PERSON|김민준]], [[PERSON|محمد]] and [[PERSON|राहुल]].",
	// a phone number typed digit by digit, after a phone word
	"Mobiel: [[PHONE|0 6 1 2 3 4 5 6 7 8]]; vast: [[PHONE|020-1234567]].",
	// an address spelt out without brackets, with a common top-level domain
	"Mail [[EMAIL|jan at bouw dot nl]] of [[EMAIL|p.devries at gemeente punt nl]]; look at the dot nl page.",
	// the subject after the verb in Dutch and German word order, a possessive of a person's things, the French past tense
	"Gisteren heeft [[PERSON|Milan]] de melding gedaan. Gestern hat [[PERSON|Jean Haag]] den Unfall gemeldet. Toen heeft de monteur de deur gesloten.",
	"[[PERSON|Autumn]]'s glove was torn; Monday's inspection found it. [[PERSON|River]] a glissé. Le sol a été nettoyé.",
	// a common noun, "van" and a given name: the name starts after "van"
	"Werkplek van [[PERSON|Sandra]]: beeldscherm te laag. Melding van [[PERSON|Jan de Vries]]; [[PERSON|Anna van Dijk]] belde.",
	// a form's "Email=" label stays outside the address
	"Getuige=[[PERSON|Karin Smit]];Tel=[[PHONE|0623456789]];Email=[[EMAIL|k.smit@firma.nl]]",
	// a login that starts with a given name, as the value of a "by" label
	"Gemeld door: [[USERNAME|ahmed.b]] (intranet).",
	// passwords and PINs as a label's value; a clause after the word is none
	"Inlog: [[USERNAME|jdevries2]] / wachtwoord: [[SECRET|Welkom01!]]; password = [[SECRET|hunter2]], PIN is [[SECRET|4711]].",
	"Mot de passe : [[SECRET|Soleil2026]]. Wachtwoord: vergeten, the password is wrong.",
	// domestic bank account numbers after their cue; a short number is no account
	"Uitbetaald op rekeningnummer [[BANK_ACCOUNT|123456789]]; sort code 20-00-00, account [[BANK_ACCOUNT|55779911]].",
	"Numéro de compte [[BANK_ACCOUNT|12345678901]], gironummer [[BANK_ACCOUNT|1234567]]; the account 2026 budget is fine.",
	"Sie wohnt in der [[ADDRESS|Goethestr. 12a]], er in der [[ADDRESS|Berliner Str. 5]].",
	"Zij woont op [[ADDRESS|Rue Neuve 23]], [[POSTCODE|1000]] Bruxelles; the witness lives on [[ADDRESS|Acacia Avenue 22]].",
	"Domicilié au [[ADDRESS|12 bis, avenue Foch]], puis [[ADDRESS|Chaussée de Wavre 100]].",
	"Adres [[ADDRESS|Kerkstraat 1 bus 3]], [[POSTCODE|2000]] Antwerpen; Adresse [[ADDRESS|Hauptstr. 5/2]], [[POSTCODE|72074]] Tübingen.",
	"Adres: [[ADDRESS|Oudegracht aan de Werf 14 bis]], [[POSTCODE|3511 AL]] Utrecht; [[ADDRESS|Kade aan het IJ 3]].",
	"Pasnummer ID-kaart: [[ID_DOCUMENT|592-1234567-89]]; ID-kaart verlopen op 12-03-2026.",
	// "de" before a long capitalised word, in a text that does not write
	// its nouns with capitals, is a name particle
	"De melding kwam van de [[PERSON|Keersmaecker]]; hij werkt bij de aannemer.",
	"Der Verletzte, Herr [[PERSON|Stefan Wagner]], wurde von seinem Vorgesetzten ins Krankenhaus gebracht.",
	// a phone word is never part of the name beside it
	"Bel [[PERSON|Henk]] even terug op [[PHONE|06-12345678]].",
	// a possessive "'s" is not part of the name
	"Later bleek dat [[PERSON|Ingrid]]'s pols gebroken was; [[PERSON|Tom]]’s helm lag ernaast. De auto's stonden buiten.",
	// names typed without capitals
	"witness: [[PERSON|tom o'brien]] (tel [[PHONE|07911123456]]), supervisor: [[PERSON|sarah lee]]",
	"She was born on the [[DATE_OF_BIRTH|3rd of March 1980]] and started here in 2015. Gebruiker: [[USERNAME|pvdberg]].",
	"gisteren viel [[PERSON|kees jansen]] van de steiger; melder: [[PERSON|mark de vries]].",
	// neighbouring countries' national numbers
	"Numéro de sécurité sociale [[NATIONAL_ID|1 85 05 78 006 084 36]], clé incluse.",
	"Son NIR [[NATIONAL_ID|185057800608491]] figure au dossier.",
	"Rijksregisternummer [[NATIONAL_ID|85073003329]]; ook [[NATIONAL_ID|85.07.30-033.28]] staat erin.",
	"Steuer-ID [[NATIONAL_ID|86609119231]] liegt der Personalabteilung vor.",
	"Victim's NHS number is [[NATIONAL_ID|943 476 5919]]; National Insurance number [[NATIONAL_ID|QQ 12 34 56 C]], his wife's [[NATIONAL_ID|AB123456D]].",
	"De scanner van [[PERSON|Bram]] meldde zich met MAC [[MAC_ADDRESS|00:1A:2B:3C:4D:5E]], de tablet met [[MAC_ADDRESS|3c-22-fb-10-aa-07]].",
	// the spaces and dashes of word processors and phones inside numbers
	"Bel [[PHONE|06–12345678]] of [[PHONE|+31 6 12 34 56 78]]; IBAN [[IBAN|NL91 ABNA 0417 1643 00]] — BSN [[BSN|123 456 782]].",
	// several phone numbers in a row, one run of digits
	"Tel.: [[PHONE|0612345678]] of [[PHONE|(06)12345678]] [[PHONE|06-12345678]]/[[PHONE|06-87654321]]; [[PHONE|+31 6 12345678]] / [[PHONE|+32 470 12 34 56]].",
	"Gegevens: BSN [[BSN|123456782]] [[PHONE|0612345678]] [[PHONE|0201234567]] [[PHONE|0031 6 87654321]] [[PHONE|06 11 22 33 44]] [[PHONE|+31 6 55667788]].",
	"Date of birth: [[DATE_OF_BIRTH|March 12th, 1985]]; her brother was born [[DATE_OF_BIRTH|March 3rd 1980]].",
	// "°" for born, as Belgian and French writing has it
	"[[PERSON|Jan Peeters]] (° [[DATE_OF_BIRTH|12/03/1985]]) viel; [[PERSON|Marie Dubois]] (°[[DATE_OF_BIRTH|1979]]) aussi. Het was 20°C op 12-03-2026, pomp n° 12.",
	// numbers glued to the word that announces them
	"Tel[[PHONE|0612345678]] en BSN[[BSN|123456782]] en tel.nr.[[PHONE|0687654321]] en mob.[[PHONE|06-11223344]]; machine M-4411, v1.2.3, type A320.",
	// escapes written out as text, as text escaped twice has them
	"Melder:\\t[[PERSON|Kees Bakker]]\\tTel:\\t[[PHONE|0612345678]]\\r\\nBSN: [[BSN|123456782]]",
	// values inside curly quotes and guillemets
	"Rufen Sie „[[PHONE|0170 1234567]]“ an, ou «[[PHONE|06 12 34 56 78]]»; BSN ‘[[BSN|123456782]]’, mail “[[EMAIL|jan@bouw.nl]]”.",
	// e-mail addresses with the @ spelt out
	"Questions to [[EMAIL|anna.schmidt (at) firma.de]] or [[EMAIL|j.jansen{AT}bouw.nl]] please.",
	"Mail [[EMAIL|p.bakker[at]noord.nl]] voor de rapportage.",
	"Mail [[EMAIL|jan(at)bouw(dot)nl]] of [[EMAIL|jan.smit [at] firma [punkt] de]] voor de rapportage.",
	// certificate numbers (VCA, CACES) are a person's too
	"Inspecteur [[PERSON|Bart Willems]] (VCA-nr. [[ID_DOCUMENT|123456789]]) keurde; certificaatnummer [[ID_DOCUMENT|20231188]]. VCA basis 2026 verplicht.",
	// document numbers of other layouts a few words after their cue
	"Passport number of the contractor: [[ID_DOCUMENT|NW1234567]], name [[PERSON|Robert Brown]].",
	"Ausweisnummer [[ID_DOCUMENT|L01X00T47]] wurde kopiert; son numéro de passeport est le [[ID_DOCUMENT|12AB34567]].",
	"Paspoortnr. [[ID_DOCUMENT|XR12AB345]] gecontroleerd; identiteitskaart: [[ID_DOCUMENT|IX45RT7U2]].",
	// initials glued to a family name in lower case, as logins write it
	"Reported by [[PERSON|j.peters]] on Monday; see [[PERSON|a.m.devries]] too.",
	// a French elided role word is a cue, not part of the name
	"L'inspecteur [[PERSON|Jean-Luc Picard]] a visité le site.",
	// labels and greetings beside a name are not names in its list
	"Ansprechpartner: Herr [[PERSON|Weber]], Durchwahl 245. Herr [[PERSON|Braun]], Steuer-ID fehlt.",
	"Getuige: [[PERSON|Pieter Post]], Postbus 123. Groet, [[PERSON|Marloes]]",
	// a first name in brackets after a name; a birth year after its cue
	"Le blessé, M. [[PERSON|Dupont]] ([[PERSON|Jean]]), de l'équipe (Planning), né en [[DATE_OF_BIRTH|1979]], depuis 2001 ici.",
	"De 45-jarige [[PERSON|Jan de Vries]] (Teamleider, geb. [[DATE_OF_BIRTH|1981]]) werkt hier sinds 2010.",
	// a listed name in lower case after a title or a family word
	"klant belde: meneer [[PERSON|jansen]] is gevallen, zijn dochter [[PERSON|lotte]] hielp; mevrouw [[PERSON|de vries]] belde, meneer zei niets.",
	// a month that is also a given name, where it names someone
	"Supervisor [[PERSON|Mei Chen]] stopped the work; he said that [[PERSON|Mei]] had complained.",
	// a given name in the genitive without an apostrophe, within a sentence
	"Er sprach mit [[PERSON|Annas]] Kollegin über [[PERSON|Jürgens]] Unfall; Jacks were used.",
	// family names that are also words, where they are people; a listed
	// family name as a sentence's subject
	"Laut [[PERSON|Schneider]] war der Boden nass; [[PERSON|Wagner]] und [[PERSON|Becker]] haben das bestätigt, laut Bericht.",
	"According to [[PERSON|Patel]], the forklift was speeding. [[PERSON|Nguyen]] agreed with [[PERSON|Kowalski]].",
	// an ambiguous given name as the subject of a verb; a name in
	// brackets after a phone number
	"[[PERSON|Roos]] zei dat de vloer glad was. [[PERSON|Mark]] had geen handschoenen; bel [[PHONE|06-12345678]] ([[PERSON|Ricardo]]) of Signal.",
	// in German, what one asks, informs or instructs without an article is a person, unless shaped as a noun
	"Ich habe [[PERSON|Miracle]] gebeten, wir haben [[PERSON|Milan]] informiert. Wir haben Kunden informiert, ich habe Rettungsdienst verständigt.",
	// the subject between a verb and its separable particle; German time words mark a German sentence
	"Um 8 Uhr kam [[PERSON|Jonas]]. Gegen 14 Uhr rutschte [[PERSON|Bjarne]] aus. Plötzlich fiel Licht aus. Bei der Prüfung fiel Rost auf.",
	// an unknown capitalised word that starts a sentence before a verb in the past tense
	"[[PERSON|Xiomara]] sprained her ankle. [[PERSON|Evangelina]] verstuikte haar enkel. Corrosion weakened the beam. As discussed, it was closed.",
	// after a person's title even a word is the name; German names of older generations
	"Der Monteur [[PERSON|Waldemar Schütz]] stürzte. Herr [[PERSON|Schütz]] wurde gebracht; zum Schutz wurde abgesperrt. Frau [[PERSON|Bloem]] kam.",
	// the value of a label that names a person's part
	"Assigned to: [[PERSON|Xiomara]]\nOwner: [[PERSON|Xiomara Ruiz]]\nResponsable : [[PERSON|Gwenola]]\nContact: Maintenance\nOwner: HSE Team",
	// a name in capitals after a role in capitals, a short family name too
	"MELDER [[PERSON|XIOMARA RUIZ]] HEEFT HET GEMELD.",
	// a French building's and staircase's abbreviations are unit words
	"Adresse : [[ADDRESS|12, rue de la Paix]], Bât. B, Esc. C, 75002 Paris.",
	// a saint's name inside an organisation's
	"Herr [[PERSON|Schütz]] wurde ins Klinikum St. Georg gebracht; Frau [[PERSON|St. Clair]] besuchte ihn. Mr [[PERSON|John St. John]] called.",
	// holidays are common words
	"Tijdens Koningsdag was de vestiging gesloten; na Hemelvaart en het Suikerfeest belde [[PERSON|Karim]].",
	// a town after a word of residence or birth and a preposition of place is no name
	"La victime habite à Villeurbanne; [[PERSON|Léonie Dupuis]], née le [[DATE_OF_BIRTH|02/02/1998]] à Brest, woont te Nieuw-Vennep. Hij woont in Amsterdam [[PERSON|Jan Bakker]] belde.",
	// a firm's, a supplier's or a brand's name follows its word; a listed name there is still a name
	"Ladders bij firma Altrex; Leverancier Würth heeft geleverd. Leverancier [[PERSON|Jan Bakker]] belde, l'Entreprise Extérieure aussi.",
	"Lassen in Zone Rood; aanwezig: [[PERSON|Hal Jansen]] en [[PERSON|Halle Kowalski]].",
	"Project Vlijmen: vergunning voor Heet Werk; [[PERSON|Tom Smith]] works for [[PERSON|Kovacek]] and Sons.",
	"Aanwezig bij de toolbox: [[PERSON|Jan Bakker]], [[PERSON|Piet Smit]] en [[PERSON|Hal]].",
	// an unlisted family name that splits into two dictionary words is no common word beside another
	"The first aider was [[PERSON|Lorraine Whitaker]]; [[PERSON|Gary Blackwood]] called the Fire Marshal.",
	// given names of German, Frisian, Irish, West African and Balkan origin
	"[[PERSON|Hauke]] ist gestern gefallen; [[PERSON|Siobhan]], [[PERSON|Kwame]] en [[PERSON|Goran]] zagen het.",
	// a capitalised word in brackets with an age after it is a person
	"Der Sohn von Frau [[PERSON|Petrović]] ([[PERSON|Luka]], 19) und ([[PERSON|Ana Horvat]], 34 jaar); Hal (Zone, 12), (Gebouw, 3.5).",
	// before a verb of what a person does, even an ambiguous given name is the subject
	"[[PERSON|Wim]] geeft uitleg over de hoogwerker. [[PERSON|Noor]] vraagt of het veilig is. May gives rise to injuries. Storm geeft schade.",
	// "is" or "ist" before a participle: the perfect, with the name as its subject
	"[[PERSON|Noor]] is gevallen bij de kantine. [[PERSON|Sem]] is gisteren uitgegleden. [[PERSON|Rose]] ist gestürzt. Storm is gaan liggen. Roos is gewoon rood.",
	// a birth date before its word, as German and Dutch order it
	"Die Mitarbeiterin ist am [[DATE_OF_BIRTH|15.08.1990]] geboren; Herr Dipl.-Ing. [[PERSON|Markus Vogel]] und sein Vater, [[PERSON|Thomas Richter]], kamen.",
	"Der Kran wurde von [[PERSON|Malte]] bedient; [[PERSON|Frieda]] gab Zeichen. Gestern gab es keine Unterweisung.",
	// a text typed without any capital: listed given names that are no words
	"ik ([[PERSON|henk]]) heb de lekkage gemeld aan [[PERSON|peter]] en de bhv; toon de kaart aan frans, 45 ans.",
	// words for the person involved or hurt are cues
	"Betrokkene [[PERSON|Jos]] was afwezig; injured: [[PERSON|Bram]]. The injured worker was taken away.",
	// particles' initials inside initials; Dutch abbreviations stay
	"Betrokkene [[PERSON|J.d.V.]] was afwezig; gesprek met [[PERSON|A.v.d. Berg]]. T.a.v. de afdeling, i.v.m. de storing; O.a. [[PERSON|Kees]] was er.",
	// initials beyond ASCII
	"De heer [[PERSON|Ş. Öztürk]] en mevrouw [[PERSON|Ç. Yıldırım]] waren er; collega [[PERSON|É. Lefèvre]] ook.",
	// "Bas" is a first name, not the "bas" of the place "Pays-Bas"
	"Deelnemers toolbox: [[PERSON|Bas van Dijk]], [[PERSON|Femke de Graaf]]; overleg met Pays-Bas.",
	// an account number written as an IBAN whose checksum fails still
	// points at an account (a typo, or the example of a form)
	"Rekeningnummer: [[IBAN|NL02RABO0123456789]], ook [[IBAN|DE12 3704 0044 0532 0130 00]].",
	// a compound whose head is a role is a role, not part of the name
	"Bitte überweisen Sie an [[IBAN|DE89 3704 0044 0532 0130 00]], Kontoinhaber [[PERSON|Markus Braun]].",
	"Eyewitness [[PERSON|Grace O'Neill]] saw [[PERSON|Connor]] fall through the skylight.",
	// function words and label words start no name
	"Bei Rückfragen: [[EMAIL|sabine.koch@werk-sued.de]] oder [[PHONE|+49 (0) 30 1234 5678]].",
	"Gebruiker [[EMAIL|a.dewit@gemeente-utrecht.nl]] meldde het lek om 09:30.",
	"Handy: [[PHONE|0151-23456789]], Festnetz [[PHONE|(030) 12345-678]].",
	"GSM [[PHONE|0475 12 34 56]] van de Vlaamse collega.",
	"Twitter: [[SOCIAL_HANDLE|@sanne_bouw]], Insta [[SOCIAL_HANDLE|@kees.vd.berg]]",
	"IP-adres [[IP|10.0.0.17]] en IPv6 [[IP|2001:db8::8a2e:370:7334]].",
	// possessive street names
	"Address: [[ADDRESS|Flat 3]], [[ADDRESS|17 Queen's Road]], Bristol [[POSTCODE|BS8 1QE]].",
	// after an address cue a street needs no street word
	"Hij woont op [[ADDRESS|Damrak 12]] in Amsterdam. Adres: [[ADDRESS|Lange Voorhout 9]], Den Haag.",
	"He lives at [[ADDRESS|4 St John’s Wood Road]] in London.",
	// national numbers: the NI number's example prefix in its spaced
	// layout; the German social insurance number, after its cue whatever
	// its check digit, alone when it checks
	"Injured person: [[PERSON|Michael Thompson]], NI number [[NATIONAL_ID|QQ 12 34 56 C]].",
	"Geburtsdatum: [[DATE_OF_BIRTH|22.06.1985]], Versicherungsnummer [[NATIONAL_ID|65 220685 B 123]].",
	"Die Nummer [[NATIONAL_ID|15 070649 C 103]] steht auf dem Ausweis der Rentenkasse.",
	// a BSN with its check digit set off, next to its cue; a badge number;
	// a birth year after an apostrophe
	"Sofinummer [[BSN|12345678-2]] staat op het formulier.",
	"Badge [[EMPLOYEE_ID|88213]] hoort bij [[PERSON|J. Pietersen]].",
	"Werknemer geboren in [[DATE_OF_BIRTH|'85]] woont in [[POSTCODE|1017 AB]].",
	// a login name as the value of a "by" label
	"Ingevuld door: [[USERNAME|jdevries]], IP [[IP|192.168.10.45]].",
	"Reported by: [[USERNAME|j.smith_2]]",
	// an ambiguous given name within a sentence is a name, as any unknown
	// capitalised word there is
	"Yesterday we told [[PERSON|Mark]] about it; then [[PERSON|Grace]] fell.",
	"Gisteren hebben we [[PERSON|Bas]] gebeld over de ladder van [[PERSON|Roos]].",
	// common words of the dictionary: alone within a sentence a
	// capitalised one is still a name; after a given name it ends one; a
	// listed family name after it takes it along
	"Op verzoek van [[PERSON|Kick]] is de ploegleider erbij gehaald. [[PERSON|Kick]] zei dat het klopte.",
	"Witness [[PERSON|Jan Hill]] saw it; supervisor: [[PERSON|Rusty Smith]].",
	"[[PERSON|Bartek K.]] viel van de trap in Building C.",
	// German: a participle or adjective starting a sentence is no name; a
	// noun before a given name is no part of it
	"Verletzt wurde Auszubildender [[PERSON|Tim Reuter]] (17); Zuständig war die Bauleitung.",
	// an ambiguous given name as a label's whole value; a list stays on
	// its line
	"Notulen toolbox: aanwezig [[PERSON|Henk]], [[PERSON|Ahmed]], [[PERSON|Lotte]] (notulist), afwezig: [[PERSON|Wim]] (ziek).",
	"Hi [[PERSON|Claire]],\nAs discussed, [[PERSON|Tom Baxter]] was nearly hit.",
	// a common noun capitalised at a sentence's start before a listed
	// name, or a customer word, is no part of the name; a label's value
	// before a phone number is a name
	"Klant [[PERSON|Pietersen]] belde; Melding [[PERSON|Jansen]] volgt. WhatsApp-groep (beheerder: [[PERSON|Fleur]] [[PHONE|06-11223344]])",
	// a family name that is also a trade, after a given name
	"Gisteren viel [[PERSON|Jan Timmerman]] van de steiger; de timmerman [[PERSON|Piet]] zag het. L'intérimaire [[PERSON|Kevin Garcia]] aussi.",
	// no house number starts with 0 ("Ring" is a German street word)
	"Ring [[PHONE|0044 7911 123456]] after 5pm.",
	// a street and a postcode in lower case after an address cue
	"adres: [[ADDRESS|kerkstraat 5]], [[POSTCODE|1234ab]] amsterdam",
	// an identity card's number in capitals and digits
	"Passport: [[ID_DOCUMENT|X1234567]] (UK), ID card [[ID_DOCUMENT|IDNLD12345678]]",
	// a German article is no particle; after particles even a capitalised
	// common word is the family name
	"Dann rief [[PERSON|Ole]] den Notarzt; Frau [[PERSON|Anna van den Bosch]] kam mit Herrn [[PERSON|Klaus von der Heide]].",
	// a name label's value is a name, in capitals too; other labels are
	// no part of it
	"Naam: [[PERSON|VAN DAM]], [[PERSON|Pieter]] (ploegleider)",
	"Achternaam: [[PERSON|Kaya]]  Voornaam: [[PERSON|Emre]]  Geboortedatum: [[DATE_OF_BIRTH|1990-07-15]]",
	// an organisation named with a family name is an organisation
	"Ingevuld door [[PERSON|Ruud Koopmans]] namens Boels Installatietechniek B.V.",
	// ... but the name of a person named in the text is redacted inside it
	// too: "[PERSON_1] namens Koopmans Installatietechniek" would name him
	"Ingevuld door [[PERSON|Ruud Koopmans]] namens [[PERSON|Koopmans]] Installatietechniek B.V.",
	// names whose given name is a common word, after a label
	"Aanwezig: [[PERSON|Kick Smit]], [[PERSON|Storm de Jong]]. Attendees: [[PERSON|Rusty Cole]]. Melder: [[PERSON|Bloem Jansen]]",
	// a name whose given name is a common word, with its family name in
	// brackets (the line is no heading: its capitals are the names'); a
	// common word after "volgens" whose neighbour is capitalised only for
	// starting the sentence
	"Witness: [[PERSON|Arden]] ([[PERSON|Shanahan]]). Injured: [[PERSON|Lucas]] ([[PERSON|Hoppe]]), age 34.",
	"Volgens [[PERSON|Stark]] was het hek open. Gisteren heeft [[PERSON|Buck]] de melding gedaan.",
	// a capitalised common word before "fell" is a name, before "was" a
	// thing; German word order: the subject between verb and article
	"[[PERSON|Garland]] fell from the ladder. Gestern hat [[PERSON|Chance]] die Leiter getragen; dann rief [[PERSON|Bjarne]] den Notarzt.",
	// a bullet starts a line's sentence; plural role words are roles
	"- Getuigen: [[PERSON|Joyce]] en [[PERSON|Sem]]\n- Melder: [[PERSON|Kees van Dam]]",
	// the German " / " after the area code; a birth word after a comma is
	// the next value's cue, not the date's before it
	"Tel: [[PHONE|0049 (0) 30 / 123 456 78]], Büro [[PHONE|030 / 12345678]]",
	"Datum ongeval 12-03-2026, geboortedatum slachtoffer [[DATE_OF_BIRTH|23-11-1968]].",
	// a Dutch plate typed in lower case after a vehicle word
	"de bus met kenteken [[PLATE|vx-213-k]] stond fout; kenteken [[PLATE|12-abc-3]] reed weg",
	// a particle's initials after an initial and a space; hyphenated
	// initials
	"Getuige 1: [[PERSON|R. v.d. Berg]]; Unterschrift: [[PERSON|H.-J. Müller]]; visé par [[PERSON|J.-P. Martin]].",
	// names in file names joined by underscores; "d.o.b." is a birth cue
	"Bijlage: foto_jan_[[PERSON|de_vries]].jpg en verklaring_[[PERSON|sanne]].pdf",
	"Name of injured: Ms. [[PERSON|A. Kowalczyk-Nowak]], d.o.b. [[DATE_OF_BIRTH|02.03.1991]].",
	// a listed given name in lower case in a text that uses capitals
	"Ik heb het aan [[PERSON|yusuf]] doorgegeven; toen is [[PERSON|priscilla]] uitgegleden.",
	// a name found once is found again where it stands alone
	"Kollege [[PERSON|Bjarne]] kam zu spät. Dann hat [[PERSON|Bjarne]] den Helm vergessen.",
	"Collega [[PERSON|Xandro]] kwam te laat; later vergat [[PERSON|xandro]] zijn helm. Collega [[PERSON|Jan de Vries]] opende de vries-kist.",
	"Witness [[PERSON|Zephyrine]] saw it. [[PERSON|Zephyrine]] then called. Op verzoek van [[PERSON|Kick]] kwam hij; de kick was hard.",
	// the first of two hyphenated given names where the second starts what was found
	"[[PERSON|Hans-Peter Schulze]] kam. Dr. med. [[PERSON|Hans-Peter Schulze-Wehninck]] untersuchte ihn.",
	// a national number whose cue names whose number it is
	"Steuer-ID des Mitarbeiters: [[NATIONAL_ID|12 345 678 901]].",
	// the speaker after reported speech in German
	"[[PERSON|Kwabena]] war nicht eingewiesen, sagte [[PERSON|Folasade]]. «Das war knapp», meinte [[PERSON|Ngozi]].",
	// a record's fields in register order, a log's keys
	"[[PERSON|Jansen]];[[PERSON|Jan]];[[PHONE|06-12345678]];Utrecht",
	"log: user=[[USERNAME|pjansen]] ip=[[IP|10.0.0.12]] action=login uid=[[USERNAME|kbakker]]",
	// an ambiguous given name without article in a German clause's person slot
	"Ich habe [[PERSON|Cassie]] gebeten, die Brille zu tragen. Frau [[PERSON|Meier]] meldete, dass [[PERSON|Roman]] ohne Helm stand.",
	// a month or a place that is a listed given name, as a verb's person object
	"Ik heb [[PERSON|April]] gevraagd haar helm op te zetten. Ik heb [[PERSON|Milan]] aangesproken.",
	"I asked [[PERSON|April]] to stop. The first aider treated [[PERSON|Augustus]] for a cut.",
	"We asked in April for a quote.",
	// a capitalised word before a listed family name inside a sentence or a bracket
	"Spoke with the manager ([[PERSON|Dock Mante]], [[EMAIL|d.mante@example.com]]). Handover from [[PERSON|Paris Kihn]] to the night shift.",
	// a register's family name before its given name, even a place or a word
	"Toolbox talk given by [[PERSON|Haag]], [[PERSON|Katelyn]]. Deelnemers: [[PERSON|West]], [[PERSON|Pieter]]; [[PERSON|Bakker]], [[PERSON|Anna]].",
	// salutations and the writer's word for themself are no part of a name
	"Lieber [[PERSON|Karl-Heinz]], liebe [[PERSON|Anneliese]],\nChère [[PERSON|Marie-Claire]], cher [[PERSON|Jean-Baptiste]],",
	"Ondergetekende, [[PERSON|Martijn de Bruijn]], verklaart: ik zag het.\nI, [[PERSON|Oliver Hughes]], confirm that.",
	// a roster's abbreviated days do not end a sentence
	"Rooster: ma. [[PERSON|Sanne]], di. [[PERSON|Koch]], jeu. [[PERSON|Lefèvre]]. Planning S12 : mer. [[PERSON|Cara]], jeu. [[PERSON|Rippin]].",
	// a listed given name that is a place or a word too, as a role's whole value
	"Afwezig: [[PERSON|Milan]] (vakantie)\nApologies: [[PERSON|Dock]]\nEntschuldigt: [[PERSON|Arch]]\nSlachtoffer: [[PERSON|Anne-Marie]]\nMelder: Maandag",
	// the speaker after reported speech, an ambiguous given name too
	"Er weiß mehr, meint [[PERSON|Octavia]]. « Ce n’était pas moi », a dit [[PERSON|Rose]]. « Trop tard », ajoute [[PERSON|Mark]].",
	// a register's entries before a dash
	"[[PERSON|Hoekstra]], [[PERSON|Fleur]] – Staplerschein abgelaufen am 01.02.2026; [[PERSON|Jerde]], [[PERSON|Tomas]] – gültig.",
	// a time-stamped log line's subject; its first word starts a sentence
	"Ablauf:\n07:10 [[PERSON|Klein]] schaltet die Pumpe ab\n07:45 [[PERSON|Dock Schuppe]] meldet ein Leck\n08h05 [[PERSON|Hand]] coupe la pompe\n- 08:10 [[PERSON|Wiśniewska]] schakelt pomp uit\n08:30 Pump stopped",
	// a bulleted entry's head before a dash; signatures are people
	"Letsel:\n• [[PERSON|Ben]] – snijwond vinger\n• [[PERSON|Sem]] – brandwond\n• Ladder – defect\n- April – verlof\nHandtekeningen: [[PERSON|Clementine Hand]], [[PERSON|Ben]]\nOwner: Will be decided",
	// in German only the ambiguous given names that are German words may be words
	"Der Helm gehört [[PERSON|Mats]]. Bei [[PERSON|Merle]] war alles in Ordnung. Die Rose blüht. Nach Rücksprache mit [[PERSON|Floor]] wurde der Bereich gesperrt.",
	// a name that is no German word after "laut" or "zusammen mit"; told in French
	"Laut [[PERSON|Sky]] lag Öl auf dem Boden. Laut Bericht war es trocken. Zusammen mit [[PERSON|Forest]] die Leiter geprüft, zusammen mit Kollegen das Gerüst.",
	"J’ai dit à [[PERSON|June]] d’arrêter. Il a demandé à [[PERSON|Paul]] de venir. À Paris, rien.",
	// a role's listed family name that is a word too, ending its clause
	"Opvolging door teamleider [[PERSON|West]]. Follow-up by team leader [[PERSON|West]]. Begeleiding (bedrijfsarts [[PERSON|Dach]]).",
	// an address after a compound address label, a German street of a common word after a cue
	"Thuisadres: [[ADDRESS|Vredenburg 40]], [[POSTCODE|3511 BD]] Utrecht. Wohnhaft: [[ADDRESS|Zur Linde 12a]], [[POSTCODE|01234]] Dresden. Privatanschrift [[ADDRESS|Am Hafen 12]].",
	// common English given names that are words, ambiguous: a past tense after them
	"[[PERSON|Bill]] signed the permit. [[PERSON|Sue]] will follow up. Ask [[PERSON|Dan]] about it. [[PERSON|Mark]] controleerde de steiger.",
	// a relative clause or a possessive only a person takes
	"[[PERSON|Grace]], who was driving the forklift, did not see it. [[PERSON|Hope]] and her supervisor reviewed the footage. [[PERSON|Sky]] und seine Kollegin kamen. Safety and his team.",
	// the speaker after a quotation, a name and its role in brackets, an owner's van
	"\"I hadn't seen it,\" says [[PERSON|Dock]]. „Nichts gesehen“, sagt [[PERSON|Prince]]. « Rien vu », dit [[PERSON|Guy]]. [[PERSON|Floor]] (uitzendkracht) en [[PERSON|Hans]] (Leiharbeiter) stonden erbij. [[PERSON|Price]]'s van was parked there.",
	// a listed name after a sentence's adverb and its verb; a JSON key's value
	"Heute war [[PERSON|Wagner]] nicht da. Vandaag was [[PERSON|Hand]] er niet. Gestern ist [[PERSON|Kowalczyk]] von der Leiter gefallen. Gestern war Feiertag.",
	"{\"melder\": \"[[PERSON|Piet Jansen]]\", \"locatie\": \"hal 3\", \"getuige\": \"[[PERSON|Fleur]]\", \"witness\": \"[[PERSON|Lacy]]\"}",
	// a file's rows: family name;given name, the family name weak or unlisted
	"[[PERSON|Green]];[[PERSON|Anna]];heftruck;2026-03-04\n[[PERSON|Goodwin]];[[PERSON|Marie]];heftruck\nHeftruck;[[PERSON|Anna]];Hal",
	// a person of a unit: a weak or unlisted family name before "van de werkplaats", "from the workshop"
	"Collega [[PERSON|Jan]] en ik; [[PERSON|Schneider]] van de werkplaats tekent af. [[PERSON|Bakker]] from the workshop will sign. Kosten van de afdeling stijgen.",
	// a file's row: two one-word fields beside each other, one of them a listed name
	"[[PERSON|Runte]];[[PERSON|Pearl]];heftruck;2026-03-04;[[PERSON|Goodwin]];[[PERSON|Marge]]\nHal;Lager;3\nNaam;Functie;Telefoon",
	// a German noun of speaking with someone: its person, even a name that is a German word
	"Nach Rücksprache mit [[PERSON|Mark]] wurde der Bereich gesperrt. Die Nachfrage bei [[PERSON|Rose]] ergab nichts. Die Rücksprache mit Kollegen ergab nichts.",
	// a listed family name as a label's whole value
	"AP: [[PERSON|Jansen]] – hekwerk herstellen\nTaak: [[PERSON|Yilmaz]]\nTo do: [[PERSON|Thompson]] - fix fence\nMerk: Bosch\nLocatie: Breda",
	// a register's family name and initials, the initials with it
	"[[PERSON|Jansen, P.]] heeft de ladder gecontroleerd; gecontroleerd door [[PERSON|Bakker, K.]] en [[PERSON|Vries, A. de]].",
	"[[PERSON|Smith, J.R.]] checked it. [[PERSON|Müller, H.]] hat die Leiter geprüft. Getuige: [[PERSON|Kowalczyk, Ł.]] (34).",
	"Leverancier: Philips N.V. in Eindhoven, zie bijlage, A. en B.",
	"Wij gaan naar Haag, [[PERSON|Jan]] komt mee.",
	// a family name that is also a word as a sentence's subject: before a past tense, or fit or sick
	"The props were placed; [[PERSON|Brown]] checked them. [[PERSON|Kramer]] controleerde de stempels. Wood is not allowed in the skip.",
	"Ter info: [[PERSON|Visser]] is vanaf maandag weer inzetbaar. Zur Info: [[PERSON|Braun]] ist ab Montag krank.",
	"Braun ist eine Farbe. Post is binnen.",
	// common Dutch family names that are words, after their particle or a given name
	"Overleg met [[PERSON|Jansen]] en [[PERSON|de Jonge]]; [[PERSON|Jan Post]] en [[PERSON|van den Broek]] belden. De post is binnen.",
	// a family name typed in lower case after a found given name, even a word's; an ambiguous given name before a family name that is none
	"melding door [[PERSON|anja van den berg]]: lekkage bij pomp 3, gezien door [[PERSON|ilse nowak]]",
	"reported by [[PERSON|lisa green]]: leak at pump 3; gisteren viel [[PERSON|mark jansen]] van de steiger",
	// Dutch baptismal names; an institution named after a person, after a neuter article
	"Naam: [[PERSON|Johannes Petrus Hendrika de Boer-Jansen]]. Laut [[PERSON|Bobby]] war die Leiter defekt.",
	"Hij is naar het Franciscus Gasthuis gebracht. She was taken to the John Radcliffe Hospital.",
	// a short family name in a text typed in capitals
	"TODAY [[PERSON|OLIVER WOOD]] FELL. HEUTE IST [[PERSON|JONAS JUNG]] GESTÜRZT. MELDER: [[PERSON|PIET POST]], TEL [[PHONE|0612345678]]",
	// a lower-case name after a register's "present" or "absent"; in German after a preposition that takes a person
	"Toolbox door [[PERSON|jan]], aanwezig: [[PERSON|piet bakker]]; afwezig: [[PERSON|Dan]].",
	"Unterweisung durch [[PERSON|mia]], anwesend: [[PERSON|hannes lange]]. Zusammen mit [[PERSON|anja]] und [[PERSON|ute]] abgebaut. Das wurde mit ernst besprochen.",
	// where only a person stands, whatever the word: beside "I", after "together with", owning a personal thing
	"[[PERSON|Hope]] and I checked the rack. [[PERSON|Hal]] en ik hebben het gecontroleerd. In May and I think June too.",
	"Samen met [[PERSON|Storm]] de ladder gecontroleerd; zusammen mit [[PERSON|Sky]] geprüft; samen met hal 3 gecontroleerd.",
	"De helm van [[PERSON|River]] was kapot. Le casque de [[PERSON|Grace]] était cassé. [[PERSON|Dock]]'s helmet was broken. Het dak van Gebouw B lekt.",
	// the source after "volgens", "selon", "according to", whatever the word; a German noun after "laut" stays
	"Volgens [[PERSON|Storm]] was de vloer nat. According to [[PERSON|Cliff]] it was wet. Selon [[PERSON|Paris]], c'était glissant. Laut Bericht war es nass.",
	// a sentence's subject that hurt itself is a person, whatever the word
	"[[PERSON|Storm]] heeft zich gesneden. [[PERSON|Sky]] hat sich an der Säge geschnitten. [[PERSON|Paris]] s'est coupé. [[PERSON|Dock]] cut himself. Rost hat sich gebildet.",
	// a given and a family name that are both words, inside a sentence or after a role; the family name after a given name found alone
	"Gisteren is [[PERSON|Hal Koch]] gevallen. Reporter: [[PERSON|Hal Koch]]. Déclarant : [[PERSON|Hal Lange]]. [[PERSON|Sky Walker]] hat sich verletzt.",
	"Ich habe [[PERSON|Hope Smit]] wegen des Gerüsts angerufen. Gestern ist [[PERSON|Faith Green]] gestürzt. The Rose Garden was closed.",
	// an ambiguous given name starting a German clause after a comma, before an auxiliary
	"[[PERSON|Jan]] hat die Pumpen geprüft, [[PERSON|Adele]] hatte keine Zeit mehr. Die Leiter war kaputt, Hilfe kam zu spät.",
	// North German and Frisian given names
	"Témoin : [[PERSON|Nolwenn]]. [[PERSON|Erwan]] a glissé. Aanwezig: [[PERSON|Sjoukje]] en [[PERSON|Teunis]].",
	"[[PERSON|Fenja]] meldete einen Ölfleck. Gestern ist [[PERSON|Keno]] ausgerutscht. [[PERSON|Thore]] und [[PERSON|Levke]] haben das Gerüst abgebaut.",
	// a relative's name after the kin word, whatever the word
	"Notfallkontakt: Ehefrau [[PERSON|Dock]], [[PHONE|0151 23456789]]. Emergency contact: wife [[PERSON|Hope]]. Sa femme [[PERSON|Paris]] est venue.",
	// a given name that is mostly a word before a listed family name at a sentence's start
	"Personne n'a été blessé. [[PERSON|Diamond Green]] a glissé. [[PERSON|Justice Kihn]] a signalé la fuite. Klant [[PERSON|Pietersen]] belde.",
	// a given name that is mostly a word, called
	"Can someone call [[PERSON|Dock]]? Kan iemand [[PERSON|Sky]] bellen? Peux-tu appeler [[PERSON|Paris]] ? The storm will call for a stop.",
	// a given name that is mostly a word, as a cue's whole value
	"Owner: [[PERSON|Dock]]\nParaaf: [[PERSON|JvO]]\nInspectie uitgevoerd door [[PERSON|Dock Mante]].\nContact: Major incidents team\nOwner: Maintenance",
	// a person before a role in apposition, whatever the word
	"[[PERSON|Charity]], the driver, said so. [[PERSON|Haven]], der Fahrer, sagte es. [[PERSON|Urban]], le chauffeur, a dit non. [[PERSON|Dino]], onze monteur, viel.",
	// German roles made with "-kraft" cue a name and are none
	"Reinigungskraft [[PERSON|Lucas]] meldet einen Ölfleck. Bericht erstellt von: [[PERSON|Anna Weber]], Fachkraft für Arbeitssicherheit.",
	// first aiders and nurses are roles that cue a name
	"Le secouriste [[PERSON|Milan]] a soigné [[PERSON|Jean]]. The ambulance crew (Paramedic [[PERSON|Hope Ellis]]) took over.",
	// the writer after a closing, in German too, where capitals mean less
	"Ich habe [[PERSON|Marco]] gebeten, die Brille zu tragen. Gruß, [[PERSON|Else]]",
	"J'ai demandé à [[PERSON|Paul]] de porter ses lunettes. Cordialement, [[PERSON|Hal Bode]]",
	"Thanks [[PERSON|Bob]], the guard rail is fixed. Regards, [[PERSON|Halle]]\nRegards, Safety Team",
	// one word after a closing is the writer, though a town or a word; a
	// run of common words or a group is not
	"Fixed now. Regards, [[PERSON|Paris]]\nCheers, [[PERSON|Dock]]\nRegards, Facility Management\nThanks, Everyone\nGroet,\nDirectie",
	"Erledigt.\nMit freundlichen Grüßen\n[[PERSON|Lasse]]\n\nBest wishes,\n[[PERSON|Augustus]]",
	"Adres: [[ADDRESS|Kerkstraat 22]], [[POSTCODE|6365 VG]] Amersfoort. Bedankt. VG [[PERSON|Wessel]]",
	"Can someone call him? Thanks! [[PERSON|Roman]]\nKan iemand bellen? Dank! [[PERSON|Piper]]\nThanks! Done.\nDank! Tot morgen.",
	// a month that is also a given name, before a family name; a date's month stays
	"Ersthelfer [[PERSON|Klaus]] hat [[PERSON|Augustus Zulauf]] versorgt. In April kwam [[PERSON|Jansen]]; op 3 augustus 2025 viel hij.",
	"Melding van [[PERSON|June Smith]]: de steiger staat scheef; begin van juni viel hij.",
	"In June [[PERSON|Smith]] joined the team.",
	// a month or a short weekday in a written date is none, though "Jan" is a name too
	"On Mon, Jan 5, 2026 at 10:00 AM [[PERSON|Gwendolyn Harcourt]] wrote; op 5 Jan 2026 viel hij.",
	"[[PERSON|Jan]] 5 keer gevallen.",
	// a mark-up tag's end and a task list's box start a sentence
	"<p>Gemeld door <b>[[PERSON|Sjoerd Hoekstra]]</b></p>\n- [x] Gesprek met [[PERSON|Ayoub]] gevoerd\n- [ ] Terugkoppeling aan [[PERSON|Femke]] (HR)",
	// a quoted reply's marks start a line's sentence
	"Zie mail.\n> Hoi [[PERSON|Lotte]], zie bijlage.\n> Kan iemand [[PERSON|Bram]] bellen?",
	"I asked him to stop. — [[PERSON|April Kilback]]",
	// a firm named after its owner: the owner's name is a person's
	"Bouwbedrijf [[PERSON|Jan Jansen]] BV kwam. Transport [[PERSON|Pieter de Vries]] leverde.",
	// a nickname after "alias", "genannt", "surnommé"
	"Der Fahrer, genannt [[PERSON|Ede]], kam zu spät. [[PERSON|Jean-Baptiste Poquelin]], surnommé [[PERSON|Molière]], était présent.",
	// a street named after someone with a particle
	"Adres: [[ADDRESS|Burgemeester de Vlugtlaan 125]]. Hij woont in de [[ADDRESS|Kerkstraat 5]].",
	// "@" spelt out in brackets in other languages, or typed between spaces
	"Courriel : [[EMAIL|marie.dupont [arobase] exemple.fr]], mail [[EMAIL|p.jansen (apenstaart) bouw (punt) nl]], [[EMAIL|jan.jansen @ bouw.nl]].",
	// logins after "user" glued by dots or underscores, or a weak family name
	"IP [[IP|10.0.0.1]], user [[USERNAME|hills.ricardo]], user [[USERNAME|o_connell]], user [[USERNAME|west.abe]], user [[USERNAME|grimes]].",
	// a capitalised "Von" or "Van" that ends a name is the family name
	"[[PERSON|Kylie Von]] slipped on the floor. Aanwezig: [[PERSON|Piet Van]], [[PERSON|Jan Jansen]]. [[PERSON|Jan van Dijk]] kwam; toen ging [[PERSON|Jan]] van de steiger af.",
	// a vehicle's make after a vehicle word; a listed name after one is still a name
	"Vehicle Alfa Romeo, plate [[PLATE|12-ABC-3]]. The car [[PERSON|Sarah]] drove was red. Voertuig Volkswagen Crafter, bestuurder [[PERSON|Piet de Vries]].",
	// a family name that is also a common word, after a title
	"Der Stapler von Herrn [[PERSON|Hand]] fuhr gegen das Regal. Le chariot de M. [[PERSON|Little]] a heurté le rayonnage.",
	// given names that are also words, before a family name or as a label's value
	"Uitbetaling naar [[IBAN|NL91ABNA0417164300]] t.n.v. [[PERSON|Chance Zulauf]]. Spoke with [[PERSON|Oral Kilback]] about it.",
	// an ambiguous given name at a sentence's start before particles and a
	// capital; a lower-case word after the particle stays
	"[[PERSON|Pierre du Pont]] est tombé. [[PERSON|Ilse van Kesteren]] en [[PERSON|Jan]] waren er.",
	// a family name typed in lower case after a capitalised particle, as
	// generators' lists hold it; a common word there stays
	"Déclarant : [[PERSON|Marie Le roux]], tél. [[PHONE|0612345678]]. [[PERSON|Ana Da silva]] viel. [[PERSON|Marie]] Le rouge était là.",
	// "van het" before a family name, as "van 't"; the article stays
	// elsewhere
	"[[PERSON|Jan van het Krone]] is gevallen. Melder: [[PERSON|Piet van het Slijper]], tel. [[PHONE|0612345678]]. Het dak van het Magazijn lekt.",
	// a German given name the lists held only as a family name
	"Der Monteur ([[PERSON|Günther Weber]]) trug keinen Helm.",
	// a German trade in brackets after a name, though a family name too
	"[[PERSON|Jan Förster]] (Zimmermann) hat sich an der Säge geschnitten.",
	// a town after a name and a street stays; a town's name is a person's
	// after a given name, a particle, a role or a preposition of persons
	"Getuige: [[PERSON|Jan Smit]], [[ADDRESS|Kerkstraat 5]], Kortrijk.",
	"Gesprek met [[PERSON|Hellendoorn]] en [[PERSON|Piet van Tongeren]]; collega [[PERSON|Kortrijk]] belde.",
	// names only Ruby Faker's lists hold (the *_rbfaker.txt lists), alone
	// and in a register
	"Volgens [[PERSON|Annieck]] lag er olie. Vandaag was [[PERSON|Maup]] afwezig.",
	// names only Python Faker's lists hold (the *_pyfaker.txt lists)
	"[[PERSON|Rosalinde Mülichen]] und [[PERSON|Meinhard Gröttner]] nahmen an der Unterweisung teil. Laut [[PERSON|Monja Schulz]] war der Boden nass.",
	// names only @faker-js/faker's lists hold (the *_fakerjs.txt lists):
	// Belgian, Swiss, French and Turkish names, a genitive of a family name
	"[[PERSON|Wilderman]], [[PERSON|Titouan]] – Staplerschein abgelaufen am 01.02.2026; [[PERSON|Küng]], [[PERSON|Marlis]] – gültig.",
	"Premiers secours par [[PERSON|Sophie Martin]] ([[PERSON|Huwiler]]). Melding ingetrokken op verzoek van [[PERSON|Jan Smit]] ([[PERSON|Declerck]]).",
	// a name in brackets after a person's, and after a preposition that
	// takes a person, names no list holds
	"First aid by [[PERSON|Sarah Johnson]] ([[PERSON|Tagore]]). Erste Hilfe durch [[PERSON|Pentti]] ([[PERSON|Korhonen]]), dann Übergabe.",
	// a register's and a bulleted list's heads before a dash, names no
	// list holds
	"[[PERSON|Kubheka]], [[PERSON|Mpho]] – Staplerschein abgelaufen; [[PERSON|Johansen]], [[PERSON|Nanna]] – gültig.\n• [[PERSON|Lungelo Hearne]] – Treppensturz",
	// a German sentence's subject, a given and a family name no list holds
	"„Ich hatte es nicht gesehen“, sagt der Fahrer. [[PERSON|Valdemar Nielsen]] bestätigt das. [[PERSON|Jörgen Hvidberg]] bestätigt es.",
	// the object of a German verb of asking, a name before a role in
	// brackets after a preposition: names no list holds
	"Er bat [[PERSON|Stine]], die Paletten wegzuräumen. Begleitung durch [[PERSON|Bence]] (Betriebsärztin Dr. [[PERSON|Weber]]).",
	// the speaker after a quotation and French "dit", a name no list holds
	"« Je ne l'avais pas vu », dit [[PERSON|Heikki]]. [[PERSON|Jean Dupont]] le confirme.",
	// streets and phone numbers in the forms @faker-js/faker writes them:
	// French elisions, Belgian street-first forms, hyphenated German
	// streets, British streets without a street word, numbers that no
	// numbering plan knows after or before a phone word
	"Il habite au [[ADDRESS|7226 Boulevard d'Orsel]], [[POSTCODE|17572]] Tours. Adresse : [[ADDRESS|948 Avenue de l'Odéon]]. Il habite au [[ADDRESS|Porte de Flandre 519a]].",
	"Er wohnt in der [[ADDRESS|Oskar-Schlemmer-Str. 15c]]. Hij woont aan het [[ADDRESS|Ruiterpark 666]].",
	"Address: [[ADDRESS|2 Harvey-Hessel Drove]], Leeds. She lives at [[ADDRESS|42 Hillside]].",
	"Tel.: [[PHONE|(00331) 5604023]]. Bel de melder op [[PHONE|00 784 84 15]]. Bitte unter [[PHONE|005 622 57 83]] zurückrufen. Tél. : [[PHONE|793/761744]]",
	// a mark-up table's cell on a row that holds a person
	"<tr><td>[[PERSON|Jan Smit]]</td><td>steigerbouwer</td><td>[[PERSON|Hedda]]</td></tr>",
	// a birth date between commas after a name; an incident's date stays
	"Slachtoffer: [[PERSON|Piet Bakker]], [[DATE_OF_BIRTH|14.07.1979]], Utrecht. Inspectie Kraan K2, 12-03-2026, afgekeurd.",
	// a record's two neighbouring fields that no list holds but as names
	"[[PERSON|Sinaga]];[[PERSON|Cahyo]];heftruck;2026-03-04;[[PERSON|Aasen]];[[PERSON|Fredrik]]",
	"Certificaat verlopen. [[PERSON|Sinaga]];[[PERSON|Cahyo]];heftruck;2026-03-04;[[PERSON|Aasen]];[[PERSON|Fredrik]].",
	// names of the Eritrean, Somali, Afghan and Hindustani-Surinamese communities
	"Gesprek met [[PERSON|Semhar Tesfamariam]] en [[PERSON|Abdirahman Warsame]]; [[PERSON|Radjesh Jagroep]] belde later.",
	// a German clause's subject without article, a name no list holds
	"Als [[PERSON|Denisz]] die Palette anhob, rutschte sie ab. Mein Kollege [[PERSON|Jonas]] ist ausgerutscht, [[PERSON|Aleksi]] hat ihn aufgefangen.",
	"Heute war [[PERSON|Muschg]] nicht da. [[PERSON|Dilara Öztürk]] viel van de trap. Er sprach über [[PERSON|Jürgens]] Unfall.",
	// streets in the forms Python's Faker writes them: house numbers with
	// a leading zero, Antwerp's "-lei" and Dutch "-boulevard", the USPS
	// street types after a number and a name (in lower case too, a flat
	// on the line before), five-digit American numbers, French street
	// types in lower case before the name and the number
	"Getuige: [[PERSON|Ans de Wit]]. Zij woont aan de [[ADDRESS|Lunaweg 020]]. Hij woont aan de [[ADDRESS|Rachellei 98]] en de [[ADDRESS|Kianboulevard 2]].",
	"Address: [[ADDRESS|52146 Aufderhar Spurs Suite 705]]. She lives at [[ADDRESS|739 Kowalczyk ramp]].",
	"The injured worker lives at [[ADDRESS|Flat 6\nVaughan haven]]. Her address: [[ADDRESS|49 Green fords]].",
	"Témoin : [[PERSON|Luc Martin]], [[ADDRESS|rue Nüsslin 41]]. Elle habite [[ADDRESS|chemin de Cretton 7]] et [[ADDRESS|avenue Jacot-Descombes 655]].",
	// the postcode after a street (a country's letter before it, grouped
	// as French generators write it); where a postcode and a town follow
	// it, a street needs no number
	"Sie wohnt in der [[ADDRESS|Bienring 1]], [[POSTCODE|45091]] Chemnitz. Adresse: [[ADDRESS|Hauptstr. 1]]\n[[POSTCODE|D-10115]] Berlin; [[ADDRESS|rue Haute 5]], [[POSTCODE|13 667]] Lyon.",
	"Adresse de la personne concernée : [[ADDRESS|rue Alicia Cattin]], [[POSTCODE|1012]] Zürich.",
	"Témoin : [[PERSON|Luc Martin]], [[ADDRESS|chaussée Dupont 4]], [[POSTCODE|9160]] Lokeren. Elle habite [[ADDRESS|place Dupont 99]].",
	// streets in Ruby Faker's forms: no street word but a postcode and a
	// town after it, after a name or a cue; a street type whose name is
	// common words before a postcode; a name that is a word in an
	// address's frame; French street types and elided names
	"Zeuge: [[PERSON|Jan Smit]], [[ADDRESS|Seeblick 756]], [[POSTCODE|5318]] Kirchdorf am Inn. Anschrift: [[ADDRESS|Zwergjoch 25a]], [[POSTCODE|1860]] Übersbach.",
	"Witness: [[PERSON|Ann Smith]], [[ADDRESS|160 Fahey Approach]], Leeds. She lives at [[ADDRESS|7 Jacobs Yard]].",
	"Anschrift des Betroffenen: [[ADDRESS|1442 Crews Forks]], [[POSTCODE|8745]] Graz. She lives at [[ADDRESS|97764 Lino Fords]], South Bend.",
	"Témoin : [[PERSON|Luc Martin]], [[ADDRESS|Boulevard de l'Arquebuse 5]], [[POSTCODE|8387]] Lyon. Elle habite au [[ADDRESS|587 Rampe Albert Jacquard]].",
	// a number no plan knows after the preposition of a call
	"Bel [[PERSON|Jan Smit]] op [[PHONE|169-822-1806]]. Appeler [[PERSON|Luc Martin]] au [[PHONE|1 68 83 30 16]] pour les détails. Bitte unter [[PHONE|1578-6714030]] anrufen. Appeler le [[PHONE|7 14 26 31 28]].",
	// a French adjective after a street type where an address stands
	"Il habite [[ADDRESS|Drève blanche 69 bis]]. Adresse : [[ADDRESS|Parvis blanche 156a]].",
	// Austrian streets with their district in brackets; German "In der"
	"Er wohnt in der [[ADDRESS|Lerchengasse (Pirka) 932]], sie [[ADDRESS|Am Kronawett (Hagenbrunn) 23b]]. Zeuge wohnt [[ADDRESS|In der Hartmannswiese 3]].",
	// a plate of any layout right after its word or its label's colon:
	// digits alone, a space anywhere, a German plate's single digit
	"Kenteken [[PLATE|986144]] en plate [[PLATE|468 PSE]]. Kennzeichen des Transporters: [[PLATE|HAL-U-4]], immatriculé [[PLATE|7G E9507]], Kennzeichen [[PLATE|SÜW-DF-24]].",
	// an IBAN of a wrong length for its country that mod-97 vouches for,
	// in one run or in groups of four
	"IBAN [[IBAN|GB83AZAG8003182083374]], Kontoinhaber [[PERSON|Jan Jansen]]. IBAN [[IBAN|FR59 4219 0546 8427 4727 8048 1961]] au nom de [[PERSON|Luc Martin]].",
	// American phone numbers with a glued extension, dotted, or in ten
	// digits, before or after a phone word
	"Tel. [[PHONE|356-590-8728x59051]]. Bitte unter [[PHONE|(269)328-4684x783]] anrufen. Bitte unter [[PHONE|437.654.4330]] anrufen. Call [[PHONE|4819188950]].",
	// a register's given name in lower case after the family name's comma
	"Gemeld door [[PERSON|jansen]], [[PERSON|piet]]. Gesprek met [[PERSON|Jansen]], maar later.",
	// a Swiss social insurance number in its dotted layout
	"AHV-Nummer: [[NATIONAL_ID|756.1234.5678.97]], numéro AVS [[NATIONAL_ID|756.9217.0769.85]].",
	// a role and its holder's family name alone in brackets
	// a vehicle identification number wherever it stands; a health
	// insurer's number after its cue
	"VIN [[VIN|WDB9634031L123456]], Fahrgestellnummer [[VIN|WVWZZZ1JZXW000001]], chassis [[VIN|1HGCM82633A004352]]. Zorgverzekeringsnummer [[CUSTOMER_ID|123456789]].",
	// the owner after a phone number in lower case; a word there stays
	"Contact: [[PERSON|TOM]] [[PHONE|0612345678]]. Stof: Aceton, CAS 67-64-1.",
	// a Skype name as a label's value, a Microsoft account's login whole;
	// a function word there is none
	"Skype: [[USERNAME|jan.jansen88]], Gebruiker: [[USERNAME|live:jan.jansen_1]]. Gebruiker: niet bekend. Skype: nicht vorhanden.",
	// Dutch streets built with a preposition after an address cue; a
	// house number's letter in lower case; the cue is no part of the street
	"Adres: [[ADDRESS|Op de Kamp 3]], hij woont [[ADDRESS|Aan de Stegen 4]]. Wohnhaft [[ADDRESS|Hauptstr. 5 a]], Berlin.",
	// an address spelt out without brackets, its local part's dots too, at
	// a free mail provider the word list holds as a brand
	"Mail [[EMAIL|jan punt devries at gmail punt com]] of [[EMAIL|jan.devries at hotmail punt nl]]; Mail an [[EMAIL|jan punkt meier at web punkt de]].",
	// American five-digit house numbers with a leading zero, as
	// generators write them, a flat's "#" number, a gateway
	"Lives at [[ADDRESS|04368 Russel Estate]]; at [[ADDRESS|10068 Casandra Roads #579]]; at [[ADDRESS|82322 Rebeka Gateway Apt. 983]].",
	// an adverb before an inverted verb is no name, the subject after it
	// is, and the place a person fell from is no part of the name
	"Soudain [[PERSON|Paul]] est tombé. Aussitôt [[PERSON|Karim]] a prévenu le chef. Vervolgens viel [[PERSON|Jan]] van de trap. Meteen belde [[PERSON|Piet]] de ambulance. Sofort fiel [[PERSON|Uwe]] vom Dach. Gestern ist [[PERSON|Jan]] von der Leiter gefallen. [[PERSON|Magnus von der Scharf]] ist von der Treppe gestürzt.",
	// a project or a house named after its client
	"Project Nieuwbouw [[PERSON|Jansen]] loopt, Project Villa [[PERSON|Kowalski]] ook.",
	// a person's field holds a name whatever its words are
	"Melder: [[PERSON|Maxim Ketterij]], tel. [[PHONE|0612345678]]. Owner: [[PERSON|Will Power]]; Getuige: [[PERSON|Rosi Brand]]\nDatum: heute",
	// a listed name's genitive before what a person has
	"[[PERSON|Webers]] Hand wurde eingeklemmt. [[PERSON|Annas]] Helm fehlte. [[PERSON|Müllers]] Kopf blutete.",
	// a name no list holds after "à" or "naar", which take persons
	"J'ai parlé à [[PERSON|Oyelaran]] hier. Le rapport a été envoyé à [[PERSON|Kwabenya]]. Ik heb het doorgestuurd naar [[PERSON|Zhivkova]].",
	// ... and the person whose thing or office it is, and the author after "von"
	"Le bureau de [[PERSON|Kwabenya]] est au 2e étage. Der Bericht wurde von [[PERSON|Kowalczyk]] geschrieben.",
	// ... but before a verb of saying an unlisted one is a name
	"Der Boden war nass. [[PERSON|Wollenhauptmann]] sagte, er habe es gesehen.",
	"tel [[PHONE|0687654321]] ([[PERSON|anouk]]), [[PHONE|0612345678]] (mobiel), [[PHONE|0201234567]] (werk)",
	// a country in brackets after a phone number is no owner's name
	"Telefon [[PHONE|+43 664 1234567]] (Österreich), Tél. [[PHONE|+41 79 123 45 67]] (Suisse), Tel. [[PHONE|+48 601 234 567]] (Polska).",
	"The driver ([[PERSON|Kowalski]]) refused a breath test. De chauffeur ([[PERSON|Jansen]]) reed weg. Le conducteur ([[PERSON|Baker]]) a refusé.",
}

// Things that look like personal data but are not: they must survive.
var hardNegatives = []string{
	// words that the wider name lists hold as names too: a compound of a
	// family name that is a word, an acronym, a firm, lower-case words
	// after a cue, an English word at a sentence's start
	"Die Steigerkaart und der Brandschutz sind geprüft. Le SAMU l'a transporté au CHU. Die Fa. Peri lieferte das Gerüst.",
	"Ein Claas Traktor stand im Weg. Claas Lexion 760 beschädigt. Tankstelle Aral an der B1.",
	// German sentences that start with an adjective and a noun, or a
	// noun and a unit, before a verb
	"Erste Hilfe ist geleistet. Neue Leiter hat gefehlt. Schwere Verletzung liegt vor. Gerüst Nord ist gesperrt. Kaltes Wasser hilft.",
	// the pronoun "man"; nouns without article in a clause's subject slot
	// that are shaped as nouns
	"Man sah, wie Regen ohne Vorwarnung eindrang. Als Asche die Sicht nahm, hielt er an. Die Leitung brach, Fahrplan hat sich geändert.",
	// German articles are no particles of a family name that is a noun
	// too; a noun shaped as one before a role in brackets
	"Der Fischer sagte, es sei gut. Der Bauer hat angerufen. Der Meister bat um Ruhe. Kontakt mit Stapler (Fahrer).",
	// a street word with an article and a number, time after a residence
	// verb, service numbers and dates after a phone word
	"Le Passage 2 est fermé. La Place 3 est libre. Il y a 3 passages piétons. Hij woont al 12 Jaar in Utrecht. Bel 0800-1234 of 0900-8844. Rückruf am 14.03.2026 erbeten. Tel. 12/03/2026 gebeld.",
	// Dutch "dit" after a comma is no French verb of saying
	"Hij zei, dit Document is oud.",
	// a table of things
	"<table><tr><td>Heftruck</td><td>Makita</td><td>Hal 3</td></tr></table>",
	// a record's places, labels and things
	"Utrecht;Zeist;Depot;12\nNaam;Functie;Datum;Status\nHal;Heftruck;Linde;defect;3\nZie lijst. Hal;Lager;3;Depot.",
	// a bulleted list's things before a dash
	"• Gerüst Nord – erledigt\n• Treppe Ost – gesperrt\n• Heating Plant – fixed\n• Noodverlichting Magazijn – defect",
	// a word in brackets after a preposition
	"Schaden durch Wasser (Leck) im Lager. Kontakt mit Säure (Salzsäure). Lieferung durch Würth (Künzelsau) kam zu spät.",
	"Betrokkene: man, 52, heftruckchauffeur. Getuige: lion. Die Line stand still. Line 3 stopped at 10:00.",
	// a German noun before "von" and a unit
	"Er stolperte über ein Kabel am Eingang von Gebäude B. Hulp van het team.",
	// Dutch "van de" and "dit" are no owner's van nor a French verb
	"GSM-nummer van de Vlaamse collega is onbekend. De ladder, dit model, is oud.",
	// French elisions of more than one letter
	"Presqu'accident signalé via l'appli. Presqu’accident signalé hier. Lorsqu'il est tombé, rien. Jusqu'à midi, rien.",
	// an adverb before an inverted subject; a month before a past tense; words
	"Dan zei hij dat het klaar was. Dan gaan we verder. De val was ernstig. The bill was paid. May ended with fewer incidents.",
	// a capitalised word beside a unit's word names the unit
	"Senior HSE Advisor – Rail Division\nLondon Bridge Office",
	// a job title's capitalised "Head of" is no personal thing
	"Head of Safety, Northern Rail\nHead of Operations, Network Rail",
	// places on a site, not streets
	"Am Tor 3 stand der LKW. Im Raum 12 war es kalt. Im Jahr 2020 gab es keinen Unfall. Auf Seite 12 steht es.",
	// a label's value in title case
	"Volgende toolbox: Gevaarlijke Stoffen.",
	// a department after French "service" or Dutch "dienst"
	"Action : vérification par le service Maintenance. Gemeld bij de dienst Onderhoud.",
	// Dutch "dit" is no French verb of saying; "J'ai dit" no name
	"Zie dit. Lees dit rapport. J'ai dit à l'équipe d'arrêter.",
	// a forwarded message's rule and header words
	"-----Oorspronkelijk bericht-----\n-----Ursprüngliche Nachricht-----\nBetreff: AW: Sturz, siehe Anhang.\n=== Original Message ===",
	"Technische Leitung und Ursprüngliche Planung wurden geändert.",
	// headings and labels that capitalise every word, and capitalised
	// common words beside each other in prose
	"Toolbox Talk: Working at Height and Ladder Safety",
	"We discussed Personal Protective Equipment and the Permit to Work system with Health and Safety Executive guidance.",
	"Status: Open, Owner: Site Manager, Priority: High.",
	"Corrective Action: Replace Damaged Guard Rail by Friday.",
	"Onderwerp: Werken op Hoogte en Valgevaar",
	"The service listens on :: and ::1, port 8080.",
	"Log: user_id=42 in db_backup_2026.sql, file max_load_test.csv and rapport_jan_2026.pdf.",
	"Order ab-12-cd en xy-123-z zijn geleverd.",
	"Brandweer Amsterdam-Amstelland was binnen 8 minuten ter plaatse; Noord-Brabant volgde.",
	"De Arbeidsinspectie kwam op 14 maart langs en sprak met de Werkgever.",
	"We will rob nobody of a mark. La pièce était claire. Die Lage ist ernst, sagte der Chef.",
	"De snelweg 12 km afgesloten; order 2024ab is geleverd. Het adres van hal 3 is bekend; Lijn 4 stond stil.",
	"Dust was everywhere. Water had leaked. Staub war überall; Wasser hatte den Boden rutschig gemacht. Gestern hat Regen den Boden nass gemacht.",
	"Oorzaak: Onvoldoende Instructie, Gebrek aan Toezicht.",
	"Before Christmas the Fire Marshal checked all Emergency Exits in Building C. Next we checked Section A.",
	"Gebruiker meldde het lek om 09:30.",
	"De hoogwerker van Boels Verhuur stond bij Knooppunt Oudenrijn; rapport aan Vinci Construction en West Yorkshire Police.",
	"Hij ligt in het Klinikum Rechts der Isar, zijn werkgever is Jansen Bouw BV.",
	"Bei Rückfragen bitte an die Zentrale wenden.",
	"Gemeld door: onbekend.",
	"De lekkage is veroorzaakt door: slijtage van de pakking.",
	"The KPIs and PDFs were shared with the Flemish and Walloon sites.",
	"Order 65 220685 B 123 is niet geleverd.",
	"Ticket INC-2026-00421 and order 987654321 were closed at 14:30.",
	"Shift ran 06:00-14:30, ratio 3:1:2, cycle 12:45:30.",
	"Machine M-4411 ran at 1450 rpm; the guard was 3,5 meter from the belt.",
	"Het incident gebeurde op 12-03-2026 om 07:45 in hal 3.",
	"Der Gabelstapler 7 hatte am 3. März 2026 keine Hupe.",
	"Le chariot n° 12 a été contrôlé le 4 mai 2026.",
	"Costs were € 1.250,00 for 12 pallets of 800 kg each.",
	"Serial SN-4471-2209-11 on pump P-12 failed the 6-month check.",
	"De steiger was 4,5 meter hoog en 12 meter lang; 8 deelnemers.",
	"Order 123456780 failed the eleven check and stays.",
	"BHV en EHBO waren binnen 5 minuten ter plaatse.",
	"De toolbox over werken op hoogte duurde 25 minuten.",
	"The forklift will be serviced in May by the supplier.",
	"Personeelsnummer staat in AFAS; medewerker nr 3 en 4 waren aanwezig.",
	"Employee 3 slipped, and staff no longer use ladder 12.",
	"Meet at the gate (at) 14:30 and bring form [at] the desk.",
	"Führerschein verloren am 12 03 2025; het paspoort verloopt 01 02 2030.",
	"Het paspoort verloopt 01-02-2030; het rijbewijs (categorie C) is geldig tot 2031.",
	"Zie e.g. bijv. i.e. z.b. d.w.z. a.pdf en x.com voor de uitleg.",
	"Ben je gevallen? Kenmerk: INC-2026-0042. Hope is not a plan; bel de receptie (Planning).",
	"Le conducteur n'avait pas son CACES ni son Badge.",
	"Scores per ploeg: 0 1 2 3 4 5 6 7 8 9 10, en op de schaal 0 2 4 6 8.",
	"In mei 2026 en op 3 Mei viel de stroom uit; May 12 was busy, and since April the line runs.",
	"Het formulier ligt op Postbus 123; toestel 245 is de receptie.",
	"Order 12345678901 and batch 185057800608436 were shipped; ticket 85.07.30-033.29 closed.",
	"Aanwezig waren de Ploegleider, Magazijn en Werkplaats; Hal 3 en Hal 4 waren dicht.",
	"Meeting @ 14:00 in hal 3; the account manager and the policy team were there. Track it on fedex.com/track.",
	"De gebruiker is gevallen; customer service was informed about order 12345.",
	"The crane was moved to Place 2 before the meeting at Court 3.",
	// capitalised nouns after an article are not names
	"The Safety Officer reviewed the Permit to Work before the Hot Work started.",
	"Ein Mitarbeiter stolperte über ein Kabel am Eingang des Gebäudes B; Leiter der Abteilung Technik war informiert.",
	"De afdeling Logistiek en team Noord hielpen; department Facilities and Abteilung Technik were informed.",
	"Incident 2026-0413 was closed after the Root Cause Analysis was approved by the Plant Director.",
	"Tijdens de toolbox is besproken dat de Steigerkaart groen moet zijn; het Werkplan lag klaar.",
	// companies, agencies and towns of Dutch sites
	"Op de bouwplaats van Heijmans in Rosmalen viel een blok; de kraan van Mammoet stond op de Maasvlakte, geplaatst door Rijkswaterstaat bij windkracht 7 Bft.",
	// compounds of two common words that no dictionary lists whole
	"De Hoogwerker stond scheef; de Kantelbeveiliging sloeg niet aan en de Robotcel stond stil. The crew met at Crossrail Site C.",
	"Bij Lijn 3 lekte olie; de Valbeveiliging bij Kolom B4 op Verdieping 2 en Leiding L-204 ontbrak. Near Loading Bay 4, Tank 12.",
	"Le Responsable HSE a vérifié le Plan de Prévention; la Salle des Machines était fermée.",
	"ik ben bakker en wil visser worden; de jan steen expositie was mooi.",
	"De auto stond in hal B 2 bij EHBO 2 en de CO 2 meter; order AB-123-CD is geleverd.",
	// a quotation's first word, a determiner that is also a given name, the
	// preposition "à" (folded "a", not the verb)
	"Il dit : « J'ai vu le chef. » Elke vrijdag doet hij de ronde. Parti à midi, il est revenu.",
	// an inspection date in brackets after a machine's name
	"Kraan K2 (12-03-2026) werd gekeurd; prijs 5*12.03 euro.",
	// a password word or a user word before words, not values
	"The password expired yesterday; Passwort vergessen; mot de passe oublié. Login failed for user manual.",
	// a number and a capitalised word after an address cue that are no street
	"Hij woont al 12 Jaar in Utrecht. Adres: 12 Maart verhuisd.",
	// towns of places.txt, by themselves
	"We reden naar Hellendoorn. Hij woont in Kortrijk, zij te Barneveld.",
	// family names that name a town with a link
	"Er wohnt in Godet-sur-Corpataux, sie in Bruck-an-Mottiez.",
	// a count of things whose last word is a USPS street type; a name that
	// is a word before one; a number with a leading zero that is a call
	"There are 2 Assembly Points and 3 Charging Stations; we replaced 12 Steel Bridge bolts.",
	// a French street type and an adjective before a count, with no address
	// cue
	"La Place principale 3 fois par jour.",
	// an ambiguous given name that is a word before a particle and a
	// lower-case word
	"Pierre de taille utilisée pour le mur.",
	// an article after a sentence's end, before a noun
	"Le Parc fermé 2 jours. The Court ruled on it. It rained. The Plant Director called.",
	// a street type capitalised, a dictionary word
	"Contrôle de Row 09:30 effectué. Replaced 12345 Lower Way after the incident.",
	// a hall's side in brackets before a count; "In der Halle" is no street
	"Die Leiter stand in der Halle (Nord) 3 Tage. In der Halle 3 war es kalt.",
	// a site's gates and yards with their numbers
	"Lorry waited at 12 Main Gate; Site Gate 4 closed; 3 North Yard cranes idle; 2 Loading Bank spots.",
	// a date after "registration", a steel plate's size, a count after a
	// plate label
	"Registration 2024-03-12 confirmed. Steel plate 20 mm replaced; base plate 1200 x 800 mm. Kenteken: 2 stuks.",
	// a day after "place"
	"The meeting took place Monday 3 March in hall 2. The drill took place Friday 12 at 10:00.",
	// a store's place and a count that read as a street and a postcode
	// with no name or cue before them; a date after a call's preposition
	"Pallet fiel um, Lager 3, 2000 Paletten beschädigt. Bel de leverancier op 2026-03-12 terug.",
	// a common word ending in Antwerp's "-lei"; a French street type
	// before no name; five digits before a town without a street
	"Boetseerklei 5 kg besteld. Allerlei 3 dingen. La rue est glissante. Il a pris la route Nord. Les 10115 Berlin Besucher.",
	// a firm after "Fa." or "Firma"
	"Der Leiharbeiter (Fa. Randstad) quetschte sich die Hand; die Firma Würth lieferte Handschuhe.",
	// a room or building named after someone
	"La nacelle est tombée près du bâtiment Pasteur; réunion en salle Curie. Meeting in room Churchill, then wing Nightingale.",
	// foundations, branches, determiners and a hospital named after a place
	"Our Health and Safety Executive inspector visited Building C. De Stichting Arbouw gaf een training. Onze vestiging Eindhoven ontving de certificering. IP taken to Royal Preston Hospital.",
	// an "@" or "(at)" that joins no address
	"We meet @ 10.00 in hal 3; prijs @ 5 euro; follow @ veilig.nl. Wir treffen uns (at) 10 Uhr. He was [at] home.",
	// a user word before a file, a domain or a word
	"The user manual.pdf was lost; user bouw.nl is down; Login failed for user manual.",
	// a table's cells each start afresh
	"| Naam | Functie | Tel |\n|---|---|---|\n| Monteur | Lasser | Uitvoerder |",
	// a German noun without article after an auxiliary
	"Wir haben Pause gemacht. Ich habe Hunger gehabt.",
	// a sentence without function words in a German text reads as German
	"Der Mitarbeiter ist von der Leiter gestürzt. Gitterrost ersetzt, Absperrband angebracht.",
	// a verb of saying before a noun or an answer
	"Er sagte Bescheid. Er fiel, meldete Schmerzen. Das reicht, sagte Nein.",
	// an ambiguous given name after an article starts a thing's name
	"We visited the Crystal Palace site; the Sterling account was closed. Herr Kollege kam. Hoogte 3 m. Daarna viel hij.",
	// a word in brackets after a role is the role's part or place
	// a street's name after the article, a verb and an article before a
	// brand, a common word and "van" before a capital
	"De winkels aan de Prinsengracht waren gesloten. Controle van Stufe 0800 uitgevoerd.",
	// a short word in capitals before a code is the code's label, though
	// "Cas" is a given name
	"Chemische stof: Natriumhypochloriet, CAS 7681-52-9, UN 1791.",
	// a long German word shaped as a noun at a sentence's start before a
	// verb
	"Rettungswagen wurde gerufen. Notarztwagen ist gekommen. Zustandsraum hat die Leiter beschädigt.",
	// a noun's genitive after its article, a maker's plural
	"Des Webers Hand war ruhig. Volvos truck stond er.",
	// ... but a unit's, a firm's or a shift's name, or a field that goes on, stays
	"Melder: Afdeling Logistiek, tel. 112. Witness: Night Shift, Bay 4. Melder: Grote Schade aan de kraan.",
	// a unit's or a project's name of words and places
	"Afdeling Logistiek Noord en Project Zuidas Amsterdam lopen.",
	// a German postcode before a town, a count before a beach
	"Anschrift: 01067 Dresden. We walked to the beach 3 times.",
	// French pronouns before a compound past
	"Cela a été transmis. Ceci a été signalé. Chacun a reçu un casque. Ça a glissé.",
	// Dutch and German adverbs at a sentence's start before the verb
	"Plotseling viel de stroom uit. Ondertussen belde de chef. Zuerst kam der Notarzt. Inzwischen ist alles sauber. Soudain le courant a été coupé.",
	// a French noun with a Dutch past tense's ending after a French word
	"Le balisage a été renforcé. Prochaine visite prévue le 12 décembre.",
	// towns no list holds after a preposition of place, German nouns after
	// an article, a French elided noun before a compound past, storms'
	// names, a station's name
	"At the centre in Daventry, a picker tripped. Die Ware kam aus Donges. L'unité a été mise en sécurité. La tempête Ciarán a arraché le toit; les pompiers sont intervenus à la station Châtelet.",
	"Die Feuerwehr kam, nachdem beim Schweißen Funken in einen Papierkorb gefallen waren. Auf der Baustelle der Deutschen Bahn fiel ein Schlüssel. Er wurde in der Charité behandelt. Nach dem Sturm Xaver fehlten Dachplatten.",
	// German "von" before a noun, French towns after a place's noun and "de"
	"Im Labor trat beim Umfüllen von Salzsäure ein Spritzer aus. L'audit du site de Dunkerque et l'inspection de l'entrepôt de Roissy.",
	// a family name that is a word before a single capital letter is a
	// designation
	"Onderwerp: Valgevaar Steiger Blok C\nDe lekkage zat in Blok C, naast de lift.\nBetreff: Absturzgefahr Gerüst Block C",
	// makers, shops and carriers a report names
	"Gebruik de Tyvek overall. The Liebherr crane and the Manitou were parked near Tesco; Securitas opened the gate for the DHL van.",
	// seventeen digits, or a code with a lower-case letter or an O, is no VIN
	"Code 12345678901234567, hash 5f3a9c1b2d4e6f7a8123, order WDB9634O31L123456.",
	"The operator (Night) and the supervisor (North) agreed. De monteur (Elektro) kwam. The welder (Cork) arrived.",
}

func TestScanFindsLabelledValues(t *testing.T) {
	s := NewScanner()
	for _, c := range scanCases {
		text, labels, err := parseAnnotated(c)
		if err != nil {
			t.Fatal(err)
		}
		ents := s.Scan(text, nil)
		for _, g := range labels {
			if !covered(ents, g, true) {
				t.Errorf("%q: missed %s %q (found %v)", text, g.Type, text[g.Start:g.End], describeEnts(text, ents))
			}
		}
		for _, e := range ents {
			if !insideAny(labels, e) {
				t.Errorf("%q: false positive %s %q", text, e.Type, text[e.Start:e.End])
			}
		}
	}
}

func TestScanLeavesHardNegatives(t *testing.T) {
	s := NewScanner()
	for _, text := range hardNegatives {
		if ents := s.Scan(text, nil); len(ents) > 0 {
			t.Errorf("%q: false positives %v", text, describeEnts(text, ents))
		}
	}
}

func TestKnownValuesAndVariantsAreScrubbed(t *testing.T) {
	text := "JAN DE VRIES belde. Later zei Jan dat De Vries en J. de Vries dezelfde zijn; Vries ook, en Jans helm. Nummer 0612345678, BSN 111.222.333, mail JAN@BOUW.NL. Devries' jas; login jdevries."
	out, ents := textWithKnown(text, "person", "Jan de Vries", "phone", "+31 6 12345678", "bsn", "111222333", "email", "jan@bouw.nl")
	checkScrubbed(t, text, out, ents, []string{"JAN", "Jan", "Vries", "0612345678", "111.222.333", "BOUW", "Devries", "jdevries"}, nil)
	// one person, one placeholder
	if strings.Count(out, "[PERSON_1]") < 4 || strings.Contains(out, "[PERSON_2]") {
		t.Errorf("variants of one person got different placeholders: %s", out)
	}
}

// A known e-mail address's part before the @ is scrubbed alone too, and a
// known name's word in lower case where it is no word of the language.
func TestKnownLocalPartsAndLowerCaseNames(t *testing.T) {
	text := "Mail van jo.vdmeer kwam binnen: johanna zei dat de floor nat was, bij bakker Visser. tom saw it."
	out, ents := textWithKnown(text, "person", "Johanna Floor Bakker", "person", "Tom Baker", "email", "jo.vdmeer@bouw.nl")
	// common words that are also this person's names stay in lower case
	checkScrubbed(t, text, out, ents, []string{"vdmeer", "johanna", "tom"}, []string{"de floor nat", "bij bakker"})
}

// A known name's word glued into a login by an underscore takes the whole
// login with it: "storm_bakker" where Storm Bakker reports had kept
// "_bakker"; a word glued so that is not the person's stays.
func TestKnownNameInsideALogin(t *testing.T) {
	text := "Gemeld door storm b. via storm_bakker en s_bakker2; de map hal_4_oud staat open."
	out, ents := textWithKnown(text, "person", "Storm Bakker", "person", "Hal Koch")
	checkScrubbed(t, text, out, ents, []string{"storm", "bakker"}, []string{"hal_4_oud"})
	if !strings.Contains(out, "via [PERSON_1] en ") {
		t.Errorf("a login of the known person's name: %s", out)
	}
}

// A known birth date is found in the forms a text writes it, with or
// without a cue; another date stays.
func TestKnownBirthDate(t *testing.T) {
	text := "Geboren 02-01-1990; ook 2/1/1990, 1990-01-02, 01/02/1990, 2 januari 1990, am 2. Januar 1990, le 2 janvier 1990, Jan 2, 1990 en 2 jan. 1990. Ongeval op 3 januari 2026, 02-02-1990."
	out, ents := textWithKnown(text, "date_of_birth", "1990-01-02")
	checkScrubbed(t, text, out, ents, []string{"02-01-1990", "2/1/1990", "1990-01-02", "01/02/1990", "2 januari 1990", "2. Januar", "2 janvier", "Jan 2", "2 jan"}, []string{"3 januari 2026", "02-02-1990"})
}

// Two names that only a space or a hyphen parts, found by two rules, are one person
// with one placeholder.
func TestNamesPartedBySpaceAreOnePerson(t *testing.T) {
	for _, text := range []string{"Ersthelfer Johathan hat Arianna Hudson versorgt.", "Gisteren is Nguyen Van Minh van het dak gevallen.", "Employee Mia works for Kertzmann-Heaney."} {
		out, _ := NewScanner().Text(text, nil, nil)
		if strings.Count(out, "[PERSON_") != strings.Count(text, " hat ")+strings.Count(text, " works ")+1 || strings.Contains(out, "] [") || strings.Contains(out, "]-[") {
			t.Errorf("%q: %q, want one placeholder per person", text, out)
		}
	}
}

// A known name's initials written as one word are the same person: the
// given names' when there are two ("JW"), all words' when there are three
// ("JdV", "JWvdB"); in lower case, inside another word, or for a name of
// two words they stay.
func TestKnownNameInitials(t *testing.T) {
	text := "JW viel; JWvdB en JdV tekenden. Anna zag AS niet; de jw-bode kwam."
	out, ents := textWithKnown(text, "person", "Jan-Willem van der Berg", "person", "Jan de Vries", "person", "Anna Smit")
	checkScrubbed(t, text, out, ents, []string{"JW ", "JWvdB", "JdV"}, []string{"zag AS niet", "de jw-bode"})
	if !strings.HasPrefix(out, "[PERSON_1] viel; [PERSON_1] en [PERSON_2]") {
		t.Errorf("initials got another person's placeholder: %s", out)
	}
}

// Where a known person's given name is also a known address's local
// part, the person wins: "Femke adviseert" names a person, not an e-mail
// address, whichever structured field came first.
func TestKnownNameBeatsAnAddressLocalPart(t *testing.T) {
	out, _ := textWithKnown("Femke adviseert; mail femke@roelofsen-advies.nl.", "email", "femke@roelofsen-advies.nl", "person", "Femke Roelofsen")
	if want := "[PERSON_1] adviseert; mail [EMAIL_1]."; out != want {
		t.Errorf("got %s, want %s", out, want)
	}
}

// A register's "Surname, First particle" form is the same person, and its
// trailing particle alone is not a name: "de heer" keeps its "de".
func TestKnownNameInRegisterOrder(t *testing.T) {
	text := "Jan de Vries en J. de Vries zijn dezelfde; de heer De Vries belde ook."
	out, ents := textWithKnown(text, "person", "Vries, Jan de")
	if strings.Contains(out, "Vries") || strings.Contains(out, "Jan") {
		t.Errorf("the name survived: %s (entities %v)", out, describeEnts(text, ents))
	}
	if !strings.Contains(out, "; de heer") {
		t.Errorf("the particle alone was taken for the name: %s", out)
	}
}

func TestPlaceholdersAreConsistentWithinAnEvent(t *testing.T) {
	ph := NewPlaceholders()
	s := NewScanner()
	a, _ := s.Text("Collega Piet Jansen viel. Bel 06-12345678.", nil, ph)
	b, _ := s.Text("Later belde Piet Jansen opnieuw vanaf 06-12345678; ook Kees Bakker.", nil, ph)
	if !strings.Contains(a, "[PERSON_1]") || !strings.Contains(b, "[PERSON_1]") || !strings.Contains(b, "[PERSON_2]") {
		t.Fatalf("placeholders not shared across fields: %q / %q", a, b)
	}
	if !strings.Contains(a, "[PHONE_1]") || !strings.Contains(b, "[PHONE_1]") {
		t.Fatalf("phone placeholder differs: %q / %q", a, b)
	}
}

func TestContextIsWholeWord(t *testing.T) {
	// "bsn" inside another word is no cue; an 8-digit number needs one
	s := NewScanner()
	if ents := s.Scan("Artikel absnummer 12345672 besteld.", nil); len(ents) != 0 {
		t.Errorf("substring cue matched: %v", ents)
	}
	if ents := s.Scan("BSN 12345672 opgegeven.", nil); len(ents) != 1 || ents[0].Type != BSN {
		t.Errorf("whole-word cue missed: %v", ents)
	}
}

func covered(ents []Entity, g gold, sameType bool) bool {
	for _, e := range ents {
		if e.Start <= g.Start && e.End >= g.End && (!sameType || e.Type == g.Type || e.Type == Known) {
			return true
		}
	}
	return false
}

func insideAny(labels []gold, e Entity) bool {
	for _, g := range labels {
		if e.Start < g.End && e.End > g.Start {
			return true
		}
	}
	return false
}

func describeEnts(text string, ents []Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, string(e.Type)+":"+text[e.Start:e.End])
	}
	return out
}

// Every Unicode space and dash that asciiSeparators replaces is read as its
// ASCII twin inside a number, and the entity's span is the original's.
func TestUnicodeSeparatorsInsideNumbers(t *testing.T) {
	s := NewScanner()
	for _, sp := range []string{"\u00a0", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u202f"} {
		v := "123" + sp + "456" + sp + "782"
		text := "BSN " + v + " – “gecontroleerd” €5…"
		ents := s.Scan(text, nil)
		if len(ents) != 1 || ents[0].Type != BSN || text[ents[0].Start:ents[0].End] != v {
			t.Errorf("space %U: %v", []rune(sp)[0], describeEnts(text, ents))
		}
	}
	for _, d := range []string{"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"} {
		v := "06" + d + "12345678"
		text := "Bel “" + v + "” nu."
		ents := s.Scan(text, nil)
		if len(ents) != 1 || ents[0].Type != Phone || text[ents[0].Start:ents[0].End] != v {
			t.Errorf("dash %U: %v", []rune(d)[0], describeEnts(text, ents))
		}
	}
	// curly quotes, the euro sign and the ellipsis are no separators: no copy
	if norm, shifts := asciiSeparators("“Jan” kost €5…"); shifts != nil || norm != "“Jan” kost €5…" {
		t.Errorf("text without separators was copied: %q", norm)
	}
}

// A character of no width inside a value, or a value typed in full-width
// forms, hides nothing: the value is found, and its span is the original's
// with the invisible characters inside.
func TestInvisibleAndFullWidthCharacters(t *testing.T) {
	s := NewScanner()
	for _, c := range []struct {
		text, value string
		typ         Type
	}{
		{"Bel hem op 06\u200b12345678 terug.", "06\u200b12345678", Phone},
		{"Bel hem op 06\u200d1234\u00ad5678 terug.", "06\u200d1234\u00ad5678", Phone},
		{"Mail jan\u2060.jansen@example.com nu.", "jan\u2060.jansen@example.com", Email},
		{"BSN \ufeff123456782 gecontroleerd.", "123456782", BSN},
		{"Telefoon: \uff10\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18.", "\uff10\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", Phone},
		{"Contact: \uff2a\uff41\uff4e \uff2a\uff41\uff4e\uff53\uff45\uff4e.", "\uff2a\uff41\uff4e \uff2a\uff41\uff4e\uff53\uff45\uff4e", Person},
		{"Getuige Jan Jan\u200bssen zag het.", "Jan Jan\u200bssen", Person},
	} {
		ents := s.Scan(c.text, nil)
		if len(ents) != 1 || ents[0].Type != c.typ || c.text[ents[0].Start:ents[0].End] != c.value {
			t.Errorf("%q: %v, want %s %q", c.text, describeEnts(c.text, ents), c.typ, c.value)
		}
	}
}

// A month after a preposition of time is the month, even when it is also
// a given name: the name beside it does not take it in ("début" is
// compared folded, as every word is).
func TestMonthAfterPrepositionOfTime(t *testing.T) {
	for _, text := range []string{"Le début Mai Müller est arrivé.", "Depuis Mai Müller est là."} {
		ents := NewScanner().Scan(text, nil)
		if len(ents) != 1 || text[ents[0].Start:ents[0].End] != "Müller" {
			t.Errorf("%q: %v, want the one name Müller", text, describeEnts(text, ents))
		}
	}
}

// A known given name's short and full forms (nicknames.txt) are variants
// of the name, capitalised only: a lower-case "will" or "mark" is a word.
func TestKnownNameNicknames(t *testing.T) {
	text := "Bob viel; Rob belde en Bobby kwam. Will said Bill was there; we will see the mark. Mark left."
	out, ents := textWithKnown(text, "person", "Robert Jansen", "person", "William Brown", "person", "Mark")
	checkScrubbed(t, text, out, ents, []string{"Bob", "Rob", "Will ", "Bill", "Mark left"}, []string{"we will see", "the mark."})
	// Bob, Rob and Bobby are Robert Jansen: one person, one placeholder
	if !strings.HasPrefix(out, "[PERSON_1] viel; [PERSON_1] belde en [PERSON_1] kwam.") {
		t.Errorf("Robert's short forms got other placeholders: %s", out)
	}
}

// textWithKnown scrubs text with a scanner that knows the values given
// as kind and value pairs, added in their order ("person", "Jan de
// Vries", "email", ...), as an event's structured fields give them.
func textWithKnown(text string, kindValues ...string) (string, []Entity) {
	kv := NewKnownValues()
	for i := 0; i+1 < len(kindValues); i += 2 {
		kv.Add(kindValues[i], kindValues[i+1])
	}
	return NewScanner().Text(text, kv, nil)
}

// checkScrubbed fails t for each of leaks that survived in out, the
// anonymised text, and each of kept that did not.
func checkScrubbed(t *testing.T, text, out string, ents []Entity, leaks, kept []string) {
	t.Helper()
	for _, leak := range leaks {
		if strings.Contains(out, leak) {
			t.Errorf("%q survived: %s (entities %v)", leak, out, describeEnts(text, ents))
		}
	}
	for _, k := range kept {
		if !strings.Contains(out, k) {
			t.Errorf("%q was redacted: %s", k, out)
		}
	}
}

// ForLanguage decides the sentences without a function word of any of the
// four languages, and those alone: a German text's capitalised nouns there
// are no names, while a sentence with function words is read by them.
func TestForLanguageDecidesSentencesWithoutFunctionWords(t *testing.T) {
	const nouns = "Stolperstelle entfernt, Gitterrost ersetzt, Absperrband angebracht."
	if ents := NewScanner().Scan(nouns, nil); len(ents) == 0 {
		t.Fatalf("without a language the capitalised nouns read as names, as in Dutch or English: got none (the test no longer shows what ForLanguage does)")
	}
	for _, lang := range []string{"de", "DE", "de-AT"} {
		if ents := NewScanner().ForLanguage(lang).Scan(nouns, nil); len(ents) != 0 {
			t.Errorf("lang %q: %v, want none", lang, describeEnts(nouns, ents))
		}
	}
	if ents := NewScanner().ForLanguage("nl").Scan(nouns, nil); len(ents) == 0 {
		t.Errorf(`lang "nl" read the sentence as German`)
	}
	// a sentence with Dutch function words stays Dutch in a text said to be German
	const dutch = "Gisteren heeft Gitterrost de melding gedaan."
	if ents := NewScanner().ForLanguage("de").Scan(dutch, nil); len(ents) != 1 || dutch[ents[0].Start:ents[0].End] != "Gitterrost" {
		t.Errorf("%q: %v, want the name Gitterrost", dutch, describeEnts(dutch, ents))
	}
}

// A salutation, the writer's word for themself and a pronoun stay outside
// the name beside them (the labelled cases accept any overlap, so this
// checks the words themselves).
func TestWordsBesideANameStay(t *testing.T) {
	checkTexts(t, map[string]string{
		"Lieber Karl-Heinz, liebe Anneliese,":           "Lieber [PERSON_1], liebe [PERSON_2],",
		"Chère Marie-Claire, cher Jean-Baptiste,":       "Chère [PERSON_1], cher [PERSON_2],",
		"Ondergetekende, Martijn de Bruijn, verklaart:": "Ondergetekende, [PERSON_1], verklaart:",
		"I, Oliver Hughes, confirm that":                "I, [PERSON_1], confirm that",
		"Gecontroleerd door Jansen, P. en Bakker, K.":   "Gecontroleerd door [PERSON_1] en [PERSON_2]",
		"Ich sah es. Gezeichnet, Ruud Blom":             "Ich sah es. Gezeichnet, [PERSON_1]",
		"I saw it. Signed, Paris":                       "I saw it. Signed, [PERSON_1]",
		"Kannst du Jonas anrufen?":                      "Kannst du [PERSON_1] anrufen?",
		"Fahrer Jonas Weber, Unfallgegner Lukas Brandt. Anzeige aufgenommen von Polizeihauptmeister Krause.": "Fahrer [PERSON_1], Unfallgegner [PERSON_2]. Anzeige aufgenommen von Polizeihauptmeister [PERSON_3].",
		"Auftraggeber Schmidt und Arbeitskollege Bernd waren da.":                                            "Auftraggeber [PERSON_1] und Arbeitskollege [PERSON_2] waren da.",
		// a German noun before a listed family name that starts a sentence
		// is no part of the name, nor is a subject's adjective
		"Ehestand Hoffmann hat den Vorfall gemeldet. Defekter Stecker wurde getauscht.": "Ehestand [PERSON_1] hat den Vorfall gemeldet. Defekter Stecker wurde getauscht.",
		// after a title a given name that is mostly a word, before a
		// listed family name
		"Gespräch mit Frau Line Weber über die Absperrung.": "Gespräch mit Frau [PERSON_1] über die Absperrung.",
		// a family name's particles in a list and in brackets
		"Aanwezig: Sanne, van Buuren en twee uitzendkrachten. Reported by Jan Smit (van der Westhuyzen).": "Aanwezig: [PERSON_1], [PERSON_2] en twee uitzendkrachten. Reported by [PERSON_3] ([PERSON_4]).",
		// an entry's text after its head's dash starts a clause
		"Kubheka, Mpho – Staplerschein abgelaufen.": "[PERSON_1], [PERSON_2] – Staplerschein abgelaufen.",
		// an adverb before a name, the place a person fell from, the thing
		// a genitive owns, an address's cue and a project's words beside a
		// name are no part of it
		"Soudain Paul est tombé. Aussitôt Karim a prévenu le chef.":                   "Soudain [PERSON_1] est tombé. Aussitôt [PERSON_2] a prévenu le chef.",
		"Gestern ist Jan von der Leiter gefallen. Heute fiel Uwe vom Dach.":           "Gestern ist [PERSON_1] von der Leiter gefallen. Heute fiel [PERSON_2] vom Dach.",
		"Hendrikje Dijkstra ist ausgerutscht. Storm Jansen heeft zich gesneden.":      "[PERSON_1] ist ausgerutscht. [PERSON_2] heeft zich gesneden.",
		"Can Nadia confirm the lockout? Did Sarah call the ambulance?":                "Can [PERSON_1] confirm the lockout? Did [PERSON_2] call the ambulance?",
		"Can Yılmaz viel van de trap.":                                                "[PERSON_1] viel van de trap.",
		"Die Azubine Lena hat sich geschnitten. Svenjas Schutzbrille war beschlagen.": "Die Azubine [PERSON_1] hat sich geschnitten. [PERSON_2] Schutzbrille war beschlagen.",
		"Prévenir M. Garnier demain.":                                                 "Prévenir M. [PERSON_1] demain.",
		"Jean M. Dupont est arrivé.":                                                  "[PERSON_1] est arrivé.",
		"Annas Helm fehlte.":                                                          "[PERSON_1] Helm fehlte.",
		"Wohnhaft Hauptstr. 5 a, Berlin.":                                             "Wohnhaft [ADDRESS_1], Berlin.",
		"Project Nieuwbouw Jansen loopt.":                                             "Project Nieuwbouw [PERSON_1] loopt.",
		"Skype: live:jan.jansen_1":                                                    "Skype: [USERNAME_1]",
		// roles, units and words in brackets after a name
		"Jan Smit (Planning) belde; Anna Weber (Einkauf), Jonas Braun (Werkstatt), Lukas Braun (Lagerleiterin) und Mia Schulz (Besucher) waren da.": "[PERSON_1] (Planning) belde; [PERSON_2] (Einkauf), [PERSON_3] (Werkstatt), [PERSON_4] (Lagerleiterin) und [PERSON_5] (Besucher) waren da.",
	})
}

// One number written two ways keeps one placeholder; another number gets
// its own.
func TestOneNumberWrittenTwoWaysHasOnePlaceholder(t *testing.T) {
	checkTexts(t, map[string]string{
		"Tel 0612345678, ook +31 6 1234 5678 en 06-12 34 56 78; ander nummer 0687654321.":     "Tel [PHONE_1], ook [PHONE_1] en [PHONE_1]; ander nummer [PHONE_2].",
		"IBAN NL91ABNA0417164300 of NL91 ABNA 0417 1643 00, niet DE89 3704 0044 0532 0130 00": "IBAN [IBAN_1] of [IBAN_1], niet [IBAN_2]",
		"BSN 111222333 of 111.222.333": "BSN [BSN_1] of [BSN_1]",
	})
}

// A word of a found name written alone later is the same person, unless
// two names share it.
func TestNamePartsKeepTheirPersonsPlaceholder(t *testing.T) {
	checkTexts(t, map[string]string{
		"Op maandag is Ricardo Oliveira gevallen. Oliveira had geen schoenen aan; Ricardo werd verzorgd door Samira el Idrissi.": "Op maandag is [PERSON_1] gevallen. [PERSON_1] had geen schoenen aan; [PERSON_1] werd verzorgd door [PERSON_2].",
		"Jan Bakker en Piet Bakker waren er. Bakker zei niets. Jan lachte.":                                                      "[PERSON_1] en [PERSON_2] waren er. [PERSON_3] zei niets. [PERSON_1] lachte.",
	})
}

// checkTexts fails t for each text whose anonymised form is not the one
// given.
func checkTexts(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		if out, _ := NewScanner().Text(text, nil, nil); out != want {
			t.Errorf("%q: %q, want %q", text, out, want)
		}
	}
}
