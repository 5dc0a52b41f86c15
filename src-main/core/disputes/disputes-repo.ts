import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DisputeEntity, DisputeView } from '../../contract/channels/disputes';
import type { OfficeDb } from '../db/open-encrypted';
import { preparedPerConnection } from '../db/prepared';
import { disputes, users } from '../db/schema';
import { onCasePage } from './dispute-targets';

export const DISPUTE_NOT_FOUND = 'Dieser Widerspruch existiert nicht.';

const disputeQuery = (db: OfficeDb, where: SQL | undefined) =>
  db.orm
    .select({ d: disputes, userName: users.displayName })
    .from(disputes)
    .leftJoin(users, eq(users.id, disputes.userId))
    .where(where)
    .orderBy(desc(disputes.markedOn), desc(disputes.id));

const toView = ({ d, userName }: { d: typeof disputes.$inferSelect; userName: string | null }): DisputeView => ({
  id: d.id,
  entity: d.entity as DisputeEntity,
  entityId: d.entityId,
  field: d.field,
  note: d.note,
  markedOn: d.markedOn,
  resolvedOn: d.resolvedOn,
  userName,
});

const selectDisputes = (db: OfficeDb, where: SQL | undefined): DisputeView[] => disputeQuery(db, where).all().map(toView);

// The case page and its Verlauf ask for these with every case: one query, prepared once.
const ofCase = preparedPerConnection((db) => disputeQuery(db, onCasePage(db, sql.placeholder('caseId'))).prepare());

/** Disputes of every entry shown on a case's page (see onCasePage). */
export const disputesOfCase = (db: OfficeDb, caseId: string): DisputeView[] => ofCase(db).all({ caseId }).map(toView);

export const disputesOf = (db: OfficeDb, entity: DisputeEntity, entityId: string): DisputeView[] =>
  selectDisputes(db, and(eq(disputes.entity, entity), eq(disputes.entityId, entityId)));

export const findDispute = (db: OfficeDb, id: string): DisputeView | undefined => selectDisputes(db, eq(disputes.id, id))[0];

export function insertDispute(db: OfficeDb, d: { entity: DisputeEntity; entityId: string; field: string | null; note: string; markedOn: string; userId: string }): string {
  const id = randomUUID();
  db.orm.insert(disputes).values({ id, ...d }).run();
  return id;
}

export function setResolved(db: OfficeDb, id: string, resolvedOn: string): void {
  db.orm.update(disputes).set({ resolvedOn }).where(eq(disputes.id, id)).run();
}
