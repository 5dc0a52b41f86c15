import type { LifeDomain } from '../../../contract/channels/casefile-fields';

// German texts of the case work the seed writes: intake reasons, assessments, goals, measures and
// note sentences. `{name}` is replaced by the person's name, `{partner}` by a partner's name.

export const INTAKE_REASONS = [
  'Neuzugewiesene Familie, Unterstützung beim Ankommen in der Kommune gewünscht.',
  'Vermittlung durch das Jobcenter: Unterstützung bei Sprachkurs und Arbeitsaufnahme.',
  'Selbstmelder:in in der offenen Sprechstunde: Fragen zu Wohnung und Aufenthalt.',
  'Hinweis der Schule: Familie braucht Unterstützung bei der Schulanmeldung der Kinder.',
  'Vermittlung durch die Ausländerbehörde: Aufenthaltstitel läuft bald ab, Unterlagen fehlen.',
  'Wohnungslosigkeit droht, Kündigung der Wohnung liegt vor.',
  'Anerkennung des Berufsabschlusses und Weg in den Beruf klären.',
  'Familiennachzug steht bevor, Wohnraum und Kita-Plätze werden gebraucht.',
  'Gesundheitliche Versorgung ungeklärt, Krankenversicherung fehlt.',
  'Schulden und offene Rechnungen, Leistungsbescheide unverständlich.',
  'Vermittlung durch die Migrationsberatung: komplexe Lage in mehreren Lebensbereichen.',
  'Umzug aus der Landesunterkunft in die Kommune, Erstorientierung.',
] as const;

export interface DomainTexts {
  situation: readonly string[];
  resources: readonly string[];
  needs: readonly string[];
  goals: readonly string[];
  measures: readonly string[];
  notes: readonly string[];
}

