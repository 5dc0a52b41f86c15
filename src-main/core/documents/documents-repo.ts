import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { DocumentMimeType, DocumentView } from '../../contract/channels/documents';
import type { OfficeDb } from '../db/open-encrypted';
import { documents, users } from '../db/schema';

export const DOCUMENT_NOT_FOUND = 'Dieses Dokument existiert nicht.';

// Lists never read the blob column: a case with many scans stays quick to open.
const viewColumns = {
  id: documents.id,
  caseId: documents.caseId,
  personId: documents.personId,
  fileName: documents.fileName,
  mimeType: documents.mimeType,
  sizeBytes: documents.sizeBytes,
  sha256: documents.sha256,
  description: documents.description,
  uploadedAt: documents.uploadedAt,
  uploadedByName: users.displayName,
};

const selectViews = (db: OfficeDb) => db.orm.select(viewColumns).from(documents).leftJoin(users, eq(users.id, documents.uploadedBy));

const asView = (r: Omit<DocumentView, 'mimeType'> & { mimeType: string }): DocumentView => ({ ...r, mimeType: r.mimeType as DocumentMimeType });

export const documentsOfCase = (db: OfficeDb, caseId: string): DocumentView[] =>
  selectViews(db).where(eq(documents.caseId, caseId)).orderBy(desc(documents.uploadedAt)).all().map(asView);

export function findDocumentView(db: OfficeDb, id: string): DocumentView | undefined {
  const row = selectViews(db).where(eq(documents.id, id)).get();
  return row && asView(row);
}

export const findDocumentContent = (db: OfficeDb, id: string): Buffer | undefined =>
  db.orm.select({ content: documents.content }).from(documents).where(eq(documents.id, id)).get()?.content;

export function insertDocument(db: OfficeDb, d: Omit<typeof documents.$inferInsert, 'id'>): string {
  const id = randomUUID();
  db.orm.insert(documents).values({ id, ...d }).run();
  return id;
}

export const deleteDocument = (db: OfficeDb, id: string): void => {
  db.orm.delete(documents).where(eq(documents.id, id)).run();
};
