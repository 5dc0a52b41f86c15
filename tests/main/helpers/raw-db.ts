import Database from 'better-sqlite3';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { readKeyFile } from '../../../src-main/core/crypto/key-file';
import { unlockWithPassword, unlockWithRecoveryCode } from '../../../src-main/core/crypto/key-slots';

// A second, independent view of an office's files, as an attacker or an IT emergency would have it.

export const keyFromRecoveryCode = (dataDir: string, code: string): Promise<Buffer> =>
  unlockWithRecoveryCode(readKeyFile(dataFiles(dataDir).keyFile), code);

export async function keyFromPassword(dataDir: string, username: string, password: string): Promise<Buffer> {
  return (await unlockWithPassword(readKeyFile(dataFiles(dataDir).keyFile), username, password)).dbKey;
}

/** Opens an encrypted file with plain SQLCipher v4 pragmas and the raw key, none of the app's code. */
export function openRaw(file: string, key: Buffer): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  db.pragma('busy_timeout = 5000');
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return db;
}

/** Changes one audit row behind the app's back; the append-only trigger has to go first. */
export function tamperAuditRow(db: Database.Database, id: number): void {
  db.exec('DROP TRIGGER IF EXISTS audit_events_no_update');
  const r = db.prepare(`UPDATE audit_events SET action = action || '.verfaelscht' WHERE id = ?`).run(id);
  if (r.changes !== 1) throw new Error(`audit row ${id} not found`);
}
