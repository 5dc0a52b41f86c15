import { mkdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import type { BackupSummary } from '../../contract/channels/backup';
import { dataFiles } from '../config/data-dir';
import { readKeyFile } from '../crypto/key-file';
import { isAppError } from '../errors';
import type { ContainerHeader, ContainerStats, KdfMemo, KeyMaterial } from './container';
import { discardSink, readBackupContents } from './backup-contents';
import { checkedFacts, openEncryptedReadOnly } from './db-facts';
import { extractBackup, type ExtractedBackup } from './extract';
import { tempName } from './fs-steps';
import type { BackupManifest } from './manifest';
import { backupErrors } from './messages';
import { compareSchema, type KnownMigration } from './schema-compat';

// Verification goes beyond the container's own checks (every chunk authenticated, content hash):
// the contained database must open with the contained key, pass SQLite's integrity check, and agree
// with the manifest. A backup that passes can be restored by this app version (if not newer).

export const VERIFY_PREFIX = 'verify-';

/** The header (readable without a key) must state what the manifest states. */
function assertHeaderAgrees(h: ContainerHeader, m: BackupManifest): void {
  const agrees = isDeepStrictEqual(h.recordCounts, m.recordCounts) && h.schemaVersion === m.schema.latestTag && h.appVersion === m.appVersion;
  if (!agrees) throw backupErrors.inconsistent('header');
}

/** Checks an extracted backup; returns what it holds or throws a VALIDATION error saying what is wrong. */
export function inspectExtracted(x: ExtractedBackup, known: readonly KnownMigration[]): BackupSummary {
  const files = dataFiles(x.dir);
  try {
    readKeyFile(files.keyFile);
  } catch {
    throw backupErrors.keyFileDamaged();
  }
  let db;
  try {
    db = openEncryptedReadOnly(files.database, x.dbKey);
  } catch (e) {
    throw isAppError(e) && e.code === 'DB_UNREADABLE' ? backupErrors.databaseUnreadable() : e;
  }
  try {
    const facts = checkedFacts(db);
    if (!facts) throw backupErrors.integrityFailed();
    const { manifest: m, header: h } = x;
    if (!isDeepStrictEqual(facts.ledger, m.schema.ledger)) throw backupErrors.inconsistent('ledger');
    if (!isDeepStrictEqual(facts.recordCounts, m.recordCounts)) throw backupErrors.inconsistent('recordCounts');
    assertHeaderAgrees(h, m);
    return {
      createdAt: m.createdAt,
      appVersion: m.appVersion,
      schema: { migrations: m.schema.migrations, latestTag: m.schema.latestTag },
      recordCounts: m.recordCounts,
      fileBytes: x.fileBytes,
      keySource: h.keySource,
      compatibility: compareSchema(m.schema.ledger, known),
    };
  } finally {
    db.close();
  }
}

/**
 * Full verification of a backup file without changing anything: decrypts it into a temporary
 * folder under `tempParent` (the bytes stay SQLCipher-encrypted), inspects it, removes the folder.
 */
export async function verifyBackupFile(
  file: string,
  km: KeyMaterial,
  opts: { tempParent: string; known: readonly KnownMigration[] },
): Promise<BackupSummary> {
  mkdirSync(opts.tempParent, { recursive: true, mode: 0o700 });
  const x = await extractBackup(file, km, join(opts.tempParent, tempName(VERIFY_PREFIX)));
  try {
    return inspectExtracted(x, opts.known);
  } finally {
    x.discard();
  }
}

/**
 * The check right after writing, as a restore reads the file: every chunk decrypted and
 * authenticated, the archive parsed, manifest and header in agreement — and the payload's SHA-256
 * equal to the one computed while writing. The file therefore holds exactly the bytes of the
 * snapshot that already passed integrity_check and gave the manifest its facts (snapshot.ts), so
 * the database is not extracted and checked a second time.
 */
export async function confirmWrittenBackup(file: string, km: KeyMaterial, written: ContainerStats, kdfMemo?: KdfMemo): Promise<void> {
  const c = await readBackupContents(file, km, discardSink, { kdfMemo });
  try {
    const same = c.stats.contentSha256 === written.contentSha256 && c.stats.plaintextBytes === written.plaintextBytes && c.stats.fileBytes === written.fileBytes;
    if (!same) throw backupErrors.inconsistent('content');
    assertHeaderAgrees(c.header, c.manifest);
  } finally {
    c.dbKey.fill(0);
  }
}
