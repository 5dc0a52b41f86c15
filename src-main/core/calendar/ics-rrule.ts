import {
  type IsoWeekday,
  addDays,
  berlinDayStartUtc,
  epochMs,
  formatUtc,
  parseLocalDate,
  parseUtc,
  resolveWallTime,
  utcToBerlin,
} from './berlin-time';
import { formatIcsDate, formatIcsUtc, parseIcsTime } from './ics-datetime';
import { RECURRENCE_LIMITS, type RecurrenceRule, WEEK_OF_MONTH_VALUES, type WeekOfMonth } from './recurrence-rule';

// RRULE <-> RecurrenceRule. Only what the calendar can represent is read; anything else is
// reported as unsupported so the import preview can say so instead of guessing.

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const dayCode = (wd: IsoWeekday): string => DAY_CODES[wd - 1] ?? 'MO';
const weekdayOfCode = (code: string): IsoWeekday | null => {
  const i = (DAY_CODES as readonly string[]).indexOf(code);
  return i < 0 ? null : ((i + 1) as IsoWeekday);
};

/** The first occurrence's Berlin wall time, needed to express and read UNTIL. */
export interface SeriesAnchor {
  date: string;
  time: string;
  allDay: boolean;
}

/** RRULE value for a rule. UNTIL is the last second of the until day in Berlin, written in UTC. */
export function formatRrule(rule: RecurrenceRule, allDay: boolean): string {
  const parts = [`FREQ=${rule.freq.toUpperCase()}`, `INTERVAL=${rule.interval}`];
  if (rule.freq === 'weekly') {
    const days = [...new Set(rule.weekdays)].sort((a, b) => a - b);
    parts.push('WKST=MO', `BYDAY=${days.map(dayCode).join(',')}`);
  }
  if (rule.freq === 'monthly') parts.push(`BYDAY=${rule.weekOfMonth}${dayCode(rule.weekday)}`);
  if (rule.count != null) parts.push(`COUNT=${rule.count}`);
  else if (rule.until != null) {
    const lastSecond = formatUtc(parseUtc(berlinDayStartUtc(addDays(rule.until, 1))).subtract({ seconds: 1 }));
    parts.push(`UNTIL=${allDay ? formatIcsDate(rule.until) : formatIcsUtc(lastSecond)}`);
  }
  return parts.join(';');
}

/** Berlin local date of the last occurrence allowed by an UNTIL value (inclusive). */
function untilDate(value: string, line: number, anchor: SeriesAnchor): string {
  const t = parseIcsTime(value, {}, line);
  if (t.kind === 'date') return t.date;
  if (t.kind === 'local') return !anchor.allDay && t.time < anchor.time ? addDays(t.date, -1) : t.date;
  const date = utcToBerlin(t.utc).date;
  const start = anchor.allDay ? berlinDayStartUtc(date) : resolveWallTime(date, anchor.time).utc;
  return epochMs(start) > epochMs(t.utc) ? addDays(date, -1) : date;
}

export type ParsedRrule = { rule: RecurrenceRule; unbounded: boolean } | { unsupported: string };

const unsupported = (what: string): ParsedRrule => ({
  unsupported: `Die Wiederholungsregel (${what}) wird nicht unterstützt; der Termin kann nicht übernommen werden.`,
});

const SUPPORTED_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYSETPOS', 'WKST']);

/**
 * Reads an RRULE value. Supported: DAILY, WEEKLY (BYDAY list), MONTHLY with one n-th/last
 * weekday (BYDAY=2TU or BYDAY=TU;BYSETPOS=2), DAILY+BYDAY as weekly. A bad UNTIL date throws.
 * A rule without end is capped to the maximum series span (`unbounded: true`).
 */
export function parseRrule(value: string, line: number, anchor: SeriesAnchor): ParsedRrule {
  const parts = new Map<string, string>();
  for (const part of value.split(';')) {
    const [key = '', val = ''] = part.split('=');
    if (!SUPPORTED_PARTS.has(key.toUpperCase())) return unsupported(key.toUpperCase() || 'leer');
    parts.set(key.toUpperCase(), val.toUpperCase());
  }
  const intOf = (key: string, fallback: number | null): number | null | undefined => {
    const v = parts.get(key);
    if (v === undefined) return fallback;
    return /^\d{1,6}$/.test(v) ? Number(v) : undefined;
  };
  const interval = intOf('INTERVAL', 1);
  const count = intOf('COUNT', null);
  if (interval === undefined || interval === null || count === undefined) return unsupported('Zahlenangabe');
  const untilRaw = parts.get('UNTIL');
  if (untilRaw !== undefined && count !== null) return unsupported('UNTIL und COUNT');
  const until = untilRaw === undefined ? null : untilDate(untilRaw, line, anchor);
  const unbounded = until === null && count === null;
  const maxUntil = () => addDays(parseLocalDate(anchor.date).add({ years: RECURRENCE_LIMITS.maxSpanYears }).toString(), -1);
  const end = count !== null ? { count } : { until: until ?? maxUntil() };

  const byDay = parts.get('BYDAY')?.split(',') ?? [];
  const setPos = parts.get('BYSETPOS');
  let freq = parts.get('FREQ');
  if (setPos !== undefined && freq !== 'MONTHLY') return unsupported('BYSETPOS');
  // "Jeden Werktag" is often written as DAILY with BYDAY; it is the same as weekly on those days.
  if (freq === 'DAILY' && byDay.length > 0 && interval === 1) freq = 'WEEKLY';

  if (freq === 'DAILY' && byDay.length === 0) return { rule: { freq: 'daily', interval, ...end }, unbounded };
  if (freq === 'WEEKLY') {
    const weekdays = byDay.length === 0 ? [parseLocalDate(anchor.date).dayOfWeek as IsoWeekday] : byDay.map(weekdayOfCode);
    if (weekdays.some((d) => d === null)) return unsupported('BYDAY');
    const wkst = parts.get('WKST') ?? 'MO';
    if (wkst !== 'MO' && interval > 1 && weekdays.length > 1) return unsupported('WKST');
    return { rule: { freq: 'weekly', interval, weekdays: weekdays as IsoWeekday[], ...end }, unbounded };
  }
  if (freq === 'MONTHLY' && byDay.length === 1) {
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay[0] ?? '');
    const ordinal = m?.[1] ?? setPos;
    const weekOfMonth = Number(ordinal) as WeekOfMonth;
    const weekday = weekdayOfCode(m?.[2] ?? '');
    if (!m || weekday === null || (m[1] !== undefined && setPos !== undefined) || !WEEK_OF_MONTH_VALUES.includes(weekOfMonth)) {
      return unsupported('BYDAY');
    }
    return { rule: { freq: 'monthly', interval, weekday, weekOfMonth, ...end }, unbounded };
  }
  return unsupported(freq ? `FREQ=${freq}` : 'ohne FREQ');
}
