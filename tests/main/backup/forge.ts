import { join } from 'node:path';
import Database from 'better-sqlite3';
import { archiveStream } from '../../../src-main/core/backup/archive';
import { writeContainer, type KeyMaterial } from '../../../src-main/core/backup/container';
import { countRecords } from '../../../src-main/core/backup/db-facts';
import { extractBackup } from '../../../src-main/core/backup/extract';
import { ENTRY, type BackupManifest } from '../../../src-main/core/backup/manifest';
import { readFileSync, statSync } from 'node:fs';
import { applyCipher } from '../../../src-main/core/db/open-encrypted';

// Builds containers the app would never write, from the documented pieces: a backup "from the
// future" (one more migration than this app knows) and the like.

/** Re-packs a real backup after `change` has edited its database and manifest. */
export async function repackBackup(
  source: string,
  out: string,
  km: KeyMaterial,
  workDir: string,
  change: (db: Database.Database, manifest: BackupManifest) => BackupManifest,
): Promise<void> {
  const x = await extractBackup(source, km, join(workDir, 'repack'));
  try {
    const dbFile = join(x.dir, ENTRY.database);
    const db = new Database(dbFile);
    applyCipher(db, x.dbKey);
    let manifest: BackupManifest;
    try {
      manifest = change(db, x.manifest);
      manifest = { ...manifest, recordCounts: countRecords(db) };
    } finally {
      db.close();
    }
    manifest = { ...manifest, databaseBytes: statSync(dbFile).size };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const keyBytes = readFileSync(join(x.dir, ENTRY.keyFile));
    const dbBytes = readFileSync(dbFile);
    await writeContainer(
      out,
      { kind: 'backup', appVersion: manifest.appVersion, schemaVersion: manifest.schema.latestTag, recordCounts: manifest.recordCounts, createdAt: manifest.createdAt },
      archiveStream([
        { name: ENTRY.manifest, size: manifestBytes.length, bytes: () => [manifestBytes] },
        { name: ENTRY.keyFile, size: keyBytes.length, bytes: () => [keyBytes] },
        { name: ENTRY.dbKey, size: 32, bytes: () => [x.dbKey] },
        { name: ENTRY.database, size: dbBytes.length, bytes: () => [dbBytes] },
      ]),
      km,
      { scryptN: 2 ** 14 },
    );
  } finally {
    x.discard();
  }
}

/** A backup as a future app version would write it: one more migration, a newer app version. */
export function fromTheFuture(db: Database.Database, m: BackupManifest): BackupManifest {
  const future = { createdAt: 4_102_444_800_000, hash: 'f'.repeat(64) };
  db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run(future.hash, future.createdAt);
  const ledger = [...m.schema.ledger, future];
  return { ...m, appVersion: '9.9.0', schema: { migrations: ledger.length, latestTag: '0099_zukunft', ledger } };
}
