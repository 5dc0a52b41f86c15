import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src-main/contract/channels/backup';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromPassword, openRaw } from '../helpers/raw-db';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addMarkers, BACKUP_PASSPHRASE, loginAdmin, PASS_SECRET, removeFolder, tempFolder, type Markers } from './backup-helpers';
import { childKiller } from './kill-child';

// Processes killed with SIGKILL at random moments, many times: a restore, a backup, a writer.
// After each kill the next start must find a database that opens, passes integrity_check and holds
// every committed transaction; earlier backup files must still verify. Bounded in time.

const ITERATIONS = 20;
const BUDGET_MS = 60_000;
const ENV = { KIM_USER: ADMIN.username, KIM_PASSWORD: ADMIN.password, KIM_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE };

let base: TempOffice;
let work: string;
let earlier: string;
let backupMarkers: Markers;

beforeAll(async () => {
  base = await setupAndLogin();
  backupMarkers = await addMarkers(base);
  work = tempFolder('crash');
  earlier = join(work, 'frueher.kimbackup');
  await base.must('backup.create', { path: earlier, secret: PASS_SECRET });
  await base.must('settings.update', { officeName: 'Stand nach der Sicherung' });
  base.core.office.seal();
});
afterAll(() => {
  base.cleanup();
  removeFolder(work);
});

const killLater = childKiller(ENV);

const cliMain = join('src-main', 'cli', 'main.ts');

/** What a fresh start of the app finds: an office that opens, a whole database, and which content. */
async function nextStart(dataDir: string): Promise<{ office: TempOffice; officeName: string }> {
  const office = openTempOffice(dataDir);
  expect(office.core.office.failureInfo).toBeNull();
  expect(existsSync(join(dataDir, 'restore-journal.json'))).toBe(false);
  const raw = openRaw(dataFiles(dataDir).database, await keyFromPassword(dataDir, ADMIN.username, ADMIN.password));
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();
  await loginAdmin(office);
  const { officeName } = await office.must<{ officeName: string }>('settings.get');
  return { office, officeName };
}

async function expectEarlierBackupIntact(office: TempOffice): Promise<void> {
  const s = await office.must<BackupSummary>('backup.verify', { path: earlier, secret: PASS_SECRET });
  expect(s.recordCounts.users).toBe(2);
}

describe('SIGKILL at random moments', () => {
  it('a restore: the next start has the old or the new database, whole', { timeout: 240_000 }, async () => {
    const started = Date.now();
    const seen = { old: 0, new: 0 };
    for (let i = 0; i < ITERATIONS && Date.now() - started < BUDGET_MS; i++) {
      const dataDir = join(work, `restore-${i}`);
      cpSync(base.dataDir, dataDir, { recursive: true });
      // Half of the kills land in the short swap window (right after the summary is printed), half anywhere.
      const nearSwap = i % 2 === 0;
      const delay = nearSwap ? Math.floor(Math.random() * 25) : Math.floor(Math.random() * 4000);
      const child = await killLater([cliMain, 'backup', 'restore', earlier, '--data-dir', dataDir, '--yes'], delay, nearSwap ? 'Die Sicherung ist in Ordnung' : undefined);
      const { office, officeName } = await nextStart(dataDir);
      if (officeName === backupMarkers.officeName) seen.new++;
      else {
        expect(officeName).toBe('Stand nach der Sicherung');
        seen.old++;
      }
      expect(readdirSync(dataDir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
      expect(existsSync(join(dataDir, 'rollback'))).toBe(false); // removed by the successful open
      if (i % 5 === 0) await expectEarlierBackupIntact(office);
      office.cleanup();
      if (child.exitedByItself) expect(officeName).toBe(backupMarkers.officeName);
    }
    expect(seen.old + seen.new).toBeGreaterThanOrEqual(5);
  });

  it('a backup: the database stays whole, no half file under the final name, earlier backups intact', { timeout: 240_000 }, async () => {
    const started = Date.now();
    const dataDir = join(work, 'backup-live');
    cpSync(base.dataDir, dataDir, { recursive: true });
    const target = join(work, 'backup-target');
    let complete = 0;
    let runs = 0;
    for (let i = 0; i < ITERATIONS && Date.now() - started < BUDGET_MS; i++, runs++) {
      const out = join(target, `lauf-${i}.kimbackup`);
      await killLater([cliMain, 'backup', 'create', '--data-dir', dataDir, '--out', out], Math.floor(Math.random() * 5000));
      const { office } = await nextStart(dataDir);
      expect(readdirSync(join(dataDir, '.backup-tmp')).filter((n) => n.startsWith('snapshot-'))).toEqual([]);
      if (existsSync(out)) {
        // Under the final name there is only ever a complete file.
        expect((await office.must<BackupSummary>('backup.verify', { path: out, secret: PASS_SECRET })).recordCounts.users).toBe(2);
        complete++;
      }
      if (i % 5 === 0) await expectEarlierBackupIntact(office);
      office.core.office.seal();
    }
    expect(runs).toBeGreaterThanOrEqual(5);
    expect(complete).toBeLessThan(runs); // some kills did land during the write
  });

  it('a writer: every transaction reported as committed is there after the kill', { timeout: 240_000 }, async () => {
    const started = Date.now();
    const dataDir = join(work, 'writer');
    cpSync(base.dataDir, dataDir, { recursive: true });
    let total = 0;
    for (let i = 0; i < ITERATIONS / 2 && Date.now() - started < BUDGET_MS; i++) {
      const child = await killLater([join('tests', 'main', 'backup', 'children', 'writer-child.ts'), dataDir], 300 + Math.floor(Math.random() * 1200), 'ready');
      expect(child.exitedByItself).toBe(false);
      const ids = [...child.stdout.matchAll(/committed (\S+)/g)].map((m) => m[1]!);
      total += ids.length;
      const { office } = await nextStart(dataDir);
      const users = await office.must<{ id: string }[]>('users.list');
      const present = new Set(users.map((u) => u.id));
      expect(ids.filter((id) => !present.has(id))).toEqual([]);
      expect(await office.must('audit.verify')).toMatchObject({ ok: true });
      office.core.office.seal();
    }
    expect(total).toBeGreaterThan(0);
  });
});
