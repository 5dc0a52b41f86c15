import type { z } from 'zod';
import type { contract } from '../../contract';
import type { DataCategory } from '../../contract/channels/consents';
import type { ReferralView, TransferView } from '../../contract/channels/referrals';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable } from '../cases/case-access';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { requireConsent } from '../consents/consent-gate';
import { assertPersonInCase, assertPersonReadable } from '../consents/person-access';
import { inTransaction } from '../db/open-encrypted';
import { requireActivePartner } from '../partners/partner-service';
import { findReferralView, findTransferView, insertReferral, insertTransfer, referralsOfCase, transfersOfPerson } from './referrals-repo';

type ReferralInput = z.output<(typeof contract)['referrals.create']['input']>;
type TransferInput = z.output<(typeof contract)['transfers.record']['input']>;
type Transfer = { caseId: string; personId: string; partnerId: string; dataCategories: DataCategory[] };

/**
 * Checks the case, the person and the consent, then logs the transfer. Runs inside the caller's
 * transaction, so a refusal leaves nothing behind and a logged transfer never lacks its consent.
 */
function transferChecked({ db, actor, at }: CaseCtx, t: Transfer) {
  const { caseId, personId, partnerId, dataCategories } = t; // only these, whatever else the caller's input carries
  assertCaseWritable(db, caseId, actor);
  assertPersonInCase(db, personId, caseId);
  requireActivePartner(db, partnerId);
  const consent = requireConsent(db, { personId, partnerId, categories: dataCategories }, berlinToday(at));
  const transferId = insertTransfer(db, { caseId, personId, partnerId, dataCategories, consentId: consent.id, at: at.toISOString(), userId: actor.userId });
  appendAudit(db, { userId: actor.userId, action: 'transfer.record', entity: 'data_transfer', entityId: transferId }, at);
  return { consentId: consent.id, transferId };
}

/** A referral to a partner: allowed only with a valid consent, and always logged as a transfer. */
export function createReferral(ctx: CaseCtx, input: ReferralInput): ReferralView {
  const { db, actor, at } = ctx;
  return inTransaction(db, () => {
    const { consentId } = transferChecked(ctx, input);
    const id = insertReferral(db, {
      caseId: input.caseId,
      personId: input.personId,
      partnerId: input.partnerId,
      consentId,
      purpose: input.purpose,
      referredOn: berlinToday(at),
      userId: actor.userId,
    });
    appendAudit(db, { userId: actor.userId, action: 'referral.create', entity: 'referral', entityId: id }, at);
    return findReferralView(db, id) as ReferralView;
  });
}

export function recordTransfer(ctx: CaseCtx, input: TransferInput): TransferView {
  return inTransaction(ctx.db, () => findTransferView(ctx.db, transferChecked(ctx, input).transferId) as TransferView);
}

export function listReferralsForCase({ db, actor, at }: CaseCtx, caseId: string): ReferralView[] {
  return inTransaction(db, () => {
    assertCaseReadable(db, caseId, actor);
    appendAudit(db, { userId: actor.userId, action: 'referral.list', entity: 'case', entityId: caseId }, at);
    return referralsOfCase(db, caseId);
  });
}

/** Every recipient of the person's data, so they can be told about a later correction (§ 84 SGB X). */
export function listTransfersForPerson({ db, actor, at }: CaseCtx, personId: string): TransferView[] {
  return inTransaction(db, () => {
    assertPersonReadable(db, personId, actor);
    appendAudit(db, { userId: actor.userId, action: 'transfer.list', entity: 'person', entityId: personId }, at);
    return transfersOfPerson(db, personId);
  });
}
