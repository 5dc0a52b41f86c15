import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { PhaseEventView, UserRef } from '../../contract/channels/cases';
import type { OfficeDb } from '../db/open-encrypted';
import { caseManagers, casePhaseEvents, cases, users } from '../db/schema';
import { AppError } from '../errors';
import type { CaseRow } from './case-access';

export type CaseColumns = Partial<Omit<CaseRow, 'id' | 'createdAt'>>;

const MAX_PER_YEAR = 99_999;

/** The next readable number of a year, YYYY-NNNNN; call inside the creating transaction (no gaps, no races). */
export function nextCaseNumber(db: OfficeDb, year: number): string {
  const prefix = `${year}-`;
  const last = db.orm
    .select({ n: cases.caseNumber })
    .from(cases)
    .where(and(gte(cases.caseNumber, prefix), lt(cases.caseNumber, `${year}.`)))
    .orderBy(desc(cases.caseNumber))
    .limit(1)
    .get();
  const next = last ? Number(last.n.slice(prefix.length)) + 1 : 1;
  if (!Number.isInteger(next) || next > MAX_PER_YEAR) throw new AppError('CONFLICT', 'Für dieses Jahr sind keine Fallnummern mehr frei.');
  return `${prefix}${String(next).padStart(5, '0')}`;
}

export function insertCase(db: OfficeDb, cols: CaseColumns & Pick<CaseRow, 'caseNumber' | 'kommuneId' | 'primaryPersonId' | 'openedOn'>, at: Date): CaseRow {
  const stamp = at.toISOString();
  return db.orm
    .insert(cases)
    .values({ ...cols, id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
}

export function updateCaseRow(db: OfficeDb, id: string, cols: CaseColumns): CaseRow {
  const row = db.orm.update(cases).set(cols).where(eq(cases.id, id)).returning().get();
  if (!row) throw new Error('case vanished inside its transaction');
  return row;
}

/**
 * Marks the case as changed when something in it changed (a note, a goal …), for "recent cases"
 * and the list's sort by update. The version stays: it guards the case's own fields only.
 */
export function touchCase(db: OfficeDb, id: string, at: Date): void {
  db.orm.update(cases).set({ updatedAt: at.toISOString() }).where(eq(cases.id, id)).run();
}

export function replaceManagers(db: OfficeDb, caseId: string, userIds: readonly string[]): void {
  db.orm.delete(caseManagers).where(eq(caseManagers.caseId, caseId)).run();
  db.orm
    .insert(caseManagers)
    .values([...new Set(userIds)].map((userId) => ({ caseId, userId })))
    .run();
}

/** Active users who may be case managers, by id (unknown or unsuitable ids are left out). */
export function eligibleManagers(db: OfficeDb, ids?: readonly string[]): UserRef[] {
  const roleOk = inArray(users.role, ['fallmanagement', 'administration']);
  const where = ids ? and(roleOk, eq(users.active, true), inArray(users.id, [...ids])) : and(roleOk, eq(users.active, true));
  return db.orm.select({ id: users.id, displayName: users.displayName }).from(users).where(where).orderBy(asc(users.displayName)).all();
}

/** Managers of many cases in one query (the case list's batched lookup). */
export function managersOfCases(db: OfficeDb, caseIds: readonly string[]): Map<string, UserRef[]> {
  const out = new Map<string, UserRef[]>();
  if (caseIds.length === 0) return out;
  const rows = db.orm
    .select({ caseId: caseManagers.caseId, id: users.id, displayName: users.displayName })
    .from(caseManagers)
    .innerJoin(users, eq(users.id, caseManagers.userId))
    .where(inArray(caseManagers.caseId, [...caseIds]))
    .orderBy(asc(users.displayName))
    .all();
  for (const r of rows) {
    const list = out.get(r.caseId) ?? [];
    list.push({ id: r.id, displayName: r.displayName });
    out.set(r.caseId, list);
  }
  return out;
}

export function insertPhaseEvent(
  db: OfficeDb,
  e: Omit<typeof casePhaseEvents.$inferInsert, 'id'>,
): void {
  db.orm.insert(casePhaseEvents).values({ ...e, id: randomUUID() }).run();
}

export function phaseEventsOf(db: OfficeDb, caseId: string): PhaseEventView[] {
  return db.orm
    .select({
      id: casePhaseEvents.id,
      fromPhase: casePhaseEvents.fromPhase,
      toPhase: casePhaseEvents.toPhase,
      at: casePhaseEvents.at,
      userName: users.displayName,
      reason: casePhaseEvents.reason,
      explanation: casePhaseEvents.explanation,
      goalAttainment: casePhaseEvents.goalAttainment,
    })
    .from(casePhaseEvents)
    .leftJoin(users, eq(users.id, casePhaseEvents.userId))
    .where(eq(casePhaseEvents.caseId, caseId))
    .orderBy(asc(casePhaseEvents.at))
    .all();
}
