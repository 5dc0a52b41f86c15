import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, requiredLine, version } from '../fields';

export const FOLLOW_UP_SOURCES = ['manuell', 'vereinbarung'] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

/** A Wiedervorlage: a dated reminder on a case. */
export interface FollowUpView {
  id: string;
  caseId: string;
  caseNumber: string;
  dueOn: string;
  note: string;
  ownerUserId: string | null;
  ownerName: string | null;
  source: FollowUpSource;
  sourceId: string | null;
  doneOn: string | null;
  version: number;
  createdAt: string;
}

const caseWorkers = ['fallmanagement', 'administration'] as const;

export const followupsChannels = {
  /** Owner defaults to the caller; another owner must be a case manager of the case. */
  'followups.create': channel<FollowUpView>()(
    z.object({ caseId: id, dueOn: isoDate, note: requiredLine(1_000), ownerUserId: id.optional() }).strict(),
    caseWorkers,
  ),
  'followups.complete': channel<FollowUpView>()(z.object({ id, version }).strict(), caseWorkers),
  'followups.list': channel<FollowUpView[]>()(
    z.object({ caseId: id, includeDone: z.boolean().default(true) }).strict(),
    'user',
  ),
};
