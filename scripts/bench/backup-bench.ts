import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataFiles } from '../../src-main/core/config/data-dir';
import type { AppCore } from '../../src-main/core/ipc/app-core';
import type { Registry } from '../../src-main/core/ipc/registry';
import { keyMaterialFor, wipeKeyMaterial } from '../../src-main/core/backup/backup-key';
import { writeBackup } from '../../src-main/core/backup/backup-service';
import { verifyBackup } from '../../src-main/core/backup/office-backup';
import { BENCH_PASSWORD, call } from './bench-office';

// Backup and restore through the backup service (as the administration triggers them), next to
// a plain file copy of the same database file in the same run. Backup and restore include the
// passphrase's key derivation (scrypt) and the service's verification of what it wrote.

const PASSPHRASE = 'Bench-Sicherung-2026';
export const ADMIN = 'bench-admin';

export interface BackupResult {
  dbBytes: number;
  backupBytes: number;
  backupSeconds: number;
  restoreSeconds: number;
  copySeconds: number;
  /** The two halves of a backup: writing the encrypted file, verifying it as a restore reads it. */
  writeSeconds: number;
  verifySeconds: number;
}

const secondsOf = async (fn: () => unknown): Promise<number> => {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
};

/** Median of `runs` timings. */
async function median(runs: number, fn: () => Promise<number>): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push(await fn());
  return all.sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
}

export async function backupBench(core: AppCore, registry: Registry, dataDir: string, runs: number): Promise<BackupResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kim-bench-backup-'));
  const db = dataFiles(dataDir).database;
  try {
    await call(registry, ADMIN, 'auth.login', { username: 'admin', password: BENCH_PASSWORD });
    const dbBytes = statSync(db).size;
    const copySeconds = await median(runs, () => secondsOf(() => copyFileSync(db, join(dir, 'copy.db'))));
    const file = join(dir, 'bench.kimbackup');
    const backupSeconds = await median(runs, () => secondsOf(() => call(registry, ADMIN, 'backup.create', { path: file, secret: { source: 'passphrase', passphrase: PASSPHRASE } })));
    const backupBytes = statSync(file).size;
    const secret = { source: 'passphrase' as const, passphrase: PASSPHRASE };
    const writeSeconds = await median(runs, async () => {
      const km = await keyMaterialFor(secret, 'write');
      try {
        return await secondsOf(() => writeBackup(core.office, join(dir, 'write-only.kimbackup'), km, Date.now()));
      } finally {
        wipeKeyMaterial(km);
      }
    });
    const verifySeconds = await median(runs, () => secondsOf(() => verifyBackup(core, { path: file, secret })));
    // A restore logs everyone out: log in again before each one.
    const restoreSeconds = await median(runs, async () => {
      await call(registry, ADMIN, 'auth.login', { username: 'admin', password: BENCH_PASSWORD });
      return secondsOf(() => call(registry, ADMIN, 'backup.restore', { path: file, secret: { source: 'passphrase', passphrase: PASSPHRASE }, confirm: true }));
    });
    return { dbBytes, backupBytes, backupSeconds, restoreSeconds, copySeconds, writeSeconds, verifySeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
