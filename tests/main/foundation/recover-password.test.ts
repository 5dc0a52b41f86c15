import { afterEach, describe, expect, it } from 'vitest';
import type { UserView } from '../../../src-main/contract/channels/users';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromRecoveryCode, openRaw } from '../helpers/raw-db';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';

// `auth.recover` as the "Passwort vergessen" screen uses it: nobody logged in, office sealed.
const NEW_PASSWORD = 'Neues-Passwort-77';
const STAFF = { username: 'fm.beispiel', displayName: 'Fallmanagerin Beispiel (synthetisch)', password: 'Staff-Passwort-1' };

let office: TempOffice | undefined;
afterEach(() => office?.cleanup());

/** A set-up office with one extra case manager, everybody logged out, on a clock the test moves. */
async function sealedOffice() {
  const clock = { now: Date.parse('2026-11-25T09:00:00Z') };
  const o = await setupAndLogin(openTempOffice(undefined, () => clock.now));
  office = o;
  await o.must<UserView>('users.create', { ...STAFF, role: 'fallmanagement' });
  await o.must('auth.logout');
  expect(o.core.office.phase).toBe('sealed');
  return Object.assign(o, { clock });
}

const login = (o: TempOffice, username: string, password: string) => o.call('auth.login', { username, password }, `login-${username}`);

describe('auth.recover (forgotten password)', () => {
  it('sets the new password from the code as typed off paper, the old one stops working, and it is audited', async () => {
    const o = await sealedOffice();
    // Lower case and spaces instead of dashes: the service normalises what a person types.
    const typed = o.recoveryCode.toLowerCase().replace(/-/g, ' ');
    await o.must('auth.recover', { recoveryCode: typed, username: ADMIN.username.toUpperCase(), newPassword: NEW_PASSWORD });
    expect(o.core.office.phase).toBe('sealed'); // Opened only for the moment: no session exists.

    expect(await login(o, ADMIN.username, ADMIN.password)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    o.clock.now += 2_000;
    expect(await login(o, ADMIN.username, NEW_PASSWORD)).toMatchObject({ ok: true, value: { username: ADMIN.username } });
    expect(await login(o, STAFF.username, STAFF.password)).toMatchObject({ ok: true }); // Other users untouched.

    const raw = openRaw(dataFiles(o.dataDir).database, await keyFromRecoveryCode(o.dataDir, o.recoveryCode));
    try {
      const events = raw.prepare("SELECT user_id, entity FROM audit_events WHERE action = 'user.password_set'").all();
      expect(events).toEqual([{ user_id: null, entity: 'user' }]);
    } finally {
      raw.close();
    }
  });

  it('answers a wrong code the same for known and unknown names, and changes nothing', async () => {
    const o = await sealedOffice();
    const wrong = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH';
    const known = await o.call('auth.recover', { recoveryCode: wrong, username: ADMIN.username, newPassword: NEW_PASSWORD });
    o.clock.now += 60_000;
    const unknown = await o.call('auth.recover', { recoveryCode: wrong, username: 'gibt.es.nicht', newPassword: NEW_PASSWORD });
    expect(known).toEqual({ ok: false, error: { code: 'WRONG_PASSWORD', message: 'Der Wiederherstellungscode ist falsch.' } });
    expect(unknown).toEqual(known);
    expect(await login(o, ADMIN.username, ADMIN.password)).toMatchObject({ ok: true });
  });

  it('tells a holder of the right code that a name does not exist, and changes nothing', async () => {
    const o = await sealedOffice();
    const r = await o.call('auth.recover', { recoveryCode: o.recoveryCode, username: 'gibt.es.nicht', newPassword: NEW_PASSWORD });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(o.core.office.phase).toBe('sealed');
    expect(await login(o, ADMIN.username, ADMIN.password)).toMatchObject({ ok: true });
  });

  it('makes the next attempt wait after a wrong code and says how long, in seconds and in details', async () => {
    const o = await sealedOffice();
    const attempt = () => o.call('auth.recover', { recoveryCode: o.recoveryCode, username: STAFF.username, newPassword: NEW_PASSWORD });
    await o.call('auth.recover', { recoveryCode: 'falsch', username: STAFF.username, newPassword: NEW_PASSWORD });
    o.clock.now += 1_000;
    await o.call('auth.recover', { recoveryCode: 'falsch', username: STAFF.username, newPassword: NEW_PASSWORD });
    o.clock.now += 500; // The second failure asks for 2 s; 1.5 s remain.

    const throttled = await attempt();
    expect(throttled).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Zu viele Fehlversuche. Bitte warten Sie 2 Sekunden.', details: { retryAfterMs: 1_500 } },
    });
    o.clock.now += 1_500;
    expect(await attempt()).toMatchObject({ ok: true });
    // A right code clears the wait: the next wrong one starts again at 1 s.
    await o.call('auth.recover', { recoveryCode: 'falsch', username: STAFF.username, newPassword: NEW_PASSWORD });
    expect(await attempt()).toMatchObject({ ok: false, error: { details: { retryAfterMs: 1_000 } } });
  });

  it('refuses a password below the minimum length before looking at the code', async () => {
    const o = await sealedOffice();
    const r = await o.call('auth.recover', { recoveryCode: o.recoveryCode, username: ADMIN.username, newPassword: 'kurz-1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'newPassword', code: 'too_small' }] } } });
    expect(await login(o, ADMIN.username, ADMIN.password)).toMatchObject({ ok: true });
  });

  it('lifts the login wait the forgotten password left behind', async () => {
    const o = await sealedOffice();
    for (let i = 0; i < 4; i++) {
      if (i > 0) o.clock.now += 2 ** (i - 1) * 1_000; // Each failure doubles the wait: 1 s, 2 s, 4 s …
      expect(await login(o, ADMIN.username, `falsch-${i}-falsch`)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    }
    expect(await login(o, ADMIN.username, ADMIN.password)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    await o.must('auth.recover', { recoveryCode: o.recoveryCode, username: ADMIN.username, newPassword: NEW_PASSWORD });
    expect(await login(o, ADMIN.username, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it('works while someone else is logged in, and leaves that session open', async () => {
    const o = await sealedOffice();
    await o.must('auth.login', { username: STAFF.username, password: STAFF.password }, 'staff-client');
    await o.must('auth.recover', { recoveryCode: o.recoveryCode, username: ADMIN.username, newPassword: NEW_PASSWORD }, 'recover-client');
    expect(o.core.office.phase).toBe('open');
    expect(await o.call('cases.list', {}, 'staff-client')).toMatchObject({ ok: true });
    expect(await login(o, ADMIN.username, NEW_PASSWORD)).toMatchObject({ ok: true });
  });
});
