import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../src-main/contract/channels/app';
import type { BackupSummary } from '../../../src-main/contract/channels/backup';
import type { SetupRestored } from '../../../src-main/contract/channels/setup-restore';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { hashTree, listFiles } from '../helpers/file-hashes';
import { keyFromPassword, openRaw } from '../helpers/raw-db';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addMarkers, expectFailure, expectMarkersVisible, loginAdmin, PASS_SECRET, removeFolder, tempFolder, type Markers } from './backup-helpers';
import { damageDatabase, damagedFolders, officeFileHashes } from './damaged-office';

// Restore from the failure screen: a real office whose database or key file was damaged after its
// backup is in phase `failed`; the public setup channels restore the backup, the office is then
// sealed, the old passwords open it, and the damaged files are kept byte for byte in
// `beschaedigt-<time>/`. A newer database (needs the newer app) and usable offices are refused.

const WRONG_SECRET = { source: 'passphrase', passphrase: 'Falsches-Sicherungs-Passwort' } as const;
const AFTER_BACKUP = 'Nach der Sicherung umbenannt (synthetisch)';
const RESTORE = (path: string) => ({ path, secret: PASS_SECRET, confirm: true });

let base: TempOffice;
let work: string;
let backupFile: string;
let markers: Markers;
let copies = 0;

beforeAll(async () => {
  base = await setupAndLogin();
  markers = await addMarkers(base);
  work = tempFolder('failed-restore');
  backupFile = join(work, 'amt.kimbackup');
  await base.must<BackupSummary>('backup.create', { path: backupFile, secret: PASS_SECRET });
  // Work done after the backup: lost for the app by the restore, but still in the kept files.
  await base.must('settings.update', { officeName: AFTER_BACKUP });
  base.core.office.seal();
});
afterAll(() => {
  base.cleanup();
  removeFolder(work);
});

/** A copy of the office (closed app), damaged by `damage`, started again. */
function damagedCopy(damage: (dataDir: string) => void, now?: () => number): TempOffice {
  const dataDir = join(work, `office-${++copies}`);
  cpSync(base.dataDir, dataDir, { recursive: true });
  damage(dataDir);
  return openTempOffice(dataDir, now);
}

const status = (o: TempOffice) => o.must<AppStatus>('app.status');

/** Phase failed with `code`, found at the start or by the first login. */
async function expectFailed(o: TempOffice, code: string): Promise<void> {
  if (o.core.office.phase === 'sealed') expectFailure(await o.call('auth.login', { username: ADMIN.username, password: ADMIN.password }), code);
  expect(await status(o)).toMatchObject({ phase: 'failed', failure: { code }, session: null });
}

/** Restores through the registry and checks what a restore from the failure screen must leave. */
async function restoreAndCheck(o: TempOffice, failure: string): Promise<void> {
  const damaged = officeFileHashes(o.dataDir);
  const summary = await o.must<BackupSummary>('setup.verifyBackup', { path: backupFile, secret: PASS_SECRET }, 'anonymous');
  expect(summary).toMatchObject({ compatibility: 'same', recordCounts: { users: 2 } });
  expect(officeFileHashes(o.dataDir)).toEqual(damaged); // checking changes nothing

  const { restored, damagedKeptIn } = await o.must<SetupRestored>('setup.restoreBackup', RESTORE(backupFile), 'anonymous');
  expect(restored).toEqual(summary);
  expect(damagedKeptIn).toMatch(/^beschaedigt-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$/);
  expect(await status(o)).toMatchObject({ phase: 'sealed', failure: null });

  // Every damaged file is kept, byte for byte, beside a note; nothing goes to the rollback folder.
  const aside = join(o.dataDir, damagedKeptIn!);
  expect(officeFileHashes(aside)).toEqual(damaged);
  expect(listFiles(aside).sort()).toEqual([...Object.keys(damaged), 'LIESMICH.txt'].sort());
  expect(readFileSync(join(aside, 'LIESMICH.txt'), 'utf8')).toContain(`Fehler: ${failure}`);
  expect(existsSync(join(o.dataDir, 'rollback'))).toBe(false);
  expect(damagedFolders(o.dataDir)).toEqual([damagedKeptIn]);

  // The old passwords open the backup's data; what came after the backup is not in the app.
  await loginAdmin(o);
  await expectMarkersVisible(o, markers);
  expect(await o.must('audit.verify')).toMatchObject({ ok: true });
  const restoredEvents = o.core.office.database().raw.prepare("SELECT user_id FROM audit_events WHERE action = 'backup.restored'").all();
  expect(restoredEvents).toEqual([{ user_id: null }]);
  // Open now: the channels are refused again, and the successful open kept the damaged files.
  expectFailure(await o.call('setup.restoreBackup', RESTORE(backupFile), 'anonymous'), 'ALREADY_SETUP', 'OFFICE_EXISTS');
  expect(officeFileHashes(aside)).toEqual(damaged);
  const again = o.restart();
  expect(await status(again)).toMatchObject({ phase: 'sealed' });
  expect(damagedFolders(again.dataDir)).toEqual([damagedKeptIn]);
}

