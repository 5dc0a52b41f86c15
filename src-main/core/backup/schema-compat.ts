import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { APP_VERSION } from '../config/app-info';
import { AppError } from '../errors';
import type { LedgerEntry } from './db-facts';

// Can this app version use a database with a given migrations ledger? Older is fine (the next
// login migrates it, keeping a pre-migration copy as usual); newer or foreign is refused.

export interface KnownMigration extends LedgerEntry {
  tag: string;
}

export type SchemaCompat = 'same' | 'older' | 'newer' | 'foreign';

/** The app's migrations in order, with the tags from drizzle/meta/_journal.json. */
export function knownMigrations(migrationsDir: string): KnownMigration[] {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number; tag: string }[] };
  const tagOf = new Map(journal.entries.map((e) => [e.when, e.tag]));
  return readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => ({
    createdAt: m.folderMillis,
    hash: m.hash,
    tag: tagOf.get(m.folderMillis) ?? String(m.folderMillis),
  }));
}

/** The tag of the newest applied migration: the schema version written into a backup's header. */
export function schemaTag(ledger: readonly LedgerEntry[], known: readonly KnownMigration[]): string {
  const newest = ledger.at(-1);
  if (!newest) return 'leer';
  return known.find((k) => k.createdAt === newest.createdAt)?.tag ?? `unbekannt-${newest.createdAt}`;
}

/**
 * `older`/`same`: the ledger is a prefix of the app's migrations (same ids, same hashes).
 * `newer`: it contains migrations this app does not know. `foreign`: same ids but different content.
 */
export function compareSchema(ledger: readonly LedgerEntry[], known: readonly KnownMigration[]): SchemaCompat {
  const knownIds = new Set(known.map((k) => k.createdAt));
  if (ledger.some((e) => !knownIds.has(e.createdAt))) return 'newer';
  const prefix = ledger.every((e, i) => known[i]?.createdAt === e.createdAt && known[i]?.hash === e.hash);
  if (!prefix) return 'foreign';
  return ledger.length === known.length ? 'same' : 'older';
}

/** Refuses what the app cannot open; the message names the version the backup needs. */
export function assertRestorable(compat: SchemaCompat, backup: { appVersion: string; schemaTag: string; migrations: number }, knownCount: number): void {
  if (compat === 'newer') {
    throw new AppError(
      'DB_NEWER',
      `Diese Sicherung stammt aus KIM Fallakte ${backup.appVersion} (Datenbankstand ${backup.schemaTag}, ${backup.migrations} Migrationen). ` +
        `Diese Version (${APP_VERSION}) kennt nur ${knownCount} Migrationen. Bitte installieren Sie KIM Fallakte ${backup.appVersion} oder neuer und stellen Sie die Sicherung dann wieder her. Es wurde nichts verändert.`,
      { reason: 'BACKUP_NEWER', neededAppVersion: backup.appVersion, backupMigrations: backup.migrations, knownMigrations: knownCount },
    );
  }
  if (compat === 'foreign') {
    throw new AppError(
      'VALIDATION',
      'Der Datenbankstand dieser Sicherung passt nicht zu dieser Version von KIM Fallakte (unbekannte Migrationen). Es wurde nichts verändert.',
      { reason: 'SCHEMA_MISMATCH' },
    );
  }
}
