import type { BarrierCategory, BarrierStatus } from '../../contract/channels/barriers';

/** A realistic barrier for demo data; the seed places it in its Kommunen and dates it. */
export interface ExampleBarrier {
  title: string;
  category: BarrierCategory;
  description: string;
  responsible: string;
  /** Where the example has got to, and the Arbeitskreis once it went to one. */
  status: BarrierStatus;
  workingGroup: string | null;
  /** How long ago it was first noticed, for plausible dates relative to the seed's "today". */
  noticedMonthsAgo: number;
}

export const EXAMPLE_BARRIERS: readonly ExampleBarrier[] = [
  {
    title: 'Monatelange Wartezeit auf einen Termin bei der Ausländerbehörde',
    category: 'aufenthalt_behoerden',
    description:
      'Termine zur Verlängerung oder Erteilung von Aufenthaltstiteln sind erst nach vier bis sechs Monaten frei. In der Zwischenzeit laufen Fiktionsbescheinigungen ab; Arbeitgeber und Vermieter zögern.',
    responsible: 'Ausländerbehörde des Kreises',
    status: 'lenkungsgruppe',
    workingGroup: 'AK Aufenthalt und Einbürgerung',
    noticedMonthsAgo: 9,
  },
  {
    title: 'Kein Sprachkurs mit Kinderbetreuung',
    category: 'sprache',
    description:
      'Integrationskurse in Wohnortnähe bieten keine Kinderbetreuung an. Vor allem Mütter mit kleinen Kindern können deshalb keinen Kurs besuchen.',
    responsible: 'Sprachkursträger vor Ort, Jugendamt',
    status: 'an_arbeitskreis',
    workingGroup: 'AK Sprache und Bildung',
    noticedMonthsAgo: 6,
  },
  {
    title: 'Keine Kita-Plätze für Kinder unter drei Jahren',
    category: 'kita_schule',
    description: 'Für Kinder unter drei Jahren gibt es in mehreren Kommunen keine freien Plätze; Wartelisten reichen über ein Jahr.',
    responsible: 'Jugendamt, Kita-Bedarfsplanung',
    status: 'in_bearbeitung',
    workingGroup: 'AK Frühe Hilfen',
    noticedMonthsAgo: 12,
  },
  {
    title: 'Anerkennung ausländischer Berufsabschlüsse dauert über ein Jahr',
    category: 'arbeit_anerkennung',
    description:
      'Anerkennungsverfahren für Pflege- und Gesundheitsberufe dauern oft länger als zwölf Monate. Fachkräfte arbeiten in der Zwischenzeit in Helfertätigkeiten oder gar nicht.',
    responsible: 'Anerkennungsstellen des Landes',
    status: 'benannt',
    workingGroup: null,
    noticedMonthsAgo: 4,
  },
  {
    title: 'Keine Busverbindung zum Kursträger',
    category: 'mobilitaet',
    description: 'Aus den Ortsteilen fährt morgens kein Bus rechtzeitig zum Kursbeginn beim Sprachkursträger; Taxi oder Fahrgemeinschaften fehlen.',
    responsible: 'Verkehrsverbund, Kreisverwaltung',
    status: 'erkannt',
    workingGroup: null,
    noticedMonthsAgo: 2,
  },
];
