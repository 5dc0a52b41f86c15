import type { FamilyNameEntry, NameEntry } from './name-entry';
import { AFGHANISTAN, IRAQ, SYRIA } from './names-arabic-script';
import { BULGARIA, RUSSIA, UKRAINE } from './names-cyrillic-script';
import { ERITREA, POLAND, ROMANIA, TURKEY } from './names-latin-script';

// The origins an NRW municipality's integration management sees, with rough weights, languages
// and the residence situations typical of each. Every value is generic: no real case stands behind it.

export interface Residence {
  status: string;
  document: string;
  /** Whether the document runs out (EU citizens' freedom of movement does not). */
  expires: boolean;
}

export interface Origin {
  country: string;
  nationality: string;
  weight: number;
  /** Languages spoken, first the main one (also the interpreter language). */
  languages: readonly string[];
  male: readonly NameEntry[];
  female: readonly NameEntry[];
  family: readonly FamilyNameEntry[];
  /** Married women usually keep their own family name (Arabic, Persian naming). */
  wifeKeepsName: boolean;
  residences: readonly Residence[];
  /** Share of newcomers who need an interpreter at first. */
  interpreterShare: number;
}

const PROTECTION: readonly Residence[] = [
  { status: 'Aufenthaltserlaubnis § 25 Abs. 2 AufenthG (Flüchtlingsschutz)', document: 'eAT', expires: true },
  { status: 'Aufenthaltserlaubnis § 25 Abs. 2 AufenthG (subsidiärer Schutz)', document: 'eAT', expires: true },
  { status: 'Aufenthaltsgestattung (Asylverfahren läuft)', document: 'Aufenthaltsgestattung', expires: true },
  { status: 'Fiktionsbescheinigung (Verlängerung beantragt)', document: 'Fiktionsbescheinigung', expires: true },
  { status: 'Niederlassungserlaubnis', document: 'eAT', expires: false },
];
const EU: readonly Residence[] = [{ status: 'Freizügigkeit (EU-Bürger:in)', document: 'Personalausweis (EU)', expires: false }];

export const ORIGINS: readonly Origin[] = [
  { country: 'Syrien', nationality: 'syrisch', weight: 24, languages: ['Arabisch', 'Kurdisch (Kurmandschi)'], ...SYRIA, wifeKeepsName: true, residences: PROTECTION, interpreterShare: 0.6 },
  {
    country: 'Ukraine',
    nationality: 'ukrainisch',
    weight: 22,
    languages: ['Ukrainisch', 'Russisch'],
    ...UKRAINE,
    wifeKeepsName: false,
    residences: [
      { status: 'Aufenthaltserlaubnis § 24 AufenthG (vorübergehender Schutz)', document: 'eAT', expires: true },
      { status: 'Fiktionsbescheinigung (§ 24 beantragt)', document: 'Fiktionsbescheinigung', expires: true },
    ],
    interpreterShare: 0.7,
  },
  {
    country: 'Türkei',
    nationality: 'türkisch',
    weight: 10,
    languages: ['Türkisch', 'Kurdisch (Kurmandschi)'],
    ...TURKEY,
    wifeKeepsName: false,
    residences: [
      { status: 'Aufenthaltsgestattung (Asylverfahren läuft)', document: 'Aufenthaltsgestattung', expires: true },
      { status: 'Aufenthaltserlaubnis § 30 AufenthG (Ehegattennachzug)', document: 'eAT', expires: true },
    ],
    interpreterShare: 0.5,
  },
  {
    country: 'Afghanistan',
    nationality: 'afghanisch',
    weight: 12,
    languages: ['Dari', 'Paschtu'],
    ...AFGHANISTAN,
    wifeKeepsName: true,
    residences: [
      { status: 'Aufenthaltserlaubnis § 22 AufenthG (Aufnahmezusage)', document: 'eAT', expires: true },
      { status: 'Aufenthaltsgestattung (Asylverfahren läuft)', document: 'Aufenthaltsgestattung', expires: true },
      { status: 'Duldung § 60a AufenthG', document: 'Duldung', expires: true },
      ...PROTECTION.slice(0, 2),
    ],
    interpreterShare: 0.7,
  },
  { country: 'Irak', nationality: 'irakisch', weight: 8, languages: ['Arabisch', 'Kurdisch (Sorani)'], ...IRAQ, wifeKeepsName: true, residences: PROTECTION, interpreterShare: 0.6 },
  { country: 'Eritrea', nationality: 'eritreisch', weight: 4, languages: ['Tigrinya', 'Arabisch'], ...ERITREA, wifeKeepsName: true, residences: PROTECTION.slice(0, 4), interpreterShare: 0.8 },
  { country: 'Rumänien', nationality: 'rumänisch', weight: 8, languages: ['Rumänisch', 'Romanes'], ...ROMANIA, wifeKeepsName: false, residences: EU, interpreterShare: 0.5 },
  { country: 'Bulgarien', nationality: 'bulgarisch', weight: 6, languages: ['Bulgarisch', 'Türkisch'], ...BULGARIA, wifeKeepsName: false, residences: EU, interpreterShare: 0.6 },
  {
    country: 'Russische Föderation',
    nationality: 'russisch',
    weight: 3,
    languages: ['Russisch'],
    ...RUSSIA,
    wifeKeepsName: false,
    residences: [
      { status: 'Aufenthaltsgestattung (Asylverfahren läuft)', document: 'Aufenthaltsgestattung', expires: true },
      { status: 'Aufenthaltserlaubnis § 18b AufenthG (Fachkraft)', document: 'eAT', expires: true },
    ],
    interpreterShare: 0.5,
  },
  { country: 'Polen', nationality: 'polnisch', weight: 3, languages: ['Polnisch'], ...POLAND, wifeKeepsName: false, residences: EU, interpreterShare: 0.3 },
];

/** Every Latin spelling and original-script form in the lists, for the test that seeded names come only from them. */
export function allNameWords(): Set<string> {
  const words = new Set<string>();
  const add = (e: NameEntry | null) => {
    if (!e) return;
    for (const s of [...e.spellings, e.script ?? '']) for (const w of s.split(/[\s]+/)) if (w) words.add(w);
  };
  for (const o of ORIGINS) for (const e of [...o.male, ...o.female, ...o.family, ...o.family.map((f) => f.female)]) add(e);
  return words;
}
