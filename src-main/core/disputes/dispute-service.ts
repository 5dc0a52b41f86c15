import type { z } from 'zod';
import type { contract } from '../../contract';
import type { DisputeEntity, DisputeView } from '../../contract/channels/disputes';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable } from '../cases/case-access';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { assertAnyCase, type CaseCheck } from '../consents/person-access';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { requireCasesOfEntry } from './dispute-targets';
import { DISPUTE_NOT_FOUND, disputesOf, disputesOfCase, findDispute, insertDispute, setResolved } from './disputes-repo';

type MarkInput = z.output<(typeof contract)['disputes.mark']['input']>;

/** Allowed when the actor passes `check` on any case of the entry. */
const assertEntry = ({ db, actor }: CaseCtx, entity: DisputeEntity, entityId: string, check: CaseCheck): void => {
  assertAnyCase(db, requireCasesOfEntry(db, entity, entityId), actor, check);
};

/** Marks an entry as disputed by the client (§ 84 SGB X); the entry itself stays unchanged. */
export function markDispute(ctx: CaseCtx, input: MarkInput): DisputeView {
  const { db, actor, at } = ctx;
  return inTransaction(db, () => {
    assertEntry(ctx, input.entity, input.entityId, assertCaseWritable);
    const id = insertDispute(db, { entity: input.entity, entityId: input.entityId, field: input.field || null, note: input.note, markedOn: berlinToday(at), userId: actor.userId });
    appendAudit(db, { userId: actor.userId, action: 'dispute.mark', entity: input.entity, entityId: input.entityId }, at);
    return findDispute(db, id) as DisputeView;
  });
}

export function resolveDispute(ctx: CaseCtx, id: string): DisputeView {
  const { db, actor, at } = ctx;
  return inTransaction(db, () => {
    const dispute = findDispute(db, id);
    if (!dispute) throw new AppError('NOT_FOUND', DISPUTE_NOT_FOUND);
    assertEntry(ctx, dispute.entity, dispute.entityId, assertCaseWritable);
    if (dispute.resolvedOn !== null) throw new AppError('CONFLICT', 'Dieser Widerspruch ist bereits erledigt.');
    setResolved(db, id, berlinToday(at));
    appendAudit(db, { userId: actor.userId, action: 'dispute.resolve', entity: dispute.entity, entityId: dispute.entityId }, at);
    return findDispute(db, id) as DisputeView;
  });
}

export function listDisputes(ctx: CaseCtx, entity: DisputeEntity, entityId: string): DisputeView[] {
  const { db, actor, at } = ctx;
  return inTransaction(db, () => {
    assertEntry(ctx, entity, entityId, assertCaseReadable);
    appendAudit(db, { userId: actor.userId, action: 'dispute.list', entity, entityId }, at);
    return disputesOf(db, entity, entityId);
  });
}

export function listDisputesForCase({ db, actor, at }: CaseCtx, caseId: string): DisputeView[] {
  return inTransaction(db, () => {
    assertCaseReadable(db, caseId, actor);
    appendAudit(db, { userId: actor.userId, action: 'dispute.list', entity: 'case', entityId: caseId }, at);
    return disputesOfCase(db, caseId);
  });
}
