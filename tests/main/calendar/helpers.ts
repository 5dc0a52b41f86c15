import { AppError } from '../../../src-main/core/errors';
import { berlinToUtc } from '../../../src-main/core/calendar/berlin-time';
import type { Series } from '../../../src-main/core/calendar/recurrence';
import type { RecurrenceRule } from '../../../src-main/core/calendar/recurrence-rule';

// Shared fixtures of the calendar tests (synthetic data only).

/** Runs fn and returns the AppError it throws; fails the test if it throws nothing or something else. */
export function catchAppError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

/** A timed series starting at a Berlin wall time, lasting `minutes`. */
export function timedSeries(date: string, time: string, minutes: number, rule: RecurrenceRule): Series {
  const startUtc = berlinToUtc(date, time);
  const endUtc = new Date(Date.parse(startUtc) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
  return { startUtc, endUtc, allDay: false, rule, exdates: [], overrides: [] };
}


/** A calendar file from content lines (wrapped in VCALENDAR, CRLF-joined). */
export const icsFile = (...lines: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//DE', ...lines, 'END:VCALENDAR', ''].join('\r\n');

/** One VEVENT with the given properties. */
export const vevent = (...props: string[]): string[] => ['BEGIN:VEVENT', ...props, 'END:VEVENT'];
