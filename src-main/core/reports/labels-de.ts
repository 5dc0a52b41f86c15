// German labels of the report for files made in the main process (CSV, XLSX). The renderer shows
// the same texts from its `de/reports.json` (same keys); a test keeps the two identical.

export const REPORT_LABELS_DE = {
  section: {
    faelle: 'Fälle',
    personen: 'Personen',
    bedarfe: 'Bedarfe',
    ziele: 'Ziele',
    vermittlungen: 'Vermittlungen',
    beratungen: 'Beratungen',
    huerden: 'Hürden',
  },
  /** Table ids are `<section>.<table>`, so the titles nest the same way (i18n key paths). */
  table: {
    faelle: {
      kennzahlen: 'Fälle: Kennzahlen',
      verlauf: 'Neue und abgeschlossene Fälle je Monat',
      haushalt: 'Aktive Fälle nach Haushaltsform',
    },
    personen: {
      geschlecht: 'Personen nach Geschlecht',
      alter: 'Personen nach Altersgruppe (Alter am Ende des Zeitraums)',
      herkunft: 'Personen nach Herkunftsland',
      aufenthalt: 'Personen nach Aufenthaltsstatus',
      sprachen: 'Personen nach Sprachen (Mehrfachnennung)',
    },
    bedarfe: { lebensbereiche: 'Fälle mit Bedarf (Unterstützung oder dringend) nach Lebensbereich' },
    ziele: { lebensbereiche: 'Ziele nach Lebensbereich' },
    vermittlungen: { partnerart: 'Vermittlungen nach Art des Partners' },
    beratungen: { form_dolmetschung: 'Beratungen nach Form, mit und ohne Dolmetschung' },
    huerden: { kategorie_status: 'Hürden nach Kategorie und Status (am Ende des Zeitraums)' },
  },
  dimName: {
    kennzahl: 'Kennzahl',
    monat: 'Monat',
    spalte: 'Spalte',
    haushalt: 'Haushaltsform',
    geschlecht: 'Geschlecht',
    altersgruppe: 'Altersgruppe',
    land: 'Herkunftsland',
    aufenthalt: 'Aufenthaltsstatus',
    sprache: 'Sprache',
    lebensbereich: 'Lebensbereich',
    partnerart: 'Art des Partners',
    beratungsform: 'Form der Beratung',
    dolmetschung: 'Dolmetschung',
    huerdenkategorie: 'Kategorie',
    huerdenstatus: 'Status',
  },
  dim: {
    kennzahl: { neu: 'Neue Fälle', aktiv: 'Aktive Fälle', abgeschlossen: 'Abgeschlossene Fälle' },
    spalte: {
      anzahl: 'Anzahl',
      neu: 'Neu',
      abgeschlossen: 'Abgeschlossen',
      assessment: 'Beim Assessment',
      abschluss: 'Beim Abschluss',
      gesetzt: 'Gesetzt',
      erreicht: 'Erreicht',
    },
    haushalt: {
      familie_mit_kindern: 'Familien mit Kindern',
      alleinerziehend: 'Alleinerziehende',
      einzelperson: 'Einzelpersonen',
      junge_menschen: 'Kinder und junge Menschen',
      sonstige: 'Sonstige Haushalte',
    },
    geschlecht: { weiblich: 'weiblich', maennlich: 'männlich', divers: 'divers', keine_angabe: 'keine Angabe' },
    altersgruppe: {
      '0-5': '0–5 Jahre',
      '6-17': '6–17 Jahre',
      '18-26': '18–26 Jahre',
      '27-64': '27–64 Jahre',
      '65+': '65 Jahre und älter',
      unbekannt: 'unbekannt',
    },
    land: { unbekannt: 'unbekannt' },
    aufenthalt: {
      asylverfahren: 'Asylverfahren (Gestattung)',
      duldung: 'Duldung',
      schutz_24: 'Vorübergehender Schutz (§ 24 AufenthG)',
      aufenthaltserlaubnis: 'Aufenthaltserlaubnis',
      niederlassung: 'Niederlassungserlaubnis / Daueraufenthalt',
      eu_freizuegigkeit: 'EU-Freizügigkeit',
      deutsch: 'Deutsche Staatsangehörigkeit',
      sonstige: 'Sonstiger Status',
      unbekannt: 'unbekannt',
    },
    lebensbereich: {
      wohnen: 'Wohnen',
      arbeit: 'Arbeit',
      sprache: 'Sprache',
      gesundheit: 'Gesundheit',
      bildung: 'Bildung',
      aufenthalt: 'Aufenthalt',
      finanzen: 'Finanzen',
      familie: 'Familie',
      mobilitaet: 'Mobilität',
      digitales: 'Digitales',
    },
    partnerart: {
      jobcenter: 'Jobcenter',
      auslaenderbehoerde: 'Ausländerbehörde',
      kita: 'Kita',
      schule: 'Schule',
      beratungsstelle: 'Beratungsstelle',
      wohlfahrtsverband: 'Wohlfahrtsverband',
      sprachkurstraeger: 'Sprachkursträger',
      verein: 'Verein',
      gesundheit: 'Gesundheitswesen',
      sonstige: 'Sonstige',
    },
    beratungsform: {
      im_buero: 'Im Büro',
      hausbesuch: 'Hausbesuch',
      telefonisch: 'Telefonisch',
      video: 'Video',
      begleitung: 'Begleitung',
      ohne_angabe: 'ohne Angabe',
    },
    dolmetschung: { mit: 'mit Dolmetschung', ohne: 'ohne Dolmetschung' },
    huerdenkategorie: {
      sprache: 'Sprache/Sprachkurse',
      wohnraum: 'Wohnraum',
      kita_schule: 'Kita/Schule',
      arbeit_anerkennung: 'Arbeit/Anerkennung',
      aufenthalt_behoerden: 'Aufenthalt/Behörden',
      gesundheit: 'Gesundheit',
      finanzen_leistungen: 'Finanzen/Leistungen',
      mobilitaet: 'Mobilität',
      digitalisierung: 'Digitalisierung',
      diskriminierung: 'Diskriminierung',
      sonstiges: 'Sonstiges',
    },
    huerdenstatus: {
      erkannt: 'erkannt',
      benannt: 'benannt',
      an_arbeitskreis: 'an Arbeitskreis gemeldet',
      lenkungsgruppe: 'in der Lenkungsgruppe',
      in_bearbeitung: 'in Bearbeitung',
      abgebaut: 'abgebaut',
      nicht_loesbar: 'nicht lösbar',
    },
    logart: { aktion: 'Aktion', entscheidung: 'Entscheidung', status: 'Status' },
  },
  cell: { klein: '< 5', verdeckt: 'x', total: 'Gesamt' },
} as const;

/** The title of a table by its id (`personen.geschlecht`); the id itself when unknown. */
export function tableTitle(id: string): string {
  const [section = '', table = ''] = id.split('.');
  return (REPORT_LABELS_DE.table as Record<string, Record<string, string> | undefined>)[section]?.[table] ?? id;
}

/** The label of a key in a dimension; months as MM/YYYY; free text (countries, languages) as it is. */
export function labelOf(dimension: string, key: string): string {
  if (dimension === 'monat') return `${key.slice(5, 7)}/${key.slice(0, 4)}`;
  const labels = (REPORT_LABELS_DE.dim as Record<string, Record<string, string> | undefined>)[dimension];
  return labels?.[key] ?? key;
}
