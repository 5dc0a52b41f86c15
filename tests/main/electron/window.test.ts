import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../src-main/core/log/logger';
import { createMainWindow, focusWindow } from '../../../src-main/electron/window';
import { loadWindowState, windowStateFile } from '../../../src-main/electron/window-state';
import { BrowserWindow, resetFakeElectron, screen } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let dataDir: string;
beforeEach(() => {
  resetFakeElectron();
  dataDir = mkdtempSync(join(tmpdir(), 'kim-window-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const open = () => createMainWindow({ dataDir, preload: '/app/out/preload/index.cjs', logger: silentLogger }) as unknown as BrowserWindow;

describe('main window', () => {
  it('is created with exactly the secure webPreferences and loads the app origin', () => {
    const win = open();
    expect(win.options.webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
    });
    expect(win.loadedUrls).toEqual(['app://kim/index.html']);
  });

  it('prevents navigation away from app://kim/ and keeps navigation inside it', () => {
    const contents = open().webContents;
    for (const url of ['https://example.invalid/', 'file:///etc/passwd', 'app://evil/index.html', 'app://kim.evil/', 'javascript:alert(1)', 'not a url']) {
      expect(contents.navigate(url), url).toBe(true);
    }
    expect(contents.navigate('app://kim/index.html')).toBe(false);
  });

  it('denies window.open and <webview>', () => {
    const contents = open().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.invalid/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kim/index.html' })).toEqual({ action: 'deny' });
    expect(contents.attachWebview()).toBe(true);
  });

  it('shows only when ready and comes to the front on focusWindow', () => {
    const win = open();
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
    win.minimize();
    focusWindow(win as never);
    expect(win.isMinimized()).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('remembers size, position and maximized state across launches', () => {
    const first = open();
    first.bounds = { x: 200, y: 150, width: 1000, height: 700 };
    first.maximize();
    first.close();
    expect(loadWindowState(dataDir)).toEqual({ bounds: { x: 200, y: 150, width: 1000, height: 700 }, maximized: true });

    const second = open();
    expect(second.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.isMaximized()).toBe(true);
  });

  it('ignores a saved position on a display that is no longer there', () => {
    screen.displays = [
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
      { id: 2, workArea: { x: 1920, y: 0, width: 1920, height: 1040 } },
    ];
    const first = open();
    first.bounds = { x: 2200, y: 100, width: 1000, height: 700 };
    first.close();

    screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
    const second = open();
    expect(second.options.x).toBeUndefined();
    expect(second.options).toMatchObject({ width: 1280, height: 800 });
  });

  it('falls back to the default for a damaged state file', () => {
    const first = open();
    first.close();
    expect(readFileSync(windowStateFile(dataDir), 'utf8')).toContain('"bounds"');
    rmSync(windowStateFile(dataDir));
    writeFileSync(windowStateFile(dataDir), '{"bounds":{"x":"oops"}');
    expect(open().options).toMatchObject({ width: 1280, height: 800 });
  });
});
