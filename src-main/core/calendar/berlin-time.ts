import { Temporal } from 'temporal-polyfill';
import { AppError } from '../errors';

// The office works in Europe/Berlin wall time; the database stores UTC instants. Everything that
// turns one into the other goes through here, so daylight-saving decisions are made in one place.

export const BERLIN_TZ = 'Europe/Berlin';

/** Which of the two 02:xx hours on the last Sunday of October: 'earlier' = CEST +02:00, 'later' = CET +01:00. */
export type Fold = 'earlier' | 'later';

/** ISO weekday: 1 = Monday … 7 = Sunday (as Temporal and the German week count them). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A Berlin wall time; `fold` is only present when the wall time occurs twice that day. */
export interface BerlinLocal {
  date: string; // YYYY-MM-DD
  time: string; // HH:mm
  offset: '+01:00' | '+02:00';
  fold?: Fold;
}

/** What a wall time means on a given day: one instant, none (spring gap) or two (autumn repeat). */
export type WallTimeMeaning =
  | { kind: 'unique'; utc: string }
  | { kind: 'skipped'; shiftedUtc: string }
  | { kind: 'ambiguous'; earlierUtc: string; laterUtc: string };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Parses `YYYY-MM-DD` strictly (no 30 February). */
export function parseLocalDate(date: string): Temporal.PlainDate {
  if (DATE_RE.test(date)) {
    try {
      return Temporal.PlainDate.from(date, { overflow: 'reject' });
    } catch {
      // falls through to the German error below
    }
  }
  throw new AppError('VALIDATION', 'Ungültiges Datum (erwartet wird JJJJ-MM-TT).', { field: 'date' });
}

/** Parses `HH:mm` (00:00–23:59). */
export function parseLocalTime(time: string): Temporal.PlainTime {
  if (!TIME_RE.test(time)) {
    throw new AppError('VALIDATION', 'Ungültige Uhrzeit (erwartet wird HH:MM).', { field: 'time' });
  }
  return Temporal.PlainTime.from(time);
}

/** Parses an ISO instant that carries `Z` or an offset. */
export function parseUtc(iso: string): Temporal.Instant {
  try {
    return Temporal.Instant.from(iso);
  } catch {
    throw new AppError('VALIDATION', 'Ungültiger Zeitpunkt (erwartet wird ISO-8601 mit Zeitzone).', { field: 'utc' });
  }
}

/** Canonical UTC string of the module: `YYYY-MM-DDTHH:mm:ssZ`. */
export const formatUtc = (instant: Temporal.Instant): string => instant.toString({ smallestUnit: 'second' });

export const epochMs = (iso: string): number => parseUtc(iso).epochMilliseconds;

const pad2 = (n: number) => String(n).padStart(2, '0');

export const formatLocalTime = (t: { hour: number; minute: number }): string => `${pad2(t.hour)}:${pad2(t.minute)}`;

const zoned = (date: Temporal.PlainDate, time: Temporal.PlainTime, d: 'earlier' | 'later') =>
  date.toPlainDateTime(time).toZonedDateTime(BERLIN_TZ, { disambiguation: d });

/** Tells whether a Berlin wall time exists once, never or twice on that date. */
export function inspectWallTime(date: string, time: string): WallTimeMeaning {
  const d = parseLocalDate(date);
  const t = parseLocalTime(time);
  const earlier = zoned(d, t, 'earlier');
  const later = zoned(d, t, 'later');
  // In the spring gap Temporal moves the wall time, so the result no longer shows what was asked for.
  if (!earlier.toPlainDateTime().equals(d.toPlainDateTime(t))) {
    return { kind: 'skipped', shiftedUtc: formatUtc(later.toInstant()) };
  }
  if (earlier.epochNanoseconds === later.epochNanoseconds) return { kind: 'unique', utc: formatUtc(earlier.toInstant()) };
  return { kind: 'ambiguous', earlierUtc: formatUtc(earlier.toInstant()), laterUtc: formatUtc(later.toInstant()) };
}

/**
 * Converts a Berlin wall time to UTC for a single appointment the user typed.
 * A time in the spring gap is refused (never shifted); a time in the autumn repeat needs `fold`,
 * otherwise VALIDATION with `details.ambiguous = true` and both candidate instants.
 */
