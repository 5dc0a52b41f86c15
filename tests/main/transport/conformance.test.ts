import { afterEach, describe, it, vi } from 'vitest';
import type { Result } from '../../../src-main/contract/result';
import { registerIpc } from '../../../src-main/electron/ipc';
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
});