describe('restore from the failure screen', () => {
  for (const [label, offset] of [
    ['first page (the key does not open it)', 0],
    ['second page (SQLite finds it malformed)', 4096],
  ] as const) {
    it(`database damaged in its ${label}: failed, restored, sealed, damaged files kept`, async () => {
      const o = damagedCopy((dir) => damageDatabase(dir, offset));
      try {
        // The key file is fine, so the damage shows when the first login opens the database.
        expect(o.core.office.phase).toBe('sealed');
        await expectFailed(o, 'DB_UNREADABLE');
        await restoreAndCheck(o, 'DB_UNREADABLE');
      } finally {
        o.cleanup();
      }
    });
  }

  for (const [label, damage] of [
    ['damaged', (dir: string) => writeFileSync(dataFiles(dir).keyFile, '{"kaputt": true')],
    ['missing', (dir: string) => rmSync(dataFiles(dir).keyFile)],
  ] as const) {
    it(`key file ${label}: failed at the start, restored, both old files kept`, async () => {
      const o = damagedCopy(damage);
      try {
        expect(o.core.office.phase).toBe('failed');
        await expectFailed(o, 'KEYFILE_DAMAGED');
        await restoreAndCheck(o, 'KEYFILE_DAMAGED');
      } finally {
        o.cleanup();
      }
    });
  }

  it('a wrong key changes nothing and is throttled like at setup', async () => {
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const o = damagedCopy((dir) => damageDatabase(dir, 0), () => clock);
    try {
      await expectFailed(o, 'DB_UNREADABLE');
      const before = hashTree(o.dataDir, (f) => f.startsWith('logs'));
      expectFailure(await o.call('setup.restoreBackup', { ...RESTORE(backupFile), secret: WRONG_SECRET }), 'WRONG_PASSWORD');
      expectFailure(await o.call('setup.restoreBackup', RESTORE(backupFile)), 'RATE_LIMITED');
      expect(hashTree(o.dataDir, (f) => f.startsWith('logs'))).toEqual(before);
      expect(o.core.office.phase).toBe('failed');
      clock += 1000;
      await o.must('setup.restoreBackup', RESTORE(backupFile));
      expect(o.core.office.phase).toBe('sealed');
    } finally {
      o.cleanup();
    }
  });

  it('refuses a database from a newer app: the remedy is the newer app, and nothing changes', async () => {
    const o = damagedCopy(() => undefined);
    try {
      const raw = openRaw(dataFiles(o.dataDir).database, await keyFromPassword(o.dataDir, ADMIN.username, ADMIN.password));
      raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), 4_102_444_800_000);
      raw.close();
      await expectFailed(o, 'DB_NEWER');
      const before = hashTree(o.dataDir, (f) => f.startsWith('logs'));
      for (const [channel, input] of [
        ['setup.verifyBackup', { path: backupFile, secret: PASS_SECRET }],
        ['setup.restoreBackup', RESTORE(backupFile)],
        ['setup.pickBackupFile', {}],
      ] as const) {
        const err = expectFailure(await o.call(channel, input, 'anonymous'), 'CONFLICT', 'FAILURE_NOT_RESTORABLE');
        expect(err.message).toContain('Es wurde nichts verändert.');
      }
      expect(hashTree(o.dataDir, (f) => f.startsWith('logs'))).toEqual(before);
      expect(await status(o)).toMatchObject({ phase: 'failed', failure: { code: 'DB_NEWER' } });
    } finally {
      o.cleanup();
    }
  });

  it('refuses while the office opens normally, sealed or open', async () => {
    const o = damagedCopy(() => undefined);
    try {
      expectFailure(await o.call('setup.restoreBackup', RESTORE(backupFile), 'anonymous'), 'ALREADY_SETUP', 'OFFICE_EXISTS');
      await loginAdmin(o);
      expectFailure(await o.call('setup.restoreBackup', RESTORE(backupFile)), 'ALREADY_SETUP', 'OFFICE_EXISTS');
      expect((await o.must<{ officeName: string }>('settings.get')).officeName).toBe(AFTER_BACKUP);
      expect(damagedFolders(o.dataDir)).toEqual([]);
    } finally {
      o.cleanup();
    }
  });
});
