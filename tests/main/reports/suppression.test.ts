import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hideSharedTotal, protectCounts, type CountTable } from '../../../src-main/core/reports/suppression';
import { attackView, lineHasSpare, linearlyDetermined, pinnedByBounds, unknownsOf } from './suppression-oracle';

const column = (values: number[]): CountTable => ({ cells: values.map((v) => [v]), rowTotals: false, columnTotals: true });
const flat = (t: ReturnType<typeof protectCounts>) => t.cells.map((r) => r[0]);

describe('small-count suppression, worked examples', () => {
  it('shows 1 to 4 as klein and hides the next-smallest count of a column', () => {
    const t = protectCounts(column([3, 7, 12]));
    expect(flat(t)).toEqual(['klein', 'verdeckt', 12]);
    expect(t.columnTotals).toEqual([22]);
  });

  it('keeps zeros and leaves a table without small counts alone', () => {
    expect(flat(protectCounts(column([0, 6, 9])))).toEqual([0, 6, 9]);
    expect(protectCounts(column([0, 0])).columnTotals).toEqual([0]);
  });

  it('hides a small total with its cells', () => {
    const t = protectCounts(column([3, 0, 0]));
    expect(flat(t)).toEqual(['klein', 0, 0]);
    expect(t.columnTotals).toEqual(['klein']);
  });

  it('does not let bounds give counts away: 4 + 4 = 8 hides the total, 1 + 5 = 6 hides a third count', () => {
    const fours = protectCounts(column([4, 4, 0]));
    expect(flat(fours)).toEqual(['klein', 'klein', 0]);
    expect(fours.columnTotals).toEqual(['verdeckt']);

    const oneFive = protectCounts(column([1, 5, 9]));
    expect(flat(oneFive)).toEqual(['klein', 'verdeckt', 'verdeckt']);
    expect(oneFive.columnTotals).toEqual([15]);
  });

  it('closes a rectangle in a two-way table with all totals shown', () => {
    const t = protectCounts({ cells: [[2, 10, 20], [11, 30, 40], [12, 50, 60]], rowTotals: true, columnTotals: true });
    expect(t.cells).toEqual([
      ['klein', 'verdeckt', 20],
      ['verdeckt', 'verdeckt', 40],
      [12, 50, 60],
    ]);
    expect(t.rowTotals).toEqual([32, 81, 122]);
    expect(t.columnTotals).toEqual([25, 90, 120]);
    expect(t.grandTotal).toBe(235);
  });

  it('protects a small count that only rows and columns together would give away', () => {
    // Two blocks of small counts joined by one small cell (1,2): every row and column has two or
    // more hidden cells, yet rows 0+1 minus columns 0+1 equal that one cell.
    const table: CountTable = {
      cells: [[2, 3, 20, 21], [3, 2, 2, 22], [20, 21, 3, 2], [22, 23, 2, 3]],
      rowTotals: true,
      columnTotals: true,
    };
    const primaryOnly = { ...protectCounts(table, false) };
    primaryOnly.cells = primaryOnly.cells.map((row) => row.map((v) => (typeof v === 'number' && v > 0 && v < 5 ? 'klein' : v)));
    expect(linearlyDetermined(attackView(table, primaryOnly))).toContainEqual({ i: 1, j: 2, shown: 'klein' });

    const view = attackView(table, protectCounts(table));
    expect(linearlyDetermined(view)).toEqual([]);
    expect(view.shown[4]).toEqual([47, 49, 27, 48, 171]); // the totals stay shown
  });

  it('leaves tables without totals to primary suppression only', () => {
    const t = protectCounts({ cells: [[3, 9], [0, 5]], rowTotals: false, columnTotals: false });
    expect(t.cells).toEqual([['klein', 9], [0, 5]]);
    expect(t.rowTotals).toBeNull();
  });

  it('shows everything as it is when protection is off', () => {
    const t = protectCounts({ cells: [[1, 2], [3, 4]], rowTotals: true, columnTotals: true }, false);
    expect(t).toEqual({ cells: [[1, 2], [3, 4]], rowTotals: [3, 7], columnTotals: [4, 6], grandTotal: 10 });
  });

  it('hides a shared total in every table of the same people', () => {
    const gender = protectCounts(column([4, 4, 0]));
    const age = protectCounts(column([0, 0, 8]));
    expect(age.columnTotals).toEqual([8]);
    hideSharedTotal([gender, age]);
    expect(age.columnTotals).toEqual(['verdeckt']);
  });
});

const smallishCount = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 }));
const tables = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 4 }), rowTotals: fc.boolean(), columnTotals: fc.boolean() })
  .chain(({ rows, cols, rowTotals, columnTotals }) =>
    fc.record({
      cells: fc.array(fc.array(smallishCount, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      rowTotals: fc.constant(rowTotals),
      columnTotals: fc.constant(columnTotals),
    }),
  );

describe('small-count suppression, properties', () => {
  it('hides every count from 1 to 4, never a zero, and shows every other count unchanged', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const view = attackView(table, protectCounts(table));
        view.truth.forEach((row, i) =>
          row.forEach((truth, j) => {
            const shown = view.shown[i]![j];
            if (truth >= 1 && truth <= 4) expect(shown).toBe('klein');
            else if (typeof shown === 'number') expect(shown).toBe(truth);
            else expect(shown === 'verdeckt' && truth >= 5).toBe(true);
          }),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('no hidden cell can be recovered by subtracting visible cells from a visible total', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const view = attackView(table, protectCounts(table));
        for (const eq of view.equations) {
          const hidden = eq.filter((t) => typeof view.shown[t.i]![t.j] !== 'number');
          expect(hidden.length).not.toBe(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('no hidden cell follows from all row and column equations together (linear algebra)', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const view = attackView(table, protectCounts(table));
        expect(linearlyDetermined(view)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('no hidden cell is pinned by the bounds of its line, unless nothing in the line was left to hide', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const view = attackView(table, protectCounts(table));
        const cap = view.truth.flat().reduce((a, b) => a + b, 0);
        for (const cell of pinnedByBounds(view, cap)) expect(lineHasSpare(view, cell)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('the oracle itself sees a single hidden cell in a line (guards the property against a blind oracle)', () => {
    const table = column([3, 7]);
    const naive = { cells: [['klein' as const], [7]], rowTotals: null, columnTotals: [10], grandTotal: null };
    const view = attackView(table, naive);
    expect(unknownsOf(view)).toHaveLength(1);
    expect(linearlyDetermined(view)).toHaveLength(1);
    expect(pinnedByBounds(view, 10)).toHaveLength(1);
  });
});
