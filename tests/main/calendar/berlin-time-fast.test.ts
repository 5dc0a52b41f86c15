import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { daysBetween, formatUtcMs, inspectWallTime, isBerlinMidnight, utcToBerlin, type BerlinLocal } from '../../../src-main/core/calendar/berlin-time';
import { memoize } from '../../../src-main/core/memo';
import { catchAppError } from './helpers';

// utcToBerlin and isBerlinMidnight answer from a per-hour memo of Berlin's offset, formatUtcMs
// formats with Date, and wall-time meanings are memoised. Here each is held against Temporal
// asked directly, one conversion per call, over random instants crowded around the changes.

const TZ = 'Europe/Berlin';
const pad = (n: number) => String(n).padStart(2, '0');

function reference(utc: string): BerlinLocal {
  const z = Temporal.Instant.from(utc).toZonedDateTimeISO(TZ);
  const date = z.toPlainDate().toString();
  const time = `${pad(z.hour)}:${pad(z.minute)}`;
  const local: BerlinLocal = { date, time, offset: z.offset === '+02:00' ? '+02:00' : '+01:00' };
  const wall = Temporal.PlainDateTime.from(`${date}T${time}`);
  const earlier = wall.toZonedDateTime(TZ, { disambiguation: 'earlier' });
  const later = wall.toZonedDateTime(TZ, { disambiguation: 'later' });
  if (earlier.toPlainDateTime().equals(wall) && earlier.epochNanoseconds !== later.epochNanoseconds) {
    local.fold = local.offset === '+02:00' ? 'earlier' : 'later';
  }
  return local;
}

const referenceMidnight = (utc: string) => {
  const z = Temporal.Instant.from(utc).toZonedDateTimeISO(TZ);
  return z.hour === 0 && z.minute === 0 && z.second === 0 && z.millisecond === 0;
};

/** Instants between 1990 and 2060, half of them within a day of a daylight-saving change. */
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
  fc.record({ year: fc.integer({ min: 1990, max: 2060 }), month: fc.constantFrom(2, 9), minutes: fc.integer({ min: -24 * 60, max: 24 * 60 }), ms: fc.integer({ min: 0, max: 59_999 }) }).map(({ year, month, minutes, ms }) => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    const lastSunday = lastDay.getTime() - lastDay.getUTCDay() * 86_400_000;
    return lastSunday + 3_600_000 + minutes * 60_000 + ms;
  }),
);
const iso = (ms: number) => new Date(ms).toISOString();

describe('fast Berlin conversions', () => {
  it('utcToBerlin and isBerlinMidnight agree with Temporal (property)', () => {
    fc.assert(
      fc.property(instant, fc.boolean(), (ms, wholeMinute) => {
        const utc = iso(wholeMinute ? ms - (ms % 60_000) : ms);
        expect(utcToBerlin(utc)).toEqual(reference(utc));
        expect(isBerlinMidnight(utc)).toBe(referenceMidnight(utc));
      }),
      { numRuns: 3000 },
    );
  });

  it('formatUtcMs writes what formatUtc (Temporal) writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Date.UTC(2200, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(formatUtcMs(ms)).toBe(Temporal.Instant.fromEpochMilliseconds(ms).toString({ smallestUnit: 'second' }));
      }),
      { numRuns: 2000 },
    );
  });

  it('daysBetween counts the days Temporal counts, both ways (property)', () => {
    const date = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }).map((ms) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('UTC').toPlainDate());
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(daysBetween(a.toString(), b.toString())).toBe(a.until(b).days);
      }),
      { numRuns: 2000 },
    );
    expect(catchAppError(() => daysBetween('2026-02-29', '2026-03-01')).code).toBe('VALIDATION');
  });

  it('takes instants with an offset, and ones before 1900, the slow way alike', () => {
    for (const utc of ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00', '2026-03-29T03:00:00+02:00', '1893-03-31T23:10:00Z', '1899-12-31T23:30:00Z', '1945-06-01T12:00:00Z']) {
      expect(utcToBerlin(utc)).toEqual(reference(utc));
      expect(isBerlinMidnight(utc)).toBe(referenceMidnight(utc));
    }
    expect(utcToBerlin('2026-11-25T23:30:00Z')).toEqual({ date: '2026-11-26', time: '00:30', offset: '+01:00' });
    expect(isBerlinMidnight('2026-10-24T22:00:00Z')).toBe(true);
    expect(isBerlinMidnight('2026-10-25T23:00:00Z')).toBe(true);
  });

  it('never remembers a refusal, and hands out results nobody can change', () => {
    for (let i = 0; i < 2; i++) expect(catchAppError(() => inspectWallTime('2026-02-30', '10:00')).code).toBe('VALIDATION');
    expect(catchAppError(() => inspectWallTime('2026-02-03', '24:00')).code).toBe('VALIDATION');
    const meaning = inspectWallTime('2026-10-25', '02:30');
    expect(meaning).toEqual({ kind: 'ambiguous', earlierUtc: '2026-10-25T00:30:00Z', laterUtc: '2026-10-25T01:30:00Z' });
    expect(Object.isFrozen(meaning)).toBe(true);
    expect(inspectWallTime('2026-10-25', '02:30')).toBe(meaning);
  });
});

describe('memoize', () => {
  it('computes each key once, forgets all when full, and never keeps an error', () => {
    let calls = 0;
    const square = memoize(
      (n: number) => {
        calls++;
        if (n < 0) throw new Error('negative');
        return n * n;
      },
      (n) => n,
      3,
    );
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(calls).toBe(2);
    expect(() => square(-1)).toThrow('negative');
    expect(() => square(-1)).toThrow('negative');
    expect(calls).toBe(4);
    square(4); // third key: still held
    square(5); // fourth: the memo starts over
    square(2);
    expect(calls).toBe(7);
  });
});
