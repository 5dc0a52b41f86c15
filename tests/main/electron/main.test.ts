import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { Result } from '../../../src-main/contract/result';
import { ADMIN, MIGRATIONS_DIR, openTempOffice } from '../helpers/temp-office';

vi.mock('electron', () => import('./fake-electron'));

type Fake = typeof import('./fake-electron');
const SETUP = { officeName: 'Fachdienst Soziales Musterstadt', adminUsername: ADMIN.username, adminDisplayName: ADMIN.displayName, adminPassword: ADMIN.password };

let tmp: string;
let fake: Fake;
const savedArgv = process.argv;
const savedResources = process.resourcesPath;

/** Runs main.ts like Electron does on launch, with `args` after the script path. */
async function launch(args: string[], prepare: (fake: Fake) => void = () => {}): Promise<void> {
  vi.resetModules();
  fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  prepare(fake);
  process.argv = ['/opt/electron', 'out/main/index.js', ...args];
  await import('../../../src-main/electron/main');
  await vi.waitFor(() => expect(fake.BrowserWindow.instances.length + fake.app.quitCalls).toBeGreaterThan(0));
}

const callFromPage = <T = unknown>(channel: string, payload: unknown = {}) =>
  fake.ipcMain.invokeFrom(fake.BrowserWindow.instances[0]!.webContents, 'app://kim/index.html', 'kim:invoke', channel, payload) as Promise<Result<T>>;

const menu = () => (fake.Menu.current?.template ?? []) as MenuItemConstructorOptions[];
const menuRoles = () => menu().flatMap((m) => (m.submenu as MenuItemConstructorOptions[]).map((i) => i.role));

/** Electron sets process.resourcesPath (read-only in its types); tests point it at a folder. */
const setResourcesPath = (value: string | undefined) => Object.defineProperty(process, 'resourcesPath', { value, configurable: true, writable: true });

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kim-main-'));
});
afterEach(() => {
  fake.BrowserWindow.instances.forEach((w) => w.isDestroyed() || w.close());
  fake.app.emit('will-quit');
  process.argv = savedArgv;
  setResourcesPath(savedResources);
  rmSync(tmp, { recursive: true, force: true });
});

describe('main entry', () => {
  it('wires scheme, IPC, protocol, permissions, menu and the window for the given data dir', async () => {
    const dataDir = join(tmp, 'office');
    await launch(['--data-dir', dataDir]);
    expect(fake.protocol.registrations).toHaveLength(1);
    expect(fake.protocol.registrations[0]!.beforeReady).toBe(true);
    expect(fake.app.getPath('userData')).toBe(dataDir);
    expect(fake.app.lockRequests).toBe(1);
    expect([...fake.ipcMain.handlers.keys()]).toEqual(['kim:invoke']);
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
    expect(fake.session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(fake.session.defaultSession.listenerCount('will-download')).toBe(1);
    expect(menu().map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);

    const [win] = fake.BrowserWindow.instances;
    expect(win!.loadedUrls).toEqual(['app://kim/index.html']);
    expect(win!.options.webPreferences?.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(await callFromPage('app.status')).toMatchObject({ ok: true, value: { phase: 'setup' } });
  });

  it('falls back to KIM_DATA_DIR and then to Electron userData', async () => {
    const fromEnv = join(tmp, 'env');
    vi.stubEnv('KIM_DATA_DIR', fromEnv);
    await launch([]);
    expect(fake.app.getPath('userData')).toBe(fromEnv);
    vi.unstubAllEnvs();

    const userData = join(tmp, 'userData');
    vi.stubEnv('KIM_DATA_DIR', '');
    await launch([], (f) => f.app.setPath('userData', userData));
    expect(fake.app.getPath('userData')).toBe(userData);
    vi.unstubAllEnvs();
  });

  it('a second launch focuses the first window; a launch without the lock quits at once', async () => {
    await launch(['--data-dir', join(tmp, 'office')]);
    const [win] = fake.BrowserWindow.instances;
    win!.minimize();
    fake.app.emit('second-instance');
    expect(win!.isMinimized()).toBe(false);
    expect(win!.focused).toBe(true);

    await launch(['--data-dir', join(tmp, 'office')], (f) => {
      f.app.lockGranted = false;
    });
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('packaged, takes the migrations from resources/drizzle', async () => {
    const resources = join(tmp, 'resources');
    cpSync(MIGRATIONS_DIR, join(resources, 'drizzle'), { recursive: true });
    setResourcesPath(resources);
    await launch(['--data-dir', join(tmp, 'office')], (f) => {
      f.app.isPackaged = true;
    });
    expect(await callFromPage('auth.setup', SETUP)).toMatchObject({ ok: true });
    expect(menuRoles()).not.toContain('toggleDevTools');
    expect(menuRoles()).toContain('quit');
  });

  it('packaged without resources/drizzle, setup fails instead of creating an unmigrated database', async () => {
    setResourcesPath(join(tmp, 'empty-resources'));
    await launch(['--data-dir', join(tmp, 'office')], (f) => {
      f.app.isPackaged = true;
    });
    expect((await callFromPage('auth.setup', SETUP)).ok).toBe(false);
  });

  it('closing the window logs the user out (audited) and quits the app', async () => {
    const dataDir = join(tmp, 'office');
    await launch(['--data-dir', dataDir]);
    await callFromPage('auth.setup', SETUP);
    expect(await callFromPage('auth.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: true });
    expect(await callFromPage('app.status')).toMatchObject({ ok: true, value: { phase: 'open' } });
    fake.BrowserWindow.instances[0]!.close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls).toBe(1);

    const after = openTempOffice(dataDir);
    try {
      await after.must('auth.login', { username: ADMIN.username, password: ADMIN.password });
      const actions = after.core.office.database().raw.prepare('SELECT action FROM audit_events ORDER BY id').pluck().all();
      expect(actions).toEqual(['office.setup', 'auth.login', 'auth.logout', 'auth.login']);
    } finally {
      after.core.office.seal();
    }
  });
});
