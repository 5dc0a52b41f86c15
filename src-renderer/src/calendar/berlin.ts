import { Temporal } from 'temporal-polyfill';

// The renderer's few Berlin-time needs (the server decides everything about DST): the wall time
// of an instant for a dialog, German formats and the ISO week ("KW") of a date.

const PARTS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Berlin date (YYYY-MM-DD) and time (HH:mm) of an instant. */
export function berlinParts(at: Date | string): { date: string; time: string } {
  const text = PARTS.format(typeof at === 'string' ? new Date(at) : at); // "2026-03-10 10:00"
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

export const todayBerlin = (): string => berlinParts(new Date()).date;

export const addDays = (date: string, days: number): string => Temporal.PlainDate.from(date).add({ days }).toString();

/** Monday of the ISO week containing the date. */
export const mondayOf = (date: string): string => {
  const d = Temporal.PlainDate.from(date);
  return d.subtract({ days: d.dayOfWeek - 1 }).toString();
};

export const isoWeekOf = (date: string): number => Temporal.PlainDate.from(date).weekOfYear ?? 0;

export const weekdayOf = (date: string): number => Temporal.PlainDate.from(date).dayOfWeek;

/** 2026-11-25 → 25.11.2026 */
export const formatDateDe = (date: string): string => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** Date and time of an instant in German, e.g. "25.11.2026, 10:00". */
export function formatInstantDe(utc: string): string {
  const p = berlinParts(utc);
  return `${formatDateDe(p.date)}, ${p.time}`;
}

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Heading of a visible range [from, to): one day, a span of days, or a month. */
export function rangeTitle(from: string, to: string, anchor: string, view: 'day' | 'span' | 'month'): string {
  if (view === 'day') return formatDateDe(from);
  if (view === 'month') return MONTH.format(new Date(`${anchor}T00:00:00Z`));
  return `${formatDateDe(from)} – ${formatDateDe(addDays(to, -1))}`;
}
