import { z } from 'zod';
import { channel } from '../define';
import type { OccurrenceView } from './calendar';
import type { CaseSummary } from './cases';
import type { ExpiringConsent } from './consents';
import type { FollowUpView } from './followups';

export interface ResidenceExpiry {
  personId: string;
  familyName: string;
  givenNames: string;
  documentType: string | null;
  expiresOn: string;
  /** Negative when already expired. */
  daysLeft: number;
  caseId: string;
  caseNumber: string;
}

/**
 * The Heute page: composed in the main process from small section functions, so later features
 * (expiring consents, appointments) add a section and an optional field here.
 */
export interface TodayOverview {
  date: string;
  reminderWeeks: number;
  followUpsOverdue: FollowUpView[];
  followUpsToday: FollowUpView[];
  residenceExpiries: ResidenceExpiry[];
  expiringConsents: ExpiringConsent[];
  recentCases: CaseSummary[];
  /** The caller's appointments today (own and of their cases), sorted by start. */
  appointmentsToday: OccurrenceView[];
}

export const todayChannels = {
  'today.overview': channel<TodayOverview>()(z.object({}).strict(), 'user'),
};