export const DOMAIN_TEXTS: Readonly<Record<LifeDomain, DomainTexts>> = {
  wohnen: {
    situation: ['Familie lebt beengt in einer Zweizimmerwohnung.', 'Unterbringung noch in der kommunalen Gemeinschaftsunterkunft.', 'Mietvertrag befristet, Verlängerung unklar.'],
    resources: ['Regelmäßiges Einkommen vorhanden.', 'Bereitschaft, auch in Ortsteile zu ziehen.', 'Unterstützung durch Verwandte bei der Wohnungssuche.'],
    needs: ['Größere Wohnung wird gebraucht.', 'Hilfe bei Anträgen auf Wohnberechtigungsschein.', 'Begleitung zu Besichtigungen.'],
    goals: ['Die Familie hat eine eigene, ausreichend große Wohnung.', 'Wohnberechtigungsschein ist beantragt und bewilligt.', 'Mietschulden sind geregelt, die Wohnung ist gesichert.'],
    measures: ['Antrag auf Wohnberechtigungsschein gemeinsam ausfüllen', 'Wohnungsangebote wöchentlich gemeinsam prüfen', 'Kontakt zur Wohnungsbaugesellschaft herstellen'],
    notes: ['Wohnungsangebot besprochen, Besichtigung für nächste Woche vereinbart.', 'Vermieter hat sich gemeldet, Mietvertrag soll verlängert werden.', 'Wohnberechtigungsschein liegt vor.'],
  },
  arbeit: {
    situation: ['Ohne Beschäftigung, Leistungsbezug nach SGB II.', 'Minijob in der Gastronomie.', 'Berufsabschluss aus dem Herkunftsland vorhanden, nicht anerkannt.'],
    resources: ['Berufserfahrung als Elektriker.', 'Hohe Motivation, schnell zu arbeiten.', 'Führerschein vorhanden.'],
    needs: ['Anerkennung des Abschlusses klären.', 'Bewerbungsunterlagen erstellen.', 'Kontakt zu Arbeitgebern in der Region.'],
    goals: ['Sozialversicherungspflichtige Beschäftigung ist aufgenommen.', 'Antrag auf Anerkennung des Berufsabschlusses ist gestellt.', 'Bewerbungsunterlagen sind vollständig.'],
    measures: ['Bewerbungsmappe mit dem Jobcenter erstellen', 'Anerkennungsberatung vermitteln', 'Praktikumsplatz suchen'],
    notes: ['Bewerbung bei einem Handwerksbetrieb abgeschickt.', 'Rückmeldung vom Jobcenter: Maßnahme beginnt im nächsten Monat.', 'Vorstellungsgespräch lief gut, Probearbeit vereinbart.'],
  },
  sprache: {
    situation: ['Deutschkenntnisse auf Niveau A1.', 'Integrationskurs abgebrochen wegen Kinderbetreuung.', 'Wartet auf einen Platz im Integrationskurs.'],
    resources: ['Lernt selbstständig mit einer App.', 'Ältere Kinder übersetzen im Alltag.', 'Gute Englischkenntnisse.'],
    needs: ['Kursplatz mit Kinderbetreuung.', 'Berufssprachkurs nach dem Integrationskurs.', 'Berechtigungsschein für den Integrationskurs.'],
    goals: ['Der Integrationskurs ist begonnen.', 'Sprachniveau B1 ist erreicht.', 'Ein Berufssprachkurs ist gefunden.'],
    measures: ['Anmeldung beim Sprachkursträger', 'Berechtigungsschein beim BAMF beantragen', 'Kinderbetreuung während des Kurses organisieren'],
    notes: ['Anmeldung zum Integrationskurs bestätigt.', 'Prüfung B1 bestanden.', 'Kurs wegen Krankheit unterbrochen, Wiedereinstieg besprochen.'],
  },
  gesundheit: {
    situation: ['Chronische Erkrankung, regelmäßige Behandlung nötig.', 'Kein Hausarzt, Versorgung über die Notaufnahme.', 'Psychische Belastung nach der Flucht.'],
    resources: ['Krankenversicherung besteht.', 'Kontakt zu einer Beratungsstelle vorhanden.', 'Familie unterstützt im Alltag.'],
    needs: ['Hausarztpraxis finden.', 'Therapieplatz mit Sprachmittlung.', 'Klärung der Krankenversicherung.'],
    goals: ['Eine Hausarztpraxis betreut die Familie.', 'Ein Therapieplatz ist gefunden.', 'Die Krankenversicherung ist geklärt.'],
    measures: ['Hausarztpraxen mit Fremdsprachenkenntnissen heraussuchen', 'Termin beim psychosozialen Zentrum vereinbaren', 'Krankenkasse wegen Versicherungsnachweis kontaktieren'],
    notes: ['Termin beim Facharzt wahrgenommen.', 'Krankenkasse hat die Versicherung bestätigt.', 'Erstgespräch im psychosozialen Zentrum vereinbart.'],
  },
  bildung: {
    situation: ['Zwei Kinder im schulpflichtigen Alter, noch ohne Schulplatz.', 'Kind besucht eine internationale Förderklasse.', 'Kita-Platz für das jüngste Kind fehlt.'],
    resources: ['Eltern legen großen Wert auf Bildung.', 'Zeugnisse aus dem Herkunftsland vorhanden.', 'Schule ist gut erreichbar.'],
    needs: ['Schulanmeldung begleiten.', 'Kita-Platz suchen.', 'Nachhilfe in Deutsch.'],
    goals: ['Alle schulpflichtigen Kinder besuchen die Schule.', 'Das jüngste Kind hat einen Kita-Platz.', 'Die Kinder erhalten Lernförderung (Bildung und Teilhabe).'],
    measures: ['Schulanmeldung beim Schulamt begleiten', 'Kita-Platz über das Kita-Portal anfragen', 'Antrag auf Lernförderung (BuT) stellen'],
    notes: ['Schulamt hat die Zuweisung zur Grundschule bestätigt.', 'Kita-Platz ab dem nächsten Monat zugesagt.', 'Elterngespräch in der Schule begleitet.'],
  },
  aufenthalt: {
    situation: ['Aufenthaltserlaubnis läuft in drei Monaten ab.', 'Asylverfahren läuft, Anhörung steht aus.', 'Fiktionsbescheinigung, Termin bei der Ausländerbehörde fehlt.'],
    resources: ['Unterlagen weitgehend vollständig.', 'Anwaltliche Vertretung vorhanden.', 'Reisepass liegt vor.'],
    needs: ['Verlängerung rechtzeitig beantragen.', 'Termin bei der Ausländerbehörde vereinbaren.', 'Unterlagen für die Niederlassungserlaubnis zusammenstellen.'],
    goals: ['Der Aufenthaltstitel ist verlängert.', 'Der Antrag auf Niederlassungserlaubnis ist gestellt.', 'Identität ist durch Dokumente geklärt.'],
    measures: ['Unterlagen für die Verlängerung zusammenstellen', 'Termin bei der Ausländerbehörde online buchen', 'Passbeschaffung bei der Botschaft begleiten'],
    notes: ['Termin bei der Ausländerbehörde für den nächsten Monat erhalten.', 'Fiktionsbescheinigung ausgestellt.', 'Neuer Aufenthaltstitel wurde ausgehändigt.'],
  },
  finanzen: {
    situation: ['Bezieht Bürgergeld, Bescheide unverständlich.', 'Offene Forderungen mehrerer Gläubiger.', 'Kindergeld noch nicht beantragt.'],
    resources: ['Führt ein Haushaltsbuch.', 'Girokonto vorhanden.', 'Bereitschaft zur Schuldnerberatung.'],
    needs: ['Kindergeld beantragen.', 'Schuldnerberatung vermitteln.', 'Bescheide gemeinsam prüfen.'],
    goals: ['Kindergeld wird gezahlt.', 'Ein Ratenplan für die Schulden besteht.', 'Leistungsansprüche sind geklärt.'],
    measures: ['Antrag auf Kindergeld bei der Familienkasse stellen', 'Termin bei der Schuldnerberatung vermitteln', 'Widerspruch gegen den Bescheid prüfen'],
    notes: ['Familienkasse hat den Kindergeldantrag bestätigt.', 'Schuldnerberatung hat einen Ratenplan erstellt.', 'Nachzahlung vom Jobcenter eingegangen.'],
  },
  familie: {
    situation: ['Alleinerziehend mit drei Kindern.', 'Familie lebt getrennt, Familiennachzug beantragt.', 'Großeltern leben im Haushalt und brauchen Pflege.'],
    resources: ['Enger Zusammenhalt in der Familie.', 'Kontakt zu einer Elterngruppe.', 'Nachbarschaft unterstützt.'],
    needs: ['Entlastung im Alltag.', 'Beratung zum Familiennachzug.', 'Begleitung zum Jugendamt.'],
    goals: ['Die Familie ist wieder vereint.', 'Entlastung im Alltag ist organisiert.', 'Die Familie nutzt Angebote der Frühen Hilfen.'],
    measures: ['Beratung zum Familiennachzug vermitteln', 'Kontakt zu den Frühen Hilfen herstellen', 'Ehrenamtliche Familienpatenschaft anfragen'],
    notes: ['Visum für den Familiennachzug wurde erteilt.', 'Familienpatin stellt sich nächste Woche vor.', 'Termin beim Jugendamt begleitet.'],
  },
  mobilitaet: {
    situation: ['Wohnt im Ortsteil ohne gute Busverbindung.', 'Kein Führerschein.', 'Fahrtkosten zum Kurs sind nicht gedeckt.'],
    resources: ['Fahrrad vorhanden.', 'Fahrgemeinschaft mit Nachbarn möglich.', 'Führerschein aus dem Herkunftsland.'],
    needs: ['Sozialticket beantragen.', 'Umschreibung des Führerscheins klären.', 'Fahrtkostenerstattung beantragen.'],
    goals: ['Ein Sozialticket ist vorhanden.', 'Der Führerschein ist umgeschrieben.', 'Die Fahrtkosten zum Kurs werden erstattet.'],
    measures: ['Antrag auf Sozialticket stellen', 'Führerscheinstelle zur Umschreibung anfragen', 'Fahrtkostenantrag beim Kursträger einreichen'],
    notes: ['Sozialticket wurde bewilligt.', 'Führerscheinstelle verlangt eine Übersetzung.', 'Fahrgemeinschaft zum Kurs organisiert.'],
  },
  digitales: {
    situation: ['Kein eigenes Smartphone, E-Mails werden nicht gelesen.', 'Online-Terminbuchung bereitet Schwierigkeiten.', 'Kein Internetanschluss in der Wohnung.'],
    resources: ['Kinder helfen mit dem Smartphone.', 'Interesse an einem Computerkurs.', 'Zugang zum WLAN der Bibliothek.'],
    needs: ['Einrichtung eines E-Mail-Kontos.', 'Einführung in Online-Anträge.', 'Günstiger Internetanschluss.'],
    goals: ['Die Person nutzt E-Mail und Online-Terminbuchung selbstständig.', 'Ein Internetanschluss ist vorhanden.', 'Ein digitaler Grundkurs ist besucht.'],
    measures: ['E-Mail-Konto gemeinsam einrichten', 'Anmeldung zum digitalen Grundkurs', 'Tarifberatung für einen Internetanschluss'],
    notes: ['E-Mail-Konto eingerichtet und ausprobiert.', 'Online-Termin bei der Behörde selbst gebucht.', 'Anmeldung zum Computerkurs erfolgt.'],
  },
};

