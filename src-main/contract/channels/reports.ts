import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate } from '../fields';
import type { BarrierCategory, BarrierLogKind, BarrierStatus } from './barriers';

/**
 * One count as shown: the number; `klein` for 1 to 4 (shown "< 5"); `verdeckt` for a count hidden
 * so that a small one cannot be worked out from the totals (shown "x").
 */
export type ReportCell = number | 'klein' | 'verdeckt';

export const CHART_KINDS = ['bar', 'line', 'pie', 'none'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/**
 * A table of counts. Row and column keys are codes; the renderer finds their labels under
 * `reports:dim.<dimension>.<key>` and shows the key itself where the dimension has no labels
 * (countries, languages) or it is a date (`month`, `quarter`).
 */
export interface ReportTable {
  id: string;
  rowDimension: string;
  columnDimension: string;
  rows: string[];
  columns: string[];
  cells: ReportCell[][];
  rowTotals: ReportCell[] | null;
  columnTotals: ReportCell[] | null;
  grandTotal: ReportCell | null;
  chart: ChartKind;
  /** False where the counts are not about people (barriers): shown as they are. */
  protected: boolean;
}

/** A part of the report (cases, people, …); new sections (consultations) add their own id. */
export interface ReportSection {
  id: string;
  tables: ReportTable[];
}

export interface StatisticsReport {
  from: string;
  to: string;
  kommuneId: string | null;
  kommuneName: string | null;
  /** `eigene`: a case manager's report covers their own cases only. */
  scope: 'alle' | 'eigene';
  officeName: string;
  generatedAt: string;
  /** False when the period holds no case and no barrier: the report says so. */
  hasData: boolean;
  sections: ReportSection[];
}

export interface BarrierReportItem {
  title: string;
  category: BarrierCategory;
  status: BarrierStatus;
  kommunen: string[];
  workingGroup: string | null;
  responsible: string | null;
  firstNoticedOn: string;
  /** Cases linked up to the end of the period, protected like every count of people. */
  affectedCases: ReportCell;
  affectedPersons: ReportCell;
  log: { on: string; kind: BarrierLogKind; text: string; status: BarrierStatus | null }[];
}

/** The printed report for the Lenkungsgruppe: the statistics and the barrier list with its log. */
export interface LenkungsgruppeReport {
  statistics: StatisticsReport;
  barriers: BarrierReportItem[];
}

export interface ReportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** From and to are calendar dates (inclusive); no Kommune means all Kommunen. */
export const reportPeriodInput = z.object({ from: isoDate, to: isoDate, kommuneId: id.optional() }).strict();
export type ReportPeriodInput = z.input<typeof reportPeriodInput>;

export const reportsChannels = {
  'reports.statistics': channel<StatisticsReport>()(reportPeriodInput, 'user'),
  'reports.lenkungsgruppe': channel<LenkungsgruppeReport>()(reportPeriodInput, 'user'),
  /** The report's tables as a file (CSV for German Excel, or XLSX), returned as base64. */
  'reports.export': channel<ReportFile>()(reportPeriodInput.extend({ format: z.enum(EXPORT_FORMATS) }).strict(), 'user'),
};
