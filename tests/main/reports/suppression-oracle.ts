import type { ReportCell } from '../../../src-main/contract/channels/reports';
import type { CountTable, ProtectedCounts } from '../../../src-main/core/reports/suppression';

// An attacker's view of a protected table, written independently of the algorithm: the grid of
// cells and totals, the equations a reader can form, and what they pin down.

export interface Unknown {
  i: number;
  j: number;
  shown: 'klein' | 'verdeckt';
}

export interface AttackView {
  /** Full grid incl. totals (last column = row totals, last row = column totals). */
  truth: number[][];
  shown: ReportCell[][];
  /** Each equation as coefficients over grid positions: Σ coef·x = 0. */
  equations: { i: number; j: number; coef: number }[][];
}

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function attackView(table: CountTable, out: ProtectedCounts): AttackView {
  const R = table.cells.length;
  const C = table.cells[0]?.length ?? 0;
  const truth = table.cells.map((row) => (table.rowTotals ? [...row, total(row)] : [...row]));
  const shown: ReportCell[][] = out.cells.map((row, i) => (table.rowTotals ? [...row, out.rowTotals![i]!] : [...row]));
  if (table.columnTotals) {
    truth.push(truth[0]!.map((_, j) => total(truth.map((row) => row[j]!))));
    shown.push(table.rowTotals ? [...out.columnTotals!, out.grandTotal!] : [...out.columnTotals!]);
  }
  const equations: AttackView['equations'] = [];
  if (table.rowTotals) for (let i = 0; i < truth.length; i++) equations.push(truth[i]!.map((_, j) => ({ i, j, coef: j === C ? -1 : 1 })));
  if (table.columnTotals) for (let j = 0; j < truth[0]!.length; j++) equations.push(truth.map((_, i) => ({ i, j, coef: i === R ? -1 : 1 })));
  return { truth, shown, equations };
}

const key = (i: number, j: number) => `${i},${j}`;

export function unknownsOf(v: AttackView): Unknown[] {
  return v.shown.flatMap((row, i) => row.flatMap((c, j) => (typeof c === 'number' ? [] : [{ i, j, shown: c }])));
}

function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let pivot = r;
    for (let k = r + 1; k < m.length; k++) if (Math.abs(m[k]![c]!) > Math.abs(m[pivot]![c]!)) pivot = k;
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let k = 0; k < m.length; k++) {
      if (k === r) continue;
      const f = m[k]![c]! / m[r]![c]!;
      for (let x = c; x < cols; x++) m[k]![x]! -= f * m[r]![x]!;
    }
    r++;
  }
  return r;
}

/** Hidden cells whose value follows from the visible numbers by linear algebra alone. */
export function linearlyDetermined(v: AttackView): Unknown[] {
  const unknowns = unknownsOf(v);
  const index = new Map(unknowns.map((u, k) => [key(u.i, u.j), k]));
  const A = v.equations.map((eq) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const t of eq) {
      const k = index.get(key(t.i, t.j));
      if (k !== undefined) row[k]! += t.coef;
    }
    return row;
  });
  const base = rank(A);
  return unknowns.filter((_, k) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[k] = 1;
    return rank([...A, unit]) === base;
  });
}

/**
 * Hidden cells a reader can pin down from one line, knowing "< 5" = 1..4 and "x" = 5 to `cap`:
 * the values a cell can take such that the other hidden cells of the line can make up the rest
 * (sums of whole-number ranges are themselves ranges, so the rest is a range too).
 */
export function pinnedByBounds(v: AttackView, cap: number): Unknown[] {
  const out: Unknown[] = [];
  const range = (t: { i: number; j: number; coef: number }): [number, number] => {
    const [lo, hi] = v.shown[t.i]![t.j] === 'klein' ? [1, 4] : [5, cap];
    return t.coef > 0 ? [lo, hi] : [-hi, -lo];
  };
  for (const eq of v.equations) {
    const hiddenTerms = eq.filter((t) => typeof v.shown[t.i]![t.j] !== 'number');
    const known = -total(eq.filter((t) => typeof v.shown[t.i]![t.j] === 'number').map((t) => t.coef * (v.shown[t.i]![t.j] as number)));
    hiddenTerms.forEach((t, k) => {
      const others = hiddenTerms.filter((_, m) => m !== k).map(range);
      const min = total(others.map((r) => r[0]));
      const max = total(others.map((r) => r[1]));
      const [lo, hi] = v.shown[t.i]![t.j] === 'klein' ? [1, 4] : [5, cap];
      let possible = 0;
      for (let x = lo; x <= hi && possible < 2; x++) {
        const rest = known - t.coef * x;
        if (rest >= min && rest <= max) possible++;
      }
      if (possible === 1) out.push({ i: t.i, j: t.j, shown: v.shown[t.i]![t.j] as Unknown['shown'] });
    });
  }
  return out;
}

/** Whether a line still has a visible count of 5 or more that could have been hidden. */
export function lineHasSpare(v: AttackView, cell: { i: number; j: number }): boolean {
  return v.equations
    .filter((eq) => eq.some((t) => t.i === cell.i && t.j === cell.j))
    .some((eq) => eq.some((t) => typeof v.shown[t.i]![t.j] === 'number' && (v.shown[t.i]![t.j] as number) >= 5));
}
