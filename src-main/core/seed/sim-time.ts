import { berlinToUtc, epochMs, utcToBerlin } from '../calendar/berlin-time';
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

// Memoised: the seed converts millions of instants, and the offset of Berlin time only changes on
// full UTC hours (the DST switches), so one conversion per hour answers them all.
const HOUR_MS = 3_600_000;
const offsetByHour = new Map<number, number>();
const msByWallTime = new Map<string, number>();

/** Berlin's offset from UTC at an instant. */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const local = utcToBerlin(new Date(start).toISOString());
    offset = Date.parse(`${local.date}T${local.time}:00Z`) - start;
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** Berlin calendar date of an instant. */
export function berlinDate(ms: number): string {
  return new Date(ms + offsetAt(ms)).toISOString().slice(0, 10);
}

/** berlinToday of the services (the office's date at a call's instant). */
export const todayAt = (at: Date): string => berlinDate(at.getTime());

// Plain date arithmetic as calendar/berlin-time does it with Temporal, on UTC midnights: the seed
// does it millions of times, Temporal's parsing costs microseconds each.
const midnight = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The date `days` later (earlier when negative). */
export const addDays = (date: string, days: number): string => new Date(midnight(date) + days * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string): number => ((new Date(midnight(date)).getUTCDay() + 6) % 7) + 1;

/** From 04:00 on a Berlin day has one offset (the DST switches lie between 02:00 and 03:00). */
const AFTER_SWITCH = '04:00';

/** The instant of a Berlin wall time. */
export function berlinMs(date: string, time: string): number {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  if (time >= AFTER_SWITCH) return asUtc - offsetAt(Date.parse(`${date}T12:00:00Z`) - HOUR_MS);
  const key = `${date} ${time}`;
  let ms = msByWallTime.get(key);
  if (ms === undefined) {
    ms = epochMs(berlinToUtc(date, time));
    msByWallTime.set(key, ms);
  }
  return ms;
}

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

