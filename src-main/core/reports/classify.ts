import type { HouseholdRelation } from '../../contract/channels/casefile-fields';

// Report categories derived from case-file fields (pure).

export const AGE_GROUPS = ['0-5', '6-17', '18-26', '27-64', '65+', 'unbekannt'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const HOUSEHOLD_TYPES = ['familie_mit_kindern', 'alleinerziehend', 'einzelperson', 'junge_menschen', 'sonstige'] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

export const RESIDENCE_GROUPS = [
  'asylverfahren',
  'duldung',
  'schutz_24',
  'aufenthaltserlaubnis',
  'niederlassung',
  'eu_freizuegigkeit',
  'deutsch',
  'sonstige',
  'unbekannt',
] as const;
export type ResidenceGroup = (typeof RESIDENCE_GROUPS)[number];

/** Birth as kept for statistics: YYYY-MM from an exact date, YYYY when only the year is known. */
export function bornOf(p: { birthDate: string | null; birthYear: number | null }): string | null {
  if (p.birthDate) return p.birthDate.slice(0, 7);
  return p.birthYear ? String(p.birthYear) : null;
}

/** Full years at `date` (YYYY-MM-DD); within the birth month the birthday counts as passed. */
export function ageAt(born: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(born.slice(0, 4));
  if (born.length < 7) return years;
  return Number(date.slice(5, 7)) < Number(born.slice(5, 7)) ? years - 1 : years;
}

export function ageGroupAt(born: string | null, date: string): AgeGroup {
  if (!born) return 'unbekannt';
  const age = ageAt(born, date);
  if (age < 6) return '0-5';
  if (age < 18) return '6-17';
  if (age < 27) return '18-26';
  if (age < 65) return '27-64';
  return '65+';
}

/**
 * The household a case stands for, at `date`: children are under 18 (or, age unknown, recorded as
 * a child of the household); young people are 18 to 26.
 */
export function householdTypeAt(members: readonly { born: string | null; relation: HouseholdRelation | null }[], date: string): HouseholdType {
  const isChild = (m: (typeof members)[number]) => (m.born ? ageAt(m.born, date) < 18 : m.relation === 'kind');
  const children = members.filter(isChild).length;
  const adults = members.length - children;
  if (children > 0 && adults === 1) return 'alleinerziehend';
  if (children > 0 && adults > 1) return 'familie_mit_kindern';
  if (adults === 0) return 'junge_menschen';
  if (members.length === 1) {
    const only = members[0]!;
    return only.born && ageAt(only.born, date) < 27 ? 'junge_menschen' : 'einzelperson';
  }
  return 'sonstige';
}

// Residence status is free text in the case file; these word stems sort it into groups.
const RESIDENCE_RULES: readonly [ResidenceGroup, readonly string[]][] = [
  ['asylverfahren', ['gestattung', 'asylverfahren', 'asylbewerb']],
  ['duldung', ['duldung', '60a', '60 a', '60b', '60 b']],
  ['schutz_24', ['24 aufenthg', '§ 24', '§24', 'vorubergehend', 'temporary protection']],
  ['niederlassung', ['niederlassung', 'daueraufenthalt', 'unbefristet']],
  ['eu_freizuegigkeit', ['freizugig', 'eu-burger', 'eu burger', 'unionsburger', 'ewr']],
  ['aufenthaltserlaubnis', ['aufenthaltserlaubnis', 'aufenthaltstitel', 'blaue karte', 'blue card', 'fiktion']],
  ['deutsch', ['deutsch', 'eingeburgert', 'einburgerung']],
];

/** Lower case without accents, digits and § kept ("§ 24 AufenthG" must stay recognisable). */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function residenceGroupOf(status: string | null): ResidenceGroup {
  const folded = fold(status ?? '');
  if (!folded) return 'unbekannt';
  for (const [group, stems] of RESIDENCE_RULES) if (stems.some((s) => folded.includes(s))) return group;
  return 'sonstige';
}