export function berlinToUtc(date: string, time: string, fold?: Fold): string {
  const meaning = inspectWallTime(date, time);
  const dateDe = formatDateDe(date);
  if (meaning.kind === 'unique') return meaning.utc;
  if (meaning.kind === 'skipped') {
    throw new AppError('VALIDATION', `Diese Uhrzeit gibt es am ${dateDe} wegen der Zeitumstellung nicht.`, {
      skipped: true,
      date,
      time,
    });
  }
  if (fold === 'earlier') return meaning.earlierUtc;
  if (fold === 'later') return meaning.laterUtc;
  throw new AppError(
    'VALIDATION',
    `Die Uhrzeit ${time} gibt es am ${dateDe} wegen der Zeitumstellung zweimal. ` +
      'Bitte wählen Sie, ob die erste (Sommerzeit) oder die zweite (Winterzeit) gemeint ist.',
    { ambiguous: true, date, time, earlierUtc: meaning.earlierUtc, laterUtc: meaning.laterUtc },
  );
}

/**
 * Converts a wall time the way RFC 5545 does for recurring events: a skipped time moves forward by
 * the gap (`shifted: true`, so callers can show it), a repeated time means the first one.
 */
export function resolveWallTime(date: string, time: string): { utc: string; shifted: boolean } {
  const meaning = inspectWallTime(date, time);
  if (meaning.kind === 'unique') return { utc: meaning.utc, shifted: false };
  if (meaning.kind === 'skipped') return { utc: meaning.shiftedUtc, shifted: true };
  return { utc: meaning.earlierUtc, shifted: false };
}

/** The Berlin wall time of a UTC instant (minute precision), with `fold` inside the autumn repeat. */
export function utcToBerlin(utc: string): BerlinLocal {
  const z = parseUtc(utc).toZonedDateTimeISO(BERLIN_TZ);
  const date = z.toPlainDate().toString();
  const time = formatLocalTime(z);
  const local: BerlinLocal = { date, time, offset: z.offset === '+02:00' ? '+02:00' : '+01:00' };
  const meaning = inspectWallTime(date, time);
  if (meaning.kind === 'ambiguous') local.fold = local.offset === '+02:00' ? 'earlier' : 'later';
  return local;
}

/** UTC instant of local midnight (Berlin never changes clocks at midnight). */
export const berlinDayStartUtc = (date: string): string =>
  formatUtc(parseLocalDate(date).toZonedDateTime(BERLIN_TZ).toInstant());

/** True when the instant is exactly a Berlin midnight. */
export function isBerlinMidnight(utc: string): boolean {
  const z = parseUtc(utc).toZonedDateTimeISO(BERLIN_TZ);
  return z.hour === 0 && z.minute === 0 && z.second === 0 && z.millisecond === 0;
}

export const addDays = (date: string, days: number): string => parseLocalDate(date).add({ days }).toString();

// ---- German formatting ----

export const WEEKDAY_NAMES_DE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;
export const WEEKDAY_SHORT_DE = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;

/** `2026-11-25` → `25.11.2026`. */
export function formatDateDe(date: string): string {
  const d = parseLocalDate(date);
  return `${pad2(d.day)}.${pad2(d.month)}.${d.year}`;
}

/** Berlin date of an instant, German format. */
export const formatBerlinDate = (utc: string): string => formatDateDe(utcToBerlin(utc).date);

/** Berlin time of an instant, `HH:mm`. */
export const formatBerlinTime = (utc: string): string => utcToBerlin(utc).time;

export const weekdayOf = (date: string): IsoWeekday => parseLocalDate(date).dayOfWeek as IsoWeekday;

/** German weekday name, e.g. `Mittwoch`. */
export const weekdayNameDe = (date: string): string => WEEKDAY_NAMES_DE[weekdayOf(date) - 1] ?? '';

/** ISO 8601 week (the German "KW"); around New Year `year` may differ from the calendar year. */
export function isoWeek(date: string): { year: number; week: number } {
  const d = parseLocalDate(date);
  // The ISO calendar always defines both; the fallback only satisfies the optional typing.
  return { year: d.yearOfWeek ?? d.year, week: d.weekOfYear ?? 0 };
}

/** `KW 48` for the week containing the date. */
export const formatKw = (date: string): string => `KW ${isoWeek(date).week}`;
