import { Temporal } from 'temporal-polyfill';
import { AppError, isAppError } from '../errors';
import { APPOINTMENT_TYPES, type AppointmentStatus, type AppointmentType, appointmentTimeIssues } from './appointment-rules';
import { BERLIN_TZ, addDays, berlinDayStartUtc, formatUtc, parseUtc, utcToBerlin } from './berlin-time';
import { type IcsTime, icsTimeToBerlinDate, icsTimeToUtc, parseTimeProperty } from './ics-datetime';
import type { CalendarEntry } from './ics-export';
import { parseRrule } from './ics-rrule';
import { type Property, contentLines, icsError, parseContentLine, splitList, unescapeText } from './ics-text';
import { type OccurrenceOverride, type Series, ruleDates, validateSeries } from './recurrence';

// Reads a .ics file into a PREVIEW: nothing is stored here. Syntax errors refuse the whole file
// (with the line); events the calendar cannot represent stay in the preview with `entry: null`
// and a German reason, everything assumed on the way is listed in `warnings`.

export const ICS_IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxEvents: 5000 } as const;

export interface IcsImportOptions {
  maxBytes?: number;
  maxEvents?: number;
}

export interface IcsImportEvent {
  /** Line of the event's BEGIN:VEVENT. */
  line: number;
  uid: string | null;
  /** null when the event cannot be imported; the reason is the last warning. */
  entry: CalendarEntry | null;
  warnings: string[];
}

/** A VEVENT as read, before it is turned into a CalendarEntry. */
interface RawEvent {
  line: number;
  uid: string | null;
  recurrenceId: IcsTime | null;
  start: IcsTime | null;
  end: IcsTime | null;
  duration: Temporal.Duration | null;
  summary: string | null;
  location: string | null;
  description: string | null;
  status: string | null;
  categories: string[];
  rrule: Property | null;
  exdates: IcsTime[];
}

const newRawEvent = (line: number): RawEvent => ({
  line,
  uid: null,
  recurrenceId: null,
  start: null,
  end: null,
  duration: null,
  summary: null,
  location: null,
  description: null,
  status: null,
  categories: [],
  rrule: null,
  exdates: [],
});

/** Longest DURATION accepted; absurd values would overflow date arithmetic. */
const MAX_DURATION_SECONDS = 3660 * 86_400;

function parseDuration(p: Property): Temporal.Duration {
  try {
    const d = Temporal.Duration.from(p.value);
    // RFC 5545 durations have no years or months; only weeks, days and time parts.
    const seconds = ((d.weeks * 7 + d.days) * 24 + d.hours) * 3600 + d.minutes * 60 + d.seconds;
    if (d.sign >= 0 && d.years === 0 && d.months === 0 && seconds <= MAX_DURATION_SECONDS) return d;
  } catch {
    // reported below with the line
  }
  throw icsError(p.line, 'Ungültige Dauer (DURATION).');
}

/** Copies one VEVENT property into the raw event; date values are checked right here. */
function applyProperty(ev: RawEvent, p: Property): void {
  const text = () => unescapeText(p.value);
  switch (p.name) {
    case 'UID': ev.uid = text(); break;
    case 'DTSTART': ev.start = parseTimeProperty(p); break;
    case 'DTEND': ev.end = parseTimeProperty(p); break;
    case 'DURATION': ev.duration = parseDuration(p); break;
    case 'RECURRENCE-ID': ev.recurrenceId = parseTimeProperty(p); break;
    case 'SUMMARY': ev.summary = text(); break;
    case 'LOCATION': ev.location = text(); break;
    case 'DESCRIPTION': ev.description = text(); break;
    case 'STATUS': ev.status = p.value.toUpperCase(); break;
    case 'CATEGORIES': ev.categories.push(...splitList(p.value).map(unescapeText)); break;
    case 'RRULE': ev.rrule = p; break;
    case 'EXDATE': ev.exdates.push(...splitList(p.value).map((v) => parseTimeProperty({ ...p, value: v }))); break;
    default: // other properties (ATTENDEE, VALARM content, X-…) are not needed
  }
}

const tooLarge = (message: string, details: Record<string, unknown>) => new AppError('TOO_LARGE', message, details);

function decode(input: string | Uint8Array, maxBytes: number): string {
  // A UTF-16 string has at least one UTF-8 byte per code unit, so its length is a cheap lower bound.
  const size =
    typeof input === 'string' ? (input.length > maxBytes ? input.length : Buffer.byteLength(input, 'utf8')) : input.byteLength;
  if (size > maxBytes) {
    throw tooLarge(`Die Kalenderdatei ist zu groß (höchstens ${Math.floor(maxBytes / 1024 / 1024)} MB).`, { maxBytes });
  }
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new AppError('VALIDATION', 'Die Kalenderdatei ist nicht UTF-8-kodiert.');
  }
}

