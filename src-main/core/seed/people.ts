import type { GermanLevel, HouseholdRelation } from '../../contract/channels/casefile-fields';
import type { PersonInput } from '../../contract/channels/persons';
import { foldLatin } from '../names';
import type { FamilyNameEntry, NameEntry } from './data/name-entry';
import type { Origin } from './data/origins';
import { ORIGINS } from './data/origins';
import { STREETS, type Town } from './data/places';
import type { Prng } from './prng';
import { addDays } from './sim-time';

// A household as the intake form would enter it: pure data, no database. Names come only from
// the lists (data/), spelled one of their ways; some records carry another spelling or the name
// in its original script, as real files do.

export interface Member {
  person: PersonInput;
  relation: HouseholdRelation;
}

export interface HouseholdDraft {
  origin: Origin;
  members: Member[];
  address: { street: string; postalCode: string; city: string };
}

const ORIGIN_WEIGHTS = ORIGINS.map((o) => [o, o.weight] as const);
const SIZES = [[1, 15], [2, 35], [3, 25], [4, 15], [5, 7], [6, 3]] as const;
const ADULT_GERMAN: readonly (readonly [GermanLevel, number])[] = [['keine', 20], ['A1', 30], ['A2', 22], ['B1', 18], ['B2', 8], ['C1', 2]];

/** One spelling of an entry: mostly the common one. */
const spell = (rng: Prng, e: NameEntry) => (e.spellings.length > 1 && rng.chance(0.3) ? rng.pick(e.spellings.slice(1)) : e.spellings[0]!);
const other = (rng: Prng, e: NameEntry, used: string) => rng.pick(e.spellings.filter((s) => s !== used).concat(e.spellings.length === 1 ? [used] : []));

interface NameChoice {
  given: NameEntry;
  family: NameEntry;
  familySpelling: string;
}

function personName(rng: Prng, n: NameChoice): Pick<PersonInput, 'familyName' | 'givenNames' | 'originalScriptName' | 'altSpellings'> {
  const givenNames = spell(rng, n.given);
  // Another office (passport, Jobcenter) spelled the name differently: the record keeps it.
  const alt = (n.given.spellings.length > 1 || n.family.spellings.length > 1) && rng.chance(0.35)
    ? [`${other(rng, n.given, givenNames)} ${other(rng, n.family, n.familySpelling)}`]
    : [];
  const script = n.given.script && n.family.script && rng.chance(0.6) ? `${n.given.script} ${n.family.script}` : '';
  return { familyName: n.familySpelling, givenNames, altSpellings: alt, ...(script ? { originalScriptName: script } : {}) };
}

function birth(rng: Prng, intakeDate: string, age: number): Pick<PersonInput, 'birthDate' | 'birthYear' | 'birthDateApproximate'> {
  const date = addDays(intakeDate, -(age * 365 + rng.int(0, 364)));
  // Some people know only their year of birth (documents lost, another calendar).
  if (age >= 16 && rng.chance(0.12)) return { birthYear: Number(date.slice(0, 4)), birthDateApproximate: true };
  return { birthDate: date };
}

function childNeeds(rng: Prng, age: number): PersonInput['childNeeds'] {
  if (age < 1) return { uUntersuchungen: { last: 'U4' } };
  if (age < 6) return { kita: { status: rng.pick(['gesucht', 'angemeldet', 'platz'] as const) }, uUntersuchungen: { last: rng.pick(['U6', 'U7', 'U8'] as const) } };
  if (age < 18) return { schule: { status: rng.pick(['anmeldung_offen', 'angemeldet', 'besucht', 'besucht'] as const), grade: String(Math.min(10, age - 5)) } };
  return {};
}

