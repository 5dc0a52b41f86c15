import type { WebContents } from 'electron';
import { AppError } from '../core/errors';
import { writeFileAtomic } from '../core/fs/atomic-write';

/**
 * Renders the page as an A4 PDF into `file`; a crash leaves the old file or the new one, never half.
 * The page's own `@page` rules (size, margins, margin boxes with "Seite x von y") win, so the PDF
 * equals what the system print dialog and Playwright's page.pdf produce (docs/printing.md).
 */
export async function printToPdf(contents: Pick<WebContents, 'printToPDF'>, file: string): Promise<void> {
  const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  try {
    writeFileAtomic(file, pdf);
  } catch {
    throw new AppError('IO', 'Die PDF-Datei konnte nicht gespeichert werden. Bitte prüfen Sie den Speicherort.');
  }
}

/** Opens the system print dialog; resolves false when the user cancels it. */
export function printWithDialog(contents: Pick<WebContents, 'print'>): Promise<boolean> {
  return new Promise((resolve, reject) => {
    contents.print({}, (success, failureReason) => {
      if (success) resolve(true);
      else if (failureReason === 'cancelled') resolve(false);
      else reject(new AppError('IO', 'Das Drucken ist fehlgeschlagen. Bitte prüfen Sie den Drucker.'));
    });
  });
}
