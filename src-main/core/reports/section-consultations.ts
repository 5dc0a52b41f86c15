import { CONSULTATION_FORMS } from '../../contract/channels/consultation-fields';
import type { ReportSection } from '../../contract/channels/reports';
import type { ConsultationFacts } from './consultation-facts';
import { within } from './period';
import { buildTable, type SectionInput } from './report-table';

/** Rows of the table: every form, and records that name none. */
export const CONSULTATION_FORM_ROWS = [...CONSULTATION_FORMS, 'ohne_angabe'] as const;
/** Columns: with and without an interpreter. */
export const INTERPRETER_COLUMNS = ['mit', 'ohne'] as const;

const rowOf = (c: ConsultationFacts) => c.form ?? 'ohne_angabe';
const columnOf = (c: ConsultationFacts) => (c.interpreter ? 'mit' : 'ohne');

/**
 * Finalised consultations held in the period, by form and with or without an interpreter. The
 * row totals count by form, the column totals by interpreter, so one protected table answers
 * both questions without a second table giving away what this one hides.
 */
export function consultationsSection({ period, facts }: SectionInput): ReportSection {
  const held = facts.flatMap((f) => f.consultations).filter((c) => within(c.on, period));
  const table = buildTable({
    id: 'beratungen.form_dolmetschung',
    rowDimension: 'beratungsform',
    columnDimension: 'dolmetschung',
    rows: CONSULTATION_FORM_ROWS,
    columns: INTERPRETER_COLUMNS,
    counts: CONSULTATION_FORM_ROWS.map((form) => INTERPRETER_COLUMNS.map((col) => held.filter((c) => rowOf(c) === form && columnOf(c) === col).length)),
    rowTotals: true,
    columnTotals: true,
    chart: 'bar',
  });
  return { id: 'beratungen', tables: [table] };
}
