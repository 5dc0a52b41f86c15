import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupCreated } from '../../contract/channels/backup';
import { appendAudit } from '../audit/audit-log';
import { APP_VERSION } from '../config/app-info';
import { unlockWithRecoveryCode } from '../crypto/key-slots';
import { inTransaction } from '../db/open-encrypted';
import type { Office } from '../runtime/office';
import { archiveStream, type ArchiveEntry } from './archive';
import { updateBackupState } from './backup-state';
import { writeContainer, type KeyMaterial } from './container';
import { removeQuietly } from './fs-steps';
import { ENTRY, type BackupManifest } from './manifest';
import { backupErrors } from './messages';
import { knownMigrations, schemaTag } from './schema-compat';
import { backupTempDir, takeSnapshot } from './snapshot';
import { isInside } from './target-folder';
import { verifyBackupFile } from './verify';

// Writing a backup: snapshot → manifest → framed archive → encrypted container (atomic: the final
// name only ever holds a complete file) → full verification of what was written.

const READ_CHUNK = 1024 * 1024;

export interface BackupOptions {
  /** Who asked (audit); null for automatic backups. */
  actorId: string | null;
  automatic: boolean;
  now: number;
}

/** Container scrypt cost: the office's test setting if there is one, else the container default. */
const scryptOptions = (office: Office) => (office.opts.scrypt ? { scryptN: office.opts.scrypt.N } : {});

/** Writes the backup file only (no verification); the snapshot copy is removed in every case. */
export async function writeBackup(office: Office, outPath: string, km: KeyMaterial, now: number): Promise<BackupCreated> {
  const out = resolve(outPath);
  if (isInside(out, office.opts.dataDir)) throw backupErrors.outputInDataDir();
  const key = office.key();
  const known = knownMigrations(office.opts.migrationsDir);
  const snap = takeSnapshot({ db: office.database(), key, dataDir: office.opts.dataDir, keyFile: office.files.keyFile });
  try {
    const latestTag = schemaTag(snap.ledger, known);
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
      { name: ENTRY.database, size: snap.bytes, bytes: () => createReadStream(snap.file, { highWaterMark: READ_CHUNK }) },
    ];
    const { stats } = await writeContainer(
      out,
      { kind: 'backup', appVersion: APP_VERSION, schemaVersion: latestTag, recordCounts: snap.recordCounts, createdAt },
      archiveStream(entries),
      km,
      scryptOptions(office),
    );
    return { path: out, fileBytes: stats.fileBytes, createdAt, recordCounts: snap.recordCounts };
  } finally {
    snap.dispose();
  }
}

/** A recovery-code backup must open with the office's real code: a typo would make it useless. */
export async function assertOfficeRecoveryCode(office: Office, code: string): Promise<void> {
  const dbKey = await unlockWithRecoveryCode(office.keyFile(), code);
  dbKey.fill(0);
}

/**
 * Writes, then verifies the file as a restore would read it; a file that fails is removed again.
 * Records the success (state file, audit log).
 */
export async function createVerifiedBackup(office: Office, outPath: string, km: KeyMaterial, opts: BackupOptions): Promise<BackupCreated> {
  const created = await writeBackup(office, outPath, km, opts.now);
  try {
    await verifyBackupFile(created.path, km, { tempParent: backupTempDir(office.opts.dataDir), known: knownMigrations(office.opts.migrationsDir) });
  } catch {
    removeQuietly(created.path);
    throw backupErrors.verifyAfterWriteFailed();
  }
  updateBackupState(office.opts.dataDir, (s) => {
    s.lastGood = { at: created.createdAt, automatic: opts.automatic };
  });
  const db = office.database();
  inTransaction(db, () => appendAudit(db, { userId: opts.actorId, action: opts.automatic ? 'backup.auto_created' : 'backup.created' }));
  return created;
}
