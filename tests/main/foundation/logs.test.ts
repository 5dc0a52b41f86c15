import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../src-main/core/log/logger';
import { listFiles } from '../helpers/file-hashes';
import { keyFromRecoveryCode } from '../helpers/raw-db';
import { openTempOffice, type TempOffice } from '../helpers/temp-office';

// Distinctive synthetic secrets and names: none may reach the log.
const S = {
  office: 'Protokollamt Marker Gh5',
  adminUser: 'log.verwalter',
  adminName: 'Logbuch Anzeigename Jn7',
  adminPassword: 'Log-Passwort-Richtig-1',
  staffUser: 'log.kollegin',
  staffPassword: 'Log-Passwort-Kollegin-2',
  wrongPassword: 'Log-Passwort-Falsch-3',
  unknownUser: 'log.unbekannt',
  newPassword: 'Log-Passwort-Neu-4',
};

let office: TempOffice | undefined;
let dir: string | undefined;
afterEach(() => {
  office?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
  office = dir = undefined;
});

const logLines = (dataDir: string) =>
  listFiles(join(dataDir, 'logs')).flatMap((f) => readFileSync(join(dataDir, 'logs', f), 'utf8').split('\n').filter(Boolean));

describe('log file', () => {
  it('records failed logins as events and holds no passwords, names, recovery code or key', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    const o = openTempOffice(undefined, () => now);
    office = o;
    const { recoveryCode } = await o.must<{ recoveryCode: string }>('auth.setup', { officeName: S.office, adminUsername: S.adminUser, adminDisplayName: S.adminName, adminPassword: S.adminPassword });
    await o.must('auth.login', { username: S.adminUser, password: S.adminPassword });
    await o.must('users.create', { username: S.staffUser, displayName: 'Kollegin (synthetisch)', role: 'teamleitung', password: S.staffPassword });
    await o.must('auth.logout');

    // Sealed: wrong password, twice; an unknown name; a wrong recovery code; then the right ones.
    for (const username of [S.adminUser, S.adminUser, S.unknownUser]) {
      now += 10 * 60_000;
      expect(await o.call('auth.login', { username, password: S.wrongPassword })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    }
    expect((await o.call('auth.recover', { recoveryCode: 'AAAA-BBBB-CCCC', username: S.staffUser, newPassword: S.newPassword })).ok).toBe(false);
    now += 10 * 60_000;
    await o.must('auth.recover', { recoveryCode, username: S.staffUser, newPassword: S.newPassword });
    // Open: a locked session that types the wrong password.
    await o.must('auth.login', { username: S.staffUser, password: S.newPassword });
    await o.must('auth.lock');
    expect((await o.call('auth.unlock', { password: S.wrongPassword })).ok).toBe(false);

    expect(existsSync(join(o.dataDir, 'logs', 'kim-fallakte.log'))).toBe(true);
    const events = logLines(o.dataDir).map((l) => JSON.parse(l) as { t: string; level: string; event: string });
    for (const e of events) expect(e).toMatchObject({ t: expect.any(String), level: expect.stringMatching(/^(info|warn|error)$/), event: expect.any(String) });
    expect(events.filter((e) => e.event === 'auth.failed')).toHaveLength(4);

    const key = await keyFromRecoveryCode(o.dataDir, recoveryCode);
    const forbidden = { ...S, recoveryCode, recoveryCodeCompact: recoveryCode.replace(/-/g, ''), keyHex: key.toString('hex') };
    const text = logLines(o.dataDir).join('\n').toLowerCase();
    for (const [name, value] of Object.entries(forbidden)) expect(text, name).not.toContain(value.toLowerCase());
  });

  it('rotates past 1 MiB to .1 and keeps at most five old files', () => {
    dir = mkdtempSync(join(tmpdir(), 'kim-log-'));
    const logger = createFileLogger(dir);
    const file = join(dir, 'logs', 'kim-fallakte.log');
    const filler = 'x'.repeat(10_000);
    let n = 0;
    while (!existsSync(file) || statSync(file).size <= 1024 * 1024) logger.log('info', 'test.fill', { n: n++, filler });
    expect(existsSync(`${file}.1`)).toBe(false);
    const full = readFileSync(file);

    logger.log('info', 'test.after', { n });
    expect(readFileSync(`${file}.1`).equals(full)).toBe(true);
    expect(readFileSync(file, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(['test.after']);

    for (let rotations = 0; rotations < 7; rotations++) {
      for (let i = 0; i < 110; i++) logger.log('info', 'test.fill', { n: n++, filler });
    }
    expect(listFiles(join(dir, 'logs'))).toEqual(['kim-fallakte.log', ...[1, 2, 3, 4, 5].map((i) => `kim-fallakte.log.${i}`)]);
  });
});
