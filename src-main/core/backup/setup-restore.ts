import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupSummary } from '../../contract/channels/backup';
import { isRestorableFailure, type SetupRestored } from '../../contract/channels/setup-restore';
import { AppError, isAppError } from '../errors';
import type { AppCore } from '../ipc/app-core';
import { keyMaterialFor, wipeKeyMaterial, type BackupSecret } from './backup-key';
import { backupRuntime, exclusive } from './backup-runtime';
import { damagedFolderName, writeDamagedNote } from './damaged-files';
import { verifyBackup } from './office-backup';
import { commitRestore, prepareRestore } from './restore';

// Restore where nobody can log in: at first run (phase `setup`: a new workstation, or the data
// directory was lost) or when the office's files cannot be opened (phase `failed` with a failure a
// backup repairs: damaged database or key file). So the channels are public; what keeps them safe
// is that they never act on data anyone can use: an EMPTY data directory, or files the app cannot
// open, which are moved aside (damaged-files.ts) rather than deleted. Wrong keys are throttled like
// logins. The restore itself is the one the command line and the admin route use.

/** Throttle entry for wrong backup keys (user names cannot contain '#'). */
const THROTTLE_KEY = '#setup-restore';

const officeExists = () =>
  new AppError(
    'ALREADY_SETUP',
    'In diesem Datenverzeichnis ist bereits eine Dienststelle eingerichtet oder es liegen Daten darin. Die Wiederherstellung bei der Einrichtung ist nur in einem leeren Datenverzeichnis möglich; eine eingerichtete Dienststelle stellt die Administration unter Einstellungen → Datensicherung wieder her. Es wurde nichts verändert.',
    { reason: 'OFFICE_EXISTS' },
  );

const notRestorable = () =>
  new AppError(
    'CONFLICT',
    'Dieser Fehler lässt sich nicht durch das Wiederherstellen einer Sicherung beheben. Bitte folgen Sie den Hinweisen auf dem Bildschirm oder wenden Sie sich an die IT. Es wurde nichts verändert.',
    { reason: 'FAILURE_NOT_RESTORABLE' },
  );

type Situation = { phase: 'setup' } | { phase: 'failed'; failure: string };

/**
 * Setup phase and no database file (a first-run setup that is still deriving its keys has already
 * written its database but no key file yet, and its key file must never land beside ours), or a
 * failed office whose failure a backup repairs. Sealed and open offices are refused.
 */
function situation(core: AppCore): Situation {
  const { office } = core;
  if (office.phase === 'failed') {
    const failure = office.failureInfo?.code ?? 'INTERNAL';
    if (!isRestorableFailure(failure)) throw notRestorable();
    return { phase: 'failed', failure };
  }
  if (office.phase !== 'setup' || existsSync(office.files.database)) throw officeExists();
  return { phase: 'setup' };
}

/** Runs `fn` unless wrong keys came too fast; a wrong key makes the next attempt wait longer. */
async function throttled<T>(core: AppCore, fn: () => Promise<T>): Promise<T> {
  const wait = core.throttle.waitFor(THROTTLE_KEY, core.now());
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', `Zu viele Fehlversuche. Bitte warten Sie ${Math.ceil(wait / 1000)} Sekunden.`, { retryAfterMs: wait });
  }
  try {
    const result = await fn();
    core.throttle.succeed(THROTTLE_KEY);
    return result;
  } catch (e) {
    if (isAppError(e) && e.code === 'WRONG_PASSWORD') {
      const attempt = core.throttle.fail(THROTTLE_KEY, core.now());
      core.logger.log('warn', 'setup.restore-wrong-key', { attempt });
    }
    throw e;
  }
}

export interface SetupRestoreRequest {
  path: string;
  secret: BackupSecret;
}

/** Full verification (the temporary copy lives in the data directory and is removed again). */
export async function verifyBackupAtSetup(core: AppCore, req: SetupRestoreRequest): Promise<BackupSummary> {
  situation(core);
  return throttled(core, () => exclusive(core, () => verifyBackup(core, req)));
}

/**
 * Verifies and stages the backup, then puts database and key file in place. The office is then
 * sealed: users log in with the passwords they had when the backup was made. The restored
 * database's audit chain records the restore (`backup.restored`, no actor: nobody is logged in).
 * In phase `failed` the files that could not be opened go into `damagedKeptIn` within the same
 * journalled swap, so a crash leaves either them or the restored files in place, whole.
 */
export async function restoreBackupAtSetup(core: AppCore, req: SetupRestoreRequest): Promise<SetupRestored> {
  const before = situation(core);
  const { dataDir, migrationsDir } = core.office.opts;
  return throttled(core, async () => {
    const km = await keyMaterialFor(req.secret, 'read');
    try {
      return await exclusive(core, async () => {
        // Owner-only, as a first-run setup creates it.
        mkdirSync(dataDir, { recursive: true, mode: 0o700 });
        const prepared = await prepareRestore({ dataDir, migrationsDir }, resolve(req.path), km, { actorId: null });
        try {
          // Checking the backup takes a while: someone may have set up an office meanwhile.
          if (situation(core).phase !== before.phase) throw officeExists();
        } catch (e) {
          prepared.discard();
          throw e;
        }
        const now = core.now();
        const damagedKeptIn = before.phase === 'failed' ? damagedFolderName(dataDir, now) : null;
        commitRestore(prepared, now, damagedKeptIn ? { keepOldIn: damagedKeptIn } : {});
        core.office.filesReplaced();
        core.logger.log('warn', 'backup.restored', { migrations: prepared.summary.schema.migrations, via: before.phase });
        if (before.phase === 'failed' && damagedKeptIn) noteDamaged(core, damagedKeptIn, before.failure, now);
        return { restored: prepared.summary, damagedKeptIn };
      });
    } finally {
      wipeKeyMaterial(km);
    }
  });
}

/** The note is a courtesy: the restore has succeeded, so a failure to write it is only logged. */
function noteDamaged(core: AppCore, folder: string, failure: string, now: number): void {
  try {
    writeDamagedNote(core.office.opts.dataDir, folder, failure, now);
  } catch (e) {
    core.logger.log('warn', 'restore.damaged-note-failed', { error: (e as { code?: string }).code ?? 'unknown' });
  }
}

/** The desktop shell's file dialog, where a restore without login is allowed (browser mode: the path is typed in). */
export async function pickBackupFileAtSetup(core: AppCore, clientId: string): Promise<{ supported: boolean; path: string | null }> {
  situation(core);
  const picker = backupRuntime(core).picker;
  if (!picker) return { supported: false, path: null };
  return { supported: true, path: await picker('open', clientId, '') };
}
