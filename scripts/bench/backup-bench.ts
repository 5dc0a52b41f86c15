import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataFiles } from '../../src-main/core/config/data-dir';
import { DEFAULT_SCRYPT, deriveKey } from '../../src-main/core/crypto/scrypt';
import type { AppCore } from '../../src-main/core/ipc/app-core';
import type { Registry } from '../../src-main/core/ipc/registry';
import { keyMaterialFor, wipeKeyMaterial } from '../../src-main/core/backup/backup-key';
import { takeOfficeSnapshot, writeSnapshotBackup } from '../../src-main/core/backup/backup-service';
import { KdfMemo } from '../../src-main/core/backup/container';
import { copyLiveDatabase } from '../../src-main/core/backup/live-copy';
import { verifyBackup } from '../../src-main/core/backup/office-backup';
import { confirmWrittenBackup } from '../../src-main/core/backup/verify';
import { BENCH_PASSWORD, call } from './bench-office';

// Backup and restore through the backup service (as the administration triggers them), next to
// a plain file copy of the same database file in the same run. Backup and restore include the
// passphrase's key derivation (scrypt) and the checks the service runs. The stages of a backup are
// timed one by one as well, through the functions the service composes.

const PASSPHRASE = 'Bench-Sicherung-2026';
const SECRET = { source: 'passphrase' as const, passphrase: PASSPHRASE };
export const ADMIN = 'bench-admin';

export interface BackupResult {
  dbBytes: number;
  backupBytes: number;
  copySeconds: number;
  /** `backup.create` as a whole. */
  backupSeconds: number;
  /** Its stages: the page copy of the live file alone … */
  pageCopySeconds: number;
  /** … the whole snapshot (page copy, integrity_check, record counts) … */
  snapshotSeconds: number;
  /** … writing the encrypted file from it (scrypt, archive, AES-GCM, SHA-256, fsync) … */
  writeSeconds: number;
  /** … of which the passphrase's scrypt: fixed, whatever the database size … */
  scryptSeconds: number;
  /** … and reading it back (decrypt, content hash compared with the write's). */
  confirmSeconds: number;
  /** "Sicherung prüfen": extract into a temporary folder, open, integrity_check, compare. */
  verifySeconds: number;
  restoreSeconds: number;
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

/** The service's stages one by one, each timed on its own; one set of timings per run. */
async function stageTimes(core: AppCore, dir: string) {
  const office = core.office;
  const pageCopySeconds = await secondsOf(() => copyLiveDatabase(office.database(), join(dir, 'page-copy.db')));
  rmSync(join(dir, 'page-copy.db'));
  const scryptSeconds = await secondsOf(() => deriveKey(PASSPHRASE, randomBytes(16), DEFAULT_SCRYPT));
  const km = await keyMaterialFor(SECRET, 'write');
  const kdfMemo = new KdfMemo(km);
  try {
    let snap: ReturnType<typeof takeOfficeSnapshot> | undefined;
    const snapshotSeconds = await secondsOf(() => (snap = takeOfficeSnapshot(office)));
    let written: Awaited<ReturnType<typeof writeSnapshotBackup>> | undefined;
    const out = join(dir, 'stages.kimbackup');
    try {
      const writeSeconds = await secondsOf(async () => (written = await writeSnapshotBackup(office, snap!, out, km, Date.now(), kdfMemo)));
      const confirmSeconds = await secondsOf(() => confirmWrittenBackup(out, km, written!.stats, kdfMemo));
      return { pageCopySeconds, scryptSeconds, snapshotSeconds, writeSeconds, confirmSeconds };
    } finally {
      snap?.dispose();
      rmSync(out, { force: true });
    }
  } finally {
    kdfMemo.wipe();
    wipeKeyMaterial(km);
  }
}

const medianOf = <K extends string>(runs: Record<K, number>[], key: K) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;

export async function backupBench(core: AppCore, registry: Registry, dataDir: string, runs: number): Promise<BackupResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kim-bench-backup-'));
  const db = dataFiles(dataDir).database;
  try {
    await call(registry, ADMIN, 'auth.login', { username: 'admin', password: BENCH_PASSWORD });
    const dbBytes = statSync(db).size;
    const copySeconds = await median(runs, async () => {
      const seconds = await secondsOf(() => copyFileSync(db, join(dir, 'copy.db')));
      rmSync(join(dir, 'copy.db'));
      return seconds;
    });
    const file = join(dir, 'bench.kimbackup');
    const backupSeconds = await median(runs, () => secondsOf(() => call(registry, ADMIN, 'backup.create', { path: file, secret: SECRET })));
    const backupBytes = statSync(file).size;
    const stages = [];
    for (let i = 0; i < runs; i++) stages.push(await stageTimes(core, dir));
    const verifySeconds = await median(runs, () => secondsOf(() => verifyBackup(core, { path: file, secret: SECRET })));
    // A restore logs everyone out: log in again before each one.
    const restoreSeconds = await median(runs, async () => {
      await call(registry, ADMIN, 'auth.login', { username: 'admin', password: BENCH_PASSWORD });
      return secondsOf(() => call(registry, ADMIN, 'backup.restore', { path: file, secret: SECRET, confirm: true }));
    });
    return {
      dbBytes,
      backupBytes,
      copySeconds,
      backupSeconds,
      pageCopySeconds: medianOf(stages, 'pageCopySeconds'),
      snapshotSeconds: medianOf(stages, 'snapshotSeconds'),
      writeSeconds: medianOf(stages, 'writeSeconds'),
      scryptSeconds: medianOf(stages, 'scryptSeconds'),
      confirmSeconds: medianOf(stages, 'confirmSeconds'),
      verifySeconds,
      restoreSeconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
