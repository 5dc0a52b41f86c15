import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

/** Loads the preload fresh, as each page load does, against a reset fake. */
async function loadPreload() {
  vi.resetModules();
  // The instance the mocked 'electron' resolves to (a fresh import of the fake would be a different one).
  const fake = (await import('electron')) as unknown as typeof import('./fake-electron');
  fake.resetFakeElectron();
  await import('../../../src-main/electron/preload');
  return fake;
}

/** Every distinct value reachable from `root` (the root included), functions too. */
function reachable(root: unknown, seen = new Set<unknown>()): Set<unknown> {
  seen.add(root);
  if ((typeof root === 'object' || typeof root === 'function') && root !== null) {
    for (const v of Object.values(root)) if (!seen.has(v)) reachable(v, seen);
  }
  return seen;
}

describe('preload', () => {
  it('exposes exactly window.kim with invoke and platform, nothing of ipcRenderer', async () => {
    const fake = await loadPreload();
    expect(Object.keys(fake.mainWorld)).toEqual(['kim']);
    const kim = fake.mainWorld.kim as Record<string, unknown>;
    expect(Object.keys(kim).sort()).toEqual(['invoke', 'platform']);
    expect(typeof kim.invoke).toBe('function');
    expect(kim.platform).toBe('electron');
    const values = [...reachable(fake.mainWorld)];
    expect(values).not.toContain(fake.ipcRenderer);
    expect(values).not.toContain(fake.ipcRenderer.invoke);
    expect(values.filter((v) => typeof v === 'function')).toEqual([kim.invoke]);
  });

  it('sends every call over the one kim:invoke channel as (channel, payload)', async () => {
    const fake = await loadPreload();
    const seen: unknown[][] = [];
    fake.ipcMain.handle('kim:invoke', (_event: unknown, ...args: unknown[]) => {
      seen.push(args);
      return { ok: true, value: 'pong' };
    });
    const kim = fake.mainWorld.kim as { invoke(channel: string, payload: unknown): Promise<unknown> };
    await expect(kim.invoke('app.status', { a: 1 })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(seen).toEqual([['app.status', { a: 1 }]]);
    expect([...fake.ipcMain.handlers.keys()]).toEqual(['kim:invoke']);
  });
});
