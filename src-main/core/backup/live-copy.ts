import { constants, copyFileSync, statSync } from 'node:fs';
import type { OfficeDb } from '../db/open-encrypted';

// The fast way to a consistent copy of the live database: the file itself, page for page, still
// encrypted with the office key (the copy is byte for byte what the live file holds, so no
// plaintext is ever written). Consistent only under two conditions, both checked here:
//  - the WAL is empty: a full checkpoint moved every committed transaction into the file;
//  - nobody can write while the copy runs: we hold the write lock (BEGIN IMMEDIATE), so no new
//    WAL frames can appear, and with none there is nothing a checkpoint could move into the file.
// This connection cannot write in between either: the whole step is synchronous, and must stay so
// (during an await, another handler's transaction would run inside ours and be rolled back with it).
// SQLite's online backup API would do the same page copy, but SQLite3MultipleCiphers only backs
// up into an encrypted target and better-sqlite3 opens the target without a key.

const walBytes = (dbFile: string) => statSync(`${dbFile}-wal`, { throwIfNoEntry: false })?.size ?? 0;

/**
 * Copies the live database file to `target` (which must not exist) if that is consistent now;
 * false when another connection keeps the WAL from being emptied (a reader in another process),
 * so the caller takes the slow path. I/O errors (ENOSPC) are thrown, a partial target may remain.
 */
export function copyLiveDatabase(db: OfficeDb, target: string): boolean {
  const [checkpoint] = db.raw.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
  // log is -1 outside WAL mode: the write lock alone then keeps the file still.
  if (!checkpoint || checkpoint.busy !== 0 || checkpoint.log > 0) return false;
  db.raw.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have committed between the checkpoint and our lock.
    if (walBytes(db.file) > 0) return false;
    // Copy-on-write clone where the file system offers one (APFS, Btrfs, XFS), else a plain copy.
    copyFileSync(db.file, target, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    return true;
  } finally {
    db.raw.exec('ROLLBACK');
  }
}
