import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupCreated, BackupSummary } from '../../contract/channels/backup';
import type { AppCore } from '../ipc/app-core';
import { listUsers } from '../users/users-repo';
import { keyMaterialFor, wipeKeyMaterial, type BackupSecret } from './backup-key';
import { exclusive } from './backup-runtime';
import { assertOfficeRecoveryCode, createVerifiedBackup } from './backup-service';
import { readBackupSettings } from './backup-settings';
import { updateBackupState } from './backup-state';
import { backupErrors } from './messages';
import { commitRestore, prepareRestore } from './restore';
import { knownMigrations } from './schema-compat';
import { backupTempDir } from './snapshot';
import { autoBackupName, isReachableFolder, parseAutoBackupName } from './target-folder';
import { verifyBackupFile } from './verify';

// The backup operations of the running app, as the handlers call them (the command line goes
// through the same handlers for `backup create`).

function openOffice(core: AppCore) {
  if (core.office.phase !== 'open') throw backupErrors.notOpen();
  return core.office;
}

/** Without a path the backup goes into the configured target folder under an automatic name. */
function targetPathFor(core: AppCore, path: string | undefined): string {
  if (path) return resolve(path);
  const { targetDir } = readBackupSettings(core.office.opts.dataDir);
  if (!targetDir) throw backupErrors.noTarget();
  if (!isReachableFolder(targetDir)) throw backupErrors.targetUnreachable();
  return join(targetDir, autoBackupName(core.now(), (n) => existsSync(join(targetDir, n))));
}

/** Notes a verified file in the target folder, so `backup list` shows it as verified. */
export function noteVerifiedInTarget(dataDir: string, created: BackupCreated): void {
  const { targetDir } = readBackupSettings(dataDir);
  const name = basename(created.path);
  if (!targetDir || resolve(dirname(created.path)) !== resolve(targetDir) || !parseAutoBackupName(name)) return;
  updateBackupState(dataDir, (s) => {
    s.verified[name] = { at: created.createdAt, bytes: created.fileBytes };
  });
}

export async function createBackupNow(core: AppCore, req: { path?: string; secret: BackupSecret; actorId: string | null }): Promise<BackupCreated> {
  const office = openOffice(core);
  const out = targetPathFor(core, req.path);
  // Checked first: it is cheaper than the key derivation and a wrong code must not write anything.
  if (req.secret.source === 'recovery') await assertOfficeRecoveryCode(office, req.secret.recoveryCode);
  const km = await keyMaterialFor(req.secret, 'write');
  try {
    const created = await exclusive(core, () => createVerifiedBackup(office, out, km, { actorId: req.actorId, automatic: false, now: core.now() }));
    noteVerifiedInTarget(office.opts.dataDir, created);
    core.logger.log('info', 'backup.created', { bytes: created.fileBytes });
    return created;
  } finally {
    wipeKeyMaterial(km);
  }
}

/** Full verification; changes nothing (the temporary copy lives in the data directory and is removed). */
export async function verifyBackup(core: AppCore, req: { path: string; secret: BackupSecret }): Promise<BackupSummary> {
  const { dataDir, migrationsDir } = core.office.opts;
  const km = await keyMaterialFor(req.secret, 'read');
  try {
    return await verifyBackupFile(resolve(req.path), km, { tempParent: backupTempDir(dataDir), known: knownMigrations(migrationsDir) });
  } finally {
    wipeKeyMaterial(km);
  }
}

/** Ends every session: the database they work on is about to be replaced. */
function logOutEveryone(core: AppCore): void {
  if (core.office.phase === 'open') for (const u of listUsers(core.office.database())) core.sessions.dropUser(u.id);
  core.office.seal();
}

/**
 * Verifies and stages the backup while everyone keeps working; only then logs everybody out,
 * seals the office and swaps the files. Any failure before the swap leaves everything as it was.
 */
export async function restoreBackupNow(
  core: AppCore,
  req: { path: string; secret: BackupSecret; actorId: string | null },
): Promise<BackupSummary> {
  const { dataDir, migrationsDir } = core.office.opts;
  const km = await keyMaterialFor(req.secret, 'read');
  try {
    return await exclusive(core, async () => {
      const prepared = await prepareRestore({ dataDir, migrationsDir }, resolve(req.path), km, { actorId: req.actorId });
      logOutEveryone(core);
      commitRestore(prepared, core.now());
      core.logger.log('warn', 'backup.restored', { migrations: prepared.summary.schema.migrations });
      return prepared.summary;
    });
  } finally {
    wipeKeyMaterial(km);
  }
}
