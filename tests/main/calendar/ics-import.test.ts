import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src-main/core/calendar/ics-import';
import { expandOccurrences } from '../../../src-main/core/calendar/recurrence';
import { catchAppError, icsFile, vevent } from './helpers';

const one = (...props: string[]) => {
  const { events } = parseIcs(icsFile(...vevent('UID:t-1', ...props)));
  expect(events).toHaveLength(1);
  return events[0]!;
};
const entryOf = (...props: string[]) => {
  const e = one(...props);
  if (!e.entry) throw new Error(`not importable: ${e.warnings.join(' | ')}`);
  return e.entry;
};
const occurrenceDates = (...props: string[]) => {
  const e = entryOf(...props);
  if (!e.recurrence) throw new Error('no recurrence');
  return expandOccurrences({ ...e, ...e.recurrence }, '2020-01-01T00:00:00Z', '2040-01-01T00:00:00Z').map((o) => o.occurrenceDate);
};

describe('parseIcs: time values', () => {
  it('reads TZID=Europe/Berlin, UTC and all-day values', () => {
    expect(entryOf('DTSTART;TZID=Europe/Berlin:20260701T100000', 'DTEND;TZID=Europe/Berlin:20260701T113000')).toMatchObject({
      startUtc: '2026-07-01T08:00:00Z',
      endUtc: '2026-07-01T09:30:00Z',
      allDay: false,
    });
    expect(entryOf('DTSTART:20260101T100000Z', 'DTEND:20260101T110000Z').startUtc).toBe('2026-01-01T10:00:00Z');
    expect(entryOf('DTSTART;VALUE=DATE:20260329', 'DTEND;VALUE=DATE:20260330')).toMatchObject({
      startUtc: '2026-03-28T23:00:00Z',
      endUtc: '2026-03-29T22:00:00Z',
      allDay: true,
    });
    expect(entryOf('DTSTART;VALUE=DATE:20260329').endUtc).toBe('2026-03-29T22:00:00Z');
  });

  it('reads floating times and other zones with a warning where something was assumed', () => {
    const floating = one('DTSTART:20260701T100000', 'DURATION:PT45M');
    expect(floating.entry).toMatchObject({ startUtc: '2026-07-01T08:00:00Z', endUtc: '2026-07-01T08:45:00Z' });
    expect(floating.warnings.join()).toMatch(/ohne Zeitzone/);
    expect(entryOf('DTSTART;TZID=America/New_York:20260701T100000', 'DURATION:PT1H').startUtc).toBe('2026-07-01T14:00:00Z');
    const unknown = one('DTSTART;TZID=W. Europe Standard Time:20260701T100000', 'DURATION:PT1H');
    expect(unknown.entry?.startUtc).toBe('2026-07-01T08:00:00Z');
    expect(unknown.warnings.join()).toMatch(/Unbekannte Zeitzone/);
    const seconds = one('DTSTART:20260701T100030Z', 'DTEND:20260701T110000Z');
    expect(seconds.entry?.startUtc).toBe('2026-07-01T10:00:00Z');
    expect(seconds.warnings.join()).toMatch(/Sekunden/);
  });

  it('moves a floating time in the spring gap forward with a warning', () => {
    const e = one('DTSTART;TZID=Europe/Berlin:20260329T023000', 'DURATION:PT30M');
    expect(e.entry?.startUtc).toBe('2026-03-29T01:30:00Z');
    expect(e.warnings.join()).toMatch(/Zeitumstellung/);
  });

  it('keeps events it cannot represent in the preview with a reason', () => {
    expect(one('SUMMARY:ohne Beginn').entry).toBeNull();
    expect(one('DTSTART:20260701T100000Z').warnings.at(-1)).toMatch(/kein Ende/);
    expect(one('DTSTART:20260701T100000Z', 'DTEND:20260701T100000Z').entry).toBeNull();
    expect(one('DTSTART;VALUE=DATE:20260701', 'DTEND:20260701T100000Z').entry).toBeNull();
  });

  it('maps status and categories and ignores nested VALARM content', () => {
    const e = entryOf(
      'DTSTART:20260701T100000Z',
      'DTEND:20260701T110000Z',
      'SUMMARY:Hausbesuch\\, Teil 2',
      'CATEGORIES:Privat,Hausbesuch',
      'STATUS:CANCELLED',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Erinnerung',
      'END:VALARM',
    );
    expect(e).toMatchObject({ title: 'Hausbesuch, Teil 2', type: 'Hausbesuch', status: 'abgesagt', description: null });
    expect(entryOf('DTSTART:20260701T100000Z', 'DTEND:20260701T110000Z').status).toBe('geplant');
  });
});

