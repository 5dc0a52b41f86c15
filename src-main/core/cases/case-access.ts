import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { preparedPerConnection } from '../db/prepared';
import { caseManagers, cases } from '../db/schema';
import { AppError } from '../errors';
import type { Actor } from './service-context';

// Who may read and change a case, decided in this one place (part B's features reuse it):
// - fallmanagement reads and edits the cases they are listed on as case manager (team cases have
//   several managers);
// - teamleitung reads every case and edits none;
// - administration manages users, settings and Kommunen. Least privilege: it does NOT read case
//   content unless it is itself listed as a case manager of that case (DSGVO Art. 9 data; user
//   administration needs no access to it).
// - a blocked case (§ 84 SGB X, set by part B) is read-only for everyone but the administration.

export const CASE_NOT_FOUND = 'Dieser Fall existiert nicht.';
const NO_READ = 'Sie haben keinen Zugriff auf diesen Fall.';
const READ_ONLY_ROLE = 'Die Teamleitung kann Fälle nur lesen, nicht ändern.';
const NOT_MANAGER = 'Nur die zuständigen Fallmanager:innen können diesen Fall bearbeiten.';
const BLOCKED = 'Der Fall ist gesperrt und kann nur gelesen werden.';

export type CaseRow = typeof cases.$inferSelect;

export const readsAllCases = (actor: Actor): boolean => actor.role === 'teamleitung';

// Every case-scoped call loads the case and checks its managers: prepared once per connection.
const managerCheck = preparedPerConnection((db) =>
  db.orm
    .select({ one: sql<number>`1` })
    .from(caseManagers)
    .where(and(eq(caseManagers.caseId, sql.placeholder('caseId')), eq(caseManagers.userId, sql.placeholder('userId'))))
    .prepare(),
);
const caseById = preparedPerConnection((db) => db.orm.select().from(cases).where(eq(cases.id, sql.placeholder('id'))).prepare());

export function isCaseManager(db: OfficeDb, caseId: string, userId: string): boolean {
  return managerCheck(db).get({ caseId, userId }) !== undefined;
}

/**
 * SQL condition "the actor may read cases.id", for list queries; undefined when every case is
 * readable. An IN over the manager's index lets SQLite start from the user's cases.
 */
export function readableCaseCondition(db: OfficeDb, actor: Actor): SQL | undefined {
  if (readsAllCases(actor)) return undefined;
  return inArray(cases.id, db.orm.select({ id: caseManagers.caseId }).from(caseManagers).where(eq(caseManagers.userId, actor.userId)));
}

/** The subset of `caseIds` the actor may read, in one query. */
export function readableCaseIds(db: OfficeDb, actor: Actor, caseIds: readonly string[]): Set<string> {
  if (readsAllCases(actor) || caseIds.length === 0) return new Set(caseIds);
  const rows = db.orm
    .select({ id: caseManagers.caseId })
    .from(caseManagers)
    .where(and(eq(caseManagers.userId, actor.userId), inArray(caseManagers.caseId, [...new Set(caseIds)])))
    .all();
  return new Set(rows.map((r) => r.id));
}

function loadCase(db: OfficeDb, caseId: string): CaseRow {
  const row = caseById(db).get({ id: caseId });
  if (!row) throw new AppError('NOT_FOUND', CASE_NOT_FOUND);
  return row;
}

export function canReadCase(db: OfficeDb, caseId: string, actor: Actor): boolean {
  return readsAllCases(actor) || isCaseManager(db, caseId, actor.userId);
}

/** The case row, if the actor may read it; NOT_FOUND or FORBIDDEN otherwise. */
export function assertCaseReadable(db: OfficeDb, caseId: string, actor: Actor): CaseRow {
  const row = loadCase(db, caseId);
  if (!canReadCase(db, caseId, actor)) throw new AppError('FORBIDDEN', NO_READ);
  return row;
}

/** Why the actor may not change the case, or null when they may. */
export function writeRefusal(db: OfficeDb, row: CaseRow, actor: Actor): string | null {
  if (actor.role === 'teamleitung') return READ_ONLY_ROLE;
  if (!isCaseManager(db, row.id, actor.userId)) return NOT_MANAGER;
  if (row.blocked && actor.role !== 'administration') return BLOCKED;
  return null;
}

/** The case row, if the actor may change it; NOT_FOUND or FORBIDDEN otherwise. Call inside the write transaction. */
export function assertCaseWritable(db: OfficeDb, caseId: string, actor: Actor): CaseRow {
  const row = loadCase(db, caseId);
  const refusal = writeRefusal(db, row, actor);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  return row;
}
