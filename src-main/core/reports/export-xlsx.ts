import ExcelJS from 'exceljs';
import type { BarrierReportItem, StatisticsReport } from '../../contract/channels/reports';
import { exportBlocks, preamble, type ExportBlock } from './export-layout';

// XLSX: a sheet "Bericht" with the preamble, then one sheet per section with its tables.

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** Text as text: a leading = + - @ must never become a formula (exceljs writes strings as strings). */
function addBlock(sheet: ExcelJS.Worksheet, block: ExportBlock): void {
  if (sheet.rowCount > 0) sheet.addRow([]);
  sheet.addRow([block.title]).font = { bold: true, size: 12 };
  sheet.addRow(block.header).font = { bold: true };
  for (const row of block.rows) sheet.addRow(row);
}

export async function reportXlsx(report: StatisticsReport, barriers: readonly BarrierReportItem[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'KIM Fallakte';
  book.created = new Date(report.generatedAt);
  const front = book.addWorksheet('Bericht');
  for (const row of preamble(report)) front.addRow(row);
  front.getColumn(1).width = 16;
  front.getColumn(2).width = 60;

  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const block of exportBlocks(report, barriers)) {
    const name = sheetName(block.sheet);
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = book.addWorksheet(name);
      sheet.getColumn(1).width = 40;
      sheets.set(name, sheet);
    }
    addBlock(sheet, block);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
