import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readKeyFile } from '../crypto/key-file';
import type { OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { countRecords, openEncryptedReadOnly, readLedger, type LedgerEntry } from './db-facts';
import { removeQuietly, tempName } from './fs-steps';

// A consistent copy of the live database for one backup. `VACUUM INTO` on our encrypted
// connection writes a copy encrypted with the same cipher and key (the SQLite backup API refuses
// SQLCipher targets), so no plaintext ever touches the disk. The live file itself is never copied:
// it may be mid-write, and its WAL holds committed data the file does not have yet.

export const BACKUP_TMP_DIR = '.backup-tmp';
export const SNAPSHOT_PREFIX = 'snapshot-';

export const backupTempDir = (dataDir: string) => join(dataDir, BACKUP_TMP_DIR);

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

/** Copies the open database into `<dataDir>/.backup-tmp/` and reads what the manifest needs from the copy. */
export function takeSnapshot(src: SnapshotSource): Snapshot {
  const dir = backupTempDir(src.dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, tempName(SNAPSHOT_PREFIX, '.db'));
  const dispose = () => removeQuietly(file);
  try {
    try {
      src.db.raw.prepare('VACUUM INTO ?').run(file);
    } catch (e) {
      throw snapshotFailed((e as { code?: string }).code);
    }
    const copy = openEncryptedReadOnly(file, src.key);
    let ledger: LedgerEntry[];
    let recordCounts: Record<string, number>;
    try {
      ledger = readLedger(copy);
      recordCounts = countRecords(copy);
    } finally {
      copy.close();
    }
    readKeyFile(src.keyFile);
    const keyFileBytes = readFileSync(src.keyFile);
    return { file, bytes: statSync(file).size, ledger, recordCounts, keyFileBytes, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}
