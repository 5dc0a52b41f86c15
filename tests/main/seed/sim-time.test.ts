import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays as calendarAddDays, berlinToUtc, epochMs, utcToBerlin, weekdayOf as calendarWeekday } from '../../../src-main/core/calendar/berlin-time';
import { addDays, berlinDate, berlinMs, todayAt, weekdayOf } from '../../../src-main/core/seed/sim-time';

// The seed's fast date helpers must answer exactly as the calendar module (Temporal) does,
// including around the daylight-saving switches.

const DAY_MS = 86_400_000;
const dates = fc.integer({ min: Date.UTC(1940, 0, 1) / DAY_MS, max: Date.UTC(2040, 0, 1) / DAY_MS }).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
const quarterHours = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });

describe('the seed’s simulated time', () => {
  it('adds days and tells weekdays like the calendar module', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        expect(addDays(date, days)).toBe(calendarAddDays(date, days));
        expect(weekdayOf(date)).toBe(calendarWeekday(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns instants into Berlin dates like the calendar module', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const iso = new Date(ms).toISOString();
        expect(berlinDate(ms)).toBe(utcToBerlin(iso).date);
        expect(todayAt(new Date(ms))).toBe(utcToBerlin(iso).date);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns Berlin wall times into instants like the calendar module, on the switch days too', () => {
    const switchDays = ['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25'];
    // A wall time that does not exist (spring) or exists twice (autumn) is refused by both alike.
    const outcome = (f: () => number) => {
      try {
        return f();
      } catch (e) {
        return `refused: ${(e as { code?: string }).code}`;
      }
    };
    fc.assert(
      fc.property(fc.oneof(dates, fc.constantFrom(...switchDays)), quarterHours, (date, time) => {
        expect(outcome(() => berlinMs(date, time))).toBe(outcome(() => epochMs(berlinToUtc(date, time))));
      }),
      { numRuns: 3000 },
    );
  });
});
