import type { ReportCell } from '../../contract/channels/reports';

// Small-number protection for report tables (pure, no I/O).
//
// Primary suppression: every count from 1 to 4 (cells and totals alike) is shown as "< 5" (`klein`).
// Zeros stay visible: they name nobody. Secondary suppression hides further counts of 5 or more
// (`verdeckt`, shown "x") until no hidden count can be worked out from what is shown:
//
// 1. Linear: think of the table with its totals as one grid in which every row and column that
//    has a total is an equation (cells minus total = 0). Hidden cells are edges between their row
//    and column (lines without a total merge into one free node). A hidden cell is determined by
//    the visible numbers exactly when it is a bridge of that graph (it lies on no cycle), so we
//    break every bridge by hiding the cheapest chain of visible cells that closes a cycle through
//    it; for a single hidden cell in a row that is "also hide the next-smallest cell".
// 2. Bounds: a reader knows that "< 5" means 1 to 4 and "x" means 5 or more. A line whose hidden
//    cells must all sit at such a bound (4 + 4 = 8, or 1 + 5 = 6) gives them away, so such a line
//    hides one more visible count (the smallest cell, the line's total only as a last resort).
//
// Totals stay visible unless they are small themselves or no cell is left to hide instead.

export const SMALL_COUNT_LIMIT = 5;
const MARGIN_PENALTY = 1_000_000;

export interface CountTable {
  /** R rows × C columns of non-negative whole counts. */
  cells: number[][];
  /** Every row has a total (one column to the right). */
  rowTotals: boolean;
  /** Every column has a total (one row at the bottom). */
  columnTotals: boolean;
}

export interface ProtectedCounts {
  cells: ReportCell[][];
  rowTotals: ReportCell[] | null;
  columnTotals: ReportCell[] | null;
  grandTotal: ReportCell | null;
}

type Mark = 'visible' | 'klein' | 'verdeckt';
type Pos = readonly [number, number];
/** One equation: the cells of a line with coefficient +1 (cells) or -1 (its total); sum = 0. */
type Line = { i: number; j: number; coef: 1 | -1 }[];

