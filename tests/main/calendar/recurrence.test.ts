import { describe, expect, it } from 'vitest';
import { utcToBerlin } from '../../../src-main/core/calendar/berlin-time';
import { type Occurrence, type Series, expandOccurrences, ruleDates, validateSeries } from '../../../src-main/core/calendar/recurrence';
import type { WeeklyRule } from '../../../src-main/core/calendar/recurrence-rule';
import { catchAppError, timedSeries } from './helpers';

const WIDE = ['2020-01-01T00:00:00Z', '2040-01-01T00:00:00Z'] as const;
const all = (s: Series): Occurrence[] => expandOccurrences(s, ...WIDE);
const localStarts = (occ: Occurrence[]) => occ.map((o) => `${utcToBerlin(o.startUtc).date} ${utcToBerlin(o.startUtc).time}`);
const dates = (occ: Occurrence[]) => occ.map((o) => o.occurrenceDate);

describe('weekly series across daylight-saving changes', () => {
  it('stays at 10:00 Berlin time through both 2026 changes while the UTC time moves', () => {
    const s = timedSeries('2026-03-16', '10:00', 60, { freq: 'weekly', interval: 1, weekdays: [1], until: '2026-11-02' });
    const occ = all(s);
    expect(occ).toHaveLength(34);
    for (const o of occ) {
      expect(utcToBerlin(o.startUtc).time).toBe('10:00');
      expect(utcToBerlin(o.endUtc).time).toBe('11:00');
      expect(o.shiftedByDst).toBe(false);
    }
    const byDate = new Map(occ.map((o) => [o.occurrenceDate, o.startUtc]));
    expect(byDate.get('2026-03-23')).toBe('2026-03-23T09:00:00Z'); // before 29 March: CET
    expect(byDate.get('2026-03-30')).toBe('2026-03-30T08:00:00Z'); // after: CEST
    expect(byDate.get('2026-10-19')).toBe('2026-10-19T08:00:00Z'); // before 25 October: CEST
    expect(byDate.get('2026-10-26')).toBe('2026-10-26T09:00:00Z'); // after: CET
  });

  it('handles occurrences ON the 2027 change Sundays', () => {
    const s = timedSeries('2027-03-14', '10:00', 90, { freq: 'weekly', interval: 1, weekdays: [7], count: 40 });
    const occ = all(s);
    expect(occ).toHaveLength(40);
    expect(new Set(localStarts(occ).map((x) => x.slice(11)))).toEqual(new Set(['10:00']));
    const byDate = new Map(occ.map((o) => [o.occurrenceDate, o]));
    expect(byDate.get('2027-03-21')?.startUtc).toBe('2027-03-21T09:00:00Z');
    expect(byDate.get('2027-03-28')?.startUtc).toBe('2027-03-28T08:00:00Z');
    expect(byDate.get('2027-10-24')?.startUtc).toBe('2027-10-24T08:00:00Z');
    expect(byDate.get('2027-10-31')?.startUtc).toBe('2027-10-31T09:00:00Z');
    // Duration is exact: always 90 minutes.
    for (const o of occ) expect(Date.parse(o.endUtc) - Date.parse(o.startUtc)).toBe(90 * 60_000);
  });

  it('moves a 02:30 occurrence that falls into the spring gap forward and flags it', () => {
    const s = timedSeries('2026-03-22', '02:30', 30, { freq: 'weekly', interval: 1, weekdays: [7], count: 3 });
    const occ = all(s);
    expect(localStarts(occ)).toEqual(['2026-03-22 02:30', '2026-03-29 03:30', '2026-04-05 02:30']);
    expect(occ.map((o) => o.shiftedByDst)).toEqual([false, true, false]);
  });

  it('uses the first (summer-time) 02:30 on the autumn change day', () => {
    const s = timedSeries('2026-10-18', '02:30', 30, { freq: 'weekly', interval: 1, weekdays: [7], count: 2 });
    expect(all(s)[1]?.startUtc).toBe('2026-10-25T00:30:00Z');
  });

  it('refuses a series starting in the second (winter-time) 02:30', () => {
    const s = timedSeries('2026-10-11', '10:00', 30, { freq: 'weekly', interval: 1, weekdays: [7], count: 2 });
    const err = catchAppError(() => validateSeries({ ...s, startUtc: '2026-10-25T01:30:00Z', endUtc: '2026-10-25T02:00:00Z' }));
    expect(err.code).toBe('VALIDATION');
  });
});

