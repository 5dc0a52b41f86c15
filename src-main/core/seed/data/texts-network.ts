import type { PartnerKind } from '../../../contract/channels/partners';

// Partner organisations, volunteers and staff of the invented Kreis. Organisation names are
// generic (a kind plus an invented name and the town); staff and volunteer names are synthetic.

export interface PartnerTemplate {
  kind: PartnerKind;
  weight: number;
  /** `{town}` and `{word}` are filled in; `{n}` numbers several of one kind in a town. */
  names: readonly string[];
  services: readonly string[];
  contactRoles: readonly string[];
}

export const PARTNER_WORDS = [
  'Regenbogen', 'Sonnenschein', 'Löwenzahn', 'Pusteblume', 'Kunterbunt', 'Arche', 'Brücke', 'Lichtblick', 'Kompass', 'Weitblick',
  'Miteinander', 'Ankerplatz', 'Leuchtturm', 'Sternschnuppe', 'Wegweiser', 'Zukunft', 'Morgenrot', 'Baumhaus', 'Wolkenland', 'Apfelbaum',
] as const;

export const PARTNER_TEMPLATES: readonly PartnerTemplate[] = [
  { kind: 'jobcenter', weight: 2, names: ['Jobcenter Kreis Ebbenau, Standort {town}'], services: ['Leistungen nach SGB II, Vermittlung in Arbeit und Maßnahmen'], contactRoles: ['Arbeitsvermittlung', 'Leistungsabteilung'] },
  { kind: 'auslaenderbehoerde', weight: 1, names: ['Ausländerbehörde Kreis Ebbenau, Außenstelle {town}'], services: ['Aufenthaltstitel, Verlängerungen, Fiktionsbescheinigungen'], contactRoles: ['Sachbearbeitung A–K', 'Sachbearbeitung L–Z'] },
  { kind: 'kita', weight: 10, names: ['Kita {word} {town}', 'Familienzentrum {word} {town}', 'Kindertagesstätte {word} {n}, {town}'], services: ['Betreuung ab 1 Jahr, Sprachförderung', 'Familienzentrum mit Elterncafé'], contactRoles: ['Leitung', 'Stellvertretung'] },
  { kind: 'schule', weight: 8, names: ['Grundschule {word} {town}', 'Gesamtschule {town}-{n}', 'Realschule am {word}, {town}'], services: ['Internationale Förderklasse, Offener Ganztag', 'Seiteneinsteigerklassen'], contactRoles: ['Schulleitung', 'Schulsozialarbeit'] },
  { kind: 'beratungsstelle', weight: 6, names: ['Migrationsberatung {town}', 'Psychosoziales Zentrum {word}', 'Schuldnerberatung {town}', 'Anerkennungsberatung {word}'], services: ['Beratung für Erwachsene, Begleitung zu Behörden', 'Psychotherapie mit Sprachmittlung', 'Schuldner- und Insolvenzberatung'], contactRoles: ['Beratung', 'Sekretariat'] },
  { kind: 'wohlfahrtsverband', weight: 4, names: ['Wohlfahrtsverband {town} e. V.', 'Sozialdienst {word} {town}'], services: ['Kleiderkammer, Familienhilfe, Sozialberatung'], contactRoles: ['Geschäftsführung', 'Sozialberatung'] },
  { kind: 'sprachkurstraeger', weight: 4, names: ['Sprachschule {word} {town}', 'Bildungswerk {town}', 'Volkshochschule Ebbenau, Kursort {town}'], services: ['Integrationskurse A1–B1, Berufssprachkurse', 'Alphabetisierungskurse, Kurse mit Kinderbetreuung'], contactRoles: ['Kursverwaltung', 'Einstufung'] },
  { kind: 'verein', weight: 5, names: ['Verein {word} {town} e. V.', 'Sportverein {town} {n}', 'Begegnungscafé {word}'], services: ['Freizeitangebote, Hausaufgabenhilfe', 'Begegnungscafé und Patenschaften'], contactRoles: ['Vorstand', 'Ehrenamtskoordination'] },
  { kind: 'gesundheit', weight: 5, names: ['Hausarztpraxis am {word}, {town}', 'Kinderarztpraxis {word}', 'Gesundheitsamt Kreis Ebbenau', 'Hebammenpraxis {word}'], services: ['Hausärztliche Versorgung, Dolmetschen nach Absprache', 'Kinder- und Jugendmedizin, U-Untersuchungen', 'Schuleingangsuntersuchungen, Impfberatung'], contactRoles: ['Praxisteam', 'Ärztliche Leitung'] },
  { kind: 'sonstige', weight: 3, names: ['Wohnungsbaugesellschaft {town}', 'Familienkasse, Regionalstelle {word}', 'Tafel {town}'], services: ['Vermietung, Wohnberechtigungsschein-Wohnungen', 'Kindergeld', 'Lebensmittelausgabe'], contactRoles: ['Kundenservice', 'Ansprechperson'] },
];

export const STAFF_GIVEN = [
  'Anna', 'Julia', 'Katrin', 'Sabine', 'Miriam', 'Lena', 'Sarah', 'Nina', 'Jana', 'Claudia', 'Svenja', 'Melanie', 'Ayla', 'Dilara',
  'Thomas', 'Jan', 'Markus', 'Stefan', 'Tobias', 'Daniel', 'Florian', 'Sebastian', 'Kemal', 'Patrick', 'Jonas', 'Felix',
] as const;
export const STAFF_FAMILY = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter',
  'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann',
] as const;

export const VOLUNTEER_HELPS = [
  'Hausaufgabenhilfe für Grundschulkinder',
  'Begleitung zu Arztterminen',
  'Deutsch üben im Alltag',
  'Hilfe bei der Wohnungssuche',
  'Fahrradwerkstatt und Fahrradkurs',
  'Familienpatenschaft',
  'Hilfe bei Formularen',
] as const;

export const DOCUMENT_KINDS = [
  { fileName: 'Aufenthaltstitel_Kopie', description: 'Kopie des Aufenthaltstitels', kind: 'pdf' },
  { fileName: 'Mietvertrag', description: 'Mietvertrag (Scan)', kind: 'pdf' },
  { fileName: 'Bescheid_Jobcenter', description: 'Bewilligungsbescheid Jobcenter', kind: 'pdf' },
  { fileName: 'Schulanmeldung', description: 'Bestätigung der Schulanmeldung', kind: 'pdf' },
  { fileName: 'Zeugnis_Uebersetzung', description: 'Übersetzung des Abschlusszeugnisses', kind: 'pdf' },
  { fileName: 'Foto_Wohnung', description: 'Foto: Schimmel im Schlafzimmer', kind: 'jpeg' },
  { fileName: 'Foto_Brief', description: 'Foto eines Behördenbriefs', kind: 'jpeg' },
  { fileName: 'Einwilligung_unterschrieben', description: 'Unterschriebene Einwilligung', kind: 'pdf' },
] as const;
