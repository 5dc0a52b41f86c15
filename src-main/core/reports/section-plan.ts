import { LIFE_DOMAINS } from '../../contract/channels/casefile-fields';
import type { ReportSection } from '../../contract/channels/reports';
import { activeIn, within } from './period';
import { buildTable, countBy, type SectionInput } from './report-table';

/**
 * Life domains with need (rated unterstützung or dringend): at the first assessment of the cases
 * active in the period, and at closure of the cases closed in it. A case names several domains,
 * so the columns have no totals.
 */
export function needsSection({ period, facts }: SectionInput): ReportSection {
  const active = facts.filter((f) => activeIn(f, period));
  const closed = facts.filter((f) => f.closedOn !== null && within(f.closedOn, period));
  const atAssessment = countBy(active, (f) => f.needsAtAssessment, LIFE_DOMAINS);
  const atClosure = countBy(closed, (f) => f.needsAtClosure, LIFE_DOMAINS);
  const table = buildTable({
    id: 'bedarfe.lebensbereiche',
    rowDimension: 'lebensbereich',
    columnDimension: 'spalte',
    rows: LIFE_DOMAINS,
    columns: ['assessment', 'abschluss'],
    counts: LIFE_DOMAINS.map((_, k) => [atAssessment[k]!, atClosure[k]!]),
    rowTotals: false,
    columnTotals: false,
    chart: 'bar',
  });
  return { id: 'bedarfe', tables: [table] };
}

/** Goals of the cases active in the period by life domain: set, and of those achieved. */
export function goalsSection({ period, facts }: SectionInput): ReportSection {
  const goals = facts.filter((f) => activeIn(f, period)).flatMap((f) => f.goals);
  const set = countBy(goals, (g) => g.domain, LIFE_DOMAINS);
  const achieved = countBy(
    goals.filter((g) => g.status === 'erreicht'),
    (g) => g.domain,
    LIFE_DOMAINS,
  );
  const table = buildTable({
    id: 'ziele.lebensbereiche',
    rowDimension: 'lebensbereich',
    columnDimension: 'spalte',
    rows: LIFE_DOMAINS,
    columns: ['gesetzt', 'erreicht'],
    counts: LIFE_DOMAINS.map((_, k) => [set[k]!, achieved[k]!]),
    rowTotals: false,
    columnTotals: true,
    chart: 'bar',
  });
  return { id: 'ziele', tables: [table] };
}
