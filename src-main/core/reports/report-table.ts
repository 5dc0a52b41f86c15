import type { ChartKind, ReportTable } from '../../contract/channels/reports';
import type { Actor } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import type { CaseFacts } from './case-facts';
import type { Period } from './period';
import { protectCounts } from './suppression';

/** Whose cases a report covers: one Kommune or all; a case manager's own cases only. */
export interface ReportScope {
  kommuneId: string | null;
  managerId: string | null;
}

export const scopeFor = (actor: Actor, kommuneId: string | undefined): ReportScope => ({
  kommuneId: kommuneId ?? null,
  managerId: actor.role === 'fallmanagement' ? actor.userId : null,
});

/** What every section gets: the cases active in the period (live or from their snapshot). */
export interface SectionInput {
  db: OfficeDb;
  period: Period;
  scope: ReportScope;
  facts: readonly CaseFacts[];
}

export interface TableSpec {
  id: string;
  rowDimension: string;
  columnDimension: string;
  rows: readonly string[];
  columns: readonly string[];
  counts: number[][];
  rowTotals: boolean;
  columnTotals: boolean;
  chart: ChartKind;
  /** Off only for counts that are not about people (barriers). */
  protect?: boolean;
}

export function buildTable(spec: TableSpec): ReportTable {
  const protect = spec.protect ?? true;
  const shown = protectCounts({ cells: spec.counts, rowTotals: spec.rowTotals, columnTotals: spec.columnTotals }, protect);
  return {
    id: spec.id,
    rowDimension: spec.rowDimension,
    columnDimension: spec.columnDimension,
    rows: [...spec.rows],
    columns: [...spec.columns],
    ...shown,
    chart: spec.chart,
    protected: protect,
  };
}

/** How many items fall under each key (an item may name several keys, e.g. languages). */
export function countBy<T>(items: readonly T[], keysOf: (item: T) => string | readonly string[], keys: readonly string[]): number[] {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const item of items) {
    const named = keysOf(item);
    for (const k of typeof named === 'string' ? [named] : new Set(named)) if (counts.has(k)) counts.set(k, counts.get(k)! + 1);
  }
  return keys.map((k) => counts.get(k)!);
}

/** Keys seen in the data (free text: countries, languages), most frequent first. */
export function keysByFrequency<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(keysOf(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de')).map(([k]) => k);
}

/** A one-way table: one count per row, with the total under it. */
export const listTable = (id: string, rowDimension: string, rows: readonly string[], counts: number[], chart: ChartKind): TableSpec => ({
  id,
  rowDimension,
  columnDimension: 'spalte',
  rows,
  columns: ['anzahl'],
  counts: counts.map((c) => [c]),
  rowTotals: false,
  columnTotals: true,
  chart,
});
