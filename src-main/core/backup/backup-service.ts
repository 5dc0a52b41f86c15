import { resolve } from 'node:path';
import type { BackupCreated } from '../../contract/channels/backup';
import { appendAudit } from '../audit/audit-log';
import { APP_VERSION } from '../config/app-info';
import { unlockWithRecoveryCode } from '../crypto/key-slots';
import { inTransaction } from '../db/open-encrypted';
import type { Office } from '../runtime/office';
import { archiveStream, fileBytes, type ArchiveEntry } from './archive';
import { updateBackupState } from './backup-state';
import { KdfMemo, writeContainer, type ContainerStats, type KeyMaterial } from './container';
import { removeQuietly } from './fs-steps';
import { ENTRY, type BackupManifest } from './manifest';
import { backupErrors } from './messages';
import { knownMigrations, schemaTag } from './schema-compat';
import { takeSnapshot, type Snapshot } from './snapshot';
import { isInside } from './target-folder';
import { confirmWrittenBackup } from './verify';

// Writing a backup: snapshot (checked with integrity_check) → manifest → framed archive →
// encrypted container (atomic: the final name only ever holds a complete file) → read back.

const READ_CHUNK = 1024 * 1024;

export interface BackupOptions {
  /** Who asked (audit); null for automatic backups. */
  actorId: string | null;
  automatic: boolean;
  now: number;
}

/** Container scrypt cost: the office's test setting if there is one, else the container default. */
const scryptOptions = (office: Office) => (office.opts.scrypt ? { scryptN: office.opts.scrypt.N } : {});

// Every step that reads or writes the file takes an optional KdfMemo: with it, the check after
// writing reuses the write's scrypt result instead of spending the same second again.

/** A written, not yet re-read backup: what the caller gets, and what the writer measured. */
export interface WrittenBackup {
  created: BackupCreated;
  stats: ContainerStats;
}

/** The office's snapshot for one backup (copy, integrity_check, facts), in its data directory. */
export const takeOfficeSnapshot = (office: Office): Snapshot =>
  takeSnapshot({ db: office.database(), key: office.key(), dataDir: office.opts.dataDir, keyFile: office.files.keyFile });

/** Encrypts a snapshot into `out` (atomically: the final name only ever holds a complete file). */
export async function writeSnapshotBackup(office: Office, snap: Snapshot, out: string, km: KeyMaterial, now: number, kdfMemo?: KdfMemo): Promise<WrittenBackup> {
  const key = office.key();
  const latestTag = schemaTag(snap.ledger, knownMigrations(office.opts.migrationsDir));
  const createdAt = new Date(now).toISOString();
  const manifest: BackupManifest = {
    format: 'kim-fallakte-backup',
    version: 1,
    appVersion: APP_VERSION,
    createdAt,
    schema: { migrations: snap.ledger.length, latestTag, ledger: snap.ledger },
    recordCounts: snap.recordCounts,
    databaseBytes: snap.bytes,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const entries: ArchiveEntry[] = [
    { name: ENTRY.manifest, size: manifestBytes.length, bytes: () => [manifestBytes] },
    { name: ENTRY.keyFile, size: snap.keyFileBytes.length, bytes: () => [snap.keyFileBytes] },
    // A copy, because the writer zeroes its staging buffer but not what it was handed.
    { name: ENTRY.dbKey, size: key.length, bytes: () => [Buffer.from(key)] },
    { name: ENTRY.database, size: snap.bytes, bytes: () => fileBytes(snap.file, READ_CHUNK) },
  ];
  const { stats } = await writeContainer(
    out,
    { kind: 'backup', appVersion: APP_VERSION, schemaVersion: latestTag, recordCounts: snap.recordCounts, createdAt },
    archiveStream(entries),
    km,
    { ...scryptOptions(office), kdfMemo },
  );
  return { created: { path: out, fileBytes: stats.fileBytes, createdAt, recordCounts: snap.recordCounts }, stats };
}

/** Writes the backup file only (no re-read); the snapshot copy is removed in every case. */
export async function writeBackup(office: Office, outPath: string, km: KeyMaterial, now: number, kdfMemo?: KdfMemo): Promise<WrittenBackup> {
  const out = resolve(outPath);
  if (isInside(out, office.opts.dataDir)) throw backupErrors.outputInDataDir();
  const snap = takeOfficeSnapshot(office);
  try {
    return await writeSnapshotBackup(office, snap, out, km, now, kdfMemo);
  } finally {
    snap.dispose();
  }
}

/** A recovery-code backup must open with the office's real code: a typo would make it useless. */
export async function assertOfficeRecoveryCode(office: Office, code: string): Promise<void> {
  const dbKey = await unlockWithRecoveryCode(office.keyFile(), code);
  dbKey.fill(0);
}

/** Writes, then reads the file back as a restore would (verify.ts); a file that fails is removed again. */
async function writeConfirmed(office: Office, outPath: string, km: KeyMaterial, now: number): Promise<BackupCreated> {
  const kdfMemo = new KdfMemo(km);
  try {
    const { created, stats } = await writeBackup(office, outPath, km, now, kdfMemo);
    try {
      await confirmWrittenBackup(created.path, km, stats, kdfMemo);
    } catch {
      removeQuietly(created.path);
      throw backupErrors.verifyAfterWriteFailed();
    }
    return created;
  } finally {
    kdfMemo.wipe();
  }
}

/** A checked backup, recorded as the last good one (state file, audit log). */
export async function createVerifiedBackup(office: Office, outPath: string, km: KeyMaterial, opts: BackupOptions): Promise<BackupCreated> {
  const created = await writeConfirmed(office, outPath, km, opts.now);
  updateBackupState(office.opts.dataDir, (s) => {
    s.lastGood = { at: created.createdAt, automatic: opts.automatic };
  });
  const db = office.database();
  inTransaction(db, () => appendAudit(db, { userId: opts.actorId, action: opts.automatic ? 'backup.auto_created' : 'backup.created' }));
  return created;
}
