import { AppError } from '../errors';
import { berlinToUtc, utcToBerlin } from './berlin-time';
import { type OccurrenceOverride, type Series, ruleDates, scheduledOccurrence, validateSeries } from './recurrence';
import type { RecurrenceRule } from './recurrence-rule';

// The three ways a user edits a series: "nur dieser Termin" (exclude or move one occurrence) and
// "dieser und alle folgenden" (split the series in two). All return new plain objects.

function indexOfOccurrence(s: Series, date: string): { dates: string[]; index: number } {
  const dates = ruleDates(s);
  const index = dates.indexOf(date);
  if (index < 0) throw new AppError('VALIDATION', 'Dieses Datum ist kein Termin der Serie.', { field: 'occurrenceDate' });
  return { dates, index };
}

const sortedUnique = (dates: string[]) => [...new Set(dates)].sort();

/** "Nur dieser Termin" löschen: adds the date to the exceptions (dropping a move of that date). */
export function excludeOccurrence(s: Series, occurrenceDate: string): Series {
  indexOfOccurrence(s, occurrenceDate);
  return {
    ...s,
    exdates: sortedUnique([...s.exdates, occurrenceDate]),
    overrides: s.overrides.filter((o) => o.occurrenceDate !== occurrenceDate),
  };
}

/** "Nur dieser Termin" verschieben: sets (or replaces) the moved time of one occurrence. */
export function overrideOccurrence(s: Series, override: OccurrenceOverride): Series {
  indexOfOccurrence(s, override.occurrenceDate);
  if (s.exdates.includes(override.occurrenceDate)) {
    throw new AppError('VALIDATION', 'Dieser Termin der Serie wurde gelöscht und kann nicht verschoben werden.', {
      field: 'occurrenceDate',
    });
  }
  const next: Series = {
    ...s,
    overrides: [...s.overrides.filter((o) => o.occurrenceDate !== override.occurrenceDate), override].sort((a, b) =>
      a.occurrenceDate.localeCompare(b.occurrenceDate),
    ),
  };
  validateSeries(next);
  return next;
}

const withEnd = (rule: RecurrenceRule, end: { until: string } | { count: number }): RecurrenceRule => ({
  ...rule,
  until: 'until' in end ? end.until : null,
  count: 'count' in end ? end.count : null,
});

/**
 * "Dieser und alle folgenden": ends the old series before `fromOccurrenceDate` and starts a new
 * one there with the same rule; exceptions go to the part they belong to. `before` is null when
 * the split date is the first occurrence. A count is divided between both parts.
 */
export function splitSeries(s: Series, fromOccurrenceDate: string): { before: Series | null; after: Series } {
  const { dates, index } = indexOfOccurrence(s, fromOccurrenceDate);
  const first = scheduledOccurrence(s, fromOccurrenceDate);
  // A new series must start at its own wall time: a time in the spring gap is refused, not moved.
  if (first.shiftedByDst) berlinToUtc(fromOccurrenceDate, utcToBerlin(s.startUtc).time);
  const isBefore = (d: string) => d < fromOccurrenceDate;
  const count = s.rule.count ?? null;
  const after: Series = {
    startUtc: first.startUtc,
    endUtc: first.endUtc,
    allDay: s.allDay,
    rule: count === null ? s.rule : withEnd(s.rule, { count: count - index }),
    exdates: s.exdates.filter((d) => !isBefore(d)),
    overrides: s.overrides.filter((o) => !isBefore(o.occurrenceDate)),
  };
  const lastBefore = dates[index - 1];
  const before: Series | null =
    lastBefore === undefined
      ? null
      : {
          ...s,
          rule: withEnd(s.rule, count === null ? { until: lastBefore } : { count: index }),
          exdates: s.exdates.filter(isBefore),
          overrides: s.overrides.filter((o) => isBefore(o.occurrenceDate)),
        };
  return { before, after };
}
