import type { TimelineEntry } from '../../contract/channels/timeline';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable } from '../cases/case-access';
import type { CaseCtx } from '../cases/service-context';
import { consultationTimelineSource } from '../consultations/consultation-timeline';
import { inTransaction } from '../db/open-encrypted';
import { NETWORK_SOURCES } from '../referrals/timeline-sources';
import { CASE_FILE_SOURCES } from './core-sources';
import type { TimelineSource } from './timeline-source';

/**
 * Every source of the Verlauf. A later feature (consultations, appointments, referrals, documents)
 * adds its source here: one import and one list entry, nothing else changes.
 */
const SOURCES: readonly TimelineSource[] = [...CASE_FILE_SOURCES, ...NETWORK_SOURCES, consultationTimelineSource];

/** The case's Verlauf, newest first, optionally only some kinds. */
export function caseTimeline(ctx: CaseCtx, input: { caseId: string; kinds?: string[] | undefined; limit: number }): TimelineEntry[] {
  const { db } = ctx;
  return inTransaction(db, () => {
    assertCaseReadable(db, input.caseId, ctx.actor);
    appendAudit(db, { userId: ctx.actor.userId, action: 'timeline.read', entity: 'case', entityId: input.caseId }, ctx.at);
    const wanted = input.kinds ? new Set(input.kinds) : null;
    return SOURCES.filter((s) => !wanted || wanted.has(s.kind))
      .flatMap((s) => s.entries(db, input.caseId))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.key.localeCompare(b.key)))
      .slice(0, input.limit);
  });
}
