import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../src-main/contract/channels/app';
import type { UserView } from '../../../src-main/contract/channels/users';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { readKeyFile, writeKeyFile, type KeyFileBody } from '../../../src-main/core/crypto/key-file';
import { unlockOnlyUserSlot } from '../../../src-main/core/crypto/key-slots';
import { DEFAULT_SCRYPT } from '../../../src-main/core/crypto/scrypt';
import { createAppCore } from '../../../src-main/core/ipc/app-core';
import { handlers } from '../../../src-main/core/ipc/handlers';
import { createRegistry } from '../../../src-main/core/ipc/registry';
import { silentLogger } from '../../../src-main/core/log/logger';
import { hashTree } from '../helpers/file-hashes';
import { keyFromRecoveryCode } from '../helpers/raw-db';
import { ADMIN, MIGRATIONS_DIR, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';

let office: TempOffice | undefined;
afterEach(() => office?.cleanup());

const DAMAGED = /^Die Schlüsseldatei ist beschädigt\./;
const keyFileOf = (o: TempOffice) => dataFiles(o.dataDir).keyFile;
const slotsById = (body: KeyFileBody) => new Map(body.slots.map((s) => [s.id, JSON.stringify(s)]));
// The log may only grow while an office refuses to start; everything else must stay byte-identical.
const dataHashes = (dir: string) => hashTree(dir, (f) => f.startsWith('logs'));

async function withFm(o: TempOffice): Promise<UserView> {
  return o.must<UserView>('users.create', { username: 'fm.nutzer', displayName: 'Fritz FM (synthetisch)', role: 'fallmanagement', password: 'Fallmanagement-1' });
}

describe('key slots: passwords', () => {
  it('refuses a wrong password with the German message', async () => {
    office = await setupAndLogin();
    await office.must('auth.logout');
    expect(await office.call('auth.login', { username: ADMIN.username, password: 'falsches-Passwort' })).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSWORD', message: 'Benutzername oder Passwort ist falsch.' },
    });
    expect(office.core.office.phase).toBe('sealed');
  });

  it('rewraps exactly one slot when a password changes; all others stay byte-identical', async () => {
    office = await setupAndLogin();
    const fm = await withFm(office);
    for (const change of [
      () => office!.must('auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'Neues-Admin-Passwort-2' }),
      () => office!.must('users.resetPassword', { id: fm.id, newPassword: 'Neues-FM-Passwort-3' }),
    ]) {
      const before = readKeyFile(keyFileOf(office));
      await change();
      const after = readKeyFile(keyFileOf(office));
      expect(after.labelSalt).toBe(before.labelSalt);
      expect(after.slots).toHaveLength(before.slots.length);
      const [b, a] = [slotsById(before), slotsById(after)];
      const kept = [...a].filter(([id, s]) => b.get(id) === s);
      expect(kept).toHaveLength(before.slots.length - 1);
    }
    await office.must('auth.logout');
    expect((await office.call('auth.login', { username: 'fm.nutzer', password: 'Neues-FM-Passwort-3' })).ok).toBe(true);
  });

  it('removing a user deletes their slot and they cannot log in any more, also after a restart', async () => {
    office = await setupAndLogin();
    const fm = await withFm(office);
    const before = readKeyFile(keyFileOf(office)).slots;
    await office.must('users.remove', { id: fm.id });
    const after = readKeyFile(keyFileOf(office)).slots;
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((s) => s.userId === fm.id)).toBe(false);
    expect(await office.call('auth.login', { username: 'fm.nutzer', password: 'Fallmanagement-1' }, 'fm-client')).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    office = office.restart();
    expect(await office.call('auth.login', { username: 'fm.nutzer', password: 'Fallmanagement-1' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
  });

  it('resets a forgotten password with the recovery code and refuses a wrong code', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    office = await setupAndLogin(openTempOffice(undefined, () => now));
    const code = (office as TempOffice & { recoveryCode: string }).recoveryCode;
    await office.must('auth.logout');

    const wrong = await office.call('auth.recover', { recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', username: ADMIN.username, newPassword: 'Vergessen-Neu-123' });
    expect(wrong).toEqual({ ok: false, error: { code: 'WRONG_PASSWORD', message: 'Der Wiederherstellungscode ist falsch.' } });
    now += 60_000;
    expect((await office.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);
    await office.must('auth.logout');

    // Typed from paper: lower case, spaces instead of dashes.
    await office.must('auth.recover', { recoveryCode: code.toLowerCase().replace(/-/g, ' '), username: ADMIN.username, newPassword: 'Vergessen-Neu-123' });
    expect(office.core.office.phase).toBe('sealed');
    expect(await office.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    now += 60_000;
    expect((await office.call('auth.login', { username: ADMIN.username, password: 'Vergessen-Neu-123' })).ok).toBe(true);
  });
});

describe('key slots: the only-slot unlock of the command line', () => {
  it('opens the single user slot, refuses a wrong password and declines when there are several', async () => {
    office = await setupAndLogin();
    const key = await keyFromRecoveryCode(office.dataDir, (office as TempOffice & { recoveryCode: string }).recoveryCode);
    const single = await unlockOnlyUserSlot(readKeyFile(keyFileOf(office)), ADMIN.password);
    expect(single?.dbKey.equals(key)).toBe(true);
    expect(single?.userId).toBe((await office.must<{ session: { userId: string } }>('app.status')).session.userId);
    await expect(unlockOnlyUserSlot(readKeyFile(keyFileOf(office)), 'falsches-Passwort')).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    await withFm(office);
    expect(await unlockOnlyUserSlot(readKeyFile(keyFileOf(office)), ADMIN.password)).toBeNull();
  });
});

describe('key slots: a damaged or missing key file', () => {
  async function expectDamaged(o: TempOffice, damage: (file: string) => void) {
    const file = keyFileOf(o);
    const original = readFileSync(file);
    damage(file);
    const restarted = o.restart();
    const status = await restarted.must<AppStatus>('app.status');
    expect(status.phase).toBe('failed');
    expect(status.failure).toMatchObject({ code: 'KEYFILE_DAMAGED', message: expect.stringMatching(DAMAGED) });
    expect(await restarted.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'KEYFILE_DAMAGED', message: expect.stringMatching(DAMAGED) },
    });
    writeFileSync(file, original);
    return restarted;
  }

  it('reports a flipped byte, a truncated file, invalid JSON and a checksum mismatch as KEYFILE_DAMAGED', async () => {
    office = await setupAndLogin();
    await office.must('auth.logout');
    const flip = (file: string) => {
      const b = readFileSync(file);
      const at = b.indexOf('"wrapped": "') + 20;
      b[at] = b[at]! ^ 0x02; // stays a hex digit or becomes a non-hex character: either way damaged
      writeFileSync(file, b);
    };
    const truncate = (file: string) => writeFileSync(file, readFileSync(file).subarray(0, 200));
    const notJson = (file: string) => writeFileSync(file, '{"body": {');
    const checksum = (file: string) => {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { body: KeyFileBody; checksum: string };
      doc.body.slots[0]!.kdf.salt = '00'.repeat(16);
      writeFileSync(file, JSON.stringify(doc));
    };
    for (const damage of [flip, truncate, notJson, checksum, (f: string) => writeFileSync(f, '')]) office = await expectDamaged(office, damage);
    // Restored file: after a restart the office works again.
    office = office.restart();
    expect((await office.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);
  });

  it('treats any single flipped bit anywhere in the file as damage', async () => {
    office = await setupAndLogin();
    const file = keyFileOf(office);
    const original = readFileSync(file);
    const scratch = join(office.dataDir, 'scratch.keys');
    fc.assert(
      fc.property(fc.nat({ max: original.length - 1 }), fc.nat({ max: 7 }), (pos, bit) => {
        const b = Buffer.from(original);
        b[pos] = b[pos]! ^ (1 << bit);
        writeFileSync(scratch, b);
        expect(() => readKeyFile(scratch)).toThrow(expect.objectContaining({ code: 'KEYFILE_DAMAGED' }));
      }),
      { numRuns: 300 },
    );
    rmSync(scratch);
  });

  it('a missing key file beside an existing database fails with an explanation and touches nothing', async () => {
    office = await setupAndLogin();
    await office.must('users.create', { username: 'fm.nutzer', displayName: 'Fritz FM (synthetisch)', role: 'fallmanagement', password: 'Fallmanagement-1' });
    await office.must('auth.logout');
    const keys = readFileSync(keyFileOf(office));
    rmSync(keyFileOf(office));
    const before = dataHashes(office.dataDir);
    const logBefore = readFileSync(join(office.dataDir, 'logs', 'kim-fallakte.log'));

    office = office.restart();
    const status = await office.must<AppStatus>('app.status');
    expect(status.phase).toBe('failed');
    expect(status.failure?.code).toBe('KEYFILE_DAMAGED');
    expect(status.failure?.message).toMatch(/^Die Schlüsseldatei fehlt\./);
    expect(status.failure?.technical).toMatch(/code=KEYFILE_DAMAGED; app=\d+\.\d+\.\d+; time=\S+; platform=\S+/);
    // Neither a login, nor a new setup, nor a recovery may create, replace or delete anything.
    expect(await office.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'KEYFILE_DAMAGED' } });
    expect(await office.call('auth.setup', { officeName: 'Neu', adminUsername: 'neu.admin', adminDisplayName: 'Neu', adminPassword: 'Neues-Passwort-1' })).toMatchObject({ ok: false, error: { code: 'ALREADY_SETUP' } });
    expect(await office.call('auth.recover', { recoveryCode: 'AAAA', username: ADMIN.username, newPassword: 'Neues-Passwort-1' })).toMatchObject({ ok: false, error: { code: 'KEYFILE_DAMAGED' } });
    expect(dataHashes(office.dataDir)).toEqual(before);
    expect(readFileSync(join(office.dataDir, 'logs', 'kim-fallakte.log')).subarray(0, logBefore.length).equals(logBefore)).toBe(true);

    writeFileSync(keyFileOf(office), keys);
    office = office.restart();
    expect((await office.call('auth.login', { username: 'fm.nutzer', password: 'Fallmanagement-1' })).ok).toBe(true);
  });
});

describe('key slots: key derivation cost', () => {
  it('refuses a slot that claims a scrypt cost below 2^14', async () => {
    office = await setupAndLogin();
    await office.must('auth.logout');
    const body = readKeyFile(keyFileOf(office));
    for (const slot of body.slots) slot.kdf.N = 2 ** 13;
    writeKeyFile(keyFileOf(office), body); // a valid checksum: only the parameter check can catch it
    office = office.restart();
    expect(await office.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).toEqual({
      ok: false,
      error: { code: 'KEYFILE_DAMAGED', message: 'Die Schlüsseldatei enthält unzulässige Parameter.' },
    });
  });

  it('uses N >= 2^17 by default, and a real setup and login with the default cost work', async () => {
    expect(DEFAULT_SCRYPT.N).toBeGreaterThanOrEqual(2 ** 17);
    const dir = mkdtempSync(join(tmpdir(), 'kim-test-'));
    const core = createAppCore({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger });
    const registry = createRegistry(core, handlers);
    try {
      const setup = await registry.invoke('auth.setup', { officeName: 'Amt', adminUsername: 'admin', adminDisplayName: 'A', adminPassword: ADMIN.password }, 'c');
      expect(setup.ok).toBe(true);
      expect(readKeyFile(dataFiles(dir).keyFile).slots.every((s) => s.kdf.N === DEFAULT_SCRYPT.N)).toBe(true);
      expect((await registry.invoke('auth.login', { username: 'admin', password: ADMIN.password }, 'c')).ok).toBe(true);
    } finally {
      core.office.seal();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
