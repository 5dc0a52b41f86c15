import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { DisputeEntity, DisputeView } from '../../contract/channels/disputes';
import type { OfficeDb } from '../db/open-encrypted';
import { disputes, users } from '../db/schema';

export const DISPUTE_NOT_FOUND = 'Dieser Widerspruch existiert nicht.';

function selectDisputes(db: OfficeDb, where: SQL | undefined): DisputeView[] {
  return db.orm
    .select({ d: disputes, userName: users.displayName })
    .from(disputes)
    .leftJoin(users, eq(users.id, disputes.userId))
    .where(where)
    .orderBy(desc(disputes.markedOn), desc(disputes.id))
    .all()
    .map(({ d, userName }) => ({
      id: d.id,
      entity: d.entity as DisputeEntity,
      entityId: d.entityId,
      field: d.field,
      note: d.note,
      markedOn: d.markedOn,
      resolvedOn: d.resolvedOn,
      userName,
    }));
}

export const disputesOf = (db: OfficeDb, entity: DisputeEntity, entityId: string): DisputeView[] =>
  selectDisputes(db, and(eq(disputes.entity, entity), eq(disputes.entityId, entityId)));

export function disputesOfEntries(db: OfficeDb, entries: { entity: DisputeEntity; ids: string[] }[]): DisputeView[] {
  const parts = entries.filter((e) => e.ids.length > 0).map((e) => and(eq(disputes.entity, e.entity), inArray(disputes.entityId, e.ids)));
  return parts.length ? selectDisputes(db, or(...parts)) : [];
}

export const findDispute = (db: OfficeDb, id: string): DisputeView | undefined => selectDisputes(db, eq(disputes.id, id))[0];

export function insertDispute(db: OfficeDb, d: { entity: DisputeEntity; entityId: string; field: string | null; note: string; markedOn: string; userId: string }): string {
  const id = randomUUID();
  db.orm.insert(disputes).values({ id, ...d }).run();
  return id;
}

export function setResolved(db: OfficeDb, id: string, resolvedOn: string): void {
  db.orm.update(disputes).set({ resolvedOn }).where(eq(disputes.id, id)).run();
}