describe('rule types', () => {
  it('every 2 weeks on Tuesday and Thursday', () => {
    const s = timedSeries('2026-03-03', '09:00', 60, { freq: 'weekly', interval: 2, weekdays: [4, 2], count: 6 });
    expect(dates(all(s))).toEqual(['2026-03-03', '2026-03-05', '2026-03-17', '2026-03-19', '2026-03-31', '2026-04-02']);
  });

  it('a weekly series may start mid-week (first week counts only from the start)', () => {
    const s = timedSeries('2026-03-05', '09:00', 60, { freq: 'weekly', interval: 2, weekdays: [2, 4], count: 3 });
    expect(dates(all(s))).toEqual(['2026-03-05', '2026-03-17', '2026-03-19']);
  });

  it('monthly on the 2nd Tuesday', () => {
    const s = timedSeries('2026-01-13', '14:00', 60, { freq: 'monthly', interval: 1, weekday: 2, weekOfMonth: 2, count: 7 });
    expect(dates(all(s))).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14']);
  });

  it('monthly on the last Friday, every 2 months, until a date', () => {
    const s = timedSeries('2026-01-30', '12:00', 60, { freq: 'monthly', interval: 2, weekday: 5, weekOfMonth: -1, until: '2026-07-31' });
    expect(dates(all(s))).toEqual(['2026-01-30', '2026-03-27', '2026-05-29', '2026-07-31']);
  });

  it('monthly on the 5th Thursday skips months without one', () => {
    const s = timedSeries('2026-01-29', '12:00', 60, { freq: 'monthly', interval: 1, weekday: 4, weekOfMonth: 5, count: 4 });
    expect(dates(all(s))).toEqual(['2026-01-29', '2026-04-30', '2026-07-30', '2026-10-29']);
  });

  it('daily every 3 days', () => {
    const s = timedSeries('2026-02-25', '08:00', 15, { freq: 'daily', interval: 3, until: '2026-03-10' });
    expect(dates(all(s))).toEqual(['2026-02-25', '2026-02-28', '2026-03-03', '2026-03-06', '2026-03-09']);
  });

  it('until is inclusive and count counts occurrences from the start', () => {
    const rule: WeeklyRule = { freq: 'weekly', interval: 1, weekdays: [1] };
    expect(ruleDates(timedSeries('2026-05-04', '10:00', 30, { ...rule, until: '2026-05-18' }))).toEqual([
      '2026-05-04',
      '2026-05-11',
      '2026-05-18',
    ]);
    expect(ruleDates(timedSeries('2026-05-04', '10:00', 30, { ...rule, until: '2026-05-17' }))).toHaveLength(2);
    expect(ruleDates(timedSeries('2026-05-04', '10:00', 30, { ...rule, count: 2 }))).toEqual(['2026-05-04', '2026-05-11']);
  });

  it('all-day occurrences run from Berlin midnight to midnight, also on change days', () => {
    const s: Series = {
      startUtc: '2026-03-21T23:00:00Z',
      endUtc: '2026-03-22T23:00:00Z',
      allDay: true,
      rule: { freq: 'weekly', interval: 1, weekdays: [7], count: 2 },
      exdates: [],
      overrides: [],
    };
    const [, changeDay] = all(s);
    expect(changeDay).toMatchObject({ startUtc: '2026-03-28T23:00:00Z', endUtc: '2026-03-29T22:00:00Z' });
  });
});

