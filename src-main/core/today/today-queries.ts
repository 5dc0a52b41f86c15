import { and, asc, desc, eq, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { caseRowQuery } from '../cases/case-list-query';
import { caseManagers, cases, persons } from '../db/schema';

// Heute is personal: every query starts from the user's own cases (an IN over the case managers'
// user index), so its cost follows the size of the user's caseload, not of the office, and a team
// lead without cases of their own gets empty lists at once.

const managedCaseIds = (db: OfficeDb, userId: string) =>
  db.orm.select({ id: caseManagers.caseId }).from(caseManagers).where(eq(caseManagers.userId, userId));

/** Cases the user manages (Heute is personal: teamleitung sees its own cases here, not all). */
export const managedBy = (db: OfficeDb, userId: string) => inArray(cases.id, managedCaseIds(db, userId));

const residenceColumns = {
  personId: persons.id,
  familyName: persons.familyName,
  givenNames: persons.givenNames,
  documentType: persons.residenceDocumentType,
  expiresOn: persons.residenceExpiresOn,
  caseId: cases.id,
  caseNumber: cases.caseNumber,
};

/**
 * Residence documents of persons in the user's open cases that expire on or before `until`
 * (already expired ones included: they are the most urgent). Primary persons and household
 * members are two indexed joins; the UNION drops a person listed twice in one case.
 */
export function expiringResidence(db: OfficeDb, userId: string, until: string) {
  const where = and(managedBy(db, userId), ne(cases.phase, 'abschluss'), isNotNull(persons.residenceExpiresOn), lte(persons.residenceExpiresOn, until));
  const asPrimary = db.orm.select(residenceColumns).from(cases).innerJoin(persons, eq(persons.id, cases.primaryPersonId)).where(where);
  const asMember = db.orm.select(residenceColumns).from(cases).innerJoin(persons, eq(persons.householdId, cases.householdId)).where(where);
  // Given names and case number too, so equal dates and family names come in one fixed order.
  return asPrimary
    .union(asMember)
    .orderBy(asc(persons.residenceExpiresOn), asc(persons.familyName), asc(persons.givenNames), asc(cases.caseNumber))
    .limit(200)
    .all();
}

/** The user's most recently changed cases, as list rows (picked first, so only they are joined). */
export function recentCaseRows(db: OfficeDb, userId: string, limit: number) {
  const newestFirst = [desc(cases.updatedAt), desc(cases.caseNumber)];
  const recent = db.orm
    .select({ id: cases.id })
    .from(cases)
    .where(managedBy(db, userId))
    .orderBy(...newestFirst)
    .limit(limit);
  return caseRowQuery(db).where(inArray(cases.id, recent)).orderBy(...newestFirst).all();
}
