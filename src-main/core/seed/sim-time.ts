import { addDays, berlinToUtc, epochMs, utcToBerlin, weekdayOf } from '../calendar/berlin-time';
import type { Prng } from './prng';

// The seed's simulated clock: the office's history is replayed in time order, so every service
// call sees "now" as the moment the step happens and dates its rows (and audit events) then.

export interface SimClock {
  now(): number;
  /** Moves forward to `ms` (never back: the audit chain and created_at stay in order). */
  advance(ms: number): void;
}

export function simClock(startMs: number): SimClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      if (ms > current) current = ms;
    },
  };
}

export const DAY_MS = 86_400_000;

/** Berlin calendar date of an instant. */
export const berlinDate = (ms: number): string => utcToBerlin(new Date(ms).toISOString()).date;

/** The instant of a Berlin wall time. */
export const berlinMs = (date: string, time: string): number => epochMs(berlinToUtc(date, time));

/** The date itself, or the Monday after it when it falls on a weekend. */
export function workday(date: string): string {
  const wd = weekdayOf(date);
  return wd === 6 ? addDays(date, 2) : wd === 7 ? addDays(date, 1) : date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An office-hours time (08:00–16:30) on a quarter hour. */
export function officeTime(rng: Prng): string {
  const quarter = rng.int(0, 34);
  return `${pad(8 + Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`;
}

/** An office-hours instant on the working day at or after `date`. */
export const officeMoment = (rng: Prng, date: string): number => berlinMs(workday(date), officeTime(rng));

export { addDays };
