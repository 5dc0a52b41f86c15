import type { z } from 'zod';
import type { contract } from '../../contract';
import type { DocumentContent, DocumentView } from '../../contract/channels/documents';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable } from '../cases/case-access';
import type { CaseCtx } from '../cases/service-context';
import { assertPersonInCase } from '../consents/person-access';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { checkUpload } from './document-file';
import { deleteDocument, DOCUMENT_NOT_FOUND, documentsOfCase, findDocumentContent, findDocumentView, insertDocument } from './documents-repo';

type UploadInput = z.output<(typeof contract)['documents.upload']['input']>;

// Documents live only as blobs in the encrypted database: no temp file, no cache on disk.

export function uploadDocument({ db, actor, at }: CaseCtx, input: UploadInput): DocumentView {
  const file = checkUpload(input.fileName, input.contentBase64);
  return inTransaction(db, () => {
    assertCaseWritable(db, input.caseId, actor);
    if (input.personId) assertPersonInCase(db, input.personId, input.caseId);
    const id = insertDocument(db, {
      caseId: input.caseId,
      personId: input.personId ?? null,
      fileName: file.fileName,
      mimeType: file.mimeType,
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      content: file.bytes,
      description: input.description || null,
      uploadedAt: at.toISOString(),
      uploadedBy: actor.userId,
    });
    appendAudit(db, { userId: actor.userId, action: 'document.upload', entity: 'document', entityId: id }, at);
    return findDocumentView(db, id) as DocumentView;
  });
}

export function listDocuments({ db, actor, at }: CaseCtx, caseId: string): DocumentView[] {
  return inTransaction(db, () => {
    assertCaseReadable(db, caseId, actor);
    appendAudit(db, { userId: actor.userId, action: 'document.list', entity: 'case', entityId: caseId }, at);
    return documentsOfCase(db, caseId);
  });
}

function requireDocument(db: OfficeDb, id: string): DocumentView {
  const doc = findDocumentView(db, id);
  if (!doc) throw new AppError('NOT_FOUND', DOCUMENT_NOT_FOUND);
  return doc;
}

export function downloadDocument({ db, actor, at }: CaseCtx, id: string): DocumentContent {
  return inTransaction(db, () => {
    const doc = requireDocument(db, id);
    assertCaseReadable(db, doc.caseId, actor);
    const content = findDocumentContent(db, id) as Buffer;
    appendAudit(db, { userId: actor.userId, action: 'document.read', entity: 'document', entityId: id }, at);
    return { fileName: doc.fileName, mimeType: doc.mimeType, sha256: doc.sha256, contentBase64: content.toString('base64') };
  });
}

export function removeDocument({ db, actor, at }: CaseCtx, id: string): void {
  inTransaction(db, () => {
    const doc = requireDocument(db, id);
    assertCaseWritable(db, doc.caseId, actor);
    deleteDocument(db, id);
    appendAudit(db, { userId: actor.userId, action: 'document.remove', entity: 'document', entityId: id }, at);
  });
}
