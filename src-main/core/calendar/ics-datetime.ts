import { Temporal } from 'temporal-polyfill';
import {
  BERLIN_TZ,
  berlinDayStartUtc,
  formatLocalTime,
  formatUtc,
  parseLocalDate,
  parseUtc,
  resolveWallTime,
  utcToBerlin,
} from './berlin-time';
import { type Property, icsError } from './ics-text';

// DATE / DATE-TIME values of RFC 5545 in both directions. Export writes Berlin local times with
// TZID; import accepts TZID, UTC ('Z'), floating and DATE values.

/** A parsed iCalendar time value. Seconds are dropped (the calendar works in minutes). */
export type IcsTime =
  | { kind: 'date'; date: string }
  | { kind: 'utc'; utc: string; hadSeconds: boolean }
  | { kind: 'local'; date: string; time: string; tzid: string | null; hadSeconds: boolean };

const compact = (date: string) => date.replaceAll('-', '');

/** `2026-03-02` → `20260302`. */
export const formatIcsDate = (date: string): string => compact(date);

/** UTC instant → `20260302T090000Z`. */
export const formatIcsUtc = (utc: string): string =>
  parseUtc(utc).toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');

/** Berlin wall time → `20260302T100000`. */
export const formatIcsLocal = (date: string, time: string): string => `${compact(date)}T${time.replace(':', '')}00`;

/**
 * A DTSTART-like property line for an instant: DATE for all-day, else Berlin local time with
 * TZID. The second 02:xx of the autumn change cannot be written as local time, so it goes as UTC.
 */
export function timeProperty(name: string, utc: string, allDay: boolean): string {
  const local = utcToBerlin(utc);
  if (allDay) return `${name};VALUE=DATE:${formatIcsDate(local.date)}`;
  if (local.fold === 'later') return `${name}:${formatIcsUtc(utc)}`;
  return `${name};TZID=${BERLIN_TZ}:${formatIcsLocal(local.date, local.time)}`;
}

/** The value referring to one occurrence of a series (EXDATE, RECURRENCE-ID) in DTSTART's form. */
export const occurrenceProperty = (name: string, date: string, time: string, allDay: boolean): string =>
  allDay ? `${name};VALUE=DATE:${formatIcsDate(date)}` : `${name};TZID=${BERLIN_TZ}:${formatIcsLocal(date, time)}`;

const DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

/** Parses one DATE or DATE-TIME value; anything malformed → VALIDATION with the line. */
export function parseIcsTime(value: string, params: Record<string, string>, line: number): IcsTime {
  const bad = () => icsError(line, 'Ungültiges Datum oder ungültige Uhrzeit.');
  const dateOf = (y: string, m: string, d: string) => {
    try {
      return parseLocalDate(`${y}-${m}-${d}`).toString();
    } catch {
      throw bad();
    }
  };
  const dm = DATE_RE.exec(value);
  if (dm) return { kind: 'date', date: dateOf(dm[1] ?? '', dm[2] ?? '', dm[3] ?? '') };
  const m = DATE_TIME_RE.exec(value);
  if (!m || params.VALUE?.toUpperCase() === 'DATE') throw bad();
  const [hh, mm, ss] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hh > 23 || mm > 59 || ss > 60) throw bad();
  const date = dateOf(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  const time = formatLocalTime({ hour: hh, minute: mm });
  if (m[7] === 'Z') {
    const utc = formatUtc(Temporal.Instant.from(`${date}T${time}:00Z`));
    return { kind: 'utc', utc, hadSeconds: ss !== 0 };
  }
  return { kind: 'local', date, time, tzid: params.TZID ?? null, hadSeconds: ss !== 0 };
}

export const parseTimeProperty = (p: Property): IcsTime => parseIcsTime(p.value, p.params, p.line);

const isKnownZone = (tzid: string) => {
  try {
    Temporal.Now.zonedDateTimeISO(tzid);
    return true;
  } catch {
    return false;
  }
};

/**
 * Converts an imported time to UTC, noting in `warnings` (German) everything that was assumed:
 * floating or unknown zones are read as Berlin time, a time in the spring gap moves one hour.
 */
export function icsTimeToUtc(t: IcsTime, warnings: Set<string>): string {
  if (t.kind === 'date') return berlinDayStartUtc(t.date);
  if (t.hadSeconds) warnings.add('Sekundenangaben wurden auf volle Minuten gekürzt.');
  if (t.kind === 'utc') return t.utc;
  if (t.tzid !== null && t.tzid !== BERLIN_TZ) {
    if (isKnownZone(t.tzid)) {
      const instant = Temporal.PlainDateTime.from(`${t.date}T${t.time}`).toZonedDateTime(t.tzid).toInstant();
      return formatUtc(instant);
    }
    warnings.add(`Unbekannte Zeitzone „${t.tzid.slice(0, 60)}“ – Zeiten wurden als deutsche Ortszeit übernommen.`);
  } else if (t.tzid === null) {
    warnings.add('Zeit ohne Zeitzone – als deutsche Ortszeit übernommen.');
  }
  const resolved = resolveWallTime(t.date, t.time);
  if (resolved.shifted) warnings.add('Eine Uhrzeit fiel in die Zeitumstellung und wurde um eine Stunde verschoben.');
  return resolved.utc;
}

/** The Berlin local date an imported time refers to (for EXDATE / RECURRENCE-ID). */
export function icsTimeToBerlinDate(t: IcsTime, warnings: Set<string>): string {
  if (t.kind === 'date') return t.date;
  if (t.kind === 'local' && (t.tzid === null || t.tzid === BERLIN_TZ)) return t.date;
  return utcToBerlin(icsTimeToUtc(t, warnings)).date;
}
