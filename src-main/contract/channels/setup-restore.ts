import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../result';
import { backupPath, backupSecret, type BackupSummary } from './backup';

// Restoring a backup where nobody can log in: on a new workstation or after the data directory was
// lost (phase `setup`), or when the office's files cannot be opened (phase `failed`, for the
// failures below only). So these channels are public; the service refuses them whenever a usable
// office exists (a set-up office restores through `backup.restore`, administration only).

/**
 * Failures a backup repairs: a damaged or unreadable database, a damaged or missing key file.
 * Not `DB_NEWER`: that data is fine, it needs the newer app.
 */
export const RESTORABLE_FAILURES = ['DB_UNREADABLE', 'KEYFILE_DAMAGED'] as const satisfies readonly ErrorCode[];

export const isRestorableFailure = (code: string): boolean => (RESTORABLE_FAILURES as readonly string[]).includes(code);

const backupFile = z.object({ path: backupPath, secret: backupSecret }).strict();

export interface SetupRestored {
  restored: BackupSummary;
  /** Phase `failed`: the folder in the data directory that now holds the files that could not be opened. */
  damagedKeptIn: string | null;
}

export const setupRestoreChannels = {
  /** Full check of the backup (changes nothing the office uses); answers what it holds. */
  'setup.verifyBackup': channel<BackupSummary>()(backupFile, 'public'),
  /** Checks again and puts database and key file in place; the office is then `sealed` (login). */
  'setup.restoreBackup': channel<SetupRestored>()(backupFile.extend({ confirm: z.literal(true) }).strict(), 'public'),
  /** The desktop shell's "open" dialog for the backup file; `supported: false` in browser mode. */
  'setup.pickBackupFile': channel<{ supported: boolean; path: string | null }>()(z.object({}).strict(), 'public'),
};
