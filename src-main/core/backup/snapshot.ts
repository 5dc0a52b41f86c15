import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readKeyFile } from '../crypto/key-file';
import { applyCipher, type OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { checkedFacts, openEncryptedReadOnly, type LedgerEntry } from './db-facts';
import { removeQuietly, tempName } from './fs-steps';
import { copyLiveDatabase } from './live-copy';
import { backupErrors } from './messages';

// A consistent copy of the live database for one backup, checked before anything is written from
// it. Usually a page copy of the live file (live-copy.ts); when another process keeps the WAL busy,
// `VACUUM INTO` on our encrypted connection, which writes a copy under the same cipher and key.
// Either way the copy is SQLCipher-encrypted: no plaintext ever touches the disk.

export const BACKUP_TMP_DIR = '.backup-tmp';
export const SNAPSHOT_PREFIX = 'snapshot-';

export const backupTempDir = (dataDir: string) => join(dataDir, BACKUP_TMP_DIR);

/** A copy that passed integrity_check, with the facts the manifest states about it. */
export interface Snapshot {
  file: string;
  bytes: number;
  ledger: LedgerEntry[];
  recordCounts: Record<string, number>;
  /** The key file as it is on disk: restoring into an empty folder needs it. */
  keyFileBytes: Buffer;
  /** Removes the copy; safe to call twice. */
  dispose(): void;
}

export interface SnapshotSource {
  db: OfficeDb;
  key: Buffer;
  dataDir: string;
  keyFile: string;
}

const snapshotFailed = (cause: string | undefined) =>
  new AppError(
    'IO',
    cause === 'SQLITE_FULL' || cause === 'ENOSPC'
      ? 'Die Sicherung konnte nicht erstellt werden: Im Datenverzeichnis ist nicht genug Speicherplatz für die Zwischenkopie.'
      : 'Die Sicherung konnte nicht erstellt werden: Die Zwischenkopie der Datenbank ist fehlgeschlagen.',
    cause ? { cause } : undefined,
  );

/**
 * A page copy carries the live file's WAL mode; switched to a rollback journal (as VACUUM INTO
 * writes it), opening it read-only — here, at verification and at restore — leaves no -wal/-shm.
 */
function useRollbackJournal(file: string, key: Buffer): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    applyCipher(db, key);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

function copyDatabase(src: SnapshotSource, file: string): void {
  try {
    if (!copyLiveDatabase(src.db, file)) src.db.raw.prepare('VACUUM INTO ?').run(file);
    useRollbackJournal(file, src.key);
  } catch (e) {
    throw snapshotFailed((e as { code?: string }).code);
  }
}

/**
 * Copies the open database into its own folder under `<dataDir>/.backup-tmp/`, runs SQLite's
 * integrity check on the copy and reads what the manifest needs from it. A live database that
 * fails the check is refused here, before any backup file exists.
 */
export function takeSnapshot(src: SnapshotSource): Snapshot {
  mkdirSync(backupTempDir(src.dataDir), { recursive: true, mode: 0o700 });
  const dir = join(backupTempDir(src.dataDir), tempName(SNAPSHOT_PREFIX));
  const file = join(dir, 'snapshot.db');
  const dispose = () => removeQuietly(dir);
  try {
    mkdirSync(dir, { mode: 0o700 });
    copyDatabase(src, file);
    const copy = openEncryptedReadOnly(file, src.key);
    let facts;
    try {
      facts = checkedFacts(copy);
    } finally {
      copy.close();
    }
    if (!facts) throw backupErrors.liveDatabaseDamaged();
    readKeyFile(src.keyFile);
    const keyFileBytes = readFileSync(src.keyFile);
    return { file, bytes: statSync(file).size, ...facts, keyFileBytes, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}
