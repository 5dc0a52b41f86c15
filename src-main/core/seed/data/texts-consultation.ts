// Texts of the Beratungsdokumentation: summaries for the client (standard and plain language),
// internal notes, agreements' owners and appointment titles. `{name}` is the client's name.

export const SUMMARY_OPENERS = [
  'Mit {name} wurde der aktuelle Stand besprochen.',
  '{name} berichtete von Fortschritten seit dem letzten Termin.',
  'Im Gespräch mit {name} ging es vor allem um die nächsten Schritte.',
  'Gemeinsam mit {name} wurden die Unterlagen durchgesehen und sortiert.',
] as const;

export const SUMMARY_CLOSERS = [
  'Die Vereinbarungen wurden gemeinsam festgehalten.',
  'Offene Fragen werden beim nächsten Termin geklärt.',
  '{name} ist mit dem Vorgehen einverstanden.',
  'Die Dolmetscherin hat alle Punkte übersetzt; Rückfragen gab es keine.',
] as const;

export const PLAIN_SUMMARIES = [
  'Wir haben über Ihre Wohnung, Ihre Arbeit und die Schule gesprochen. Sie bringen die Papiere zum nächsten Termin mit.',
  'Wir haben Ihre Briefe gelesen. Wir schreiben zusammen eine Antwort. Der nächste Termin steht unten.',
  'Sie haben einen Platz im Sprachkurs. Wir helfen Ihnen beim Antrag für die Fahrkarte.',
] as const;

export const INTERNAL_NOTES = [
  'Wirkte belastet; beim nächsten Termin Bedarf an psychosozialer Unterstützung ansprechen.',
  'Absprache mit der Kollegin aus der Sprechstunde: Unterlagen liegen dort vor.',
  'Frist der Behörde im Blick behalten.',
  '',
  '',
] as const;

export const AGREEMENT_OWNERS = ['Klient:in', 'Fallmanagement', 'Familie', 'Partnerorganisation'] as const;

export const APPOINTMENT_TITLES = {
  Beratung: ['Beratungstermin', 'Folgeberatung', 'Erstgespräch'],
  Hausbesuch: ['Hausbesuch'],
  Begleitung: ['Begleitung zur Behörde', 'Begleitung zum Arzt', 'Begleitung zur Schulanmeldung'],
  Sprechstunde: ['Offene Sprechstunde'],
  Gruppenangebot: ['Elterncafé', 'Infoabend Wohnungssuche', 'Gruppenangebot Bewerbungstraining'],
  Intern: ['Teamsitzung', 'Fallbesprechung', 'Supervision'],
} as const;

export const CANCEL_REASONS = ['Klient:in krank gemeldet', 'Dolmetscher:in kurzfristig ausgefallen', 'Terminverschiebung auf Wunsch der Familie'] as const;
