import type { ReportSection, ReportTable } from '../../contract/channels/reports';
import { HOUSEHOLD_TYPES, householdTypeAt } from './classify';
import { activeIn, monthOf, monthsOf, within } from './period';
import { buildTable, countBy, listTable, type SectionInput } from './report-table';

/**
 * New, active and closed cases, the monthly course and the households. The key figures are taken
 * from the protected totals of the other two tables, so no table can tell what another one hides.
 */
export function casesSection({ period, facts }: SectionInput): ReportSection {
  const months = monthsOf(period);
  // One pass over the cases, not one per month: a year of a large office is thousands of cases.
  const perMonth = new Map(months.map((m) => [m, { opened: 0, closed: 0 }]));
  for (const f of facts) {
    if (within(f.openedOn, period)) perMonth.get(monthOf(f.openedOn))!.opened++;
    if (f.closedOn !== null && within(f.closedOn, period)) perMonth.get(monthOf(f.closedOn))!.closed++;
  }
  const course = buildTable({
    id: 'faelle.verlauf',
    rowDimension: 'monat',
    columnDimension: 'spalte',
    rows: months,
    columns: ['neu', 'abgeschlossen'],
    counts: months.map((m) => [perMonth.get(m)!.opened, perMonth.get(m)!.closed]),
    rowTotals: false,
    columnTotals: true,
    chart: 'line',
  });

  const active = facts.filter((f) => activeIn(f, period));
  const households = buildTable(
    listTable('faelle.haushalt', 'haushalt', HOUSEHOLD_TYPES, countBy(active, (f) => householdTypeAt(f.persons, period.to), HOUSEHOLD_TYPES), 'pie'),
  );

  const [neu, abgeschlossen] = course.columnTotals ?? [];
  const keyFigures: ReportTable = {
    id: 'faelle.kennzahlen',
    rowDimension: 'kennzahl',
    columnDimension: 'spalte',
    rows: ['neu', 'aktiv', 'abgeschlossen'],
    columns: ['anzahl'],
    cells: [[neu ?? 0], [households.columnTotals?.[0] ?? 0], [abgeschlossen ?? 0]],
    rowTotals: null,
    columnTotals: null,
    grandTotal: null,
    chart: 'none',
    protected: true,
  };
  return { id: 'faelle', tables: [keyFigures, course, households] };
}
