import { createHash } from 'node:crypto';
import type { OfficeDb } from '../db/open-encrypted';
import { preparedPerConnection } from '../db/prepared';

export interface AuditEvent {
  userId: string | null;
  /** `domain.action`, e.g. `case.read`; never data values. */
  action: string;
  entity?: string | null;
  entityId?: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  user_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

const hashOf = (prevHash: string, r: Pick<AuditRow, 'at' | 'user_id' | 'action' | 'entity' | 'entity_id'>) =>
  createHash('sha256')
    .update(JSON.stringify([prevHash, r.at, r.user_id, r.action, r.entity, r.entity_id]))
    .digest('hex');

// Every read appends an event, so its two statements are compiled once per connection.
const statements = preparedPerConnection((db) => ({
  last: db.raw.prepare('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1'),
  insert: db.raw.prepare('INSERT INTO audit_events (at, user_id, action, entity, entity_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)'),
}));

/**
 * Appends one event, chained to the previous row. Call inside the transaction of the change it
 * records, so the event and the change commit together.
 */
export function appendAudit(db: OfficeDb, event: AuditEvent, now = new Date()): void {
  const { last, insert } = statements(db);
  const prevHash = (last.get() as { hash: string } | undefined)?.hash ?? GENESIS_HASH;
  const row = {
    at: now.toISOString(),
    user_id: event.userId,
    action: event.action,
    entity: event.entity ?? null,
    entity_id: event.entityId ?? null,
  };
  insert.run(row.at, row.user_id, row.action, row.entity, row.entity_id, prevHash, hashOf(prevHash, row));
}

/** Walks the chain in order and reports the first row whose link or own hash is wrong. */
export function verifyAuditChain(db: OfficeDb): { ok: boolean; checked: number; firstBrokenId: number | null } {
  let prev = GENESIS_HASH;
  let checked = 0;
  for (const r of db.raw.prepare('SELECT * FROM audit_events ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    if (r.prev_hash !== prev || r.hash !== hashOf(prev, r)) return { ok: false, checked, firstBrokenId: r.id };
    prev = r.hash;
    checked++;
  }
  return { ok: true, checked, firstBrokenId: null };
}
