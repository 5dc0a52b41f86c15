import type { z } from 'zod';
import type { FollowUpView, followupsChannels } from '../../contract/channels/followups';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable, isCaseManager } from '../cases/case-access';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, refuse, type CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { findFollowUp, FOLLOW_UP_NOT_FOUND, followUpsOfCase, followUpView, insertFollowUp, updateFollowUpRow } from './followups-repo';

type CreateInput = z.output<(typeof followupsChannels)['followups.create']['input']> & {
  /** Set by features that create follow-ups from their records (consultation agreements). */
  source?: 'manuell' | 'vereinbarung';
  sourceId?: string | null;
};
type ListInput = z.output<(typeof followupsChannels)['followups.list']['input']>;

/** Creates a Wiedervorlage; the owner (default: the caller) must be a case manager of the case. */
export function createFollowUp(ctx: CaseCtx, input: CreateInput): FollowUpView {
  const { db } = ctx;
  return inTransaction(db, () => {
    assertCaseWritable(db, input.caseId, ctx.actor);
    const owner = input.ownerUserId ?? ctx.actor.userId;
    if (!isCaseManager(db, input.caseId, owner)) refuse('Die Wiedervorlage kann nur einer Fallmanagerin oder einem Fallmanager des Falls gehören.', [{ path: 'ownerUserId', code: 'not_manager' }]);
    const row = insertFollowUp(
      db,
      { caseId: input.caseId, dueOn: input.dueOn, note: input.note, ownerUserId: owner, source: input.source ?? 'manuell', sourceId: input.sourceId ?? null },
      ctx.at,
    );
    touchCase(db, input.caseId, ctx.at);
    appendAudit(db, { userId: ctx.actor.userId, action: 'followup.create', entity: 'follow_up', entityId: row.id }, ctx.at);
    return followUpView(db, row.id);
  });
}

/** Marks a follow-up as done today (Berlin); already done ones are refused as stale. */
export function completeFollowUp(ctx: CaseCtx, input: { id: string; version: number }): FollowUpView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const found = findFollowUp(db, input.id);
    if (!found) throw new AppError('NOT_FOUND', FOLLOW_UP_NOT_FOUND);
    assertCaseWritable(db, found.caseId, ctx.actor);
    const before = expectVersion(found, input.version, FOLLOW_UP_NOT_FOUND);
    if (before.doneOn) throw new AppError('CONFLICT', 'Diese Wiedervorlage ist bereits erledigt.', { currentVersion: before.version });
    updateFollowUpRow(db, before.id, { doneOn: berlinToday(ctx.at), ...nextVersion(before, ctx.at) });
    touchCase(db, before.caseId, ctx.at);
    appendAudit(db, { userId: ctx.actor.userId, action: 'followup.complete', entity: 'follow_up', entityId: before.id }, ctx.at);
    return followUpView(db, before.id);
  });
}

export function listFollowUps(ctx: CaseCtx, input: ListInput): FollowUpView[] {
  const { db } = ctx;
  return inTransaction(db, () => {
    assertCaseReadable(db, input.caseId, ctx.actor);
    appendAudit(db, { userId: ctx.actor.userId, action: 'followup.list', entity: 'case', entityId: input.caseId }, ctx.at);
    return followUpsOfCase(db, input.caseId, input.includeDone);
  });
}
