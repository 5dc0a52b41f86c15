import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromPassword, openRaw } from '../helpers/raw-db';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addBulkRows, expectFailure, newMarker, PASS_SECRET, removeFolder, tempFolder } from './backup-helpers';

// A full disk or a vanished target folder during a backup: a clear error, no half file under the
// final name, nothing left over, and the live database untouched. Small disks are real tmpfs
// mounts (the tests run as root); where mounting is not allowed those cases are skipped and only
// the vanishing-folder case runs.

function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const probeDir = tempFolder('mount-probe');
const canMount = tryMount(probeDir, '1m');
if (canMount) execFileSync('umount', [probeDir]);
removeFolder(probeDir);

const mounts: string[] = [];
const folders: string[] = [];
let office: TempOffice | undefined;
afterEach(() => {
  office?.core.office.seal();
  office = undefined;
});
afterAll(() => {
  for (const m of mounts) execFileSync('umount', [m]);
  for (const f of folders) removeFolder(f);
});

function smallDisk(label: string, size: string): string {
  const dir = tempFolder(label);
  folders.push(dir);
  if (!tryMount(dir, size)) throw new Error('mount failed');
  mounts.push(dir);
  return dir;
}

async function expectDatabaseWhole(o: TempOffice) {
  const raw = openRaw(dataFiles(o.dataDir).database, await keyFromPassword(o.dataDir, ADMIN.username, ADMIN.password));
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();
}

describe('backup when space or the target runs out', () => {
  it.skipIf(!canMount)('target disk full: IO error naming the cause, target folder left empty', async () => {
    const target = smallDisk('full-target', '1m');
    office = await setupAndLogin();
    folders.push(office.dataDir);
    addBulkRows(office, newMarker(), 400); // about 3 MB: does not fit
    const r = await office.call('backup.create', { path: join(target, 'voll.kimbackup'), secret: PASS_SECRET });
    const err = expectFailure(r, 'IO');
    expect(err.message).toContain('nicht genug Speicherplatz');
    expect(readdirSync(target)).toEqual([]);
    expect(readdirSync(join(office.dataDir, '.backup-tmp'))).toEqual([]);
    await expectDatabaseWhole(office);
  });

  it.skipIf(!canMount)('data directory too full for the snapshot: IO error, no copy left, database untouched', async () => {
    const disk = smallDisk('full-data', '24m');
    const dataDir = join(disk, 'daten');
    office = await setupAndLogin(openTempOffice(dataDir));
    addBulkRows(office, newMarker(), 800); // about 6.5 MB
    office.core.office.database().raw.pragma('wal_checkpoint(TRUNCATE)');
    const { bavail, bsize } = statfsSync(disk);
    writeFileSync(join(disk, 'fueller.bin'), Buffer.alloc(Math.max(0, bavail * bsize - 1024 * 1024)));
    const target = tempFolder('full-data-target');
    folders.push(target);
    const err = expectFailure(await office.call('backup.create', { path: join(target, 'x.kimbackup'), secret: PASS_SECRET }), 'IO');
    expect(err.message).toContain('Speicherplatz');
    expect(readdirSync(join(dataDir, '.backup-tmp'))).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
    rmSync(join(disk, 'fueller.bin'));
    await expectDatabaseWhole(office);
    expect((await office.must<{ id: string }[]>('users.list')).length).toBe(1);
  });

  it('target folder removed while the backup is written: IO error, no file under the final name', async () => {
    office = await setupAndLogin();
    folders.push(office.dataDir);
    addBulkRows(office, newMarker(), 2000); // about 16 MB: many chunks, so the folder can vanish mid-write
    const parent = tempFolder('vanish');
    folders.push(parent);
    const target = join(parent, 'usb-stick');
    mkdirSync(target);
    const out = join(target, 'weg.kimbackup');
    // Pulls the "stick" as soon as the partial file shows up.
    const watcher = setInterval(() => {
      if (existsSync(target) && readdirSync(target).some((n) => n.includes('.partial-'))) rmSync(target, { recursive: true, force: true });
    }, 1);
    try {
      const err = expectFailure(await office.call('backup.create', { path: out, secret: PASS_SECRET }), 'IO');
      expect(err.message).toContain('Zielordner ist nicht (mehr) vorhanden');
    } finally {
      clearInterval(watcher);
    }
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(office.dataDir, '.backup-tmp'))).toEqual([]);
    await expectDatabaseWhole(office);
  });
});
