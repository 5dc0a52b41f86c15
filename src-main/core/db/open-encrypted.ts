import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../errors';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface OfficeDb {
  raw: Database.Database;
  orm: Orm;
  file: string;
}

export const UNREADABLE_MESSAGE =
  'Die Datenbank lässt sich nicht lesen: Sie ist beschädigt oder passt nicht zur Schlüsseldatei. Bitte stellen Sie eine Sicherung wieder her oder wenden Sie sich an die IT.';

/**
 * Applies the SQLCipher v4 scheme and a raw 256-bit key (no per-open KDF), so the office's IT can
 * open the file with standard SQLCipher tools in an emergency.
 */
export function applyCipher(raw: Database.Database, key: Buffer): void {
  if (key.length !== 32) throw new AppError('INTERNAL', 'Ungültige Schlüssellänge.');
  raw.pragma(`cipher = 'sqlcipher'`);
  raw.pragma('legacy = 4');
  raw.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** Durable, private defaults: WAL, foreign keys, full sync, temp data only in memory, secure delete. */
export function applyConnectionPragmas(raw: Database.Database): void {
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('synchronous = FULL');
  raw.pragma('busy_timeout = 5000');
  // Temp tables and sort spills would otherwise land unencrypted in the temp folder.
  raw.pragma('temp_store = MEMORY');
  raw.pragma('cache_size = -65536');
  // Deleted records are zeroed, not left in free pages: backups copy the file page by page, and a
  // person's data deleted in the app must not live on (even encrypted) in later backups.
  raw.pragma('secure_delete = ON');
}

export function openEncryptedDatabase(file: string, key: Buffer, opts: { create?: boolean } = {}): OfficeDb {
  let raw: Database.Database;
  try {
    raw = new Database(file, { fileMustExist: !opts.create });
  } catch {
    throw new AppError('DB_UNREADABLE', 'Die Datenbankdatei fehlt oder lässt sich nicht öffnen. Bitte stellen Sie eine Sicherung wieder her oder wenden Sie sich an die IT.');
  }
  try {
    applyCipher(raw, key);
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
    applyConnectionPragmas(raw);
  } catch (e) {
    raw.close();
    if (e instanceof AppError) throw e;
    throw new AppError('DB_UNREADABLE', UNREADABLE_MESSAGE);
  }
  return { raw, orm: drizzle(raw, { schema }), file };
}

/** Runs `fn` in one IMMEDIATE transaction: every write of the app goes through here. */
export function inTransaction<T>(db: OfficeDb, fn: () => T): T {
  return db.raw.transaction(fn).immediate();
}
