import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { inTransaction } from '../../../src-main/core/db/open-encrypted';
import { listFiles } from '../helpers/file-hashes';
import { migrationsUpTo, openOfficeWith } from '../helpers/migrations-copy';
import { keyFromRecoveryCode, openRaw } from '../helpers/raw-db';
import { MIGRATIONS_DIR } from '../helpers/temp-office';

// Synthetic markers that must never appear in readable form in any file of the data directory.
const M = {
  office: 'Amtsmarker Qx7Zp1 Sozialamt',
  officeRenamed: 'Einstellungsmarker Jd8Nb2',
  adminUser: 'marker.admin.kq4',
  adminName: 'Anzeigemarker Kw3Rt9 Mustermann',
  adminPassword: 'Passwortmarker-Ls5Tg8',
  staffUser: 'marker.staff.wz6',
  staffName: 'Zweitmarker Hy4Lm6 Beispiel',
  staffPassword: 'Passwortmarker-Pb3Vd1',
  rawSetting: 'Rohmarker Vc2Xs5 Geburtsdatum',
};

/** Every marker found in any file, in UTF-8 or UTF-16LE (raw binary for byte markers). */
function findLeaks(dir: string, markers: Record<string, string | Buffer>): string[] {
  const leaks: string[] = [];
  for (const file of listFiles(dir)) {
    const bytes = readFileSync(join(dir, file));
    for (const [name, m] of Object.entries(markers)) {
      const needles = typeof m === 'string' ? [Buffer.from(m, 'utf8'), Buffer.from(m, 'utf16le')] : [m];
      if (needles.some((n) => bytes.includes(n))) leaks.push(`${name} in ${file}`);
    }
  }
  return leaks;
}

let dataDir: string;
let olderMigrations: string;
let app: ReturnType<typeof openOfficeWith>;
let markers: Record<string, string | Buffer>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kim-plain-'));
  olderMigrations = migrationsUpTo(1);

  // An office made by an older app, so the newer one below writes a pre-migration copy too.
  const old = openOfficeWith(dataDir, olderMigrations);
  const { recoveryCode } = await old.must<{ recoveryCode: string }>('auth.setup', {
    officeName: M.office,
    adminUsername: M.adminUser,
    adminDisplayName: M.adminName,
    adminPassword: M.adminPassword,
  });
  await old.must('auth.login', { username: M.adminUser, password: M.adminPassword });
  await old.must('users.create', { username: M.staffUser, displayName: M.staffName, role: 'fallmanagement', password: M.staffPassword });
  await old.must('auth.logout');

  app = openOfficeWith(dataDir, MIGRATIONS_DIR);
  await app.must('auth.login', { username: M.adminUser, password: M.adminPassword });
  await app.must('settings.update', { officeName: M.officeRenamed });
  const db = app.core.office.database();
  inTransaction(db, () => db.raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('marker', JSON.stringify(M.rawSetting)));
  // Wrong attempts put their traces (log, audit) in the files too.
  await app.call('auth.login', { username: M.staffUser, password: `${M.staffPassword}-falsch` }, 'other-client');

  const key = await keyFromRecoveryCode(dataDir, recoveryCode);
  markers = { ...M, recoveryCode, recoveryCodeCompact: recoveryCode.replace(/-/g, ''), keyHex: key.toString('hex'), keyBytes: key };
});

afterAll(() => {
  app?.core.office.seal();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(olderMigrations, { recursive: true, force: true });
});

describe('no plaintext on disk', () => {
  it('the scanner finds markers in both encodings (so a clean scan means something)', () => {
    const decoy = join(dataDir, 'logs', 'decoy.tmp');
    for (const encoding of ['utf8', 'utf16le'] as const) {
      writeFileSync(decoy, Buffer.from(`xx${M.staffName}yy`, encoding));
      expect(findLeaks(dataDir, markers)).toEqual([`staffName in ${join('logs', 'decoy.tmp')}`]);
    }
    rmSync(decoy);
  });

  it('the markers really are stored', async () => {
    expect((await app.must<{ officeName: string }>('settings.get')).officeName).toBe(M.officeRenamed);
    const names = (await app.must<{ displayName: string }[]>('users.list')).map((u) => u.displayName);
    expect(names.sort()).toEqual([M.adminName, M.staffName].sort());
    expect(app.core.office.database().raw.prepare(`SELECT value FROM settings WHERE key = 'marker'`).pluck().get()).toBe(JSON.stringify(M.rawSetting));
  });

  it('no file holds a marker while the database is open (WAL and SHM present)', () => {
    const { database, keyFile } = dataFiles(dataDir);
    expect(statSync(`${database}-wal`).size).toBeGreaterThan(0);
    expect(existsSync(`${database}-shm`)).toBe(true);
    const files = listFiles(dataDir);
    expect(files.some((f) => f.startsWith('pre-migration'))).toBe(true);
    expect(files.some((f) => f.startsWith('logs'))).toBe(true);
    expect(findLeaks(dataDir, markers)).toEqual([]);
    // The key file finds user slots by salted hash: no user name, in any case.
    const keys = readFileSync(keyFile, 'utf8').toLowerCase();
    for (const name of [M.adminUser, M.staffUser]) expect(keys).not.toContain(name.toLowerCase());
  });

  it('no file holds a marker after the database is closed', async () => {
    await app.must('auth.logout');
    expect(app.core.office.phase).toBe('sealed');
    expect(findLeaks(dataDir, markers)).toEqual([]);
    const raw = openRaw(dataFiles(dataDir).database, markers.keyBytes as Buffer);
    expect(raw.prepare(`SELECT value FROM settings WHERE key = 'marker'`).pluck().get()).toBe(JSON.stringify(M.rawSetting));
    raw.close();
  });
});
