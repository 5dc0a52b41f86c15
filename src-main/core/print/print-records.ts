import { eq } from 'drizzle-orm';
import type { PRINT_DOCUMENTS } from '../../contract/channels/print';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable } from '../cases/case-access';
import type { CaseCtx } from '../cases/service-context';
import { CONSENT_NOT_FOUND, findConsent } from '../consents/consents-repo';
import { assertPersonReadable } from '../consents/person-access';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { cases } from '../db/schema';
import { AppError } from '../errors';

export const findCaseNumber = (db: OfficeDb, caseId: string): string | null =>
  db.orm.select({ n: cases.caseNumber }).from(cases).where(eq(cases.id, caseId)).get()?.n ?? null;

export interface DocumentPrint {
  document: (typeof PRINT_DOCUMENTS)[number];
  id: string;
  output: 'drucker' | 'pdf';
}

/** One audit event per print or PDF of a case file or a consent form, after the same access check as reading it. */
export function recordDocumentPrint(ctx: CaseCtx, p: DocumentPrint): { recorded: true } {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    if (p.document === 'fallakte') assertCaseReadable(db, p.id, actor);
    else {
      const consent = findConsent(db, p.id);
      if (!consent) throw new AppError('NOT_FOUND', CONSENT_NOT_FOUND);
      assertPersonReadable(db, consent.personId, actor);
    }
    const entity = p.document === 'fallakte' ? 'case' : 'consent';
    appendAudit(db, { userId: actor.userId, action: `${p.document === 'fallakte' ? 'casefile' : 'consent'}.print-${p.output}`, entity, entityId: p.id }, ctx.at);
    return { recorded: true as const };
  });
}
