import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IsoWeekday, addDays, berlinDayStartUtc, resolveWallTime } from '../../../src-main/core/calendar/berlin-time';
import { type CalendarEntry, exportIcs } from '../../../src-main/core/calendar/ics-export';
import { parseIcs } from '../../../src-main/core/calendar/ics-import';
import { expandOccurrences, ruleDates } from '../../../src-main/core/calendar/recurrence';
import type { RecurrenceRule, WeekOfMonth } from '../../../src-main/core/calendar/recurrence-rule';

// Export then import must give back the same appointments: times, texts, rule and exceptions.

const WIDE = ['2020-01-01T00:00:00Z', '2045-01-01T00:00:00Z'] as const;
const plusMinutes = (utc: string, minutes: number) =>
  new Date(Date.parse(utc) + minutes * 60_000).toISOString().replace('.000Z', 'Z');

/** Weekday order carries no meaning; the file lists them Monday first. */
const canonicalRule = (r: RecurrenceRule): RecurrenceRule =>
  r.freq === 'weekly' ? { ...r, weekdays: [...r.weekdays].sort((a, b) => a - b) } : r;

/** What an entry looks like after import (the parts the file cannot or must not carry removed). */
const expectedAfterImport = (e: CalendarEntry): CalendarEntry => {
  const { clientNames: _names, ...rest } = e;
  return {
    ...rest,
    location: e.location || null,
    description: e.description || null,
    recurrence: e.recurrence ? { ...e.recurrence, rule: canonicalRule(e.recurrence.rule), exdates: [...e.recurrence.exdates].sort() } : null,
  };
};
const occurrencesOf = (e: CalendarEntry) =>
  e.recurrence ? expandOccurrences({ ...e, ...e.recurrence }, ...WIDE) : [{ startUtc: e.startUtc, endUtc: e.endUtc }];

function roundTrip(entries: CalendarEntry[]) {
  const { events } = parseIcs(exportIcs(entries, { includeClientNames: false }));
  expect(events.flatMap((ev) => ev.warnings)).toEqual([]);
  return events.map((ev) => ev.entry);
}

describe('ICS round trip (examples)', () => {
  const text = 'Grüße, „Äpfel“; Öl \\ Maß\nZweite Zeile 🙂👩‍👩‍👧 – 日本語';
  const series: CalendarEntry = {
    uid: 'serie-dst@kim-fallakte',
    title: text,
    type: 'Sprechstunde',
    status: 'geplant',
    location: 'Raum 1; Eingang B, 2. OG',
    description: `${text}\n`.repeat(5),
    startUtc: resolveWallTime('2026-03-02', '10:00').utc,
    endUtc: resolveWallTime('2026-03-02', '11:30').utc,
    allDay: false,
    recurrence: {
      // Crosses 29.03.2026, 25.10.2026, 28.03.2027 and 31.10.2027.
      rule: { freq: 'weekly', interval: 1, weekdays: [1, 4], until: '2027-11-30' },
      exdates: ['2026-03-30', '2026-10-26', '2027-03-29'],
      overrides: [
        { occurrenceDate: '2026-10-29', startUtc: resolveWallTime('2026-10-30', '14:00').utc, endUtc: resolveWallTime('2026-10-30', '15:00').utc },
      ],
    },
  };
  const monthly: CalendarEntry = {
    uid: 'monatlich',
    title: 'Gruppenangebot Sprachcafé',
    type: 'Gruppenangebot',
    status: 'bestätigt',
    startUtc: resolveWallTime('2026-01-30', '16:00').utc,
    endUtc: resolveWallTime('2026-01-30', '18:00').utc,
    allDay: false,
    recurrence: { rule: { freq: 'monthly', interval: 1, weekday: 5, weekOfMonth: -1, count: 24 }, exdates: [], overrides: [] },
  };
  const allDaySeries: CalendarEntry = {
    uid: 'ganztags',
    title: 'Fortbildung',
    type: 'Intern',
    status: 'abgesagt',
    startUtc: berlinDayStartUtc('2026-03-28'),
    endUtc: berlinDayStartUtc('2026-03-30'),
    allDay: true,
    recurrence: { rule: { freq: 'daily', interval: 7, count: 6 }, exdates: ['2026-04-04'], overrides: [] },
  };
  const single: CalendarEntry = {
    uid: 'einzel',
    title: '',
    type: 'Begleitung',
    status: 'geplant',
    location: 'Ausländerbehörde',
    startUtc: resolveWallTime('2027-10-31', '01:45').utc,
    endUtc: '2027-10-31T01:15:00Z', // ends in the second 02:15 (winter time)
    allDay: false,
  };

  it('gives back the same entries and occurrences', () => {
    const entries = [series, monthly, allDaySeries, single];
    const imported = roundTrip(entries);
    expect(imported).toEqual(entries.map(expectedAfterImport));
    imported.forEach((e, i) => expect(occurrencesOf(e!)).toEqual(occurrencesOf(entries[i]!)));
  });

  it('keeps the weekly series at 10:00 Berlin time across all four changes', () => {
    const [imported] = roundTrip([series]);
    const starts = occurrencesOf(imported!).filter((o) => !('overridden' in o && o.overridden));
    const localHours = new Set(starts.map((o) => new Date(o.startUtc).toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin' })));
    expect(localHours).toEqual(new Set(['10:00:00']));
    expect(new Set(starts.map((o) => new Date(o.startUtc).getUTCHours()))).toEqual(new Set([8, 9]));
  });
});

// ---- property: random series → export → import → same occurrences ----

const weekdayArb = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<IsoWeekday>;
const textArb = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\r]/g, '')); // control characters are not valid TEXT

