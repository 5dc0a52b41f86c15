import { AppError } from '../errors';
import { appointmentTimeIssues, throwIfIssues } from './appointment-rules';
import { berlinDayStartUtc, epochMs, formatUtcMs, resolveWallTime, utcToBerlin } from './berlin-time';
import {
  RECURRENCE_LIMITS,
  type RecurrenceRule,
  dateOfDay,
  dayOfIso,
  generateRuleDays,
  invalidSeries,
  validateRule,
} from './recurrence-rule';

// Recurring appointments are defined in Berlin WALL time: "every Monday 10:00" stays 10:00 local
// across daylight-saving changes, so its UTC instant moves. The rule generates at most one
// occurrence per local date, which is why exceptions are identified by that date.

/** A single occurrence moved elsewhere; `occurrenceDate` is its original local date. */
export interface OccurrenceOverride {
  occurrenceDate: string;
  startUtc: string;
  endUtc: string;
}

/** A series: times of its FIRST occurrence, the rule, and the exceptions. */
export interface Series {
  startUtc: string;
  endUtc: string;
  allDay: boolean;
  rule: RecurrenceRule;
  /** Local dates of cancelled occurrences ("nur dieser Termin" deleted). */
  exdates: string[];
  overrides: OccurrenceOverride[];
}

export interface Occurrence {
  /** Original local date; identifies the occurrence for exceptions. */
  occurrenceDate: string;
  startUtc: string;
  endUtc: string;
  overridden: boolean;
  /** The wall time fell into the spring gap and was moved forward one hour (RFC 5545). */
  shiftedByDst: boolean;
}


/** What expansion needs, precomputed once; local dates as day numbers (see recurrence-rule.ts). */
interface SeriesPlan {
  days: number[];
  excluded: Set<number>;
  overrides: Map<number, OccurrenceOverride>;
  time: string;
  durationMs: number;
  allDayDays: number;
}

/** Validates the series and precomputes what expansion needs. */
function planSeries(s: Series): SeriesPlan {
  throwIfIssues(appointmentTimeIssues(s));
  validateRule(s.rule);
  const first = utcToBerlin(s.startUtc);
  if (first.fold === 'later') {
    throw invalidSeries('Eine Serie kann nicht in der wiederholten Stunde der Zeitumstellung beginnen.', 'startUtc');
  }
  const firstDay = dayOfIso(first.date);
  const days = generateRuleDays(s.rule, first.date);
  if (days[0] !== firstDay) throw invalidSeries('Der erste Termin passt nicht zur Wiederholungsregel.', 'startUtc');
  const inSeries = new Set(days);
  const excluded = new Set(s.exdates.map(dayOfIso));
  for (const d of excluded) {
    if (!inSeries.has(d)) throw invalidSeries('Eine Ausnahme liegt nicht auf einem Termin der Serie.', 'exdates');
  }
  const overrides = new Map<number, OccurrenceOverride>();
  for (const o of s.overrides) {
    const d = dayOfIso(o.occurrenceDate);
    if (!inSeries.has(d) || excluded.has(d) || overrides.has(d)) {
      throw invalidSeries('Eine geänderte Einzelinstanz passt nicht zur Serie.', 'overrides');
    }
    throwIfIssues(appointmentTimeIssues({ ...o, allDay: s.allDay }));
    overrides.set(d, o);
  }
  const allDayDays = dayOfIso(utcToBerlin(s.endUtc).date) - firstDay;
  return { days, excluded, overrides, time: first.time, durationMs: epochMs(s.endUtc) - epochMs(s.startUtc), allDayDays };
}

/** Throws VALIDATION when the series is unusable (no end, > 1000 occurrences, > 10 years, …). */
export function validateSeries(s: Series): void {
  planSeries(s);
}

/** Local dates the rule generates, in order, INCLUDING excluded ones (for pruning exceptions). */
export const ruleDates = (s: Series): string[] => planSeries(s).days.map(dateOfDay);

/** Where the rule itself puts the occurrence of a day (exceptions not applied). */
function scheduledOn(plan: SeriesPlan, day: number, allDay: boolean): Occurrence {
  const date = dateOfDay(day);
  if (allDay) {
    const startUtc = berlinDayStartUtc(date);
    const endUtc = berlinDayStartUtc(dateOfDay(day + plan.allDayDays));
    return { occurrenceDate: date, startUtc, endUtc, overridden: false, shiftedByDst: false };
  }
  const { utc, shifted } = resolveWallTime(date, plan.time);
  const endUtc = formatUtcMs(epochMs(utc) + plan.durationMs);
  return { occurrenceDate: date, startUtc: utc, endUtc, overridden: false, shiftedByDst: shifted };
}

function occurrenceOn(plan: SeriesPlan, day: number, allDay: boolean): Occurrence {
  const override = plan.overrides.get(day);
  if (!override) return scheduledOn(plan, day, allDay);
  const { occurrenceDate, startUtc, endUtc } = override;
  return { occurrenceDate, startUtc, endUtc, overridden: true, shiftedByDst: false };
}

/** The occurrence the rule places on a local date, ignoring exceptions; VALIDATION if there is none. */
export function scheduledOccurrence(s: Series, date: string): Occurrence {
  const plan = planSeries(s);
  const day = dayOfIso(date);
  if (!plan.days.includes(day)) {
    throw new AppError('VALIDATION', 'Dieses Datum ist kein Termin der Serie.', { field: 'occurrenceDate' });
  }
  return scheduledOn(plan, day, s.allDay);
}

/**
 * Occurrences overlapping [rangeStartUtc, rangeEndUtc), sorted by start. Excluded dates are left
 * out, overridden ones appear at their moved time. More than `maxOccurrences` → TOO_LARGE.
 */
export function expandOccurrences(
  s: Series,
  rangeStartUtc: string,
  rangeEndUtc: string,
  maxOccurrences: number = RECURRENCE_LIMITS.maxOccurrencesPerQuery,
): Occurrence[] {
  const plan = planSeries(s);
  const from = epochMs(rangeStartUtc);
  const to = epochMs(rangeEndUtc);
  if (to <= from) throw invalidSeries('Das Ende des Zeitraums muss nach dem Beginn liegen.', 'range');
  // Cheap pre-filter on local days so long series do not compute every instant.
  const lo = dayOfIso(utcToBerlin(rangeStartUtc).date) - plan.allDayDays - 2;
  const hi = dayOfIso(utcToBerlin(rangeEndUtc).date) + 1;
  const out: { occ: Occurrence; startMs: number }[] = [];
  for (const day of plan.days) {
    if (plan.excluded.has(day)) continue;
    if (!plan.overrides.has(day) && (day < lo || day > hi)) continue;
    const occ = occurrenceOn(plan, day, s.allDay);
    const startMs = epochMs(occ.startUtc);
    if (startMs >= to || epochMs(occ.endUtc) <= from) continue;
    out.push({ occ, startMs });
    if (out.length > maxOccurrences) {
      throw new AppError('TOO_LARGE', 'Zu viele Termine im gewählten Zeitraum. Bitte einen kürzeren Zeitraum wählen.', {
        max: maxOccurrences,
      });
    }
  }
  return out.sort((a, b) => a.startMs - b.startMs).map((o) => o.occ);
}
