import { z } from 'zod';
import { channel } from '../define';
import { id, requiredLine } from '../fields';
import { dataCategories, type DataCategory } from './consents';

export interface ReferralView {
  id: string;
  caseId: string;
  personId: string;
  partnerId: string;
  partnerName: string;
  consentId: string;
  purpose: string;
  referredOn: string;
  userName: string | null;
}

/** One logged transfer: who received which categories, when, from whom. */
export interface TransferView {
  id: string;
  personId: string;
  partnerId: string;
  partnerName: string;
  caseId: string | null;
  consentId: string;
  dataCategories: DataCategory[];
  at: string;
  userName: string | null;
}

const caseWorkers = ['fallmanagement', 'administration'] as const;

/** What a referral passes on unless the caller says more: who the person is and how to reach them. */
export const REFERRAL_DEFAULT_CATEGORIES: DataCategory[] = ['stammdaten', 'kontaktdaten'];

export const referralsChannels = {
  /** Refused with CONSENT_REQUIRED unless a valid consent covers this person, partner and the categories. */
  'referrals.create': channel<ReferralView>()(
    z
      .object({
        caseId: id,
        personId: id,
        partnerId: id,
        purpose: requiredLine(500),
        dataCategories: dataCategories.default(REFERRAL_DEFAULT_CATEGORIES),
      })
      .strict(),
    caseWorkers,
  ),
  'referrals.listForCase': channel<ReferralView[]>()(z.object({ caseId: id }).strict(), 'user'),
  /** Records a transfer of data to a partner; refused with CONSENT_REQUIRED like a referral. */
  'transfers.record': channel<TransferView>()(
    z.object({ caseId: id, personId: id, partnerId: id, dataCategories }).strict(),
    caseWorkers,
  ),
  'transfers.listForPerson': channel<TransferView[]>()(z.object({ personId: id }).strict(), 'user'),
};
