import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseOpenPath, chooseSavePath } from '../../../src-main/electron/dialogs';
import { printToPdf, printWithDialog } from '../../../src-main/electron/print';
import { BrowserWindow, dialog, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let dir: string;
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'kim-print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('printing', () => {
  it('writes an A4 PDF with backgrounds atomically, leaving no temp file', async () => {
    const contents = new FakeWebContents();
    const file = join(dir, 'beratung.pdf');
    await printToPdf(contents as never, file);
    expect(contents.pdfOptions).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(readFileSync(file)).toEqual(contents.pdfBytes);
    expect(readdirSync(dir)).toEqual(['beratung.pdf']);
  });

  it('reports an unwritable target as IO', async () => {
    await expect(printToPdf(new FakeWebContents() as never, join(dir, 'missing', 'x.pdf'))).rejects.toMatchObject({ code: 'IO' });
  });

  it('prints with the system dialog: true when printed, false when cancelled, IO on failure', async () => {
    const contents = new FakeWebContents();
    await expect(printWithDialog(contents as never)).resolves.toBe(true);
    contents.printOutcome = [false, 'cancelled'];
    await expect(printWithDialog(contents as never)).resolves.toBe(false);
    contents.printOutcome = [false, 'failed'];
    await expect(printWithDialog(contents as never)).rejects.toMatchObject({ code: 'IO' });
    expect(contents.printCalls).toEqual([{}, {}, {}]);
  });
});

describe('file dialogs', () => {
  it('return the chosen path, or null when cancelled', async () => {
    const win = new BrowserWindow({});
    const opts = { title: 'Sicherung speichern', defaultPath: 'sicherung.kimbak', filters: [{ name: 'Sicherung', extensions: ['kimbak'] }] };
    expect(await chooseSavePath(win as never, opts)).toBeNull();
    dialog.saveResult = { canceled: false, filePath: join(dir, 'sicherung.kimbak') };
    expect(await chooseSavePath(win as never, opts)).toBe(join(dir, 'sicherung.kimbak'));
    expect(dialog.calls[1]).toMatchObject({ kind: 'save', parent: win, options: { title: 'Sicherung speichern', defaultPath: 'sicherung.kimbak' } });

    expect(await chooseOpenPath(null, { title: 'Sicherung öffnen' })).toBeNull();
    dialog.openResult = { canceled: false, filePaths: [join(dir, 'a.kimbak')] };
    expect(await chooseOpenPath(null, { title: 'Sicherung öffnen' })).toBe(join(dir, 'a.kimbak'));
    expect(dialog.calls[3]).toMatchObject({ kind: 'open', parent: null, options: { properties: ['openFile'] } });
  });
});
