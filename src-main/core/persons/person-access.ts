import type { OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { canReadCase, writeRefusal, type CaseRow } from '../cases/case-access';
import type { Actor } from '../cases/service-context';
import { cases } from '../db/schema';
import { inArray } from 'drizzle-orm';
import { casesOfPersons, findPerson, PERSON_NOT_FOUND, type PersonRow } from './persons-repo';

// A person is as accessible as the cases they belong to: readable through any case the actor may
// read, changeable through any case the actor may change.

const NO_ACCESS = 'Sie haben keinen Zugriff auf diese Person.';

function casesOf(db: OfficeDb, personId: string): CaseRow[] {
  const ids = casesOfPersons(db, [personId]).map((r) => r.caseId);
  return ids.length === 0 ? [] : db.orm.select().from(cases).where(inArray(cases.id, ids)).all();
}

export function assertPersonReadable(db: OfficeDb, personId: string, actor: Actor): PersonRow {
  const person = findPerson(db, personId);
  if (!person) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
  if (!casesOf(db, personId).some((c) => canReadCase(db, c.id, actor))) throw new AppError('FORBIDDEN', NO_ACCESS);
  return person;
}

/** The person, if the actor may change them through one of their cases; otherwise the reason as FORBIDDEN. */
export function assertPersonWritable(db: OfficeDb, personId: string, actor: Actor): PersonRow {
  const person = findPerson(db, personId);
  if (!person) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
  const refusals = casesOf(db, personId).map((c) => writeRefusal(db, c, actor));
  if (refusals.includes(null)) return person;
  throw new AppError('FORBIDDEN', refusals[0] ?? NO_ACCESS);
}
