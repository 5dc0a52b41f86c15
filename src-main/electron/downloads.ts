import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, type DownloadItem, type SaveDialogOptions, type Session, type WebContents } from 'electron';
import type { Logger } from '../core/log/logger';
import { isAppUrl } from './app-origin';

// Downloads in the desktop app. The renderer hands every file (report exports, documents, case
// handovers, calendar files) to Chromium as an in-memory blob: URL with <a download>; here the
// user picks the place in the native save dialog, and a failed write says so instead of vanishing.

const SAVE_TITLE = 'Datei speichern';
const FAILED_TITLE = 'Speichern fehlgeschlagen';
const FAILED_MESSAGE = 'Die Datei konnte nicht gespeichert werden.';
const FAILED_DETAIL =
  'Der gewählte Ort ist nicht beschreibbar, voll oder nicht erreichbar. Bitte versuchen Sie es noch einmal und wählen Sie einen anderen Ordner.';

/** Names of the file types the app hands out, for the dialog's type list. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  csv: 'CSV-Datei',
  xlsx: 'Excel-Arbeitsmappe',
  pdf: 'PDF-Dokument',
  ics: 'Kalenderdatei',
  kimcase: 'KIM-Fallübergabe',
};

/** True only for a blob: URL the app's own page made (blob:app://kim/<uuid>); never a web or file URL. */
export function isOwnBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/** The save dialog for a suggested file name: German title, the user's download folder, its type first. */
export function saveDialogOptions(fileName: string, downloadsDir: string): SaveDialogOptions {
  const ext = extname(fileName).slice(1).toLowerCase();
  const filters = ext ? [{ name: TYPE_NAMES[ext] ?? `${ext.toUpperCase()}-Datei`, extensions: [ext] }, { name: 'Alle Dateien', extensions: ['*'] }] : undefined;
  return { title: SAVE_TITLE, defaultPath: join(downloadsDir, fileName), filters, properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'] };
}

/** The error the user sees when the file could not be written (read-only folder, full disk, gone drive). */
function reportFailure(contents: WebContents | undefined): void {
  const parent = contents && !contents.isDestroyed() ? BrowserWindow.fromWebContents(contents) : null;
  const options = { type: 'error' as const, title: FAILED_TITLE, message: FAILED_MESSAGE, detail: FAILED_DETAIL, buttons: ['OK'], noLink: true };
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/**
 * Wires the session's downloads: only the app's own blob: URLs are accepted (anything else is
 * cancelled before a byte is written); the native save dialog asks where; a download that ends
 * interrupted shows a clear German error. Logs carry no file names (they may name a case).
 */
export function installDownloads(ses: Session, logger: Logger): void {
  ses.on('will-download', (event, item: DownloadItem, contents: WebContents | undefined) => {
    if (!isOwnBlobUrl(item.getURL())) {
      event.preventDefault();
      logger.log('warn', 'download.refused');
      return;
    }
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), app.getPath('downloads')));
    item.once('done', (_event, state) => {
      if (state === 'interrupted') {
        logger.log('warn', 'download.failed');
        reportFailure(contents);
      } else {
        logger.log('info', state === 'completed' ? 'download.saved' : 'download.cancelled');
      }
    });
  });
}
