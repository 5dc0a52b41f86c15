import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../contract';
import { appendAudit } from '../audit/audit-log';
import type { CaseCtx } from '../cases/service-context';
import { todayAt } from './sim-time';
import { requireConsent } from '../consents/consent-gate';
import { consents, dataTransfers, referrals } from '../db/schema';
import { insertRow } from './bulk-rows';

// The large profile's bulk path, consents and referrals: the rows and audit events of the consent
// and referral services (createConsent, createReferral). The consent gate decides as in the app;
// the checks of person, case and partner against the seed's own data are left out.

const audit = (ctx: CaseCtx, action: string, entity: string, entityId: string) => appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity, entityId }, ctx.at);

export function createConsentFast(ctx: CaseCtx, input: ParsedInputOf<'consents.create'>) {
  const today = todayAt(ctx.at);
  if (input.givenOn > today || (input.validUntil !== null && input.validUntil < input.givenOn)) throw new Error('bulk path: consent dates out of order');
  const id = randomUUID();
  insertRow(ctx.db, consents, { id, ...input, dataCategories: JSON.stringify(input.dataCategories) });
  audit(ctx, 'consent.create', 'consent', id);
  return { id };
}

/** A referral, logged as a data transfer under the consent that allows it. */
export function createReferralFast(ctx: CaseCtx, input: ParsedInputOf<'referrals.create'>) {
  const { caseId, personId, partnerId, dataCategories } = input;
  const consent = requireConsent(ctx.db, { personId, partnerId, categories: dataCategories }, todayAt(ctx.at));
  const transferId = randomUUID();
  insertRow(ctx.db, dataTransfers, { id: transferId, caseId, personId, partnerId, consentId: consent.id, at: ctx.at.toISOString(), userId: ctx.actor.userId, what: JSON.stringify(dataCategories) });
  audit(ctx, 'transfer.record', 'data_transfer', transferId);
  const id = randomUUID();
  insertRow(ctx.db, referrals, { id, caseId, personId, partnerId, consentId: consent.id, purpose: input.purpose, referredOn: todayAt(ctx.at), userId: ctx.actor.userId });
  audit(ctx, 'referral.create', 'referral', id);
  return { id };
}
