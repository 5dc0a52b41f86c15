import type { Temporal } from 'temporal-polyfill';
import { AppError } from '../errors';
import { type IsoWeekday, parseLocalDate } from './berlin-time';

// Recurrence rules (daily, weekly on weekdays, monthly on the n-th/last weekday) and the local
// dates they generate. Bounded by count or until, never open-ended, and never beyond 10 years.

export const RECURRENCE_FREQS = ['daily', 'weekly', 'monthly'] as const;
/** Week of the month for monthly rules; -1 = last. A 5th weekday skips months without one (RFC 5545). */
export const WEEK_OF_MONTH_VALUES = [1, 2, 3, 4, 5, -1] as const;
export type WeekOfMonth = (typeof WEEK_OF_MONTH_VALUES)[number];

export const RECURRENCE_LIMITS = {
  maxCount: 1000,
  maxSpanYears: 10,
  maxInterval: 99,
  maxOccurrencesPerQuery: 5000,
} as const;

/** Exactly one of `until` (last local date, inclusive) or `count` (occurrences incl. excluded ones). */
interface RuleEnd {
  until?: string | null;
  count?: number | null;
}
export interface DailyRule extends RuleEnd {
  freq: 'daily';
  interval: number;
}
/** Every `interval` weeks (weeks start Monday) on each of `weekdays`. */
export interface WeeklyRule extends RuleEnd {
  freq: 'weekly';
  interval: number;
  weekdays: IsoWeekday[];
}
/** Every `interval` months on the n-th (or last) `weekday`, e.g. 2nd Tuesday. */
export interface MonthlyRule extends RuleEnd {
  freq: 'monthly';
  interval: number;
  weekday: IsoWeekday;
  weekOfMonth: WeekOfMonth;
}
export type RecurrenceRule = DailyRule | WeeklyRule | MonthlyRule;

/** VALIDATION error about a series field (shared with recurrence.ts). */
export const invalidSeries = (message: string, field = 'rule'): AppError => new AppError('VALIDATION', message, { field });

const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

const isWeekday = (v: unknown): v is IsoWeekday => isIntIn(v, 1, 7);

/** Throws VALIDATION for a malformed rule (no end, both ends, bad interval, weekday, count). */
export function validateRule(rule: RecurrenceRule): void {
  if (!(RECURRENCE_FREQS as readonly string[]).includes(rule.freq)) throw invalidSeries('Unbekannte Wiederholungsart.');
  if (!isIntIn(rule.interval, 1, RECURRENCE_LIMITS.maxInterval)) {
    throw invalidSeries(`Das Wiederholungsintervall muss zwischen 1 und ${RECURRENCE_LIMITS.maxInterval} liegen.`);
  }
  if (rule.freq === 'weekly' && (!Array.isArray(rule.weekdays) || rule.weekdays.length === 0 || !rule.weekdays.every(isWeekday))) {
    throw invalidSeries('Bitte mindestens einen gültigen Wochentag wählen.');
  }
  if (rule.freq === 'monthly' && (!isWeekday(rule.weekday) || !WEEK_OF_MONTH_VALUES.includes(rule.weekOfMonth))) {
    throw invalidSeries('Ungültiger Wochentag im Monat.');
  }
  const hasUntil = rule.until !== undefined && rule.until !== null;
  const hasCount = rule.count !== undefined && rule.count !== null;
  if (!hasUntil && !hasCount) throw invalidSeries('Eine Serie braucht ein Enddatum oder eine Anzahl von Terminen.');
  if (hasUntil && hasCount) throw invalidSeries('Bitte entweder ein Enddatum oder eine Anzahl angeben, nicht beides.');
  if (hasCount && !isIntIn(rule.count, 1, RECURRENCE_LIMITS.maxCount)) {
    throw invalidSeries(`Eine Serie darf höchstens ${RECURRENCE_LIMITS.maxCount} Termine umfassen.`);
  }
}

const spanError = () => invalidSeries(`Eine Serie darf höchstens ${RECURRENCE_LIMITS.maxSpanYears} Jahre umfassen.`);

// Dates are generated as day numbers (days since 1970-01-01) with plain integer arithmetic: a
// series has up to a few thousand dates and Temporal objects for each made imports slow.
const DAY_MS = 86_400_000;
const dayNumber = (y: number, monthIndex: number, d: number) => new Date(0).setUTCFullYear(y, monthIndex, d) / DAY_MS;
const dayOfDate = (date: Temporal.PlainDate) => dayNumber(date.year, date.month - 1, date.day);
/** `YYYY-MM-DD` → day number. */
export const dayOfIso = (date: string): number => dayOfDate(parseLocalDate(date));
/** Day number → `YYYY-MM-DD`. */
export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday of a day number (1970-01-01 was a Thursday). */
const weekdayOfDay = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/** n-th (or last, n = -1) weekday of a month, or null when the month has no such day. */
function nthWeekday(y: number, monthIndex: number, weekday: IsoWeekday, n: WeekOfMonth): number | null {
  const first = dayNumber(y, monthIndex, 1);
  const next = dayNumber(y, monthIndex + 1, 1);
  if (n === -1) return next - 1 - ((weekdayOfDay(next - 1) - weekday + 7) % 7);
  const day = first + ((weekday - weekdayOfDay(first) + 7) % 7) + (n - 1) * 7;
  return day < next ? day : null;
}

interface StartDay {
  day: number;
  year: number;
  monthIndex: number;
  weekday: number;
}

/** The k-th period of the rule: its first day and the candidate days inside it, ascending. */
function period(rule: RecurrenceRule, start: StartDay, k: number): { first: number; days: number[] } {
  if (rule.freq === 'daily') return { first: start.day + k, days: [start.day + k] };
  if (rule.freq === 'weekly') {
    const monday = start.day - (start.weekday - 1) + 7 * k;
    return { first: monday, days: rule.weekdays.map((wd) => monday + wd - 1) };
  }
  const monthIndex = start.monthIndex + k;
  const d = nthWeekday(start.year, monthIndex, rule.weekday, rule.weekOfMonth);
  return { first: dayNumber(start.year, monthIndex, 1), days: d === null ? [] : [d] };
}

/** Day numbers of all local dates the rule generates from `startDate`; enforces the span limit. */
export function generateRuleDays(rule: RecurrenceRule, startDate: string): number[] {
  const date = parseLocalDate(startDate);
  const startDay = dayOfDate(date);
  const start = { day: startDay, year: date.year, monthIndex: date.month - 1, weekday: date.dayOfWeek };
  const limit = dayOfDate(date.add({ years: RECURRENCE_LIMITS.maxSpanYears }));
  // Weekly candidates must be ascending within a week for the `break` below.
  const sorted: RecurrenceRule = rule.freq === 'weekly' ? { ...rule, weekdays: [...new Set(rule.weekdays)].sort((a, b) => a - b) } : rule;
  const until = rule.until != null ? dayOfDate(parseLocalDate(rule.until)) : null;
  if (until !== null && until < startDay) throw invalidSeries('Das Enddatum der Serie liegt vor dem Beginn.');
  if (until !== null && until > limit) throw spanError();
  const bound = until ?? limit;
  const out: number[] = [];
  for (let k = 0; ; k += rule.interval) {
    const p = period(sorted, start, k);
    if (p.first > bound) break;
    for (const d of p.days) {
      if (d < startDay) continue;
      if (d > bound) break;
      out.push(d);
      if (out.length === rule.count) return out;
    }
  }
  if (rule.count != null) throw spanError(); // the count was not reached within the span limit
  return out;
}

