import { eq } from 'drizzle-orm';
import type { LenkungsgruppeReport, ReportPeriodInput, ReportSection, StatisticsReport } from '../../contract/channels/reports';
import type { CaseCtx } from '../cases/service-context';
import { kommunen } from '../db/schema';
import { AppError } from '../errors';
import { readSetting } from '../settings/settings-repo';
import type { CaseFacts } from './case-facts';
import { snapshotsActiveIn, snapshottedCaseIds } from './case-snapshot';
import { casesActiveIn, liveFacts } from './live-facts';
import { checkPeriod, type Period } from './period';
import { scopeFor, type ReportScope, type SectionInput } from './report-table';
import { barrierReportItems, barriersAt, barriersSection } from './section-barriers';
import { casesSection } from './section-cases';
import { consultationsSection } from './section-consultations';
import { peopleSection } from './section-people';
import { goalsSection, needsSection } from './section-plan';
import { referralsSection } from './section-referrals';

/** The sections of the statistics, in report order. Each is one query over the same case facts. */
const SECTIONS: readonly ((input: SectionInput) => ReportSection)[] = [
  casesSection,
  peopleSection,
  needsSection,
  goalsSection,
  referralsSection,
  consultationsSection,
  barriersSection,
];

/**
 * The cases a report counts: open (and not yet snapshotted) cases from the live tables, closed
 * ones from their snapshot, so deleting a closed case changes no report.
 */
export function factsFor(ctx: Pick<CaseCtx, 'db'>, period: Period, scope: ReportScope): CaseFacts[] {
  const snapped = snapshottedCaseIds(ctx.db);
  const live = casesActiveIn(ctx.db, period, scope.kommuneId).filter((c) => c.closedOn === null || !snapped.has(c.id));
  const all = [...liveFacts(ctx.db, live).values(), ...snapshotsActiveIn(ctx.db, period, scope.kommuneId)];
  return scope.managerId ? all.filter((f) => f.managerIds.includes(scope.managerId!)) : all;
}

function kommuneName(ctx: CaseCtx, id: string | undefined): string | null {
  if (!id) return null;
  const row = ctx.db.orm.select({ name: kommunen.name }).from(kommunen).where(eq(kommunen.id, id)).get();
  if (!row) throw new AppError('VALIDATION', 'Diese Kommune gibt es nicht.', { field: 'kommuneId' });
  return row.name;
}

export function statisticsReport(ctx: CaseCtx, input: ReportPeriodInput): StatisticsReport {
  const period = checkPeriod(input);
  const name = kommuneName(ctx, input.kommuneId);
  const scope = scopeFor(ctx.actor, input.kommuneId);
  const facts = factsFor(ctx, period, scope);
  const sectionInput: SectionInput = { db: ctx.db, period, scope, facts };
  return {
    from: period.from,
    to: period.to,
    kommuneId: scope.kommuneId,
    kommuneName: name,
    scope: scope.managerId ? 'eigene' : 'alle',
    officeName: readSetting(ctx.db, 'officeName'),
    generatedAt: ctx.at.toISOString(),
    hasData: facts.length > 0 || barriersAt(ctx.db, period, scope.kommuneId).length > 0,
    sections: SECTIONS.map((section) => section(sectionInput)),
  };
}

export function lenkungsgruppeReport(ctx: CaseCtx, input: ReportPeriodInput): LenkungsgruppeReport {
  const statistics = statisticsReport(ctx, input);
  return { statistics, barriers: barrierReportItems(ctx.db, statistics, statistics.kommuneId) };
}
