import { and } from 'drizzle-orm';
import type { TodayOverview } from '../../contract/channels/today';
import { appointmentsTodaySection } from '../appointments/today-appointments';
import { appendAudit } from '../audit/audit-log';
import { summarize } from '../cases/case-list';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { addDays, daysBetween } from '../calendar/berlin-time';
import { expiringConsentsSection } from '../consents/expiring-consents';
import { inTransaction } from '../db/open-encrypted';
import { dueBefore, dueExactly, followUpViews, openOwnedBy } from '../followups/followups-repo';
import { readSetting } from '../settings/settings-repo';
import { expiringResidence, managedBy, recentCaseRows } from './today-queries';

/** What a section gets: the call's context and the office's date. */
export interface TodayInput {
  ctx: CaseCtx;
  today: string;
}

/** One part of the Heute page; later features (expiring consents, appointments) add a section. */
export type TodaySection = (input: TodayInput) => Partial<TodayOverview>;

const RECENT_CASES = 8;

const followUpSection: TodaySection = ({ ctx, today }) => {
  const mine = and(openOwnedBy(ctx.actor.userId), managedBy(ctx.db, ctx.actor.userId));
  return {
    followUpsOverdue: followUpViews(ctx.db, and(mine, dueBefore(today))),
    followUpsToday: followUpViews(ctx.db, and(mine, dueExactly(today))),
  };
};

const residenceSection: TodaySection = ({ ctx, today }) => {
  const weeks = readSetting(ctx.db, 'residenceReminderWeeks');
  const until = addDays(today, weeks * 7);
  return {
    reminderWeeks: weeks,
    residenceExpiries: expiringResidence(ctx.db, ctx.actor.userId, until).map((r) => ({
      ...r,
      expiresOn: r.expiresOn ?? until,
      daysLeft: daysBetween(today, r.expiresOn ?? until),
    })),
  };
};

const recentCasesSection: TodaySection = ({ ctx, today }) => ({
  recentCases: summarize(ctx.db, recentCaseRows(ctx.db, ctx.actor.userId, RECENT_CASES), today),
});

/** The sections, in page order. Add a feature's section here (one import, one entry). */
const SECTIONS: readonly TodaySection[] = [followUpSection, residenceSection, expiringConsentsSection, recentCasesSection, appointmentsTodaySection];

const EMPTY: Omit<TodayOverview, 'date'> = { reminderWeeks: 0, followUpsOverdue: [], followUpsToday: [], residenceExpiries: [], expiringConsents: [], recentCases: [], appointmentsToday: [] };

/** The caller's Heute page: only their own follow-ups and cases. */
export function todayOverview(ctx: CaseCtx): TodayOverview {
  const today = berlinToday(ctx.at);
  return inTransaction(ctx.db, () => {
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'today.overview' }, ctx.at);
    return Object.assign({ ...EMPTY, date: today }, ...SECTIONS.map((s) => s({ ctx, today })));
  });
}
