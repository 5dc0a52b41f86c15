import type { AppCore } from '../ipc/app-core';
import { runAutomaticBackup, type AutoOutcome } from './auto-backup';
import { berlinDate } from './berlin-clock';
import { backupRuntime } from './backup-runtime';
import { readBackupSettings } from './backup-settings';
import { readBackupState } from './backup-state';

// At least one automatic backup per (Berlin) day while the app runs. The timer only looks every
// minute (cheap: two small files), so a backup follows soon after someone opens the office; a
// failed attempt is retried after an hour, not every minute.

export const POLL_MS = 60_000;
export const RETRY_MS = 60 * 60_000;

/** True when the office is open, automatic backups are on and today has no good one yet. */
export function automaticBackupDue(core: AppCore, retryMs = RETRY_MS): boolean {
  if (core.office.phase !== 'open') return false;
  const rt = backupRuntime(core);
  const now = core.now();
  if (rt.busy || now - rt.lastAutoAttempt < retryMs) return false;
  const { dataDir } = core.office.opts;
  const settings = readBackupSettings(dataDir);
  if (!settings.automatic || !settings.targetDir || !settings.autoPassphrase) return false;
  return readBackupState(dataDir).lastAutoDay !== berlinDate(now);
}

/** One scheduler look: makes today's backup if it is due. */
export async function schedulerTick(core: AppCore, retryMs = RETRY_MS): Promise<AutoOutcome | null> {
  return automaticBackupDue(core, retryMs) ? runAutomaticBackup(core) : null;
}

/** Starts the daily backup timer for this app; returns the function that stops it. */
export function startBackupScheduler(core: AppCore, pollMs = POLL_MS): () => void {
  const timer = setInterval(() => {
    schedulerTick(core).catch(() => undefined);
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
