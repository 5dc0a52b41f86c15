import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { CaseBlockState } from '../../contract/channels/disputes';
import { appendAudit } from '../audit/audit-log';
import { assertCaseWritable, CASE_NOT_FOUND } from '../cases/case-access';
import type { CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { caseBlockEvents, cases } from '../db/schema';
import { AppError } from '../errors';

type BlockInput = { caseId: string; version: number; reason: string };

function setBlocked({ db, actor, at }: CaseCtx, input: BlockInput, block: boolean): CaseBlockState {
  return inTransaction(db, () => {
    // Case managers block their own cases; the administration may block (and, by channel access,
    // unblock) any case without reading its content.
    if (actor.role !== 'administration') assertCaseWritable(db, input.caseId, actor);
    const before = expectVersion(db.orm.select().from(cases).where(eq(cases.id, input.caseId)).get(), input.version, CASE_NOT_FOUND);
    if (before.blocked === block) {
      throw new AppError('CONFLICT', block ? 'Dieser Fall ist bereits gesperrt.' : 'Dieser Fall ist nicht gesperrt.');
    }
    const row = db.orm
      .update(cases)
      .set({ blocked: block, blockedReason: block ? input.reason : null, ...nextVersion(before, at) })
      .where(eq(cases.id, input.caseId))
      .returning()
      .get();
    if (!row) throw new Error('case vanished inside its transaction');
    db.orm
      .insert(caseBlockEvents)
      .values({ id: randomUUID(), caseId: input.caseId, action: block ? 'gesperrt' : 'entsperrt', reason: input.reason, at: at.toISOString(), userId: actor.userId })
      .run();
    appendAudit(db, { userId: actor.userId, action: block ? 'case.block' : 'case.unblock', entity: 'case', entityId: input.caseId }, at);
    return { caseId: row.id, blocked: row.blocked, blockedReason: row.blockedReason, version: row.version };
  });
}

/** Blocks (sperrt) a case instead of deleting it (§ 84 SGB X): read-only for all but the administration. */
export const blockCase = (ctx: CaseCtx, input: BlockInput) => setBlocked(ctx, input, true);
export const unblockCase = (ctx: CaseCtx, input: BlockInput) => setBlocked(ctx, input, false);
