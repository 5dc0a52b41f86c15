import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-main/contract/result';
import { clientIdOf, registerIpc } from '../../../src-main/electron/ipc';
import { ADMIN, openTempOffice, type TempOffice } from '../helpers/temp-office';
import { FakeWebContents, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const PAGE = 'app://kim/index.html';
const SETUP = { officeName: 'Fachdienst Soziales Musterstadt', adminUsername: ADMIN.username, adminDisplayName: ADMIN.displayName, adminPassword: ADMIN.password };
const LOGIN = { username: ADMIN.username, password: ADMIN.password };

let office: TempOffice;
beforeEach(() => {
  resetFakeElectron();
  office = openTempOffice();
  registerIpc(office.core, office.registry);
});
afterEach(() => office.cleanup());

const invoke = (sender: FakeWebContents, frameUrl: string | null, channel: unknown, payload: unknown = {}) =>
  ipcMain.invokeFrom(sender, frameUrl, 'kim:invoke', channel, payload) as Promise<Result<unknown>>;
const codeOf = (r: Result<unknown>) => (r.ok ? null : r.error.code);

describe('IPC handler', () => {
  it('forwards to the real registry and returns its Result', async () => {
    const win = new FakeWebContents();
    expect(await invoke(win, PAGE, 'app.status')).toMatchObject({ ok: true, value: { phase: 'setup', session: null } });
    expect(await invoke(win, PAGE, 'no.such.channel')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await invoke(win, PAGE, 42)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await invoke(win, PAGE, 'auth.setup', SETUP)).toMatchObject({ ok: true, value: { recoveryCode: expect.any(String) } });
    expect(await invoke(win, PAGE, 'auth.login', LOGIN)).toMatchObject({ ok: true, value: { username: ADMIN.username } });
    expect(office.core.sessions.get(clientIdOf(win))?.username).toBe(ADMIN.username);
  });

  it('rejects calls from frames of another origin without running them', async () => {
    const win = new FakeWebContents();
    for (const url of ['https://example.invalid/', 'file:///tmp/index.html', 'app://evil/index.html', 'app://kim.evil/index.html', 'about:blank', null]) {
      const r = await invoke(win, url, 'auth.setup', SETUP);
      expect(r, String(url)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(office.core.office.phase).toBe('setup');
  });

  it('keeps one session per window and logs a closed window out, sealing when the last one goes', async () => {
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    await invoke(first, PAGE, 'auth.setup', SETUP);
    await invoke(first, PAGE, 'auth.login', LOGIN);
    expect(codeOf(await invoke(second, PAGE, 'users.list'))).toBe('UNAUTHENTICATED');
    await invoke(second, PAGE, 'auth.login', LOGIN);
    expect((await invoke(second, PAGE, 'users.list')).ok).toBe(true);

    first.destroy();
    expect(office.core.sessions.get(clientIdOf(first))).toBeUndefined();
    expect(office.core.office.phase).toBe('open');

    second.destroy();
    expect(office.core.sessions.size).toBe(0);
    expect(office.core.office.phase).toBe('sealed');

    const again = office.restart();
    office = again;
    await again.must('auth.login', LOGIN);
    const logouts = again.core.office.database().raw.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'auth.logout'").get() as { n: number };
    expect(logouts.n).toBe(2);
  });
});
