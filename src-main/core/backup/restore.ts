import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupSummary } from '../../contract/channels/backup';
import { appendAudit } from '../audit/audit-log';
import { dataFiles } from '../config/data-dir';
import { inTransaction, openEncryptedDatabase } from '../db/open-encrypted';
import type { KeyMaterial } from './container';
import { extractBackup, type ExtractedBackup } from './extract';
import { syncDir, syncFile, tempName } from './fs-steps';
import { backupErrors } from './messages';
import { readJournal, rollBack, STAGING_PREFIX, swapIn, type SwapOptions } from './restore-journal';
import { assertRestorable, compareSchema, knownMigrations } from './schema-compat';
import { inspectExtracted } from './verify';

// Restore in two halves. `prepareRestore` changes nothing the office uses: it decrypts and checks
// the backup into a staging folder inside the data directory (same volume, so the swap is renames
// only) and refuses newer, foreign or damaged backups. `commitRestore` swaps the files; the office
// must be sealed by then (nobody logged in, database closed).

export interface PreparedRestore {
  dataDir: string;
  stagingName: string;
  summary: BackupSummary;
  /** Removes the staging folder (when the restore is not committed after all). */
  discard(): void;
}

export interface RestoreTarget {
  dataDir: string;
  migrationsDir: string;
}

/** The restore itself is recorded in the restored database's audit chain, before it goes live. */
function auditRestore(x: ExtractedBackup, actorId: string | null): void {
  const file = dataFiles(x.dir).database;
  const db = openEncryptedDatabase(file, x.dbKey);
  try {
    inTransaction(db, () => appendAudit(db, { userId: actorId, action: 'backup.restored' }));
  } finally {
    db.raw.close();
  }
  syncFile(file);
}

export async function prepareRestore(
  target: RestoreTarget,
  file: string,
  km: KeyMaterial,
  opts: { actorId: string | null },
): Promise<PreparedRestore> {
  mkdirSync(target.dataDir, { recursive: true });
  const known = knownMigrations(target.migrationsDir);
  const stagingName = tempName(STAGING_PREFIX);
  const x = await extractBackup(file, km, join(target.dataDir, stagingName), {
    // Refused before the (possibly large) database is written anywhere.
    onManifest: (m) =>
      assertRestorable(
        compareSchema(m.schema.ledger, known),
        { appVersion: m.appVersion, schemaTag: m.schema.latestTag, migrations: m.schema.migrations },
        known.length,
      ),
  });
  try {
    const summary = inspectExtracted(x, known);
    assertRestorable(summary.compatibility, { appVersion: summary.appVersion, schemaTag: summary.schema.latestTag, migrations: summary.schema.migrations }, known.length);
    auditRestore(x, opts.actorId);
    syncDir(x.dir);
    x.dbKey.fill(0);
    return { dataDir: target.dataDir, stagingName, summary, discard: x.discard };
  } catch (e) {
    x.discard();
    throw e;
  }
}

/**
 * Swaps the staged files in. If a step fails, the old files are put back before the error is
 * raised; if the process dies instead, the next start finishes the swap (restore-journal.ts).
 */
export function commitRestore(prepared: PreparedRestore, now: number, opts: SwapOptions = {}): void {
  try {
    swapIn(prepared.dataDir, prepared.stagingName, now, opts);
  } catch (e) {
    try {
      const journal = readJournal(prepared.dataDir);
      if (typeof journal === 'object') rollBack(prepared.dataDir, journal);
    } finally {
      prepared.discard();
    }
    throw backupErrors.swapFailed((e as { code?: string }).code);
  }
}
