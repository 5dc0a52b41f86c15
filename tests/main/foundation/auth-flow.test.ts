import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';

let office: TempOffice | undefined;
afterEach(() => office?.cleanup());

describe('setup, login, lock, logout', () => {
  it('runs the first-run flow and survives a restart', async () => {
    office = openTempOffice();
    expect((await office.must<{ phase: string }>('app.status')).phase).toBe('setup');
    const o = await setupAndLogin(office);
    expect(o.recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const status = await o.must<{ phase: string; officeName: string; session: { role: string } }>('app.status');
    expect(status).toMatchObject({ phase: 'open', officeName: 'Fachdienst Soziales Musterstadt', session: { role: 'administration' } });

    await o.must('auth.logout');
    expect((await o.must<{ phase: string }>('app.status')).phase).toBe('sealed');

    const again = o.restart();
    office = again;
    const s = await again.must<{ username: string }>('auth.login', { username: 'ADMIN', password: ADMIN.password });
    expect(s.username).toBe('admin');
  });

  it('rejects a wrong password with a typed error and slows down repeated failures', async () => {
    office = await setupAndLogin();
    await office.must('auth.logout');
    const bad = await office.call('auth.login', { username: ADMIN.username, password: 'falsch-falsch' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    const next = await office.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(next).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('locks on demand and after the idle time, and unlocks only with the right password', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    office = await setupAndLogin(openTempOffice(undefined, () => now));
    await office.must('auth.lock');
    expect(await office.call('users.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await office.call('auth.unlock', { password: 'falsch-falsch' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    now += 2000;
    await office.must('auth.unlock', { password: ADMIN.password });
    expect((await office.call('users.list')).ok).toBe(true);

    now += 11 * 60_000;
    expect(await office.call('users.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
