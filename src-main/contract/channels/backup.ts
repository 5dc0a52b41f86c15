import { z } from 'zod';
import { channel } from '../define';

// Encrypted backups and restore (administration only). Paths are files or folders on the machine
// running KIM Fallakte; in the desktop app the shell's file dialog fills them in (`backup.pickPath`).

export const MIN_BACKUP_PASSPHRASE_LENGTH = 12;

const admin = ['administration'] as const;
/** A file or folder on the machine running KIM Fallakte. */
export const backupPath = z.string().trim().min(1).max(4096);
const path = backupPath;

/** A backup passphrase, or the office recovery code as the alternative key. */
export const backupSecret = z.discriminatedUnion('source', [
  z.object({ source: z.literal('passphrase'), passphrase: z.string().min(1).max(1024) }).strict(),
  z.object({ source: z.literal('recovery'), recoveryCode: z.string().trim().min(1).max(100) }).strict(),
]);

export type SchemaCompatibility = 'same' | 'older' | 'newer' | 'foreign';

/** What a verified backup holds: shown before a restore and after "Sicherung prüfen". */
export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schema: { migrations: number; latestTag: string };
  recordCounts: Record<string, number>;
  fileBytes: number;
  keySource: 'passphrase' | 'recovery';
  /** `older` is restorable (migrated at the next login); `newer`/`foreign` are refused by restore. */
  compatibility: SchemaCompatibility;
}

export interface BackupCreated {
  path: string;
  fileBytes: number;
  createdAt: string;
  recordCounts: Record<string, number>;
}

export type BackupWarningCode = 'NO_BACKUP' | 'BACKUP_OVERDUE' | 'TARGET_UNREACHABLE' | 'AUTO_NOT_CONFIGURED' | 'LAST_AUTO_FAILED';

export interface BackupWarning {
  code: BackupWarningCode;
  /** German sentence for screens without their own translation (Heute, the command line). */
  message: string;
  /** Days since the last good backup, for BACKUP_OVERDUE. */
  days?: number;
}

export interface BackupStatus {
  lastGoodAt: string | null;
  lastFailure: { at: string; code: string } | null;
  targetDir: string | null;
  /** Null when no target folder is configured. */
  targetReachable: boolean | null;
  automatic: boolean;
  autoPassphraseSet: boolean;
  warnings: BackupWarning[];
}

export interface BackupRotation {
  daily: number;
  weekly: number;
  monthly: number;
}

export interface BackupSettingsView {
  targetDir: string | null;
  automatic: boolean;
  rotation: BackupRotation;
  warnAfterDays: number;
  /** The stored passphrase itself is never sent back. */
  autoPassphraseSet: boolean;
}

export interface BackupListEntry {
  name: string;
  /** Berlin wall time from the file name, `YYYY-MM-DDTHH:mm:ss`. */
  localDateTime: string;
  fileBytes: number;
  verified: boolean;
}

const rotation = z
  .object({ daily: z.number().int().min(1).max(366), weekly: z.number().int().min(0).max(520), monthly: z.number().int().min(0).max(240) })
  .strict();

export const backupSettingsPatch = z
  .object({
    targetDir: path.nullable().optional(),
    automatic: z.boolean().optional(),
    rotation: rotation.optional(),
    warnAfterDays: z.number().int().min(1).max(90).optional(),
    autoPassphrase: z.string().min(MIN_BACKUP_PASSPHRASE_LENGTH).max(1024).optional(),
  })
  .strict();

export const backupChannels = {
  /** Writes and verifies a backup; without `path` it goes into the configured target folder. */
  'backup.create': channel<BackupCreated>()(z.object({ path: path.optional(), secret: backupSecret }).strict(), admin),
  'backup.verify': channel<BackupSummary>()(z.object({ path, secret: backupSecret }).strict(), admin),
  /** Verifies, logs every session out, seals and swaps the files; the UI then shows the login. */
  'backup.restore': channel<{ restored: BackupSummary }>()(z.object({ path, secret: backupSecret, confirm: z.literal(true) }).strict(), admin),
  'backup.status': channel<BackupStatus>()(z.object({}).strict(), admin),
  /** The warnings only (no paths): for the Heute page of every user. */
  'backup.warnings': channel<BackupWarning[]>()(z.object({}).strict(), 'user'),
  'backup.list': channel<{ targetDir: string | null; backups: BackupListEntry[] }>()(z.object({}).strict(), admin),
  'backup.settings.get': channel<BackupSettingsView>()(z.object({}).strict(), admin),
  'backup.settings.update': channel<BackupSettingsView>()(backupSettingsPatch, admin),
  /** The desktop shell's file dialog; `supported: false` in browser mode (type the path instead). */
  'backup.pickPath': channel<{ supported: boolean; path: string | null }>()(
    z.object({ purpose: z.enum(['save', 'open', 'folder']) }).strict(),
    admin,
  ),
};
