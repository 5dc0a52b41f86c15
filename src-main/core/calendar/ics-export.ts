import { Temporal } from 'temporal-polyfill';
import { type AppointmentStatus, type AppointmentType, validateAppointmentTimes } from './appointment-rules';
import { BERLIN_TZ, formatUtc, utcToBerlin } from './berlin-time';
import { occurrenceProperty, formatIcsUtc, timeProperty } from './ics-datetime';
import { formatRrule } from './ics-rrule';
import { CRLF, escapeText, foldLine } from './ics-text';
import { type OccurrenceOverride, validateSeries } from './recurrence';
import type { RecurrenceRule } from './recurrence-rule';

// RFC 5545 export. Calendar files leave the protected database (phones, e-mail), so what goes in
// is decided by explicit options and defaults to the minimum: no client names, no client details.

/** Recurrence of a calendar entry; the entry's start/end are those of the first occurrence. */
export interface EntryRecurrence {
  rule: RecurrenceRule;
  exdates: string[];
  overrides: OccurrenceOverride[];
}

/** One appointment (single or series) as exported and as returned by the import preview. */
export interface CalendarEntry {
  uid: string;
  title: string;
  type: AppointmentType;
  status: AppointmentStatus;
  /** Names of the clients; only exported with `includeClientNames`. Never filled by import. */
  clientNames?: string[];
  location?: string | null;
  description?: string | null;
  startUtc: string;
  endUtc: string;
  allDay: boolean;
  recurrence?: EntryRecurrence | null;
}

export interface IcsExportOptions {
  /** Put client names into SUMMARY. Otherwise a client appointment is titled "Beratungstermin". */
  includeClientNames?: boolean;
  /** Export LOCATION and DESCRIPTION of client appointments (may hold addresses or notes). */
  includeClientDetails?: boolean;
  /** DTSTAMP (ISO instant); defaults to now. */
  now?: string;
}

export const CLIENT_SUMMARY_PLACEHOLDER = 'Beratungstermin';

/** Berlin rules since 1996: last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET. */
const VTIMEZONE_BERLIN = [
  'BEGIN:VTIMEZONE',
  `TZID:${BERLIN_TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const STATUS_TO_ICS: Record<AppointmentStatus, string> = {
  geplant: 'TENTATIVE',
  bestätigt: 'CONFIRMED',
  abgesagt: 'CANCELLED',
  nicht_erschienen: 'CONFIRMED',
  erledigt: 'CONFIRMED',
};

/** The lines describing an entry apart from its times, after applying the privacy options. */
function describe(e: CalendarEntry, o: IcsExportOptions): string[] {
  const names = e.clientNames?.filter((n) => n.trim() !== '') ?? [];
  const isClient = names.length > 0;
  const summary = !isClient ? e.title : o.includeClientNames ? `${e.title} – ${names.join(', ')}` : CLIENT_SUMMARY_PLACEHOLDER;
  const lines = [`SUMMARY:${escapeText(summary)}`];
  if (!isClient || o.includeClientDetails) {
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  }
  lines.push(`CATEGORIES:${escapeText(e.type)}`, `STATUS:${STATUS_TO_ICS[e.status]}`);
  return lines;
}

function eventLines(e: CalendarEntry, o: IcsExportOptions, dtstamp: string): string[] {
  const head = (start: string, end: string) => [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${dtstamp}`,
    timeProperty('DTSTART', start, e.allDay),
    timeProperty('DTEND', end, e.allDay),
  ];
  const details = describe(e, o);
  const r = e.recurrence;
  if (!r) {
    validateAppointmentTimes(e);
    return [...head(e.startUtc, e.endUtc), ...details, 'END:VEVENT'];
  }
  validateSeries({ startUtc: e.startUtc, endUtc: e.endUtc, allDay: e.allDay, ...r });
  const time = utcToBerlin(e.startUtc).time;
  const occurrence = (name: string, date: string) => occurrenceProperty(name, date, time, e.allDay);
  const master = [
    ...head(e.startUtc, e.endUtc),
    `RRULE:${formatRrule(r.rule, e.allDay)}`,
    ...[...r.exdates].sort().map((d) => occurrence('EXDATE', d)),
    ...details,
    'END:VEVENT',
  ];
  // A moved occurrence is its own VEVENT with the same UID, identified by RECURRENCE-ID.
  const moved = r.overrides.flatMap((ov) => [
    ...head(ov.startUtc, ov.endUtc),
    occurrence('RECURRENCE-ID', ov.occurrenceDate),
    ...details,
    'END:VEVENT',
  ]);
  return [...master, ...moved];
}

/**
 * Builds an RFC 5545 file (CRLF, folded at 75 octets, VTIMEZONE for Europe/Berlin) for the
 * entries. Throws VALIDATION for entries with invalid times or series.
 */
export function exportIcs(entries: CalendarEntry[], options: IcsExportOptions = {}): string {
  const dtstamp = formatIcsUtc(options.now ?? formatUtc(Temporal.Now.instant()));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//KIM Fallakte//Terminkalender//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE_BERLIN,
    ...entries.flatMap((e) => eventLines(e, options, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
