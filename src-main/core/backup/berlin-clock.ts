import { Temporal } from 'temporal-polyfill';

// Backup names, "today" and displayed times follow the office's wall clock (Europe/Berlin),
// whatever time zone the computer is set to.

const TZ = 'Europe/Berlin';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const zoned = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(TZ);

/** `YYYY-MM-DD` of the Berlin day containing `ms`. */
export function berlinDate(ms: number): string {
  const z = zoned(ms);
  return `${pad(z.year, 4)}-${pad(z.month)}-${pad(z.day)}`;
}

/** `YYYY-MM-DDTHH:mm:ss` Berlin wall time: sorts like the instants (except the autumn repeat hour). */
export function berlinDateTime(ms: number): string {
  const z = zoned(ms);
  return `${berlinDate(ms)}T${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}`;
}

/** `dd.MM.yyyy HH:mm` for people. */
export function formatBerlin(ms: number): string {
  const z = zoned(ms);
  return `${pad(z.day)}.${pad(z.month)}.${pad(z.year, 4)} ${pad(z.hour)}:${pad(z.minute)}`;
}
