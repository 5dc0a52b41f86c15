import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../contract';
import { appendAudit } from '../audit/audit-log';
import type { CaseCtx } from '../cases/service-context';
import { todayAt } from './sim-time';
import { followUps } from '../db/schema';
import { readFollowUp, readOpenFollowUps } from './bulk-reads';
import { insertRow, touchCaseRow, updateRow } from './bulk-rows';

// The large profile's bulk path, Wiedervorlagen: the rows and audit events of the follow-ups
// service (followups-service.ts), without its access checks and views.

type CreateInput = ParsedInputOf<'followups.create'> & { source?: 'manuell' | 'vereinbarung'; sourceId?: string | null };

export function createFollowUpFast(ctx: CaseCtx, input: CreateInput) {
  const stamp = ctx.at.toISOString();
  const id = randomUUID();
  insertRow(ctx.db, followUps, {
    caseId: input.caseId,
    dueOn: input.dueOn,
    note: input.note,
    ownerUserId: input.ownerUserId ?? ctx.actor.userId,
    source: input.source ?? 'manuell',
    sourceId: input.sourceId ?? null,
    id,
    version: 0,
    createdAt: stamp,
    updatedAt: stamp,
  });
  touchCaseRow(ctx.db, input.caseId, ctx.at);
  appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'followup.create', entity: 'follow_up', entityId: id }, ctx.at);
  return { id };
}

export function completeFollowUpFast(ctx: CaseCtx, input: ParsedInputOf<'followups.complete'>) {
  const before = readFollowUp(ctx.db, input.id);
  if (before.doneOn || before.version !== input.version) throw new Error('bulk path: follow-up already done or changed');
  updateRow(ctx.db, followUps, input.id, { doneOn: todayAt(ctx.at), version: before.version + 1, updatedAt: ctx.at.toISOString() });
  touchCaseRow(ctx.db, before.caseId, ctx.at);
  appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'followup.complete', entity: 'follow_up', entityId: input.id }, ctx.at);
  return { id: input.id };
}

/** The open follow-ups of a case (the seed only ever lists those), with the read's audit event. */
export function listFollowUpsFast(ctx: CaseCtx, input: ParsedInputOf<'followups.list'>) {
  if (input.includeDone) throw new Error('bulk path: lists open follow-ups only');
  appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'followup.list', entity: 'case', entityId: input.caseId }, ctx.at);
  return readOpenFollowUps(ctx.db, input.caseId);
}
