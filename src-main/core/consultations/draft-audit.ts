import { appendAudit, type AuditEvent } from '../audit/audit-log';
import type { OfficeDb } from '../db/open-encrypted';

/** One audit event covers an editing session: autosaves within this window after it add none. */
export const AUTOSAVE_AUDIT_WINDOW_MS = 10 * 60_000;

interface LastEvent {
  at: string;
  user_id: string | null;
  action: string;
  entity_id: string | null;
}

/**
 * The editor autosaves every few seconds; an audit row per keystroke pause would bury every other
 * event. When the newest event already records the same user saving the same draft within the
 * window, nothing is added; anything in between (a read, another user) starts a new event.
 */
export function appendAutosaveAudit(db: OfficeDb, event: AuditEvent & { entityId: string }, at: Date): void {
  const last = db.raw.prepare('SELECT at, user_id, action, entity_id FROM audit_events ORDER BY id DESC LIMIT 1').get() as LastEvent | undefined;
  const sameBurst =
    last !== undefined &&
    last.user_id === event.userId &&
    last.action === event.action &&
    last.entity_id === event.entityId &&
    at.getTime() - Date.parse(last.at) < AUTOSAVE_AUDIT_WINDOW_MS;
  if (!sameBurst) appendAudit(db, event, at);
}
