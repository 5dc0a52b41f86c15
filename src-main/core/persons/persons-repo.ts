import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { PersonSummary } from '../../contract/channels/households';
import type { ChildNeeds, LanguageSkill, PersonView } from '../../contract/channels/persons';
import { idList } from '../db/id-list';
import type { OfficeDb } from '../db/open-encrypted';
import { cases, persons } from '../db/schema';

export type PersonRow = typeof persons.$inferSelect;
export type PersonColumns = Partial<Omit<PersonRow, 'id' | 'createdAt'>>;

export const PERSON_NOT_FOUND = 'Diese Person existiert nicht.';

/** JSON columns written by this module; a damaged value reads as the fallback instead of failing the view. */
export const parseJson = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

export function toPersonView(r: PersonRow): PersonView {
  return {
    id: r.id,
    familyName: r.familyName,
    givenNames: r.givenNames,
    originalScriptName: r.originalScriptName,
    altSpellings: parseJson<string[]>(r.altSpellings, []),
    birthDate: r.birthDate,
    birthYear: r.birthYear,
    birthDateApproximate: r.birthDateApproximate,
    gender: r.gender,
    nationality: r.nationality,
    countryOfOrigin: r.countryOfOrigin,
    languages: parseJson<LanguageSkill[]>(r.languages, []),
    germanLevel: r.germanLevel,
    interpreterNeeded: r.interpreterNeeded,
    interpreterLanguage: r.interpreterLanguage,
    phone: r.phone,
    email: r.email,
    street: r.street,
    postalCode: r.postalCode,
    city: r.city,
    kommuneId: r.kommuneId,
    arrivalGermany: r.arrivalGermany,
    arrivalKommune: r.arrivalKommune,
    residenceStatus: r.residenceStatus,
    residenceDocumentType: r.residenceDocumentType,
    residenceExpiresOn: r.residenceExpiresOn,
    householdId: r.householdId,
    householdRelation: r.householdRelation,
    childNeeds: parseJson<ChildNeeds>(r.childNeeds, {}),
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

export const toPersonSummary = (r: PersonRow): PersonSummary => ({
  id: r.id,
  familyName: r.familyName,
  givenNames: r.givenNames,
  birthDate: r.birthDate,
  birthYear: r.birthYear,
  gender: r.gender,
  householdRelation: r.householdRelation,
  residenceExpiresOn: r.residenceExpiresOn,
  version: r.version,
});

export function findPerson(db: OfficeDb, id: string): PersonRow | undefined {
  return db.orm.select().from(persons).where(eq(persons.id, id)).get();
}

export function findPersons(db: OfficeDb, ids: readonly string[]): PersonRow[] {
  if (ids.length === 0) return [];
  return db.orm.select().from(persons).where(inArray(persons.id, idList(ids))).all();
}

export function insertPerson(db: OfficeDb, cols: PersonColumns & Pick<PersonRow, 'familyName' | 'givenNames'>, at: Date): PersonRow {
  const stamp = at.toISOString();
  return db.orm
    .insert(persons)
    .values({ ...cols, id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
}

export function updatePersonRow(db: OfficeDb, id: string, cols: PersonColumns): PersonRow {
  const row = db.orm.update(persons).set(cols).where(eq(persons.id, id)).returning().get();
  if (!row) throw new Error('person vanished inside its transaction');
  return row;
}

/** The members of a case: its primary person and, for a family case, everyone in its household. */
export function personsOfCase(db: OfficeDb, c: { primaryPersonId: string; householdId: string | null }): PersonRow[] {
  const where = c.householdId ? or(eq(persons.id, c.primaryPersonId), eq(persons.householdId, c.householdId)) : eq(persons.id, c.primaryPersonId);
  const rows = db.orm.select().from(persons).where(where).orderBy(asc(persons.createdAt)).all();
  // The primary person first, then the household in the order it was entered.
  return [...rows.filter((r) => r.id === c.primaryPersonId), ...rows.filter((r) => r.id !== c.primaryPersonId)];
}

export interface PersonCaseRef {
  personId: string;
  caseId: string;
  caseNumber: string;
}

/** The cases each person belongs to (as primary person or household member), in one query; `within` narrows the cases. */
export function casesOfPersons(db: OfficeDb, personIds: readonly string[], within?: SQL): PersonCaseRef[] {
  if (personIds.length === 0) return [];
  const ids = idList(personIds);
  const asPrimary = db.orm
    .select({ personId: cases.primaryPersonId, caseId: cases.id, caseNumber: cases.caseNumber })
    .from(cases)
    .where(and(inArray(cases.primaryPersonId, ids), within));
  const asMember = db.orm
    .select({ personId: persons.id, caseId: cases.id, caseNumber: cases.caseNumber })
    .from(persons)
    .innerJoin(cases, eq(cases.householdId, persons.householdId))
    .where(and(inArray(persons.id, ids), within));
  return asPrimary.union(asMember).all();
}
