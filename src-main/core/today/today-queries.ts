import { and, asc, desc, eq, exists, lte, ne, isNotNull, or, sql } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { caseRowQuery } from '../cases/case-list-query';
import { caseManagers, cases, persons } from '../db/schema';

const one = sql`1`;

/** Cases the user manages (Heute is personal: teamleitung sees its own cases here, not all). */
export const managedBy = (db: OfficeDb, userId: string) =>
  exists(db.orm.select({ one }).from(caseManagers).where(and(eq(caseManagers.caseId, cases.id), eq(caseManagers.userId, userId))));

/**
 * Residence documents of persons in the user's open cases that expire on or before `until`
 * (already expired ones included: they are the most urgent).
 */
export function expiringResidence(db: OfficeDb, userId: string, until: string) {
  const member = or(eq(persons.id, cases.primaryPersonId), and(isNotNull(cases.householdId), eq(persons.householdId, cases.householdId)));
  return db.orm
    .selectDistinct({
      personId: persons.id,
      familyName: persons.familyName,
      givenNames: persons.givenNames,
      documentType: persons.residenceDocumentType,
      expiresOn: persons.residenceExpiresOn,
      caseId: cases.id,
      caseNumber: cases.caseNumber,
    })
    .from(persons)
    .innerJoin(cases, member)
    .where(and(isNotNull(persons.residenceExpiresOn), lte(persons.residenceExpiresOn, until), ne(cases.phase, 'abschluss'), managedBy(db, userId)))
    .orderBy(asc(persons.residenceExpiresOn), asc(persons.familyName))
    .limit(200)
    .all();
}

/** The user's most recently changed cases, as list rows. */
export const recentCaseRows = (db: OfficeDb, userId: string, limit: number) =>
  caseRowQuery(db).where(managedBy(db, userId)).orderBy(desc(cases.updatedAt)).limit(limit).all();
