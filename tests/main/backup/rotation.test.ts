import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, type RotationItem } from '../../../src-main/core/backup/rotation';
import { DEFAULT_ROTATION } from '../../../src-main/core/backup/backup-settings';

const at = (localDateTime: string): RotationItem => ({ id: localDateTime, localDateTime });

/** One backup a day at 18:00 from `start` for `days` days. */
function daily(start: string, days: number): RotationItem[] {
  const first = Temporal.PlainDate.from(start);
  return Array.from({ length: days }, (_, i) => at(`${first.add({ days: i }).toString()}T18:00:00`));
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly by default)', () => {
  it('keeps the last 7 days, the newest of the last 4 weeks and of the last 12 months', () => {
    const items = daily('2025-01-01', 400); // up to 2026-02-04 (a Wednesday)
    const keep = [...backupsToKeep(items, DEFAULT_ROTATION)].sort();
    const days = ['2026-01-29', '2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04'];
    // ISO weeks: W06 (newest: 02-04), W05 (Sun 02-01), W04 (Sun 01-25), W03 (Sun 01-18).
    const weeks = ['2026-02-04', '2026-02-01', '2026-01-25', '2026-01-18'];
    // Months: the newest of Feb 2026 and the last day of each of the 11 months before.
    const months = ['2026-02-04', '2026-01-31', '2025-12-31', '2025-11-30', '2025-10-31', '2025-09-30', '2025-08-31', '2025-07-31', '2025-06-30', '2025-05-31', '2025-04-30', '2025-03-31'];
    const expected = [...new Set([...days, ...weeks, ...months])].map((d) => `${d}T18:00:00`).sort();
    expect(keep).toEqual(expected);
  });

  it('keeps only the newest of several backups on one day', () => {
    const items = [at('2026-03-02T08:00:00'), at('2026-03-02T12:30:00'), at('2026-03-02T17:45:10'), at('2026-03-01T17:00:00')];
    expect([...backupsToKeep(items, { daily: 7, weekly: 0, monthly: 0 })].sort()).toEqual(['2026-03-01T17:00:00', '2026-03-02T17:45:10']);
  });

  it('counts ISO weeks across the turn of the year (31.12.2026 and 1.1.2027 are both in week 53 of 2026)', () => {
    const items = [at('2026-12-31T10:00:00'), at('2027-01-01T10:00:00'), at('2026-12-27T10:00:00')];
    expect([...backupsToKeep(items, { daily: 1, weekly: 2, monthly: 0 })].sort()).toEqual(['2026-12-27T10:00:00', '2027-01-01T10:00:00']);
  });

  it('never deletes everything: the newest backup stays even with nothing else to keep', () => {
    expect([...backupsToKeep([at('2026-01-01T00:00:00'), at('2026-01-02T00:00:00')], { daily: 1, weekly: 0, monthly: 0 })]).toEqual(['2026-01-02T00:00:00']);
    expect(backupsToKeep([], DEFAULT_ROTATION).size).toBe(0);
  });

  const item = fc
    .record({ day: fc.integer({ min: 0, max: 900 }), second: fc.integer({ min: 0, max: 86_399 }) })
    .map(({ day, second }) => {
      const date = Temporal.PlainDate.from('2024-01-01').add({ days: day });
      const time = Temporal.PlainTime.from('00:00').add({ seconds: second });
      return at(`${date.toString()}T${time.toString({ smallestUnit: 'second' })}`);
    });
  const items = fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 120 });
  const policy = fc.record({ daily: fc.integer({ min: 1, max: 10 }), weekly: fc.integer({ min: 0, max: 6 }), monthly: fc.integer({ min: 0, max: 14 }) });

  it('property: keeps a subset that includes the newest, within the policy budget, and is stable when applied again', () => {
    fc.assert(
      fc.property(items, policy, (list, p) => {
        const keep = backupsToKeep(list, p);
        const ids = new Set(list.map((i) => i.id));
        expect([...keep].every((id) => ids.has(id))).toBe(true);
        expect(keep.size).toBeLessThanOrEqual(Math.min(list.length, p.daily + p.weekly + p.monthly));
        const newest = [...list].sort((a, b) => (a.localDateTime < b.localDateTime ? 1 : -1))[0];
        if (newest) expect(keep.has(newest.id)).toBe(true);
        const again = backupsToKeep(list.filter((i) => keep.has(i.id)), p);
        expect([...again].sort()).toEqual([...keep].sort());
      }),
    );
  });

  it('property: the newest backup of each of the last `daily` days with backups is kept', () => {
    fc.assert(
      fc.property(items, policy, (list, p) => {
        const keep = backupsToKeep(list, p);
        const newestPerDay = new Map<string, string>();
        for (const i of list) {
          const d = i.localDateTime.slice(0, 10);
          const cur = newestPerDay.get(d);
          if (!cur || i.localDateTime > cur) newestPerDay.set(d, i.localDateTime);
        }
        const lastDays = [...newestPerDay.keys()].sort().reverse().slice(0, p.daily);
        for (const d of lastDays) expect(keep.has(newestPerDay.get(d)!)).toBe(true);
      }),
    );
  });
});
