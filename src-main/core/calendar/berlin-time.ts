import { Temporal } from 'temporal-polyfill';
import { AppError } from '../errors';
import { memoize } from '../memo';

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

// Date formats instants from 1970 to 9999 exactly as formatUtc does, at a fraction of Temporal's cost.
const DATE_FORMAT_MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** formatUtc of an epoch millisecond count. */
export const formatUtcMs = (ms: number): string =>
  ms >= 0 && ms <= DATE_FORMAT_MAX_MS ? `${new Date(ms).toISOString().slice(0, 19)}Z` : formatUtc(Temporal.Instant.fromEpochMilliseconds(ms));

const pad2 = (n: number) => String(n).padStart(2, '0');

export const formatLocalTime = (t: { hour: number; minute: number }): string => `${pad2(t.hour)}:${pad2(t.minute)}`;

const zoned = (date: Temporal.PlainDate, time: Temporal.PlainTime, d: 'earlier' | 'later') =>
  date.toPlainDateTime(time).toZonedDateTime(BERLIN_TZ, { disambiguation: d });

/** Tells whether a Berlin wall time exists once, never or twice on that date. */
function wallTimeMeaning(date: string, time: string): WallTimeMeaning {
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

// Memoised: calendar views convert the same few wall times (series times, day starts) over and
// over, and each Temporal conversion costs tens of microseconds. Valid dates and times never
// contain '|', so the key is unambiguous.
export const inspectWallTime: (date: string, time: string) => WallTimeMeaning = memoize(wallTimeMeaning, (date, time) => `${date}|${time}`);

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

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// Berlin's offset only ever changes on a full UTC hour (since 1893), so one Temporal conversion per
// hour answers every instant in it; instants outside 1900–9999 take Temporal's own path.
const OFFSET_MEMO_FROM_MS = Date.UTC(1900, 0, 1);
const OFFSET_MEMO_TO_MS = DATE_FORMAT_MAX_MS - DAY_MS;
const offsetOfHour = memoize(
  (hour: number) => Temporal.Instant.fromEpochMilliseconds(hour * HOUR_MS).toZonedDateTimeISO(BERLIN_TZ).offsetNanoseconds / 1e6,
  (hour) => hour,
  100_000,
);

/** Berlin local time of an instant as milliseconds on a UTC clock (so Date can format it), and the offset. */
function localMs(utc: string): { local: number; offsetMs: number } | null {
  const ms = epochMs(utc);
  if (ms < OFFSET_MEMO_FROM_MS || ms > OFFSET_MEMO_TO_MS) return null;
  const offsetMs = offsetOfHour(Math.floor(ms / HOUR_MS));
  return { local: ms + offsetMs, offsetMs };
}

function localParts(utc: string): { date: string; time: string; offsetMs: number } {
  const fast = localMs(utc);
  if (fast) {
    const iso = new Date(fast.local).toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 16), offsetMs: fast.offsetMs };
  }
  const z = parseUtc(utc).toZonedDateTimeISO(BERLIN_TZ);
  return { date: z.toPlainDate().toString(), time: formatLocalTime(z), offsetMs: z.offsetNanoseconds / 1e6 };
}

/** The Berlin wall time of a UTC instant (minute precision), with `fold` inside the autumn repeat. */
export function utcToBerlin(utc: string): BerlinLocal {
  const { date, time, offsetMs } = localParts(utc);
  const local: BerlinLocal = { date, time, offset: offsetMs === 2 * HOUR_MS ? '+02:00' : '+01:00' };
  const meaning = inspectWallTime(date, time);
  if (meaning.kind === 'ambiguous') local.fold = local.offset === '+02:00' ? 'earlier' : 'later';
  return local;
}

/** UTC instant of local midnight (Berlin never changes clocks at midnight). */
export const berlinDayStartUtc: (date: string) => string = memoize(
  (date: string) => formatUtc(parseLocalDate(date).toZonedDateTime(BERLIN_TZ).toInstant()),
  (date) => date,
);

/** True when the instant is exactly a Berlin midnight. */
export function isBerlinMidnight(utc: string): boolean {
  const fast = localMs(utc);
  if (fast) return fast.local % DAY_MS === 0;
  const z = parseUtc(utc).toZonedDateTimeISO(BERLIN_TZ);
  return z.hour === 0 && z.minute === 0 && z.second === 0 && z.millisecond === 0;
}

export const addDays = (date: string, days: number): string => parseLocalDate(date).add({ days }).toString();

// Days since 1970-01-01 of a local date; memoised, as lists count the days to the same few dates.
const dayNumberOf = memoize(
  (date: string) => {
    const d = parseLocalDate(date);
    return new Date(0).setUTCFullYear(d.year, d.month - 1, d.day) / DAY_MS;
  },
  (date) => date,
);

/** Whole days from one local date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumberOf(to) - dayNumberOf(from);

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