interface Grid {
  value: number[][];
  mark: Mark[][];
  /** Data rows and columns; the grid adds the totals as row R and column C. */
  R: number;
  C: number;
  rowsBound: boolean;
  colsBound: boolean;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const isSmall = (v: number) => v > 0 && v < SMALL_COUNT_LIMIT;

/** A single count standing on its own (no totals around it): small ones are shown as "< 5". */
export const shownCount = (v: number): ReportCell => (isSmall(v) ? 'klein' : v);

function buildGrid(t: CountTable): Grid {
  const R = t.cells.length;
  const C = t.cells[0]?.length ?? 0;
  const value = t.cells.map((row) => (t.rowTotals ? [...row, sum(row)] : [...row]));
  if (t.columnTotals) value.push(value[0]?.map((_, j) => sum(value.map((row) => row[j] ?? 0))) ?? []);
  const mark = value.map((row) => row.map((v): Mark => (isSmall(v) ? 'klein' : 'visible')));
  return { value, mark, R, C, rowsBound: t.rowTotals, colsBound: t.columnTotals };
}

const cellsOf = (g: Grid): Pos[] => g.value.flatMap((row, i) => row.map((_, j) => [i, j] as const));
const isMargin = (g: Grid, [i, j]: Pos) => i >= g.R || j >= g.C;
const hidden = (g: Grid, [i, j]: Pos) => g.mark[i]?.[j] !== 'visible';
const valueAt = (g: Grid, [i, j]: Pos) => g.value[i]?.[j] ?? 0;

/** Rows with a total and columns with a total, as equations. */
function linesOf(g: Grid): Line[] {
  const out: Line[] = [];
  const rows = g.value.length;
  const cols = g.value[0]?.length ?? 0;
  if (g.rowsBound) for (let i = 0; i < rows; i++) out.push(Array.from({ length: cols }, (_, j) => ({ i, j, coef: j === g.C ? -1 : 1 })));
  if (g.colsBound) for (let j = 0; j < cols; j++) out.push(Array.from({ length: rows }, (_, i) => ({ i, j, coef: i === g.R ? -1 : 1 })));
  return out;
}

// ---- 1. linear: bridges in the graph of hidden cells ----

/** Graph node of a cell's row and column; lines without a total share the free node -1. */
const ends = (g: Grid, [i, j]: Pos): [number, number] => [g.rowsBound ? i : -1, g.colsBound ? g.value.length + j : -1];

function reachable(edges: [number, number][], from: number, to: number): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === to) return true;
    for (const [a, b] of edges) {
      const next = a === n ? b : b === n ? a : null;
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

function findBridge(g: Grid, stuck: Set<string>): Pos | null {
  const edges = cellsOf(g)
    .filter((p) => hidden(g, p))
    .map((p) => ({ p, e: ends(g, p) }))
    .filter(({ e }) => e[0] !== e[1]);
  for (const [k, { p, e }] of edges.entries()) {
    if (stuck.has(`b${p[0]},${p[1]}`)) continue;
    const others = edges.filter((_, m) => m !== k).map((x) => x.e);
    if (!reachable(others, e[0], e[1])) return p;
  }
  return null;
}

/** Cost of hiding a visible cell: its count (smaller first); totals only when nothing else works. */
const costOf = (g: Grid, p: Pos) => (hidden(g, p) ? 0 : valueAt(g, p) + (isMargin(g, p) ? MARGIN_PENALTY : 0));
const usable = (g: Grid, p: Pos) => hidden(g, p) || valueAt(g, p) >= SMALL_COUNT_LIMIT;

/** Hides the cheapest chain of visible cells that puts `bridge` on a cycle; false when none exists. */
function closeCycle(g: Grid, bridge: Pos): boolean {
  const [start, goal] = ends(g, bridge);
  const adjacent = new Map<number, { to: number; p: Pos }[]>();
  for (const p of cellsOf(g)) {
    const [a, b] = ends(g, p);
    if (a === b || (p[0] === bridge[0] && p[1] === bridge[1]) || !usable(g, p)) continue;
    adjacent.set(a, [...(adjacent.get(a) ?? []), { to: b, p }]);
    adjacent.set(b, [...(adjacent.get(b) ?? []), { to: a, p }]);
  }
  const dist = new Map<number, number>([[start, 0]]);
  const via = new Map<number, { from: number; p: Pos }>();
  const done = new Set<number>();
  for (;;) {
    let node: number | null = null;
    for (const [n, d] of dist) if (!done.has(n) && (node === null || d < dist.get(node)!)) node = n;
    if (node === null) return false;
    if (node === goal) break;
    done.add(node);
    for (const { to, p } of adjacent.get(node) ?? []) {
      const d = dist.get(node)! + costOf(g, p);
      if (d < (dist.get(to) ?? Infinity)) {
        dist.set(to, d);
        via.set(to, { from: node, p });
      }
    }
  }
  for (let n = goal; n !== start; ) {
    const step = via.get(n)!;
    hide(g, step.p);
    n = step.from;
  }
  return true;
}

function hide(g: Grid, [i, j]: Pos): void {
  const row = g.mark[i];
  if (row && row[j] === 'visible') row[j] = 'verdeckt';
}

// ---- 2. bounds: what "< 5" and "x" tell a reader ----

const boundsOf = (m: Mark): [number, number] => (m === 'klein' ? [1, SMALL_COUNT_LIMIT - 1] : [SMALL_COUNT_LIMIT, Infinity]);

/** True when some hidden cell of the line can only take one value, given the bounds of the others. */
function pinned(g: Grid, line: Line): boolean {
  const unknown = line.filter((c) => hidden(g, [c.i, c.j]));
  if (unknown.length === 0) return false;
  const known = -sum(line.filter((c) => !hidden(g, [c.i, c.j])).map((c) => c.coef * valueAt(g, [c.i, c.j])));
  // Range of coef * x for each unknown.
  const ranges = unknown.map((c) => {
    const [lo, hi] = boundsOf(g.mark[c.i]![c.j]!);
    return c.coef === 1 ? [lo, hi] : [-hi, -lo];
  });
  return unknown.some((c, k) => {
    const otherMin = sum(ranges.filter((_, m) => m !== k).map((r) => r[0]!));
    const otherMax = sum(ranges.filter((_, m) => m !== k).map((r) => r[1]!));
    const [lo, hi] = ranges[k]!;
    const from = Math.max(lo!, known - otherMax);
    const to = Math.min(hi!, known - otherMin);
    return from === to;
  });
}

/** Hides the cheapest visible count of 5 or more in the line; false when there is none. */
function widen(g: Grid, line: Line): boolean {
  const candidates = line.map((c) => [c.i, c.j] as const).filter((p) => !hidden(g, p) && usable(g, p));
  if (candidates.length === 0) return false;
  hide(g, candidates.reduce((best, p) => (costOf(g, p) < costOf(g, best) ? p : best)));
  return true;
}

// ---- the algorithm ----

function suppress(g: Grid): void {
  const lines = linesOf(g);
  const stuck = new Set<string>();
  for (;;) {
    const bridge = findBridge(g, stuck);
    if (bridge) {
      if (!closeCycle(g, bridge)) stuck.add(`b${bridge[0]},${bridge[1]}`);
      continue;
    }
    const k = lines.findIndex((line, n) => !stuck.has(`l${n}`) && pinned(g, line));
    if (k < 0) return;
    if (!widen(g, lines[k]!)) stuck.add(`l${k}`);
  }
}

const shown = (g: Grid, p: Pos, protect: boolean): ReportCell => {
  const m = g.mark[p[0]]![p[1]]!;
  return !protect || m === 'visible' ? valueAt(g, p) : m;
};

/** The table as shown: small counts and what would give them away hidden (unless `protect` is false). */
export function protectCounts(table: CountTable, protect = true): ProtectedCounts {
  const g = buildGrid(table);
  if (protect) suppress(g);
  const { R, C } = g;
  return {
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => shown(g, [i, j], protect))),
    rowTotals: table.rowTotals ? Array.from({ length: R }, (_, i) => shown(g, [i, C], protect)) : null,
    columnTotals: table.columnTotals ? Array.from({ length: C }, (_, j) => shown(g, [R, j], protect)) : null,
    grandTotal: table.rowTotals && table.columnTotals ? shown(g, [R, C], protect) : null,
  };
}

/** The one total of a table: the grand total, or the total of a single-column table. */
function overallTotal(t: ProtectedCounts): { get: () => ReportCell | undefined; set: (c: ReportCell) => void } | null {
  if (t.grandTotal !== null) return { get: () => t.grandTotal ?? undefined, set: (c) => (t.grandTotal = c) };
  const totals = t.columnTotals;
  if (totals?.length === 1) return { get: () => totals[0], set: (c) => (totals[0] = c) };
  return null;
}

/**
 * Tables that count the same people (by gender, by age, …) share their overall total: once one
 * of them had to hide it, every one hides it, or the others would tell it.
 */
export function hideSharedTotal(tables: ProtectedCounts[]): void {
  const totals = tables.map(overallTotal).filter((t) => t !== null);
  if (!totals.some((t) => t.get() === 'verdeckt')) return;
  for (const t of totals) if (typeof t.get() === 'number') t.set('verdeckt');
}
