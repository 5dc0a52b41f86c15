import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { ErrorCode } from '../../contract/result';
import { removeRollbackCopies } from '../backup/restore-journal';
import { recoverDataDirAtStart } from '../backup/startup';
import { APP_VERSION } from '../config/app-info';
import { dataFiles } from '../config/data-dir';
import { readKeyFile, writeKeyFile, type KeyFileBody } from '../crypto/key-file';
import type { ScryptParams } from '../crypto/scrypt';
import { migrateDatabase } from '../db/migrate';
import { openEncryptedDatabase, UNREADABLE_MESSAGE, type OfficeDb } from '../db/open-encrypted';
import { AppError, isAppError } from '../errors';
import type { Logger } from '../log/logger';

export type OfficePhase = 'setup' | 'sealed' | 'open' | 'failed';

/** SQLite's codes for a damaged file (the first page decrypts, a later one does not): same remedy as an unreadable database. */
const isDamagedDatabase = (e: unknown) => /^SQLITE_(CORRUPT|NOTADB)/.test(String((e as { code?: unknown } | null)?.code ?? ''));

export interface OfficeFailure {
  code: ErrorCode;
  message: string;
  technical: string;
}

export interface OfficeOptions {
  dataDir: string;
  migrationsDir: string;
  logger: Logger;
  /** Lower scrypt cost for tests only; production uses the default. */
  scrypt?: ScryptParams;
}

/**
 * One installation's data directory and its database: sealed until a user's key slot opens it,
 * open while someone is logged in, failed (with a German explanation) when it cannot be used.
 */
export class Office {
  readonly files: ReturnType<typeof dataFiles>;
  private db: OfficeDb | null = null;
  private dbKey: Buffer | null = null;
  private failure: OfficeFailure | null = null;

  constructor(readonly opts: OfficeOptions) {
    this.files = dataFiles(opts.dataDir);
    recoverDataDirAtStart(opts.dataDir, opts.logger);
    this.failure = this.checkFiles();
  }

  /** A missing half of the pair (database without key file or the reverse) is a failure, never a fresh setup. */
  private checkFiles(): OfficeFailure | null {
    const hasDb = existsSync(this.files.database);
    const hasKeys = existsSync(this.files.keyFile);
    try {
      if (hasDb || hasKeys) readKeyFile(this.files.keyFile);
      if (hasKeys && !hasDb) {
        throw new AppError('DB_UNREADABLE', 'Die Datenbankdatei fehlt. Bitte stellen Sie eine Sicherung wieder her oder wenden Sie sich an die IT.');
      }
    } catch (e) {
      return this.describeFailure(e);
    }
    return null;
  }

  private describeFailure(e: unknown): OfficeFailure {
    const err = isAppError(e)
      ? e
      : isDamagedDatabase(e)
        ? new AppError('DB_UNREADABLE', UNREADABLE_MESSAGE)
        : new AppError('INTERNAL', 'Beim Öffnen der Daten ist ein unerwarteter Fehler aufgetreten. Bitte wenden Sie sich an die IT.');
    const technical = `code=${err.code}; app=${APP_VERSION}; time=${new Date().toISOString()}; platform=${process.platform}`;
    this.opts.logger.log('error', 'office.failure', { code: err.code });
    return { code: err.code, message: err.message, technical };
  }

  get phase(): OfficePhase {
    if (this.failure) return 'failed';
    if (this.db) return 'open';
    return existsSync(this.files.keyFile) ? 'sealed' : 'setup';
  }

  get failureInfo(): OfficeFailure | null {
    return this.failure;
  }

  keyFile(): KeyFileBody {
    return readKeyFile(this.files.keyFile);
  }

  saveKeyFile(body: KeyFileBody): void {
    writeKeyFile(this.files.keyFile, body);
  }

  /** The open database; throws LOCKED when nobody has opened it. */
  database(): OfficeDb {
    if (!this.db) throw new AppError('LOCKED', 'Die Datenbank ist gesperrt. Bitte melden Sie sich an.');
    return this.db;
  }

  /** The database key, for rewrapping slots while the office is open. */
  key(): Buffer {
    if (!this.dbKey) throw new AppError('LOCKED', 'Die Datenbank ist gesperrt. Bitte melden Sie sich an.');
    return this.dbKey;
  }

  /** First run: creates the directory, a random key and the migrated database. */
  createFresh(): { db: OfficeDb; key: Buffer } {
    if (this.phase !== 'setup') throw new AppError('ALREADY_SETUP', 'KIM Fallakte ist bereits eingerichtet.');
    // Owner-only folder: the files are encrypted, but nobody else needs to see them.
    mkdirSync(this.opts.dataDir, { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    const db = openEncryptedDatabase(this.files.database, key, { create: true });
    try {
      migrateDatabase(db, this.opts.migrationsDir);
    } catch (e) {
      this.discardFresh(db);
      throw e;
    }
    return { db, key };
  }

  /** Undoes a failed first run: nothing of value exists yet, and leftovers would block the next setup. */
  discardFresh(db: OfficeDb): void {
    db.raw.close();
    for (const f of [this.files.database, `${this.files.database}-wal`, `${this.files.database}-shm`, this.files.keyFile]) {
      rmSync(f, { force: true });
    }
  }

  /** Adopts a database opened by setup or by a key slot; migrates before anyone uses it. */
  open(key: Buffer, fresh?: OfficeDb): void {
    if (this.db) return;
    try {
      const db = fresh ?? openEncryptedDatabase(this.files.database, key);
      try {
        const report = migrateDatabase(db, this.opts.migrationsDir);
        if (report.applied > 0) this.opts.logger.log('info', 'db.migrated', { applied: report.applied, schema: report.schemaVersion });
      } catch (e) {
        db.raw.close();
        throw e;
      }
      this.db = db;
      this.dbKey = Buffer.from(key);
      this.opts.logger.log('info', 'db.opened');
      // The files a restore replaced are kept until the restored database has opened once.
      removeRollbackCopies(this.opts.dataDir);
    } catch (e) {
      this.failure = this.describeFailure(e);
      // The caller sees what the failure screen will say, not a raw SQLite error.
      throw isAppError(e) ? e : new AppError(this.failure.code, this.failure.message);
    }
  }

  /**
   * After a restore put new files in place while the office was sealed or failed: forgets the old
   * failure and checks the new files as a start would (the office is then `sealed`, or failed anew).
   */
  filesReplaced(): void {
    if (this.db) throw new AppError('INTERNAL', 'Die Datenbank ist noch geöffnet.');
    this.failure = this.checkFiles();
  }

  /** Closes the database and forgets the key (nobody is logged in any more). */
  seal(): void {
    if (this.db) {
      this.db.raw.close();
      this.db = null;
    }
    this.dbKey?.fill(0);
    this.dbKey = null;
  }
}
