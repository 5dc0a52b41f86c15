import type { BarrierReportItem, ReportCell, ReportTable, StatisticsReport } from '../../contract/channels/reports';
import { REPORT_LABELS_DE as L, labelOf, tableTitle } from './labels-de';

// The report laid out for files: blocks of header and rows, in German, shared by CSV and XLSX.

export type ExportValue = string | number;

export interface ExportBlock {
  /** Section name (the XLSX sheet). */
  sheet: string;
  title: string;
  header: string[];
  rows: ExportValue[][];
}

const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const cell = (c: ReportCell): ExportValue => (typeof c === 'number' ? c : L.cell[c]);
const lookup = (table: Record<string, string>, key: string) => table[key] ?? key;

export function tableBlock(sheet: string, t: ReportTable): ExportBlock {
  const header = [lookup(L.dimName, t.rowDimension), ...t.columns.map((c) => labelOf(t.columnDimension, c))];
  if (t.rowTotals) header.push(L.cell.total);
  const rows: ExportValue[][] = t.rows.map((r, i) => [labelOf(t.rowDimension, r), ...t.cells[i]!.map(cell), ...(t.rowTotals ? [cell(t.rowTotals[i]!)] : [])]);
  if (t.columnTotals) rows.push([L.cell.total, ...t.columnTotals.map(cell), ...(t.grandTotal !== null ? [cell(t.grandTotal)] : [])]);
  return { sheet, title: tableTitle(t.id), header, rows };
}

export function barrierListBlock(items: readonly BarrierReportItem[]): ExportBlock {
  return {
    sheet: 'Hürdenliste',
    title: 'Hürdenliste (Stand am Ende des Zeitraums)',
    header: ['Hürde', 'Kategorie', 'Status', 'Kommunen', 'Arbeitskreis', 'Zuständig', 'Erstmals bemerkt', 'Betroffene Fälle', 'Betroffene Personen'],
    rows: items.map((b) => [
      b.title,
      labelOf('huerdenkategorie', b.category),
      labelOf('huerdenstatus', b.status),
      b.kommunen.join(', '),
      b.workingGroup ?? '',
      b.responsible ?? '',
      germanDate(b.firstNoticedOn),
      cell(b.affectedCases),
      cell(b.affectedPersons),
    ]),
  };
}

/** Office, period, Kommune and what the markers mean: the lines above every export. */
export function preamble(report: StatisticsReport): ExportValue[][] {
  return [
    ['KIM-Bericht', report.officeName],
    ['Zeitraum', `${germanDate(report.from)} bis ${germanDate(report.to)}`],
    ['Kommune', report.kommuneName ?? 'alle Kommunen'],
    ...(report.scope === 'eigene' ? [['Umfang', 'nur eigene Fälle']] : []),
    ['Hinweis', `„${L.cell.klein}“ = weniger als 5; „${L.cell.verdeckt}“ = ausgeblendet, damit kleine Zahlen nicht errechnet werden können`],
    ...(report.hasData ? [] : [['Hinweis', 'Für diesen Zeitraum liegen keine Daten vor.']]),
  ];
}

export function exportBlocks(report: StatisticsReport, barriers: readonly BarrierReportItem[]): ExportBlock[] {
  const sectionName = (id: string) => lookup(L.section, id);
  return [...report.sections.flatMap((s) => s.tables.map((t) => tableBlock(sectionName(s.id), t))), barrierListBlock(barriers)];
}

export const exportFileStem = (report: StatisticsReport) => `KIM-Bericht_${report.from}_${report.to}`;
