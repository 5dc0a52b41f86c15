import type { z } from 'zod';
import type { CaseView, caseTransitionInput, TransitionBlocker } from '../../contract/channels/cases';
import { appendAudit } from '../audit/audit-log';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { snapshotCaseOnClosure } from '../reports/case-snapshot';
import { assertCaseWritable, CASE_NOT_FOUND } from './case-access';
import { buildCaseView, phaseFacts } from './case-view';
import { insertPhaseEvent, updateCaseRow, type CaseColumns } from './cases-repo';
import { findOption } from './phase-rules';
import { berlinToday, refuse, type CaseCtx } from './service-context';

type TransitionInput = z.output<typeof caseTransitionInput>;

const BLOCKER_MESSAGES: Record<TransitionBlocker, string> = {
  consent_missing: 'Ohne dokumentierte Einwilligung zur Fallakte kann die Klärung nicht abgeschlossen werden.',
  no_assessment: 'Für die Hilfeplanung ist mindestens ein Assessment nötig.',
  no_goal: 'Für die Umsetzung braucht der Hilfeplan mindestens ein Ziel.',
  blocked: 'Der Fall ist gesperrt.',
};

const filled = (v: string | undefined): v is string => v !== undefined && v.trim().length > 0;

/**
 * Moves a case to another phase by the rules of the process (phase-rules.ts): forward when nothing
 * blocks, back one phase or reopen with a reason, close with reason and goal attainment (and an
 * explanation while goals or follow-ups are open). Every change is dated, evented and audited.
 */
export function transitionCase(ctx: CaseCtx, input: TransitionInput): CaseView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const before = expectVersion(assertCaseWritable(db, input.id, ctx.actor), input.version, CASE_NOT_FOUND);
    const option = findOption(phaseFacts(db, before), input.to);
    if (!option) refuse('Dieser Phasenwechsel ist in der aktuellen Phase nicht möglich.', [{ path: 'to', code: 'invalid_transition' }]);
    const [blocker] = option.blockers;
    if (blocker) throw new AppError('VALIDATION', BLOCKER_MESSAGES[blocker], { blockers: option.blockers });

    const cols: CaseColumns = { phase: input.to };
    let reason: string | null = null;
    if (option.kind === 'back' || option.kind === 'reopen') {
      if (!filled(input.reason)) refuse('Bitte geben Sie einen Grund für den Phasenwechsel an.', [{ path: 'reason', code: 'required' }]);
      reason = input.reason.trim();
      if (option.kind === 'reopen') Object.assign(cols, { closedOn: null, closureReason: null, goalAttainment: null });
    }
    if (option.kind === 'close') {
      const missing = (['closureReason', 'goalAttainment'] as const).filter((f) => !input[f]);
      if (missing.length > 0) refuse('Bitte geben Sie den Abschlussgrund und die Zielerreichung an.', missing.map((path) => ({ path, code: 'required' })));
      if (option.needsExplanation && !filled(input.openItemsExplanation)) {
        refuse('Es gibt noch offene Ziele oder Wiedervorlagen. Bitte begründen Sie den Abschluss.', [{ path: 'openItemsExplanation', code: 'required' }]);
      }
      Object.assign(cols, { closedOn: berlinToday(ctx.at), closureReason: input.closureReason, goalAttainment: input.goalAttainment });
      // The closure reason code is the event's reason; the case keeps it too until a reopening.
      reason = input.closureReason ?? null;
    }
    const row = updateCaseRow(db, before.id, { ...cols, ...nextVersion(before, ctx.at) });
    insertPhaseEvent(db, {
      caseId: row.id,
      fromPhase: before.phase,
      toPhase: input.to,
      at: ctx.at.toISOString(),
      userId: ctx.actor.userId,
      reason: reason ?? (filled(input.reason) ? input.reason.trim() : null),
      explanation: option.kind === 'close' && filled(input.openItemsExplanation) ? input.openItemsExplanation.trim() : null,
      goalAttainment: option.kind === 'close' ? (input.goalAttainment ?? null) : null,
    });
    if (option.kind === 'close') snapshotCaseOnClosure(db, row.id, ctx.at); // anonymous report facts that outlive the case
    appendAudit(db, { userId: ctx.actor.userId, action: 'case.transition', entity: 'case', entityId: row.id }, ctx.at);
    return buildCaseView(ctx, row);
  });
}
