import { describe, expect, it } from 'vitest';
import {
  berlinToUtc,
  formatBerlinDate,
  formatBerlinTime,
  formatDateDe,
  formatKw,
  inspectWallTime,
  isoWeek,
  parseLocalDate,
  utcToBerlin,
  weekdayNameDe,
} from '../../../src-main/core/calendar/berlin-time';
import { catchAppError } from './helpers';

describe('berlinToUtc / utcToBerlin', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(berlinToUtc('2026-01-15', '10:00')).toBe('2026-01-15T09:00:00Z');
    expect(berlinToUtc('2026-07-15', '10:00')).toBe('2026-07-15T08:00:00Z');
    expect(utcToBerlin('2026-07-15T08:00:00Z')).toEqual({ date: '2026-07-15', time: '10:00', offset: '+02:00' });
  });

  it.each([
    ['2026-03-29', '01:59', '2026-03-29T00:59:00Z'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00Z'],
    ['2027-03-28', '01:30', '2027-03-28T00:30:00Z'],
    ['2027-03-28', '03:30', '2027-03-28T01:30:00Z'],
  ])('around the spring change %s %s is %s', (date, time, utc) => {
    expect(berlinToUtc(date, time)).toBe(utc);
  });

  it.each([
    ['2026-03-29', '02:30', '29.03.2026'],
    ['2026-03-29', '02:00', '29.03.2026'],
    ['2027-03-28', '02:59', '28.03.2027'],
  ])('rejects the skipped time %s %s instead of shifting it', (date, time, dateDe) => {
    const err = catchAppError(() => berlinToUtc(date, time, 'earlier'));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe(`Diese Uhrzeit gibt es am ${dateDe} wegen der Zeitumstellung nicht.`);
    expect(inspectWallTime(date, time).kind).toBe('skipped');
  });

  it.each([
    ['2026-10-25', '02:30', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
    ['2027-10-31', '02:00', '2027-10-31T00:00:00Z', '2027-10-31T01:00:00Z'],
  ])('needs a fold choice for the repeated time %s %s', (date, time, earlier, later) => {
    const err = catchAppError(() => berlinToUtc(date, time));
    expect(err.code).toBe('VALIDATION');
    expect(err.details).toMatchObject({ ambiguous: true, earlierUtc: earlier, laterUtc: later });
    const a = berlinToUtc(date, time, 'earlier');
    const b = berlinToUtc(date, time, 'later');
    expect([a, b]).toEqual([earlier, later]);
    expect(Date.parse(b) - Date.parse(a)).toBe(60 * 60 * 1000);
    expect(utcToBerlin(a)).toEqual({ date, time, offset: '+02:00', fold: 'earlier' });
    expect(utcToBerlin(b)).toEqual({ date, time, offset: '+01:00', fold: 'later' });
  });

  it('round-trips every quarter hour of both 2026 change days', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      const start = Date.parse(`${day}T00:00:00Z`) - 2 * 3600_000;
      for (let t = start; t < start + 26 * 3600_000; t += 15 * 60_000) {
        const utc = new Date(t).toISOString().replace('.000Z', 'Z');
        const local = utcToBerlin(utc);
        expect(berlinToUtc(local.date, local.time, local.fold)).toBe(utc);
      }
    }
  });

  it('rejects malformed dates and times', () => {
    expect(catchAppError(() => berlinToUtc('2026-02-30', '10:00')).code).toBe('VALIDATION');
    expect(catchAppError(() => berlinToUtc('2026-2-3', '10:00')).code).toBe('VALIDATION');
    expect(catchAppError(() => berlinToUtc('2026-02-03', '24:00')).code).toBe('VALIDATION');
    expect(catchAppError(() => berlinToUtc('2026-02-03', '9:00')).code).toBe('VALIDATION');
    expect(catchAppError(() => utcToBerlin('2026-02-03T10:00')).code).toBe('VALIDATION');
    expect(() => parseLocalDate('2028-02-29')).not.toThrow();
  });
});

describe('German formatting', () => {
  it('formats dates and times', () => {
    expect(formatDateDe('2026-11-25')).toBe('25.11.2026');
    expect(formatDateDe('2026-01-05')).toBe('05.01.2026');
    expect(formatBerlinDate('2026-11-25T23:30:00Z')).toBe('26.11.2026');
    expect(formatBerlinTime('2026-11-25T13:05:00Z')).toBe('14:05');
    expect(formatBerlinTime('2026-06-25T13:05:00Z')).toBe('15:05');
  });

  it('names weekdays in German', () => {
    expect(weekdayNameDe('2026-11-25')).toBe('Mittwoch');
    expect(weekdayNameDe('2026-03-29')).toBe('Sonntag');
    expect(weekdayNameDe('2026-03-30')).toBe('Montag');
  });

  it('computes the ISO calendar week (KW), also across New Year', () => {
    expect(isoWeek('2026-11-25')).toEqual({ year: 2026, week: 48 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(formatKw('2026-03-29')).toBe('KW 13');
  });
});
