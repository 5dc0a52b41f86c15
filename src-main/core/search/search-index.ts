import { and, eq } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { searchDocuments } from '../db/schema';

// Maintenance of the FTS5 `search_index` (migration 0003): one document per entity, replaced on
// every write of that entity inside the writer's transaction, so the index never lags behind.
// `search_documents` maps (entity, entityId) to the document's rowid, because FTS5 can only find
// rows by rowid or by full-text match, not by its UNINDEXED columns.

export interface SearchDocument {
  /** person, case, note, partner, … */
  entity: string;
  entityId: string;
  /** The case the document belongs to, or null (persons resolve their cases at search time). */
  caseId: string | null;
  title: string;
  body: string;
}

const byEntity = (entity: string, entityId: string) => and(eq(searchDocuments.entity, entity), eq(searchDocuments.entityId, entityId));

/** Adds or replaces the document of one entity. Call inside the transaction of the change. */
export function indexDocument(db: OfficeDb, doc: SearchDocument): void {
  const existing = db.orm.select().from(searchDocuments).where(byEntity(doc.entity, doc.entityId)).get();
  const rowid = existing
    ? existing.rowid
    : db.orm.insert(searchDocuments).values({ entity: doc.entity, entityId: doc.entityId }).returning().get().rowid;
  if (existing) db.raw.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
  db.raw
    .prepare('INSERT INTO search_index (rowid, entity, entity_id, case_id, title, body) VALUES (?, ?, ?, ?, ?, ?)')
    .run(rowid, doc.entity, doc.entityId, doc.caseId, doc.title, doc.body);
}

/** Removes the document of one entity (deleted or blocked records). Missing documents are fine. */
export function removeDocument(db: OfficeDb, entity: string, entityId: string): void {
  const existing = db.orm.select().from(searchDocuments).where(byEntity(entity, entityId)).get();
  if (!existing) return;
  db.raw.prepare('DELETE FROM search_index WHERE rowid = ?').run(existing.rowid);
  db.orm.delete(searchDocuments).where(eq(searchDocuments.rowid, existing.rowid)).run();
}
