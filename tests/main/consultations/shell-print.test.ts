import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-main/contract/result';
import { ADMIN } from '../helpers/temp-office';

vi.mock('electron', () => import('../electron/fake-electron'));

// The desktop shell answers print.toPdf and print.dialog itself (its registry composition in
// main.ts); checked through the real main entry with the fake Electron module.

type Fake = typeof import('../electron/fake-electron');
const SETUP = { officeName: 'Fachdienst Soziales Musterstadt', adminUsername: ADMIN.username, adminDisplayName: ADMIN.displayName, adminPassword: ADMIN.password };

let tmp: string;
let fake: Fake | undefined;
const savedArgv = process.argv;

async function launch(dataDir: string): Promise<void> {
  vi.resetModules();
  const loaded = (await import('electron')) as unknown as Fake;
  loaded.resetFakeElectron();
  fake = loaded;
  process.argv = ['/opt/electron', 'out/main/index.js', '--data-dir', dataDir];
  await import('../../../src-main/electron/main');
  await vi.waitFor(() => expect(loaded.BrowserWindow.instances.length).toBeGreaterThan(0));
}

const electron = (): Fake => {
  if (!fake) throw new Error('launch first');
  return fake;
};
const window = () => electron().BrowserWindow.instances[0]!;
const callFromPage = <T = unknown>(channel: string, payload: unknown = {}) =>
  electron().ipcMain.invokeFrom(window().webContents, 'app://kim/index.html', 'kim:invoke', channel, payload) as Promise<Result<T>>;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kim-shell-print-'));
});
afterEach(() => {
  // The version check launches nothing.
  if (fake) {
    fake.BrowserWindow.instances.forEach((w) => w.isDestroyed() || w.close());
    fake.app.emit('will-quit');
  }
  process.argv = savedArgv;
  rmSync(tmp, { recursive: true, force: true });
});

describe('print channels in the desktop app', () => {
  it('runs a Chromium with @page margin boxes and counter(pages) (Chromium 131 = Electron 33)', () => {
    // "Seite x von y" comes from CSS margin boxes (docs/printing.md); older shells would drop it.
    const { version } = JSON.parse(readFileSync(join('node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(33);
  });

  it('save dialog, then the window page as A4 PDF with the CSS page rules; cancel writes nothing; the system dialog prints', async () => {
    await launch(join(tmp, 'office'));
    expect(await callFromPage('print.dialog')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await callFromPage('auth.setup', SETUP);
    await callFromPage('auth.login', { username: ADMIN.username, password: ADMIN.password });

    expect(await callFromPage('print.toPdf', { fileName: 'Beratung 2026-00001.pdf' })).toEqual({ ok: true, value: { path: null } });
    expect(window().webContents.pdfOptions).toEqual([]);
    expect(electron().dialog.calls.at(-1)).toMatchObject({ kind: 'save', parent: window(), options: { defaultPath: 'Beratung 2026-00001.pdf' } });

    const target = join(tmp, 'beratung.pdf');
    electron().dialog.saveResult = { canceled: false, filePath: target };
    expect(await callFromPage('print.toPdf', { fileName: 'Beratung.pdf' })).toEqual({ ok: true, value: { path: target } });
    expect(window().webContents.pdfOptions).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(readFileSync(target)).toEqual(window().webContents.pdfBytes);

    expect(await callFromPage('print.dialog')).toEqual({ ok: true, value: { printed: true } });
    window().webContents.printOutcome = [false, 'cancelled'];
    expect(await callFromPage('print.dialog')).toEqual({ ok: true, value: { printed: false } });
  });
});
