import { and, asc, count, desc, eq, exists, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { caseListInput } from '../../contract/channels/cases';
import type { OfficeDb } from '../db/open-encrypted';
import { assessments, caseManagers, cases, followUps, households, kommunen, persons } from '../db/schema';

// The SQL of the case list: filters as indexed EXISTS sub-queries on the per-case tables, one
// count, one page query, then batched look-ups for the rows of the page (no query per row).

export type ListFilter = z.output<typeof caseListInput>;

const NEED_RATINGS = ['unterstuetzung', 'dringend'] as const;

const one = sql`1`;

/** The WHERE conditions for a filter; `caseIds` restricts to the cases a text query found. */
export function listConditions(db: OfficeDb, f: ListFilter, today: string, readable: SQL | undefined, caseIds: string[] | null): SQL | undefined {
  const conds: (SQL | undefined)[] = [readable];
  if (f.phase) conds.push(eq(cases.phase, f.phase));
  if (f.kommuneId) conds.push(eq(cases.kommuneId, f.kommuneId));
  if (f.managerId) {
    conds.push(exists(db.orm.select({ one }).from(caseManagers).where(and(eq(caseManagers.caseId, cases.id), eq(caseManagers.userId, f.managerId)))));
  }
  if (f.needDomain) {
    conds.push(
      exists(
        db.orm
          .select({ one })
          .from(assessments)
          .where(and(eq(assessments.caseId, cases.id), eq(assessments.domain, f.needDomain), inArray(assessments.rating, [...NEED_RATINGS]))),
      ),
    );
  }
  if (f.followUps) {
    const open = and(eq(followUps.caseId, cases.id), isNull(followUps.doneOn));
    conds.push(exists(db.orm.select({ one }).from(followUps).where(f.followUps === 'overdue' ? and(open, lt(followUps.dueOn, today)) : open)));
  }
  if (caseIds) conds.push(caseIds.length > 0 ? inArray(cases.id, caseIds) : sql`0`);
  return and(...conds);
}

const SORT_COLUMNS = {
  caseNumber: [cases.caseNumber],
  updated: [cases.updatedAt, cases.caseNumber],
  name: [sql`lower(${persons.familyName})`, sql`lower(${persons.givenNames})`, cases.caseNumber],
} as const;

export const countQuery = (db: OfficeDb, where: SQL | undefined) => db.orm.select({ n: count() }).from(cases).where(where);

export const countCases = (db: OfficeDb, where: SQL | undefined): number => countQuery(db, where).get()?.n ?? 0;

/** List rows (case, primary person, Kommune, household) before filtering, sorting and paging. */
export const caseRowQuery = (db: OfficeDb) =>
  db.orm
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      phase: cases.phase,
      kommuneId: cases.kommuneId,
      kommuneName: kommunen.name,
      personId: persons.id,
      familyName: persons.familyName,
      givenNames: persons.givenNames,
      householdLabel: households.label,
      blocked: cases.blocked,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.primaryPersonId))
    .innerJoin(kommunen, eq(kommunen.id, cases.kommuneId))
    .leftJoin(households, eq(households.id, cases.householdId))
    .$dynamic();

export type CaseListRow = Awaited<ReturnType<ReturnType<typeof caseRowQuery>['all']>>[number];

/** The query of one page of list rows (exported unexecuted so tests can EXPLAIN it). */
export function pageQuery(db: OfficeDb, where: SQL | undefined, f: ListFilter) {
  const dir = f.direction === 'asc' ? asc : desc;
  return caseRowQuery(db)
    .where(where)
    .orderBy(...SORT_COLUMNS[f.sort].map((c) => dir(c)))
    .limit(f.limit)
    .offset(f.offset);
}

export const pageOfCases = (db: OfficeDb, where: SQL | undefined, f: ListFilter): CaseListRow[] => pageQuery(db, where, f).all();

/** Open and overdue follow-up counts of the page's cases, in one grouped query. */
export function followUpCounts(db: OfficeDb, caseIds: readonly string[], today: string): Map<string, { open: number; overdue: number }> {
  if (caseIds.length === 0) return new Map();
  const rows = db.orm
    .select({
      caseId: followUps.caseId,
      open: count(),
      overdue: sql<number>`sum(case when ${followUps.dueOn} < ${today} then 1 else 0 end)`,
    })
    .from(followUps)
    .where(and(inArray(followUps.caseId, [...caseIds]), isNull(followUps.doneOn)))
    .groupBy(followUps.caseId)
    .all();
  return new Map(rows.map((r) => [r.caseId, { open: r.open, overdue: Number(r.overdue) }]));
}
