import type { BarrierReportItem, StatisticsReport } from '../../contract/channels/reports';
import { exportBlocks, preamble, type ExportValue } from './export-layout';

// CSV for German Excel: UTF-8 with BOM (so umlauts survive), semicolons, CRLF line ends.

const BOM = '\uFEFF';

/** Quotes where needed; a leading = + - @ is defused so Excel never runs a cell as a formula. */
export function csvField(v: ExportValue): string {
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (values: readonly ExportValue[]) => values.map(csvField).join(';');

export function reportCsv(report: StatisticsReport, barriers: readonly BarrierReportItem[]): Buffer {
  const lines = preamble(report).map(line);
  for (const block of exportBlocks(report, barriers)) {
    lines.push('', line([`${block.sheet}: ${block.title}`]), line(block.header), ...block.rows.map(line));
  }
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
