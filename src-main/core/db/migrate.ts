import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../errors';
import { fsyncDirectory } from '../fs/atomic-write';
import type { OfficeDb } from './open-encrypted';

const LEDGER = '__drizzle_migrations';

export interface MigrationReport {
  applied: number;
  /** Encrypted copy of the file taken before migrating, if there was anything to migrate. */
  backupFile: string | null;
  schemaVersion: string;
}

interface LedgerRow {
  hash: string;
  created_at: number;
}

function readLedger(db: OfficeDb): LedgerRow[] {
  const exists = db.raw.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name=?`).get(LEDGER);
  if (!exists) return [];
  return db.raw.prepare(`SELECT hash, created_at FROM ${LEDGER} ORDER BY created_at`).all() as LedgerRow[];
}

/** Keeps a copy of the (encrypted) file before the schema changes; the copy needs the same key. */
function backupBeforeMigration(db: OfficeDb): string {
  db.raw.pragma('wal_checkpoint(TRUNCATE)');
  const dir = join(dirname(db.file), 'pre-migration');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `${basename(db.file)}.${stamp}.bak`);
  copyFileSync(db.file, target);
  fsyncDirectory(dir);
  return target;
}

/**
 * Brings the database to the app's schema before any screen uses it: refuses a newer database,
 * keeps an encrypted copy, migrates in one transaction, then checks the ledger against the journal.
 */
export function migrateDatabase(db: OfficeDb, migrationsDir: string): MigrationReport {
  const known = readMigrationFiles({ migrationsFolder: migrationsDir });
  const knownByTime = new Map(known.map((m) => [m.folderMillis, m.hash]));
  const ledger = readLedger(db);
  const unknown = ledger.filter((r) => !knownByTime.has(Number(r.created_at)));
  if (unknown.length > 0) {
    throw new AppError(
      'DB_NEWER',
      'Die Datenbank wurde von einer neueren Version von KIM Fallakte angelegt oder geändert. Bitte installieren Sie die aktuelle Version; die Daten bleiben unverändert.',
      { knownMigrations: known.length, databaseMigrations: ledger.length },
    );
  }
  const pending = known.length - ledger.length;
  const backupFile = pending > 0 && ledger.length > 0 ? backupBeforeMigration(db) : null;
  if (pending > 0) migrate(db.orm, { migrationsFolder: migrationsDir });

  const after = readLedger(db);
  const consistent =
    after.length === known.length && after.every((r, i) => known[i]?.folderMillis === Number(r.created_at) && known[i]?.hash === r.hash);
  if (!consistent) {
    throw new AppError('INTERNAL', 'Der Stand der Datenbank passt nicht zu den Migrationen dieser Version. Bitte wenden Sie sich an die IT.');
  }
  return { applied: Math.max(pending, 0), backupFile, schemaVersion: String(known.length) };
}
