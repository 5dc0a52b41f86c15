import { closeSync, existsSync, openSync, readdirSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBackup } from '../../../src-main/core/backup/backup-service';
import { copyLiveDatabase } from '../../../src-main/core/backup/live-copy';
import { backupTempDir, takeSnapshot } from '../../../src-main/core/backup/snapshot';
import { confirmWrittenBackup } from '../../../src-main/core/backup/verify';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromPassword, openRaw } from '../helpers/raw-db';
import { ADMIN, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addBulkRows, expectFailure, newMarker, PASS_SECRET, removeFolder, tempFolder } from './backup-helpers';
import { expectAppError } from './container-helpers';

// The snapshot a backup is made from: a page copy of the live file when that is consistent, VACUUM
// INTO when another connection keeps the WAL busy; checked with integrity_check before anything is
// written. And the check after writing, which compares the file with what was written.

let office: TempOffice | undefined;
const folders: string[] = [];
afterEach(() => {
  office?.cleanup();
  office = undefined;
  for (const f of folders.splice(0)) removeFolder(f);
});

const KM = { source: 'passphrase', passphrase: PASS_SECRET.passphrase } as const;

const bulkCount = (file: string, key: Buffer) => {
  const db = openRaw(file, key);
  try {
    return (db.prepare('SELECT count(*) AS n FROM test_bulk').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function officeWithBulk(rows: number): Promise<{ o: TempOffice; key: Buffer }> {
  const o = await setupAndLogin();
  office = o;
  addBulkRows(o, newMarker(), rows, 1024);
  return { o, key: await keyFromPassword(o.dataDir, ADMIN.username, ADMIN.password) };
}

const snapshotOf = (o: TempOffice) =>
  takeSnapshot({ db: o.core.office.database(), key: o.core.office.key(), dataDir: o.dataDir, keyFile: o.core.office.files.keyFile });

describe('snapshot', () => {
  it('copies the live file page for page, including transactions still in the WAL', async () => {
    const { o, key } = await officeWithBulk(50);
    const live = dataFiles(o.dataDir).database;
    expect(statSync(`${live}-wal`).size).toBeGreaterThan(0); // the rows are only in the WAL yet
    const dir = tempFolder('pagecopy');
    folders.push(dir);
    expect(copyLiveDatabase(o.core.office.database(), join(dir, 'copy.db'))).toBe(true);
    expect(bulkCount(join(dir, 'copy.db'), key)).toBe(50);
    // The office keeps working afterwards: the write lock was given back.
    addBulkRows(o, newMarker(), 1, 1024);
    expect(bulkCount(live, key)).toBe(51);
  });

  it('falls back to VACUUM INTO while another connection reads, and the snapshot is still complete', async () => {
    const { o, key } = await officeWithBulk(20);
    const reader = openRaw(dataFiles(o.dataDir).database, key);
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM test_bulk').get(); // holds a read snapshot over the WAL
      addBulkRows(o, newMarker(), 5, 1024); // committed after the reader's snapshot: the WAL cannot be emptied
      o.core.office.database().raw.pragma('busy_timeout = 50');
      const dir = tempFolder('busy');
      folders.push(dir);
      expect(copyLiveDatabase(o.core.office.database(), join(dir, 'copy.db'))).toBe(false);
      expect(existsSync(join(dir, 'copy.db'))).toBe(false);

      const snap = snapshotOf(o);
      try {
        expect(snap.recordCounts.test_bulk).toBe(25);
        expect(bulkCount(snap.file, key)).toBe(25);
      } finally {
        snap.dispose();
      }
    } finally {
      reader.close();
    }
    expect(readdirSync(backupTempDir(o.dataDir))).toEqual([]);
  });

  it('leaves no -wal or -shm beside the copy, also after it was opened for the checks', async () => {
    const { o } = await officeWithBulk(10);
    const snap = snapshotOf(o);
    try {
      expect(readdirSync(join(snap.file, '..'))).toEqual(['snapshot.db']);
    } finally {
      snap.dispose();
    }
    expect(readdirSync(backupTempDir(o.dataDir))).toEqual([]);
  });

  it('refuses to back up a live database that fails integrity_check, and writes nothing', async () => {
    const { o } = await officeWithBulk(300);
    o.core.office.database().raw.pragma('wal_checkpoint(TRUNCATE)');
    // Bit rot in the middle of the file, behind the open connection's back.
    const live = dataFiles(o.dataDir).database;
    const fd = openSync(live, 'r+');
    try {
      const at = Math.floor(statSync(live).size / 8192) * 4096 + 1000;
      const b = Buffer.alloc(1);
      readSync(fd, b, 0, 1, at);
      b[0]! ^= 0x01;
      writeSync(fd, b, 0, 1, at);
    } finally {
      closeSync(fd);
    }
    const target = tempFolder('damaged-live');
    folders.push(target);
    const err = expectFailure(await o.call('backup.create', { path: join(target, 'x.kimbackup'), secret: PASS_SECRET }), 'IO', 'LIVE_INTEGRITY');
    expect(err.message).toContain('Integritätsprüfung');
    expect(readdirSync(target)).toEqual([]);
    expect(readdirSync(backupTempDir(o.dataDir))).toEqual([]);
  });
});

describe('check after writing', () => {
  it('accepts the file just written and refuses another valid backup or a damaged one under its name', async () => {
    const { o } = await officeWithBulk(30);
    const target = tempFolder('confirm');
    folders.push(target);
    const first = await writeBackup(o.core.office, join(target, 'a.kimbackup'), KM, Date.now());
    await confirmWrittenBackup(first.created.path, KM, first.stats);

    // A complete, valid backup — but not the bytes that were written.
    addBulkRows(o, newMarker(), 1, 1024);
    const other = await writeBackup(o.core.office, join(target, 'b.kimbackup'), KM, Date.now());
    await expectAppError(confirmWrittenBackup(other.created.path, KM, first.stats), 'VALIDATION', 'INCONSISTENT');

    const fd = openSync(first.created.path, 'r+');
    try {
      const at = Math.floor(first.stats.fileBytes / 2);
      const b = Buffer.alloc(1);
      readSync(fd, b, 0, 1, at);
      b[0]! ^= 0x80;
      writeSync(fd, b, 0, 1, at);
    } finally {
      closeSync(fd);
    }
    await expectAppError(confirmWrittenBackup(first.created.path, KM, first.stats), 'VALIDATION', 'DAMAGED');
  });
});