/** Streams through the lines checking BEGIN/END balance; counts events as they start. */
function readRawEvents(text: string, maxEvents: number): RawEvent[] {
  const stack: { name: string; line: number }[] = [];
  const events: RawEvent[] = [];
  let current: RawEvent | null = null;
  let sawCalendar = false;
  for (const cl of contentLines(text)) {
    if (!sawCalendar && cl.text.toUpperCase() !== 'BEGIN:VCALENDAR') {
      throw icsError(cl.line, 'Die Datei beginnt nicht mit BEGIN:VCALENDAR und ist keine Kalenderdatei.');
    }
    const p = parseContentLine(cl);
    const component = p.value.toUpperCase();
    if (p.name === 'BEGIN') {
      if ((stack.length === 0) !== (component === 'VCALENDAR')) {
        throw icsError(p.line, `BEGIN:${component} steht an falscher Stelle.`);
      }
      sawCalendar = true;
      stack.push({ name: component, line: p.line });
      if (component === 'VEVENT' && stack.length === 2) {
        if (events.length >= maxEvents) {
          throw tooLarge(`Die Kalenderdatei enthält zu viele Termine (höchstens ${maxEvents}).`, { maxEvents });
        }
        current = newRawEvent(p.line);
      }
    } else if (p.name === 'END') {
      const open = stack.pop();
      if (!open) throw icsError(p.line, `END:${component} ohne zugehöriges BEGIN.`);
      if (open.name !== component) {
        throw icsError(p.line, `END:${component} passt nicht zu BEGIN:${open.name} aus Zeile ${open.line}.`);
      }
      if (current && stack.length === 1) {
        events.push(current);
        current = null;
      }
    } else if (stack.length === 0) {
      throw icsError(p.line, 'Inhalt nach END:VCALENDAR.');
    } else if (current && stack.length === 2) {
      applyProperty(current, p);
    }
  }
  if (!sawCalendar) throw icsError(1, 'Die Datei ist leer und keine Kalenderdatei.');
  const open = stack.pop();
  if (open) throw icsError(open.line, `BEGIN:${open.name} wird nicht mit END:${open.name} abgeschlossen.`);
  return events;
}

type Times = { startUtc: string; endUtc: string; allDay: boolean };

/** Start/end of a raw event, or a German reason why there are none. */
function eventTimes(raw: RawEvent, warnings: Set<string>): Times | string {
  if (!raw.start) return 'Der Termin hat keinen Beginn (DTSTART).';
  const allDay = raw.start.kind === 'date';
  if (raw.end && (raw.end.kind === 'date') !== allDay) return 'Beginn und Ende passen nicht zusammen (ganztägig und mit Uhrzeit).';
  const startUtc = icsTimeToUtc(raw.start, warnings);
  let endUtc: string;
  if (raw.end) endUtc = icsTimeToUtc(raw.end, warnings);
  // RFC 5545: days in a DURATION are calendar days, hours are exact; ZonedDateTime.add does both.
  else if (raw.duration) endUtc = formatUtc(parseUtc(startUtc).toZonedDateTimeISO(BERLIN_TZ).add(raw.duration).toInstant());
  else if (allDay) endUtc = berlinDayStartUtc(addDays(utcToBerlin(startUtc).date, 1));
  else return 'Der Termin hat kein Ende (DTEND).';
  const times = { startUtc, endUtc, allDay };
  return appointmentTimeIssues(times)[0]?.message ?? times;
}

const STATUS_FROM_ICS: Record<string, AppointmentStatus> = { CANCELLED: 'abgesagt', CONFIRMED: 'bestätigt' };

const typeOf = (categories: string[]): AppointmentType =>
  APPOINTMENT_TYPES.find((t) => categories.includes(t)) ?? 'Intern';

