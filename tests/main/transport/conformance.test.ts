import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it, vi } from 'vitest';
import type { Result } from '../../../src-main/contract/result';
import { registerIpc } from '../../../src-main/electron/ipc';
import { startBrowserServer } from '../../../src-main/transport/http/browser-server';
import { openTempOffice, type TempOffice } from '../helpers/temp-office';
import { ManualClock, runConformanceScenarios, type ConformanceTarget } from './conformance-scenarios';

vi.mock('electron', () => import('../electron/fake-electron'));

type Fake = typeof import('../electron/fake-electron');

let office: TempOffice | undefined;
afterEach(() => office?.cleanup());

/** A fresh Electron (fake), office and IPC wiring; returns the fake for the adapter to call through. */
async function electronWithOffice(clock: ManualClock): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  office = openTempOffice(undefined, clock.now);
  registerIpc(office.core, office.registry);
  return fake;
}

describe('transport conformance', () => {
  it('registry called directly (reference)', async () => {
    const clock = new ManualClock();
    office = openTempOffice(undefined, clock.now);
    const o = office;
    await runConformanceScenarios({ clock, invoke: (channel, payload) => o.registry.invoke(channel, payload, 'reference') });
  });

  it('Electron main: the kim:invoke handler as ipcMain calls it', async () => {
    const clock = new ManualClock();
    const fake = await electronWithOffice(clock);
    const sender = new fake.FakeWebContents();
    const target: ConformanceTarget = {
      clock,
      invoke: (channel, payload) =>
        fake.ipcMain.invokeFrom(sender, 'app://kim/index.html', 'kim:invoke', channel, payload) as Promise<Result<unknown>>,
    };
    await runConformanceScenarios(target);
  });

  it('Electron renderer: window.kim.invoke from the preload, through ipcRenderer to ipcMain', async () => {
    const clock = new ManualClock();
    const fake = await electronWithOffice(clock);
    await import('../../../src-main/electron/preload');
    const kim = fake.mainWorld.kim as { invoke: (channel: string, payload: unknown) => Promise<Result<unknown>> };
    await runConformanceScenarios({ clock, invoke: (channel, payload) => kim.invoke(channel, payload) });
  });

  it('browser mode: POST /api/invoke with the launch token', async () => {
    const clock = new ManualClock();
    office = openTempOffice(undefined, clock.now);
    const rendererDir = mkdtempSync(join(tmpdir(), 'kim-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KIM</title>');
    const server = await startBrowserServer({ registry: office.registry, rendererDir });
    try {
      const url = new URL(server.url);
      const token = url.searchParams.get('token')!;
      await runConformanceScenarios({
        clock,
        invoke: async (channel, payload) => {
          const res = await fetch(new URL('/api/invoke', url), {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ channel, payload }),
          });
          return (await res.json()) as Result<unknown>;
        },
      });
    } finally {
      await server.close();
      rmSync(rendererDir, { recursive: true, force: true });
    }
  });
});
