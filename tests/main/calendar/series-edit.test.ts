import { describe, expect, it } from 'vitest';
import { type Series, expandOccurrences } from '../../../src-main/core/calendar/recurrence';
import { excludeOccurrence, overrideOccurrence, splitSeries } from '../../../src-main/core/calendar/series-edit';
import { catchAppError, timedSeries } from './helpers';

const WIDE = ['2020-01-01T00:00:00Z', '2040-01-01T00:00:00Z'] as const;
const occurrences = (s: Series | null) => (s ? expandOccurrences(s, ...WIDE) : []);

describe('splitSeries ("dieser und alle folgenden")', () => {
  const moved = { occurrenceDate: '2026-04-07', startUtc: '2026-04-07T13:00:00Z', endUtc: '2026-04-07T14:00:00Z' };
  const original: Series = {
    ...timedSeries('2026-03-03', '10:00', 60, { freq: 'weekly', interval: 1, weekdays: [2, 4], count: 12 }),
    exdates: ['2026-03-10', '2026-04-09'],
    overrides: [moved],
  };

  it('divides a counted series and its exceptions without losing or duplicating occurrences', () => {
    const { before, after } = splitSeries(original, '2026-03-31');
    expect(before?.rule.count).toBe(8);
    expect(after.rule.count).toBe(4);
    expect(before?.exdates).toEqual(['2026-03-10']);
    expect(after.exdates).toEqual(['2026-04-09']);
    expect(after.overrides).toEqual([moved]);
    // The old series began in winter time; the new one starts at 10:00 Berlin SUMMER time.
    expect(original.startUtc).toBe('2026-03-03T09:00:00Z');
    expect(after.startUtc).toBe('2026-03-31T08:00:00Z');
    expect(after.endUtc).toBe('2026-03-31T09:00:00Z');
    expect([...occurrences(before), ...occurrences(after)]).toEqual(occurrences(original));
  });

  it('ends an until-series on the last occurrence before the split date', () => {
    const s = timedSeries('2026-03-02', '10:00', 60, { freq: 'weekly', interval: 2, weekdays: [1], until: '2026-06-30' });
    const { before, after } = splitSeries(s, '2026-04-13');
    expect(before?.rule).toMatchObject({ until: '2026-03-30', count: null });
    expect(after.rule.until).toBe('2026-06-30');
    expect([...occurrences(before), ...occurrences(after)]).toEqual(occurrences(s));
  });

  it('returns no "before" part when splitting at the first occurrence', () => {
    const { before, after } = splitSeries(original, '2026-03-03');
    expect(before).toBeNull();
    expect(occurrences(after)).toEqual(occurrences(original));
  });

  it('refuses a date that is not an occurrence', () => {
    expect(catchAppError(() => splitSeries(original, '2026-03-04')).code).toBe('VALIDATION');
  });
});

describe('single-occurrence edits ("nur dieser Termin")', () => {
  const s = timedSeries('2026-10-05', '09:30', 45, { freq: 'weekly', interval: 1, weekdays: [1], count: 4 });

  it('excludes one occurrence and drops its move', () => {
    const moved = overrideOccurrence(s, { occurrenceDate: '2026-10-12', startUtc: '2026-10-13T07:30:00Z', endUtc: '2026-10-13T08:15:00Z' });
    expect(occurrences(moved).find((o) => o.occurrenceDate === '2026-10-12')?.startUtc).toBe('2026-10-13T07:30:00Z');
    const excluded = excludeOccurrence(moved, '2026-10-12');
    expect(excluded.overrides).toEqual([]);
    expect(occurrences(excluded).map((o) => o.occurrenceDate)).toEqual(['2026-10-05', '2026-10-19', '2026-10-26']);
  });

  it('replaces an earlier move of the same occurrence', () => {
    const once = overrideOccurrence(s, { occurrenceDate: '2026-10-19', startUtc: '2026-10-20T07:30:00Z', endUtc: '2026-10-20T08:00:00Z' });
    const twice = overrideOccurrence(once, { occurrenceDate: '2026-10-19', startUtc: '2026-10-21T07:30:00Z', endUtc: '2026-10-21T08:00:00Z' });
    expect(twice.overrides).toHaveLength(1);
    expect(twice.overrides[0]?.startUtc).toBe('2026-10-21T07:30:00Z');
  });

  it('refuses to move an excluded or unknown occurrence, or to a zero-length time', () => {
    const excluded = excludeOccurrence(s, '2026-10-12');
    const move = { occurrenceDate: '2026-10-12', startUtc: '2026-10-13T07:30:00Z', endUtc: '2026-10-13T08:15:00Z' };
    expect(catchAppError(() => overrideOccurrence(excluded, move)).code).toBe('VALIDATION');
    expect(catchAppError(() => overrideOccurrence(s, { ...move, occurrenceDate: '2026-10-13' })).code).toBe('VALIDATION');
    expect(catchAppError(() => overrideOccurrence(s, { ...move, endUtc: move.startUtc })).code).toBe('VALIDATION');
    expect(catchAppError(() => excludeOccurrence(s, '2026-11-02')).code).toBe('VALIDATION');
  });
});
