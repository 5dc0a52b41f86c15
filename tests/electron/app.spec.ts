import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

// The desktop app as users get it (built, unpackaged): window security and the first screen.

/** The Electron executable, or null when its runtime was never downloaded (the npm package alone is not enough). */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
test.skip(!binary, 'Electron runtime binary missing (node_modules/electron/dist); run "npx install-electron" to enable these tests');

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kim-electron-'));
  // Chromium refuses its OS sandbox as root (CI containers); the renderer's JS sandbox is unaffected.
  const chromiumArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await electron.launch({
    executablePath: binary!,
    args: [...chromiumArgs, resolve('out/main/index.js'), '--data-dir', dataDir],
    env: { ...process.env, KIM_DATA_DIR: '' },
  });
  page = await app.firstWindow();
});

test.afterEach(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('opens the setup screen from app://kim/', async () => {
  await expect(page.getByRole('heading', { level: 1, name: 'Einrichtung' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/kim\//);
});

test('the page sees only window.kim with invoke and platform, and no Node', async () => {
  const bridge = await page.evaluate(() => ({
    keys: Object.keys(window.kim ?? {}).sort(),
    invoke: typeof window.kim?.invoke,
    platform: window.kim?.platform,
    globals: ['require', 'process', 'module', 'Buffer', 'ipcRenderer'].map((name) => [name, typeof (globalThis as Record<string, unknown>)[name]]),
  }));
  expect(bridge.keys).toEqual(['invoke', 'platform']);
  expect(bridge.invoke).toBe('function');
  expect(bridge.platform).toBe('electron');
  expect(bridge.globals).toEqual([
    ['require', 'undefined'],
    ['process', 'undefined'],
    ['module', 'undefined'],
    ['Buffer', 'undefined'],
    ['ipcRenderer', 'undefined'],
  ]);
  expect(await page.evaluate(() => window.kim!.invoke('app.status', {}))).toMatchObject({ ok: true, value: { phase: 'setup' } });
});

test('pop-ups and navigation away are refused', async () => {
  expect(await page.evaluate(() => window.open('https://example.invalid/') === null)).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.invalid/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/kim\//);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
