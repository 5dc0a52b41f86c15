import type { CaseFilePrintView } from '../../contract/channels/print';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable } from '../cases/case-access';
import { getCase } from '../cases/case-service';
import type { CaseCtx } from '../cases/service-context';
import { printViewOf } from '../consultations/consultation-print';
import { consultationsOfCase } from '../consultations/consultations-repo';
import { inTransaction } from '../db/open-encrypted';
import { listFollowUps } from '../followups/followups-service';
import { getPlan } from '../plan/plan-service';
import { caseTimeline } from '../timeline/timeline';

/** Longest Verlauf a case-file print carries (the channel's own maximum). */
const TIMELINE_LIMIT = 1_000;

/**
 * Everything of one case for one document (Art. 15 DSGVO access request, handover): read through
 * each area's own service (their access checks and audit events) in one transaction, so the
 * document is a consistent snapshot.
 */
export function caseFilePrintView(ctx: CaseCtx, caseId: string): CaseFilePrintView {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const view = getCase(ctx, caseId);
    const plan = getPlan(ctx, caseId);
    const followUps = listFollowUps(ctx, { caseId, includeDone: true });
    const timeline = caseTimeline(ctx, { caseId, limit: TIMELINE_LIMIT });
    const caseRow = assertCaseReadable(db, caseId, actor);
    const consultations = consultationsOfCase(db, caseId)
      .reverse()
      .map((row) => printViewOf(db, actor, caseRow, row, 'file', 'standard'));
    appendAudit(db, { userId: actor.userId, action: 'casefile.read-for-print', entity: 'case', entityId: caseId }, ctx.at);
    return { case: view, plan, followUps, consultations, timeline };
  });
}
