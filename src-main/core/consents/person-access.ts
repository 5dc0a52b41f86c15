import type { Actor } from '../cases/service-context';
import { assertCaseReadable, assertCaseWritable } from '../cases/case-access';
import type { OfficeDb } from '../db/open-encrypted';
import { AppError, isAppError } from '../errors';
import { casesOfPersons, findPerson, PERSON_NOT_FOUND } from '../persons/persons-repo';

// Person-bound records (consents, transfers) and entries of several cases belong to whoever works
// on one of those cases: the person's own case or a case of their household.

/** Ids of the cases covering an existing person, directly or through the household. */
export function casesOfPerson(db: OfficeDb, personId: string): string[] {
  if (!findPerson(db, personId)) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
  return [...new Set(casesOfPersons(db, [personId]).map((r) => r.caseId))].sort();
}

export type CaseCheck = (db: OfficeDb, caseId: string, actor: Actor) => unknown;

const passes = (check: CaseCheck, db: OfficeDb, caseId: string, actor: Actor): boolean => {
  try {
    check(db, caseId, actor);
    return true;
  } catch (e) {
    if (isAppError(e) && (e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND')) return false;
    throw e;
  }
};

/**
 * Allowed when the actor passes `check` on any of the cases; returns that case. Otherwise the
 * guard's own, specific error (blocked, not your case, …).
 */
export function assertAnyCase(db: OfficeDb, caseIds: string[], actor: Actor, check: CaseCheck): string {
  const allowed = caseIds.find((id) => passes(check, db, id, actor));
  if (allowed) return allowed;
  if (caseIds[0]) check(db, caseIds[0], actor);
  throw new AppError('FORBIDDEN', 'Dieser Eintrag gehört zu keinem Fall, den Sie bearbeiten dürfen.');
}

export const assertPersonReadable = (db: OfficeDb, personId: string, actor: Actor): string =>
  assertAnyCase(db, casesOfPerson(db, personId), actor, assertCaseReadable);
export const assertPersonWritable = (db: OfficeDb, personId: string, actor: Actor): string =>
  assertAnyCase(db, casesOfPerson(db, personId), actor, assertCaseWritable);

/** The person must be covered by the case the referral, transfer or document belongs to. */
export function assertPersonInCase(db: OfficeDb, personId: string, caseId: string): void {
  if (!casesOfPerson(db, personId).includes(caseId)) {
    throw new AppError('VALIDATION', 'Diese Person gehört nicht zu diesem Fall.', { field: 'personId' });
  }
}
