import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupRotation } from '../../contract/channels/backup';
import { isAppError } from '../errors';
import type { AppCore } from '../ipc/app-core';
import { berlinDate } from './berlin-clock';
import { backupRuntime, exclusive } from './backup-runtime';
import { createVerifiedBackup } from './backup-service';
import { readBackupSettings, unwrapAutoPassphrase } from './backup-settings';
import { updateBackupState } from './backup-state';
import { removeQuietly } from './fs-steps';
import { backupErrors } from './messages';
import { noteVerifiedInTarget } from './office-backup';
import { backupsToKeep } from './rotation';
import { autoBackupName, isReachableFolder, listAutoBackups, removeStalePartials } from './target-folder';

// Unattended backups: at least one a day while the app runs (scheduler.ts) and one when it closes.
// Each is verified after writing; then old ones are thinned out by the rotation rules.

export type AutoOutcome =
  | { done: true; bytes: number }
  | { done: false; skipped: 'not-open' | 'off' | 'not-configured' | 'busy' }
  | { done: false; failed: string };

/** Deletes automatic backups the rotation does not keep; other files in the folder are never touched. */
export function applyRotation(dataDir: string, targetDir: string, policy: BackupRotation, now: number): number {
  removeStalePartials(targetDir, now);
  const files = listAutoBackups(targetDir);
  const keep = backupsToKeep(
    files.map((f) => ({ id: f.name, localDateTime: f.localDateTime })),
    policy,
  );
  const removed = files.filter((f) => !keep.has(f.name));
  // A file that cannot be deleted now (in use) is simply tried again after the next backup.
  for (const f of removed) removeQuietly(join(targetDir, f.name));
  updateBackupState(dataDir, (s) => {
    for (const name of Object.keys(s.verified)) if (!files.some((f) => f.name === name) || !keep.has(name)) delete s.verified[name];
  });
  return removed.length;
}

async function writeAutomatic(core: AppCore): Promise<AutoOutcome> {
  const { office } = core;
  const dataDir = office.opts.dataDir;
  const settings = readBackupSettings(dataDir);
  if (!settings.automatic) return { done: false, skipped: 'off' };
  // Not set up yet is not a failure: the Heute page asks for the setup instead (backup-status.ts).
  const passphrase = unwrapAutoPassphrase(settings, office.key());
  if (!settings.targetDir || !passphrase) return { done: false, skipped: 'not-configured' };
  const targetDir = settings.targetDir;
  if (!isReachableFolder(targetDir)) throw backupErrors.targetUnreachable();
  const now = core.now();
  const out = join(targetDir, autoBackupName(now, (n) => existsSync(join(targetDir, n))));
  const created = await createVerifiedBackup(office, out, { source: 'passphrase', passphrase }, { actorId: null, automatic: true, now });
  noteVerifiedInTarget(dataDir, created);
  updateBackupState(dataDir, (s) => {
    s.lastAutoDay = berlinDate(now);
    s.lastAutoFailure = null;
  });
  const removed = applyRotation(dataDir, targetDir, settings.rotation, now);
  core.logger.log('info', 'backup.auto.ok', { bytes: created.fileBytes, rotatedOut: removed });
  return { done: true, bytes: created.fileBytes };
}

/** One automatic backup now, if the office is open and automatic backups are on. Never throws. */
export async function runAutomaticBackup(core: AppCore): Promise<AutoOutcome> {
  if (core.office.phase !== 'open') return { done: false, skipped: 'not-open' };
  const rt = backupRuntime(core);
  if (rt.busy) return { done: false, skipped: 'busy' };
  rt.lastAutoAttempt = core.now();
  try {
    return await exclusive(core, () => writeAutomatic(core));
  } catch (e) {
    const code = isAppError(e) ? String(e.details?.reason ?? e.code) : 'INTERNAL';
    core.logger.log('error', 'backup.auto.failed', { code });
    try {
      updateBackupState(core.office.opts.dataDir, (s) => {
        s.lastAutoFailure = { at: new Date(core.now()).toISOString(), code };
      });
    } catch {
      /* the log line above is all we can do */
    }
    return { done: false, failed: code };
  }
}

/** For the desktop shell's quit: one last automatic backup while the database is still open. */
export function runShutdownBackup(core: AppCore): Promise<AutoOutcome> {
  return runAutomaticBackup(core);
}
