import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src-main/core/log/logger';
import { installDownloads, isOwnBlobUrl } from '../../../src-main/electron/downloads';
import { app, BrowserWindow, dialog, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const DOWNLOADS = join('/home', 'kim', 'Downloads');
const OWN_BLOB = 'blob:app://kim/6f1c2f0e-3f0a-4d8e-9a36-2b1f3f1d9c11';
const FILE = 'KIM-Bericht_2026-07-01_2026-09-30.xlsx';

let events: { level: string; event: string; fields?: object }[];
const logger: Logger = { log: (level, event, fields) => events.push({ level, event, ...(fields ? { fields } : {}) }) };

beforeEach(() => {
  resetFakeElectron();
  events = [];
  app.setPath('downloads', DOWNLOADS);
  installDownloads(session.defaultSession as never, logger);
});

describe('downloads in the desktop app', () => {
  it('accepts blob: URLs of the app itself only', () => {
    expect(isOwnBlobUrl(OWN_BLOB)).toBe(true);
    for (const url of [
      'https://example.invalid/bericht.xlsx',
      'blob:https://example.invalid/6f1c2f0e',
      'blob:app://kim.evil/6f1c2f0e',
      'blob:app://x@kim/6f1c2f0e',
      'blob:null/6f1c2f0e',
      'app://kim/index.html',
      'file:///etc/passwd',
      'data:text/plain,x',
      'blob:',
    ]) {
      expect(isOwnBlobUrl(url), url).toBe(false);
    }
  });

  it('asks where to save an export in the native dialog, in German, with the suggested name', () => {
    const { item, prevented } = session.defaultSession.download(OWN_BLOB, FILE);
    expect(prevented).toBe(false);
    expect(item.saveDialogOptions).toEqual({
      title: 'Datei speichern',
      defaultPath: join(DOWNLOADS, FILE),
      filters: [
        { name: 'Excel-Arbeitsmappe', extensions: ['xlsx'] },
        { name: 'Alle Dateien', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    });
    item.finish('completed');
    expect(dialog.messageBoxes).toEqual([]);
    expect(events).toEqual([{ level: 'info', event: 'download.saved' }]);
  });

  it('names other file types by their extension and leaves files without one unfiltered', () => {
    expect(session.defaultSession.download(OWN_BLOB, 'fall-2026-00001.kimcase').item.saveDialogOptions?.filters).toEqual([
      { name: 'KIM-Fallübergabe', extensions: ['kimcase'] },
      { name: 'Alle Dateien', extensions: ['*'] },
    ]);
    expect((session.defaultSession.download(OWN_BLOB, 'scan.tiff').item.saveDialogOptions?.filters as unknown[])[0]).toEqual({ name: 'TIFF-Datei', extensions: ['tiff'] });
    expect(session.defaultSession.download(OWN_BLOB, 'notiz').item.saveDialogOptions?.filters).toBeUndefined();
  });

  it('cancels anything that is not a blob of the app before it is written, and logs no address', () => {
    for (const url of ['https://example.invalid/x.exe', 'blob:https://example.invalid/1', 'file:///etc/passwd']) {
      const { item, prevented } = session.defaultSession.download(url, 'x.exe');
      expect(prevented, url).toBe(true);
      expect(item.saveDialogOptions, url).toBeNull();
    }
    expect(events).toEqual(Array.from({ length: 3 }, () => ({ level: 'warn', event: 'download.refused' })));
  });

  it('shows a clear German error on the window when the target is not writable', () => {
    const win = new BrowserWindow({});
    const { item } = session.defaultSession.download(OWN_BLOB, FILE, win.webContents);
    item.finish('interrupted');
    expect(dialog.messageBoxes).toHaveLength(1);
    expect(dialog.messageBoxes[0]!.parent).toBe(win);
    expect(dialog.messageBoxes[0]!.options).toMatchObject({
      type: 'error',
      title: 'Speichern fehlgeschlagen',
      message: 'Die Datei konnte nicht gespeichert werden.',
      detail: expect.stringMatching(/nicht beschreibbar.*anderen Ordner/),
    });
    expect(JSON.stringify(events)).not.toContain('KIM-Bericht');
    expect(events).toEqual([{ level: 'warn', event: 'download.failed' }]);
  });

  it('stays quiet when the user cancels the save dialog, and still reports a failure after the window is gone', () => {
    session.defaultSession.download(OWN_BLOB, FILE).item.finish('cancelled');
    expect(dialog.messageBoxes).toEqual([]);

    const win = new BrowserWindow({});
    const { item } = session.defaultSession.download(OWN_BLOB, FILE, win.webContents);
    win.close();
    item.finish('interrupted');
    expect(dialog.messageBoxes).toEqual([{ parent: null, options: expect.objectContaining({ title: 'Speichern fehlgeschlagen' }) }]);
  });
});
