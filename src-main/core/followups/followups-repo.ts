import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, isNull, lt, type SQL } from 'drizzle-orm';
import type { FollowUpView } from '../../contract/channels/followups';
import type { OfficeDb } from '../db/open-encrypted';
import { cases, followUps, users } from '../db/schema';

export type FollowUpRow = typeof followUps.$inferSelect;

export const FOLLOW_UP_NOT_FOUND = 'Diese Wiedervorlage existiert nicht.';

const viewColumns = {
  id: followUps.id,
  caseId: followUps.caseId,
  caseNumber: cases.caseNumber,
  dueOn: followUps.dueOn,
  note: followUps.note,
  ownerUserId: followUps.ownerUserId,
  ownerName: users.displayName,
  source: followUps.source,
  sourceId: followUps.sourceId,
  doneOn: followUps.doneOn,
  version: followUps.version,
  createdAt: followUps.createdAt,
};

/** Follow-ups with their case number and owner's name, filtered by `where`, due date first. */
export function followUpViews(db: OfficeDb, where: SQL | undefined, limit = 500): FollowUpView[] {
  return db.orm
    .select(viewColumns)
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .leftJoin(users, eq(users.id, followUps.ownerUserId))
    .where(where)
    .orderBy(asc(followUps.dueOn), asc(followUps.createdAt))
    .limit(limit)
    .all();
}

export function followUpsOfCase(db: OfficeDb, caseId: string, includeDone: boolean): FollowUpView[] {
  const ofCase = eq(followUps.caseId, caseId);
  return followUpViews(db, includeDone ? ofCase : and(ofCase, isNull(followUps.doneOn)));
}

export function followUpView(db: OfficeDb, id: string): FollowUpView {
  const [view] = followUpViews(db, eq(followUps.id, id), 1);
  if (!view) throw new Error('follow-up vanished inside its transaction');
  return view;
}

export const findFollowUp = (db: OfficeDb, id: string): FollowUpRow | undefined =>
  db.orm.select().from(followUps).where(eq(followUps.id, id)).get();

export function insertFollowUp(db: OfficeDb, values: Omit<typeof followUps.$inferInsert, 'id'>, at: Date): FollowUpRow {
  const stamp = at.toISOString();
  return db.orm
    .insert(followUps)
    .values({ ...values, id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
}

export function updateFollowUpRow(db: OfficeDb, id: string, values: Partial<FollowUpRow>): void {
  db.orm.update(followUps).set(values).where(eq(followUps.id, id)).run();
}

/** Open follow-ups of a case (the closing rule counts them). */
export function openFollowUpCount(db: OfficeDb, caseId: string): number {
  return db.orm.select({ n: count() }).from(followUps).where(and(eq(followUps.caseId, caseId), isNull(followUps.doneOn))).get()?.n ?? 0;
}

export function overdueFollowUpCount(db: OfficeDb, caseId: string, today: string): number {
  return (
    db.orm
      .select({ n: count() })
      .from(followUps)
      .where(and(eq(followUps.caseId, caseId), isNull(followUps.doneOn), lt(followUps.dueOn, today)))
      .get()?.n ?? 0
  );
}

/** Conditions for the Heute lists: open, owned by the user, due before / on a date. */
export const openOwnedBy = (userId: string) => and(eq(followUps.ownerUserId, userId), isNull(followUps.doneOn));
export const dueBefore = (date: string) => lt(followUps.dueOn, date);
export const dueExactly = (date: string) => eq(followUps.dueOn, date);