describe('series limits', () => {
  const base = (rule: Series['rule']) => timedSeries('2026-01-05', '10:00', 60, rule);
  it.each([
    ['no end', { freq: 'weekly', interval: 1, weekdays: [1] }],
    ['until and count', { freq: 'weekly', interval: 1, weekdays: [1], count: 3, until: '2026-02-01' }],
    ['count > 1000', { freq: 'daily', interval: 1, count: 1001 }],
    ['count 0', { freq: 'daily', interval: 1, count: 0 }],
    ['until > 10 years', { freq: 'daily', interval: 1, until: '2036-01-06' }],
    ['count reaching beyond 10 years', { freq: 'monthly', interval: 12, weekday: 1, weekOfMonth: 1, count: 12 }],
    ['until before start', { freq: 'daily', interval: 1, until: '2026-01-01' }],
    ['interval 0', { freq: 'daily', interval: 0, count: 3 }],
    ['no weekday', { freq: 'weekly', interval: 1, weekdays: [], count: 3 }],
    ['start not on a rule day', { freq: 'weekly', interval: 1, weekdays: [3], count: 3 }],
    ['bad week of month', { freq: 'monthly', interval: 1, weekday: 1, weekOfMonth: 6, count: 3 }],
  ] as [string, Series['rule']][])('refuses a series with %s', (_name, rule) => {
    expect(catchAppError(() => validateSeries(base(rule))).code).toBe('VALIDATION');
  });

  it('accepts exactly 10 years and 1000 occurrences', () => {
    expect(ruleDates(base({ freq: 'daily', interval: 1, count: 1000 }))).toHaveLength(1000);
    expect(ruleDates(base({ freq: 'daily', interval: 1, until: '2036-01-05' })).at(-1)).toBe('2036-01-05');
  });

  it('caps the occurrences per query', () => {
    const s = base({ freq: 'daily', interval: 1, count: 50 });
    expect(expandOccurrences(s, ...WIDE, 50)).toHaveLength(50);
    expect(catchAppError(() => expandOccurrences(s, ...WIDE, 49)).code).toBe('TOO_LARGE');
  });
});

describe('ranges and exceptions', () => {
  const s = timedSeries('2026-06-01', '10:00', 60, { freq: 'weekly', interval: 1, weekdays: [1], count: 5 });

  it('returns occurrences overlapping the half-open range', () => {
    // 2026-06-08 10:00–11:00 Berlin = 08:00–09:00 UTC
    expect(dates(expandOccurrences(s, '2026-06-08T09:00:00Z', '2026-06-15T08:00:00Z'))).toEqual([]);
    expect(dates(expandOccurrences(s, '2026-06-08T08:59:00Z', '2026-06-15T08:01:00Z'))).toEqual(['2026-06-08', '2026-06-15']);
    expect(catchAppError(() => expandOccurrences(s, '2026-06-10T00:00:00Z', '2026-06-10T00:00:00Z')).code).toBe('VALIDATION');
  });

  it('leaves out excluded dates and shows moved occurrences at their new time', () => {
    const moved: Series = {
      ...s,
      exdates: ['2026-06-08'],
      overrides: [{ occurrenceDate: '2026-06-15', startUtc: '2026-07-20T12:00:00Z', endUtc: '2026-07-20T13:00:00Z' }],
    };
    const occ = all(moved);
    expect(dates(occ)).toEqual(['2026-06-01', '2026-06-22', '2026-06-29', '2026-06-15']);
    expect(occ.at(-1)).toMatchObject({ overridden: true, startUtc: '2026-07-20T12:00:00Z' });
    // The moved occurrence is found in a range around its NEW time only.
    expect(dates(expandOccurrences(moved, '2026-07-20T00:00:00Z', '2026-07-21T00:00:00Z'))).toEqual(['2026-06-15']);
    expect(dates(expandOccurrences(moved, '2026-06-15T00:00:00Z', '2026-06-16T00:00:00Z'))).toEqual([]);
  });

  it('refuses exceptions that do not belong to the series', () => {
    expect(catchAppError(() => validateSeries({ ...s, exdates: ['2026-06-09'] })).code).toBe('VALIDATION');
    const o = { occurrenceDate: '2026-06-08', startUtc: '2026-06-08T12:00:00Z', endUtc: '2026-06-08T13:00:00Z' };
    expect(catchAppError(() => validateSeries({ ...s, exdates: ['2026-06-08'], overrides: [o] })).code).toBe('VALIDATION');
    expect(catchAppError(() => validateSeries({ ...s, overrides: [{ ...o, endUtc: o.startUtc }] })).code).toBe('VALIDATION');
  });
});
