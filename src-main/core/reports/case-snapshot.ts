import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { inTransaction } from '../db/open-encrypted';
import { cases, caseStatSnapshots } from '../db/schema';
import type { Period } from './period';
import { snapshotFacts, type CaseFacts } from './case-facts';
import { liveFacts } from './live-facts';

/**
 * Writes the anonymous report facts of a case that has just been closed, replacing the snapshot
 * of an earlier closure (a reopened case). Call inside the closing transaction, after `closed_on`
 * is set: reports for past periods then stay the same when the case is later deleted or anonymised.
 */
export function snapshotCaseOnClosure(db: OfficeDb, caseId: string, at = new Date()): void {
  inTransaction(db, () => {
    const row = db.orm.select().from(cases).where(eq(cases.id, caseId)).get();
    if (!row?.closedOn) throw new Error('snapshotCaseOnClosure needs a closed case');
    const facts = liveFacts(db, [row]).get(caseId)!;
    const { kommuneId, openedOn, closedOn: _closedOn, managerIds, ...rest } = facts;
    db.orm.delete(caseStatSnapshots).where(eq(caseStatSnapshots.caseId, caseId)).run();
    db.orm
      .insert(caseStatSnapshots)
      .values({
        id: randomUUID(),
        caseId,
        kommuneId,
        openedOn,
        closedOn: row.closedOn,
        managerIds: JSON.stringify(managerIds),
        facts: JSON.stringify(snapshotFacts.parse(rest)),
        createdAt: at.toISOString(),
      })
      .run();
  });
}

/** Case ids that have a snapshot: while the case is closed, the snapshot speaks for it. */
export function snapshottedCaseIds(db: OfficeDb): Set<string> {
  const rows = db.orm.select({ caseId: caseStatSnapshots.caseId }).from(caseStatSnapshots).where(isNotNull(caseStatSnapshots.caseId)).all();
  return new Set(rows.map((r) => r.caseId!));
}

/**
 * Snapshots of cases closed in or after the period's start and opened by its end. A snapshot of a
 * case that was reopened (open again now) is left out: the live case speaks for it.
 */
export function snapshotsActiveIn(db: OfficeDb, period: Period, kommuneId: string | null): CaseFacts[] {
  const active = and(lte(caseStatSnapshots.openedOn, period.to), gte(caseStatSnapshots.closedOn, period.from));
  const rows = db.orm
    .select({ s: caseStatSnapshots })
    .from(caseStatSnapshots)
    .leftJoin(cases, eq(cases.id, caseStatSnapshots.caseId))
    .where(and(active, kommuneId ? eq(caseStatSnapshots.kommuneId, kommuneId) : undefined, or(isNull(caseStatSnapshots.caseId), isNotNull(cases.closedOn))))
    .all();
  return rows.map(({ s }) => ({
    ...snapshotFacts.parse(JSON.parse(s.facts)),
    kommuneId: s.kommuneId,
    openedOn: s.openedOn,
    closedOn: s.closedOn,
    managerIds: JSON.parse(s.managerIds) as string[],
  }));
}