/** Adds exceptions (EXDATE, moved and cancelled single occurrences) to the imported series. */
function applyExceptions(series: Series, raw: RawEvent, children: RawEvent[], warnings: Set<string>): Series {
  const dates = new Set(ruleDates(series));
  const exdates = new Set<string>();
  const overrides = new Map<string, OccurrenceOverride>();
  const onDate = (t: IcsTime) => {
    const d = icsTimeToBerlinDate(t, warnings);
    if (!dates.has(d)) warnings.add('Eine Ausnahme passt zu keinem Termin der Serie und wurde ignoriert.');
    return dates.has(d) ? d : null;
  };
  for (const t of raw.exdates) {
    const d = onDate(t);
    if (d) exdates.add(d);
  }
  for (const child of children) {
    const d = child.recurrenceId && onDate(child.recurrenceId);
    if (!d || exdates.has(d)) continue;
    if (child.status === 'CANCELLED') {
      exdates.add(d);
      overrides.delete(d);
      continue;
    }
    const times = eventTimes(child, warnings);
    if (typeof times === 'string' || times.allDay !== series.allDay) {
      warnings.add('Ein geänderter Einzeltermin der Serie war unvollständig und wurde ignoriert.');
      continue;
    }
    if (child.summary !== raw.summary || child.location !== raw.location || child.description !== raw.description) {
      warnings.add('Abweichende Angaben einzelner Termine (Titel, Ort, Beschreibung) werden nicht übernommen.');
    }
    overrides.set(d, { occurrenceDate: d, startUtc: times.startUtc, endUtc: times.endUtc });
  }
  return { ...series, exdates: [...exdates].sort(), overrides: [...overrides.values()].sort((a, b) => a.occurrenceDate.localeCompare(b.occurrenceDate)) };
}

function buildEvent(raw: RawEvent, children: RawEvent[], orphan: boolean): IcsImportEvent {
  const warnings = new Set<string>();
  const result = (entry: CalendarEntry | null, reason?: string): IcsImportEvent => ({
    line: raw.line,
    uid: raw.uid,
    entry,
    warnings: reason ? [...warnings, reason] : [...warnings],
  });
  if (orphan) warnings.add('Geänderter Einzeltermin einer Serie, die nicht in der Datei ist – als Einzeltermin übernommen.');
  const times = eventTimes(raw, warnings);
  if (typeof times === 'string') return result(null, times);
  if (!raw.uid) warnings.add('Der Termin hat keine UID; es wurde eine neue vergeben.');
  const entry: CalendarEntry = {
    uid: raw.uid ?? crypto.randomUUID(),
    title: raw.summary ?? '',
    type: typeOf(raw.categories),
    status: (raw.status && STATUS_FROM_ICS[raw.status]) || 'geplant',
    location: raw.location,
    description: raw.description,
    ...times,
    recurrence: null,
  };
  if (!raw.rrule || orphan) return result(entry);
  const start = raw.start;
  if (!times.allDay && !(start?.kind === 'local' && (start.tzid === null || start.tzid === BERLIN_TZ))) {
    warnings.add('Die Serie war nicht in deutscher Ortszeit angegeben; sie wird zur deutschen Uhrzeit fortgeschrieben.');
  }
  const local = utcToBerlin(times.startUtc);
  const parsed = parseRrule(raw.rrule.value, raw.rrule.line, { date: local.date, time: local.time, allDay: times.allDay });
  if ('unsupported' in parsed) return result(null, parsed.unsupported);
  if (parsed.unbounded) warnings.add('Die Serie hat kein Ende und wurde auf 10 Jahre begrenzt.');
  try {
    const series = applyExceptions({ ...times, rule: parsed.rule, exdates: [], overrides: [] }, raw, children, warnings);
    validateSeries(series);
    const { rule, exdates, overrides } = series;
    return result({ ...entry, recurrence: { rule, exdates, overrides } });
  } catch (e) {
    if (isAppError(e) && e.code === 'VALIDATION' && e.details?.line === undefined) return result(null, e.message);
    throw e;
  }
}

/**
 * Parses a .ics file into an import preview. Refuses (VALIDATION, with line number) files that are
 * not iCalendar, have unbalanced BEGIN/END or invalid dates; refuses (TOO_LARGE) files over
 * 5 MB or with more than 5000 events, checked before and while reading.
 */
export function parseIcs(input: string | Uint8Array, options: IcsImportOptions = {}): { events: IcsImportEvent[] } {
  const text = decode(input, options.maxBytes ?? ICS_IMPORT_LIMITS.maxBytes);
  const raws = readRawEvents(text, options.maxEvents ?? ICS_IMPORT_LIMITS.maxEvents);
  const masters = new Set(raws.filter((r) => r.rrule && !r.recurrenceId && r.uid).map((r) => r.uid));
  const children = new Map<string, RawEvent[]>();
  for (const r of raws) {
    if (!r.recurrenceId || !r.uid || !masters.has(r.uid)) continue;
    const list = children.get(r.uid) ?? [];
    list.push(r);
    children.set(r.uid, list);
  }
  const events = raws
    .filter((r) => !(r.recurrenceId && r.uid && masters.has(r.uid)))
    .map((r) => buildEvent(r, (r.uid && children.get(r.uid)) || [], r.recurrenceId !== null));
  return { events };
}
