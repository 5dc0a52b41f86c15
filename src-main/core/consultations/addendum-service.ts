import type { ConsultationView } from '../../contract/channels/consultations';
import { appendAudit } from '../audit/audit-log';
import { touchCase } from '../cases/cases-repo';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { writableConsultation } from './consultation-access';
import { consultationView } from './consultation-views';
import { insertAddendum } from './consultations-repo';

export interface AddendumInput {
  id: string;
  text: string;
  reason: string;
  forClient: boolean;
}

/** Appends a Nachtrag to a finalised record: the original stays as it was, the addendum shows below it. */
export function addAddendum(ctx: CaseCtx, input: AddendumInput): ConsultationView {
  const { db, actor } = ctx;
  const text = input.text.trim();
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION', 'Bitte geben Sie den Grund für den Nachtrag an.', { issues: [{ path: 'reason', code: 'required' }] });
  if (!text) throw new AppError('VALIDATION', 'Bitte geben Sie den Text des Nachtrags ein.', { issues: [{ path: 'text', code: 'required' }] });
  return inTransaction(db, () => {
    const { row, caseRow } = writableConsultation(db, input.id, actor);
    if (row.finalisedAt === null) {
      throw new AppError('CONFLICT', 'Ein Entwurf wird direkt bearbeitet; Nachträge gibt es erst nach dem Abschließen.');
    }
    const addendum = insertAddendum(db, { consultationId: row.id, text, reason, forClient: input.forClient, authorUserId: actor.userId }, ctx.at);
    touchCase(db, caseRow.id, ctx.at);
    appendAudit(db, { userId: actor.userId, action: 'consultation.addendum', entity: 'consultation_addendum', entityId: addendum.id }, ctx.at);
    return consultationView(db, actor, caseRow, row);
  });
}