describe('parseIcs: recurrence', () => {
  const start = ['DTSTART;TZID=Europe/Berlin:20260113T140000', 'DTEND;TZID=Europe/Berlin:20260113T150000'];

  it('reads monthly n-th weekday in both notations', () => {
    const expected = ['2026-01-13', '2026-02-10', '2026-03-10'];
    expect(occurrenceDates(...start, 'RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3')).toEqual(expected);
    expect(occurrenceDates(...start, 'RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=3')).toEqual(expected);
  });

  it('reads "every weekday" written as DAILY with BYDAY', () => {
    expect(occurrenceDates(...start, 'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=5')).toEqual([
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
      '2026-01-16',
      '2026-01-19',
    ]);
  });

  it('reads UNTIL as DATE, as UTC end of day, and as the exact instant of the last occurrence', () => {
    const weekly = 'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=';
    expect(occurrenceDates(...start, `${weekly}20260127`).at(-1)).toBe('2026-01-27');
    expect(occurrenceDates(...start, `${weekly}20260127T225959Z`).at(-1)).toBe('2026-01-27');
    expect(occurrenceDates(...start, `${weekly}20260127T130000Z`).at(-1)).toBe('2026-01-27');
    expect(occurrenceDates(...start, `${weekly}20260127T125959Z`).at(-1)).toBe('2026-01-20');
  });

  it('applies EXDATE lists, cancelled and moved single occurrences', () => {
    const file = icsFile(
      ...vevent('UID:s-1', ...start, 'RRULE:FREQ=WEEKLY;COUNT=6', 'EXDATE;TZID=Europe/Berlin:20260120T140000,20260127T140000'),
      ...vevent('UID:s-1', 'RECURRENCE-ID;TZID=Europe/Berlin:20260203T140000', 'STATUS:CANCELLED', 'DTSTART:20260203T130000Z', 'DTEND:20260203T140000Z'),
      ...vevent('UID:s-1', 'RECURRENCE-ID:20260210T130000Z', 'DTSTART:20260211T090000Z', 'DTEND:20260211T100000Z'),
      ...vevent('UID:other', 'RECURRENCE-ID:20260210T130000Z', 'DTSTART:20260211T090000Z', 'DTEND:20260211T100000Z'),
    );
    const { events } = parseIcs(file);
    expect(events).toHaveLength(2);
    expect(events[0]?.entry?.recurrence).toMatchObject({
      exdates: ['2026-01-20', '2026-01-27', '2026-02-03'],
      overrides: [{ occurrenceDate: '2026-02-10', startUtc: '2026-02-11T09:00:00Z', endUtc: '2026-02-11T10:00:00Z' }],
    });
    expect(events[1]?.entry?.recurrence).toBeNull();
    expect(events[1]?.warnings.join()).toMatch(/Einzeltermin/);
  });

  it('warns about exceptions that match no occurrence', () => {
    const e = one(...start, 'RRULE:FREQ=WEEKLY;COUNT=2', 'EXDATE;VALUE=DATE:20260114');
    expect(e.entry?.recurrence?.exdates).toEqual([]);
    expect(e.warnings.join()).toMatch(/Ausnahme/);
  });

  it('caps a rule without end to 10 years with a warning', () => {
    const e = one(...start, 'RRULE:FREQ=WEEKLY');
    expect(e.entry?.recurrence?.rule.until).toBe('2036-01-12');
    expect(e.warnings.join()).toMatch(/kein Ende/);
  });

  it.each([
    'RRULE:FREQ=MONTHLY;BYMONTHDAY=13;COUNT=3',
    'RRULE:FREQ=YEARLY;COUNT=3',
    'RRULE:FREQ=WEEKLY;BYDAY=1TU;COUNT=3',
    'RRULE:FREQ=MONTHLY;BYDAY=TU;COUNT=3',
    'RRULE:FREQ=WEEKLY;COUNT=3;UNTIL=20260201',
    'RRULE:FREQ=WEEKLY;INTERVAL=x;COUNT=3',
    'RRULE:FREQ=DAILY;COUNT=5000',
  ])('does not import %s but explains why', (rrule) => {
    const e = one(...start, rrule);
    expect(e.entry).toBeNull();
    expect(e.warnings.length).toBeGreaterThan(0);
  });
});

