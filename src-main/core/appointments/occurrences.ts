import { RECURRENCE_LIMITS } from '../calendar/recurrence-rule';
import { expandOccurrences } from '../calendar/recurrence';
import { AppError } from '../errors';
import { type AppointmentRow, type SeriesFields, seriesOf } from './appointments-repo';

/** One occurrence of a stored appointment (a single appointment has exactly one). */
export interface RowOccurrence<R extends SeriesFields = AppointmentRow> {
  row: R;
  occurrenceDate: string | null;
  startUtc: string;
  endUtc: string;
  overridden: boolean;
  shiftedByDst: boolean;
}

const tooMany = () =>
  new AppError('TOO_LARGE', 'Zu viele Termine im gewählten Zeitraum. Bitte einen kürzeren Zeitraum wählen.', {
    max: RECURRENCE_LIMITS.maxOccurrencesPerQuery,
  });

/**
 * Occurrences of the rows overlapping [fromUtc, toUtc), series expanded (exceptions applied),
 * sorted by start. The rows come from the span query, so single rows already overlap.
 */
export function occurrencesInRange<R extends SeriesFields>(
  rows: readonly R[],
  fromUtc: string,
  toUtc: string,
  max: number = RECURRENCE_LIMITS.maxOccurrencesPerQuery,
): RowOccurrence<R>[] {
  const out: RowOccurrence<R>[] = [];
  const from = Date.parse(fromUtc);
  const to = Date.parse(toUtc);
  for (const row of rows) {
    const series = seriesOf(row);
    if (!series) {
      if (Date.parse(row.startUtc) < to && Date.parse(row.endUtc) > from) {
        out.push({ row, occurrenceDate: null, startUtc: row.startUtc, endUtc: row.endUtc, overridden: false, shiftedByDst: false });
      }
    } else {
      for (const o of expandOccurrences(series, fromUtc, toUtc, max)) out.push({ row, ...o });
    }
    if (out.length > max) throw tooMany();
  }
  // Parsed once per occurrence, not once per comparison (a team month sorts thousands).
  return out
    .map((o) => ({ o, ms: Date.parse(o.startUtc) }))
    .sort((a, b) => a.ms - b.ms)
    .map(({ o }) => o);
}