function phone(rng: Prng): string {
  return `01520 000${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

export interface PersonContext {
  rng: Prng;
  origin: Origin;
  intakeDate: string;
  referenceDate: string;
  address: HouseholdDraft['address'];
  kommuneId: string;
  arrival: string;
}

function person(c: PersonContext, n: NameChoice, female: boolean, age: number): PersonInput {
  const { rng, origin } = c;
  const adult = age >= 18;
  const germanLevel = adult ? rng.weighted(ADULT_GERMAN) : age >= 6 ? rng.pick(['A2', 'B1', 'B2'] as const) : null;
  const needsInterpreter = adult && (germanLevel === 'keine' || germanLevel === 'A1') && rng.chance(origin.interpreterShare);
  const residence = rng.pick(origin.residences);
  const name = personName(rng, n);
  const email = adult && rng.chance(0.3) ? `${foldLatin(name.givenNames).replace(/ /g, '')}.${rng.int(10, 999)}@example.org` : '';
  return {
    ...name,
    ...birth(rng, c.intakeDate, age),
    gender: female ? 'weiblich' : 'maennlich',
    nationality: origin.nationality,
    countryOfOrigin: origin.country,
    languages: [{ language: origin.languages[0]!, level: 'muttersprache' }, ...(origin.languages[1] && rng.chance(0.4) ? [{ language: origin.languages[1], level: 'gut' as const }] : [])],
    ...(germanLevel ? { germanLevel } : {}),
    interpreterNeeded: needsInterpreter,
    ...(needsInterpreter ? { interpreterLanguage: origin.languages[0]! } : {}),
    ...(adult ? { phone: phone(rng) } : {}),
    ...(email ? { email } : {}),
    ...c.address,
    kommuneId: c.kommuneId,
    arrivalGermany: c.arrival,
    arrivalKommune: c.arrival,
    residenceStatus: residence.status,
    residenceDocumentType: residence.document,
    ...(residence.expires ? { residenceExpiresOn: addDays(c.referenceDate, rng.int(-45, 720)) } : {}),
    childNeeds: childNeeds(rng, age),
  };
}

const femaleForm = (f: FamilyNameEntry): NameEntry => f.female ?? f;

/** The members of a household of `size` people (1 = a single adult). */
export function makeMembers(c: PersonContext, size: number): Member[] {
  const { rng, origin } = c;
  const family = rng.pick(origin.family);
  const spelling = spell(rng, family);
  const sameSpelling = (e: NameEntry) => (e === family ? spelling : (e.spellings[family.spellings.indexOf(spelling)] ?? e.spellings[0]!));
  const named = (given: NameEntry, fam: NameEntry): NameChoice => ({ given, family: fam, familySpelling: rng.chance(0.1) ? other(rng, fam, sameSpelling(fam)) : sameSpelling(fam) });
  const singleParent = size >= 2 && rng.chance(0.25);
  const motherFamily = origin.wifeKeepsName ? rng.pick(origin.family) : family;
  const fatherAge = rng.int(24, 58);
  const members: Member[] = [];
  if (size === 1) {
    const female = rng.chance(0.4);
    return [{ person: person(c, named(rng.pick(female ? origin.female : origin.male), female ? femaleForm(family) : family), female, rng.int(19, 64)), relation: 'sonstige' }];
  }
  const primaryFemale = singleParent ? rng.chance(0.8) : rng.chance(0.35);
  const mother = { person: person(c, named(rng.pick(origin.female), femaleForm(motherFamily)), true, Math.max(20, fatherAge - rng.int(0, 8))), relation: 'elternteil' as const };
  const father = { person: person(c, named(rng.pick(origin.male), family), false, fatherAge), relation: 'elternteil' as const };
  if (singleParent) members.push(primaryFemale ? mother : father);
  else members.push(...(primaryFemale ? [mother, { ...father, relation: 'ehepartner' as const }] : [father, { ...mother, relation: 'ehepartner' as const }]));
  const youngestParent = Math.min(fatherAge, Math.max(20, fatherAge - 4));
  while (members.length < size) {
    const female = rng.chance(0.5);
    const age = rng.int(0, Math.min(17, youngestParent - 18));
    members.push({ person: person(c, named(rng.pick(female ? origin.female : origin.male), female ? femaleForm(family) : family), female, age), relation: 'kind' });
  }
  return members;
}

export function pickOrigin(rng: Prng): Origin {
  return rng.weighted(ORIGIN_WEIGHTS);
}

export function householdSize(rng: Prng): number {
  return rng.weighted(SIZES);
}

export function address(rng: Prng, town: Town): HouseholdDraft['address'] {
  return { street: `${rng.pick(STREETS)} ${rng.int(1, 120)}${rng.chance(0.1) ? rng.pick(['a', 'b']) : ''}`, postalCode: String(town.postalCode + rng.int(0, 3)), city: town.name };
}
