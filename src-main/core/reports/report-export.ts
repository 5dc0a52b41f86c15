import type { ExportFormat, ReportFile, ReportPeriodInput } from '../../contract/channels/reports';
import { appendAudit } from '../audit/audit-log';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { reportCsv } from './export-csv';
import { exportFileStem } from './export-layout';
import { reportXlsx } from './export-xlsx';
import { lenkungsgruppeReport } from './statistics';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The report's tables as a file; leaving the app is recorded in the audit trail. */
export async function exportReport(ctx: CaseCtx, input: ReportPeriodInput & { format: ExportFormat }): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const { statistics, barriers } = lenkungsgruppeReport(ctx, input);
  const bytes = input.format === 'csv' ? reportCsv(statistics, barriers) : await reportXlsx(statistics, barriers);
  inTransaction(ctx.db, () => appendAudit(ctx.db, { userId: ctx.actor.userId, action: `report.export.${input.format}` }, ctx.at));
  return { fileName: `${exportFileStem(statistics)}.${input.format}`, mimeType: MIME[input.format], bytes };
}

export async function exportReportAsBase64(ctx: CaseCtx, input: ReportPeriodInput & { format: ExportFormat }): Promise<ReportFile> {
  const { bytes, ...file } = await exportReport(ctx, input);
  return { ...file, base64: bytes.toString('base64') };
}

/** Saves an export where the user chose (Electron's save dialog); a folder that refuses writing is IO. */
export function saveExportFile(file: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(file, bytes);
  } catch {
    throw new AppError('IO', 'Die Datei konnte nicht gespeichert werden: Der gewählte Ort ist nicht beschreibbar oder nicht vorhanden. Bitte wählen Sie einen anderen Ordner.');
  }
}