/** Note sentences not tied to a life domain (contacts, organisation). */
export const GENERAL_NOTES = [
  'Telefonat mit {name}: Unterlagen werden nachgereicht.',
  '{name} ist zum vereinbarten Termin nicht erschienen, neuer Termin per SMS angeboten.',
  'Rückruf von {partner}: Anfrage ist eingegangen und wird bearbeitet.',
  'E-Mail an {partner} mit der Bitte um Rückmeldung geschickt.',
  '{name} kam spontan in die Sprechstunde, Post gemeinsam durchgesehen.',
  'Dolmetscherin für den nächsten Termin angefragt.',
  'Unterlagen kopiert und zur Akte genommen.',
  'Fallbesprechung im Team: weiteres Vorgehen abgestimmt.',
  'Brief der Behörde gemeinsam gelesen und erklärt.',
  'Kurze Rückmeldung von {name}: alles läuft wie vereinbart.',
] as const;

export const CLOSURE_EXPLANATIONS = [
  'Die Familie ist in eine andere Kommune gezogen; offene Punkte wurden an die dortige Stelle übergeben.',
  'Die Person hat den Kontakt abgebrochen; offene Wiedervorlagen sind nicht mehr sinnvoll.',
  'Die verbleibenden Ziele verfolgt die Familie selbstständig weiter.',
] as const;

export const REOPEN_REASONS = ['Erneuter Unterstützungsbedarf nach Kündigung der Wohnung.', 'Die Familie hat sich wieder gemeldet: neuer Bescheid.'] as const;
export const BACK_REASONS = ['Neue Lage nach Zuzug weiterer Familienmitglieder, Bedarf neu klären.', 'Assessment muss nach Arbeitsaufnahme angepasst werden.'] as const;