describe('parseIcs: malformed files are refused with their line', () => {
  it.each([
    ['not a calendar', 'Hallo Welt\r\nnoch eine Zeile', 1],
    ['empty file', '', 1],
    ['missing BEGIN:VCALENDAR', 'BEGIN:VEVENT\r\nEND:VEVENT\r\n', 1],
    ['VEVENT closed by END:VCALENDAR', icsFile('BEGIN:VEVENT', 'DTSTART:20260101T100000Z'), 6],
    ['file ends inside VEVENT', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\n', 2],
    ['END does not match BEGIN', icsFile('BEGIN:VEVENT', 'END:VTODO'), 5],
    ['END without BEGIN', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n', 3],
    ['content after END:VCALENDAR', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nSUMMARY:x\r\n', 3],
    ['VEVENT outside VCALENDAR', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\n', 3],
    ['invalid date', icsFile(...vevent('DTSTART:20260230T100000Z')), 5],
    ['date with dashes', icsFile(...vevent('SUMMARY:x', 'DTSTART:2026-03-01')), 6],
    ['invalid hour', icsFile(...vevent('DTSTART;TZID=Europe/Berlin:20260301T250000')), 5],
    ['invalid EXDATE', icsFile(...vevent('DTSTART:20260301T100000Z', 'EXDATE:20260301T100000Z,2026')), 6],
    ['invalid UNTIL', icsFile(...vevent('DTSTART:20260301T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;UNTIL=20261301')), 7],
    ['invalid DURATION', icsFile(...vevent('DTSTART:20260301T100000Z', 'DURATION:eine Stunde')), 6],
    ['absurd DURATION', icsFile(...vevent('DTSTART;VALUE=DATE:20260301', 'DURATION:P99999999999D')), 6],
    ['negative DURATION', icsFile(...vevent('DTSTART:20260301T100000Z', 'DURATION:-PT1H')), 6],
    ['line without colon', icsFile(...vevent('SUMMARY x')), 5],
  ])('%s', (_name, text, line) => {
    const err = catchAppError(() => parseIcs(text));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.line).toBe(line);
    expect(err.message).toMatch(new RegExp(`^Zeile ${line}: `));
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('BEGIN:VCALENDAR\r\nX-NAME:'), Buffer.from([0xff, 0xfe]), Buffer.from('\r\nEND:VCALENDAR\r\n')]);
    expect(catchAppError(() => parseIcs(bytes)).code).toBe('VALIDATION');
  });

  it('accepts UTF-8 bytes with BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(icsFile(...vevent('UID:ä', 'DTSTART;VALUE=DATE:20260101')))]);
    expect(parseIcs(bytes).events[0]?.uid).toBe('ä');
  });
});

describe('parseIcs: size limits', () => {
  const minimalEvents = (n: number) => `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nEND:VEVENT\r\n'.repeat(n)}END:VCALENDAR\r\n`;

  it('refuses a file with 300,000 events quickly as TOO_LARGE', () => {
    const huge = minimalEvents(300_000);
    let t = performance.now();
    expect(catchAppError(() => parseIcs(huge)).code).toBe('TOO_LARGE');
    expect(performance.now() - t).toBeLessThan(500);
    // Even without the size limit the event count stops the parser long before the end.
    t = performance.now();
    const err = catchAppError(() => parseIcs(huge, { maxBytes: Number.MAX_SAFE_INTEGER }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.details).toEqual({ maxEvents: 5000 });
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('accepts 5,000 events and refuses 5,001', () => {
    expect(parseIcs(minimalEvents(5000)).events).toHaveLength(5000);
    expect(catchAppError(() => parseIcs(minimalEvents(5001))).code).toBe('TOO_LARGE');
  });

  it('measures the size in UTF-8 bytes, for strings and byte arrays', () => {
    const limit = 5 * 1024 * 1024;
    // 2 million 'ä' are 4 MB of bytes but only 2 million UTF-16 units.
    const text = icsFile(`X-PAD:${'ä'.repeat(limit / 2)}`);
    expect(text.length).toBeLessThan(limit);
    expect(catchAppError(() => parseIcs(text)).code).toBe('TOO_LARGE');
    expect(catchAppError(() => parseIcs(new Uint8Array(limit + 1))).code).toBe('TOO_LARGE');
  });
});