/** The first date on or after `from` matching the rule, so DTSTART is synchronised with RRULE. */
function firstMatch(from: string, rule: RecurrenceRule): string {
  for (let d = from; ; d = addDays(d, 1)) {
    const probe = { startUtc: berlinDayStartUtc(d), endUtc: berlinDayStartUtc(addDays(d, 1)), allDay: true, exdates: [], overrides: [] };
    try {
      if (ruleDates({ ...probe, rule })[0] === d) return d;
    } catch {
      // the rule does not start on d: try the next day
    }
  }
}

const ruleArb: fc.Arbitrary<RecurrenceRule> = fc.oneof(
  fc.record({ freq: fc.constant('daily' as const), interval: fc.integer({ min: 1, max: 5 }) }),
  fc.record({
    freq: fc.constant('weekly' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    weekdays: fc.uniqueArray(weekdayArb, { minLength: 1, maxLength: 7 }),
  }),
  fc.record({
    freq: fc.constant('monthly' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    weekday: weekdayArb,
    weekOfMonth: fc.constantFrom<WeekOfMonth>(1, 2, 3, 4, -1),
  }),
);

const entryArb = fc
  .record({
    rule: ruleArb,
    end: fc.oneof(fc.record({ count: fc.integer({ min: 1, max: 30 }) }), fc.record({ untilDays: fc.integer({ min: 0, max: 500 }) })),
    from: fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2028-06-01T00:00:00Z'), noInvalidDate: true }),
    // Night hours are favoured: that is where the clock changes happen.
    time: fc.record({ h: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(1, 2, 3)), m: fc.integer({ min: 0, max: 59 }) }),
    allDay: fc.boolean(),
    minutes: fc.integer({ min: 1, max: 24 * 60 }),
    days: fc.integer({ min: 1, max: 3 }),
    picks: fc.array(fc.record({ index: fc.nat(), moveMinutes: fc.integer({ min: -3000, max: 3000 }), exclude: fc.boolean() }), { maxLength: 6 }),
    title: textArb,
    location: textArb,
    description: textArb,
  })
  .map((g): CalendarEntry => {
    const startDate = firstMatch(g.from.toISOString().slice(0, 10), { ...g.rule, count: 1 });
    const end = 'count' in g.end ? { count: g.end.count } : { until: addDays(startDate, g.end.untilDays) };
    const rule = { ...g.rule, ...end } as RecurrenceRule;
    const time = `${String(g.time.h).padStart(2, '0')}:${String(g.time.m).padStart(2, '0')}`;
    const startUtc = g.allDay ? berlinDayStartUtc(startDate) : resolveWallTime(startDate, time).utc;
    const endUtc = g.allDay ? berlinDayStartUtc(addDays(startDate, g.days)) : plusMinutes(startUtc, g.minutes);
    const base = { startUtc, endUtc, allDay: g.allDay, rule, exdates: [], overrides: [] };
    const dates = ruleDates(base);
    const exdates = new Set<string>();
    const overrides = new Map<string, { occurrenceDate: string; startUtc: string; endUtc: string }>();
    for (const p of g.picks) {
      const date = dates[p.index % dates.length]!;
      if (exdates.has(date) || overrides.has(date)) continue;
      if (p.exclude) exdates.add(date);
      else {
        const s = g.allDay
          ? berlinDayStartUtc(addDays(date, Math.round(p.moveMinutes / 1000)))
          : plusMinutes(resolveWallTime(date, time).utc, p.moveMinutes);
        const e = g.allDay ? berlinDayStartUtc(addDays(date, Math.round(p.moveMinutes / 1000) + g.days)) : plusMinutes(s, g.minutes);
        overrides.set(date, { occurrenceDate: date, startUtc: s, endUtc: e });
      }
    }
    return {
      uid: `prop-${startDate}`,
      title: g.title,
      type: 'Beratung',
      status: 'bestätigt',
      location: g.location,
      description: g.description,
      startUtc,
      endUtc,
      allDay: g.allDay,
      recurrence: {
        rule,
        exdates: [...exdates].sort(),
        overrides: [...overrides.values()].sort((a, b) => a.occurrenceDate.localeCompare(b.occurrenceDate)),
      },
    };
  });

describe('ICS round trip (property)', () => {
  it('random series → export → import → same entry and same occurrences', () => {
    fc.assert(
      fc.property(entryArb, (entry) => {
        const [imported] = roundTrip([entry]);
        expect(imported).toEqual(expectedAfterImport(entry));
        expect(occurrencesOf(imported!)).toEqual(occurrencesOf(entry));
      }),
      { numRuns: 150 },
    );
  });
});
