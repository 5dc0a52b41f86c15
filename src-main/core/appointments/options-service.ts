import { and, asc, desc, eq, like, or } from 'drizzle-orm';
import type { CaseOption, StaffOption } from '../../contract/channels/calendar';
import type { CaseCtx } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { caseManagers, cases, persons, users } from '../db/schema';
import { personsOfCase } from '../persons/persons-repo';

// Choices for the appointment dialog: who can take part, and which cases the caller may book for.

const MAX_CASE_OPTIONS = 30;

export function staffOptions(db: OfficeDb): StaffOption[] {
  return db.orm
    .select({ id: users.id, name: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.displayName))
    .all();
}

/** Cases the caller manages (and may write), optionally matching number or primary person's name. */
export function caseOptions(ctx: CaseCtx, query: string | undefined): CaseOption[] {
  const { db, actor } = ctx;
  if (actor.role === 'teamleitung') return [];
  const q = query?.trim() ? `%${query.trim()}%` : null;
  const matches = q
    ? or(like(cases.caseNumber, q), like(persons.familyName, q), like(persons.givenNames, q))
    : undefined;
  const rows = db.orm
    .select({ id: cases.id, caseNumber: cases.caseNumber, primaryPersonId: cases.primaryPersonId, householdId: cases.householdId, blocked: cases.blocked })
    .from(cases)
    .innerJoin(caseManagers, and(eq(caseManagers.caseId, cases.id), eq(caseManagers.userId, actor.userId)))
    .innerJoin(persons, eq(persons.id, cases.primaryPersonId))
    .where(matches)
    .orderBy(desc(cases.updatedAt))
    .limit(MAX_CASE_OPTIONS)
    .all();
  return rows
    .filter((r) => !r.blocked || actor.role === 'administration')
    .map((r) => ({
      caseId: r.id,
      caseNumber: r.caseNumber,
      persons: personsOfCase(db, r).map((p) => ({
        id: p.id,
        name: `${p.givenNames} ${p.familyName}`.trim(),
        interpreterNeeded: p.interpreterNeeded,
        interpreterLanguage: p.interpreterLanguage,
      })),
    }));
}
