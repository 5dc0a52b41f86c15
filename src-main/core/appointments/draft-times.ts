import type { LocalDateTime, RecurrenceRuleInput } from '../../contract/channels/calendar-fields';
import { validateAppointmentTimes } from '../calendar/appointment-rules';
import { addDays, berlinDayStartUtc, berlinToUtc, formatUtc, parseUtc, utcToBerlin } from '../calendar/berlin-time';
import { type Series, expandOccurrences, validateSeries } from '../calendar/recurrence';
import type { RecurrenceRule } from '../calendar/recurrence-rule';
import { AppError, isAppError } from '../errors';

// Turns the wall times a user typed into UTC instants. All daylight-saving decisions are the pure
// module's (berlinToUtc): a time in the March gap is refused, one in the October repeat needs the
// fold; the error carries `field` so the dialog knows whether start or end is meant.

export interface Times {
  startUtc: string;
  endUtc: string;
  allDay: boolean;
}

/** When the appointment takes place: its times, and the series if it recurs. */
export interface Schedule extends Times {
  series: Series | null;
  /** Berlin wall time of the series (HH:mm), null for a single appointment. */
  seriesTime: string | null;
}

function toUtc(at: LocalDateTime, field: 'start' | 'end'): string {
  try {
    return berlinToUtc(at.date, at.time, at.fold);
  } catch (e) {
    if (isAppError(e)) throw new AppError(e.code, e.message, { ...e.details, field });
    throw e;
  }
}

/** Instants of a draft; all-day runs from the start date's midnight to the day after the end date. */
export function draftTimes(d: { allDay: boolean; start: LocalDateTime; end: LocalDateTime }): Times {
  const times: Times = d.allDay
    ? { startUtc: berlinDayStartUtc(d.start.date), endUtc: berlinDayStartUtc(addDays(d.end.date, 1)), allDay: true }
    : { startUtc: toUtc(d.start, 'start'), endUtc: toUtc(d.end, 'end'), allDay: false };
  validateAppointmentTimes(times);
  return times;
}

/** The contract's rule as the module's rule (null ends normalised). */
export const toRule = (r: RecurrenceRuleInput): RecurrenceRule => ({ ...r, until: r.until ?? null, count: r.count ?? null }) as RecurrenceRule;

/** Schedule of a draft: times, and for a recurring draft the validated series starting there. */
export function draftSchedule(
  d: { allDay: boolean; start: LocalDateTime; end: LocalDateTime; recurrence?: RecurrenceRuleInput | null },
  exceptions: Pick<Series, 'exdates' | 'overrides'> = { exdates: [], overrides: [] },
): Schedule {
  const times = draftTimes(d);
  if (!d.recurrence) return { ...times, series: null, seriesTime: null };
  const series: Series = { ...times, rule: toRule(d.recurrence), ...exceptions };
  validateSeries(series);
  return { ...times, series, seriesTime: d.allDay ? null : d.start.time };
}

export interface PlannedOccurrence {
  occurrenceDate: string;
  startUtc: string;
  endUtc: string;
}

/** Every occurrence of a schedule (one for a single appointment); a series is bounded (1000). */
export function scheduleOccurrences(s: Times & { series: Series | null }): PlannedOccurrence[] {
  if (!s.series) return [{ occurrenceDate: utcToBerlin(s.startUtc).date, startUtc: s.startUtc, endUtc: s.endUtc }];
  // Overrides may move an occurrence away from the rule's dates; eleven years cover any of them.
  const early = formatUtc(parseUtc(s.startUtc).subtract({ hours: 24 * 366 * 11 }));
  const far = formatUtc(parseUtc(s.startUtc).add({ hours: 24 * 366 * 11 }));
  return expandOccurrences(s.series, early, far, Number.MAX_SAFE_INTEGER);
}

/** First and last instant touched by any occurrence, for the indexed range query. */
export function spanOf(s: Times & { series: Series | null }): { spanStartUtc: string; spanEndUtc: string } {
  let start = s.startUtc;
  let end = s.endUtc;
  for (const o of scheduleOccurrences(s)) {
    if (Date.parse(o.startUtc) < Date.parse(start)) start = o.startUtc;
    if (Date.parse(o.endUtc) > Date.parse(end)) end = o.endUtc;
  }
  return { spanStartUtc: start, spanEndUtc: end };
}
