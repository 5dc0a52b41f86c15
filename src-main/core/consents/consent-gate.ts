import type { DataCategory } from '../../contract/channels/consents';
import type { OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { consentsFor, type Consent } from './consents-repo';
import { decideTransfer, refusalMessage } from './consent-validity';

/**
 * The gate every referral and data transfer passes: the consent that allows sending these
 * categories of this person's data to this partner today, or CONSENT_REQUIRED. Read inside the
 * writing transaction, so a withdrawal committed before is always seen.
 */
export function requireConsent(db: OfficeDb, t: { personId: string; partnerId: string; categories: DataCategory[] }, today: string): Consent {
  const decision = decideTransfer(consentsFor(db, t.personId, t.partnerId), t.categories, today);
  if (decision.ok) return decision.consent;
  throw new AppError('CONSENT_REQUIRED', refusalMessage(decision.reason, decision.missing), {
    reason: decision.reason,
    missingCategories: decision.missing,
    personId: t.personId,
    partnerId: t.partnerId,
  });
}
