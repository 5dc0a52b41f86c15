import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupRotation, BackupSettingsView } from '../../contract/channels/backup';
import { writeFileTagged } from './fs-steps';

// Settings of the automatic backups, in `<dataDir>/backup-settings.json`.
//
// Unattended backups need a key without anyone typing it. The admin sets a backup passphrase once;
// it is stored here encrypted (AES-256-GCM) under a key derived from the database key. So it can
// only be decrypted while the office is open (someone logged in), which is exactly when automatic
// backups run; a stolen data folder without a user password reveals it no more than the database.
// Trade-off: whoever can open the office (and read the process memory) can also read the backup
// passphrase, and restoring needs the passphrase, so the admin must keep it outside the computer.
// It lives in a file beside the database rather than in the database's settings table because
// (1) every user may read that table through `settings.get`, (2) a restore must not roll back
// the backup configuration, and (3) `backup list` on the command line works without a login.

const FILE = 'backup-settings.json';
const WRAP_INFO = 'KIM Fallakte auto-backup passphrase v1';
const WRAP_AAD = Buffer.from('kim-auto-backup-passphrase|v1');

export const DEFAULT_ROTATION: BackupRotation = { daily: 7, weekly: 4, monthly: 12 };

const hex = z.string().regex(/^[0-9a-f]+$/);
const storedSchema = z.object({
  version: z.literal(1),
  targetDir: z.string().nullable(),
  automatic: z.boolean(),
  rotation: z.object({ daily: z.number().int().min(1), weekly: z.number().int().min(0), monthly: z.number().int().min(0) }),
  warnAfterDays: z.number().int().min(1),
  autoPassphrase: z.object({ salt: hex, iv: hex, tag: hex, data: hex }).nullable(),
});

export type BackupSettings = z.infer<typeof storedSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = {
  version: 1,
  targetDir: null,
  automatic: true,
  rotation: DEFAULT_ROTATION,
  warnAfterDays: 2,
  autoPassphrase: null,
};

export const settingsFile = (dataDir: string) => join(dataDir, FILE);

export function readBackupSettings(dataDir: string): BackupSettings {
  const file = settingsFile(dataDir);
  if (!existsSync(file)) return structuredClone(DEFAULT_BACKUP_SETTINGS);
  try {
    return storedSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return structuredClone(DEFAULT_BACKUP_SETTINGS);
  }
}

export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  writeFileTagged(settingsFile(dataDir), JSON.stringify(storedSchema.parse(settings), null, 2));
}

const wrapKey = (dbKey: Buffer, salt: Buffer) => Buffer.from(hkdfSync('sha256', dbKey, salt, WRAP_INFO, 32));

export function wrapAutoPassphrase(passphrase: string, dbKey: Buffer): NonNullable<BackupSettings['autoPassphrase']> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = wrapKey(dbKey, salt);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(WRAP_AAD);
    const data = Buffer.concat([cipher.update(passphrase, 'utf8'), cipher.final()]);
    return { salt: salt.toString('hex'), iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), data: data.toString('hex') };
  } finally {
    key.fill(0);
  }
}

/** The stored passphrase, or null when none is set or it was stored under another database key. */
export function unwrapAutoPassphrase(settings: BackupSettings, dbKey: Buffer): string | null {
  const w = settings.autoPassphrase;
  if (!w) return null;
  const key = wrapKey(dbKey, Buffer.from(w.salt, 'hex'));
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(w.iv, 'hex'));
    decipher.setAAD(WRAP_AAD);
    decipher.setAuthTag(Buffer.from(w.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(w.data, 'hex')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}

export const toSettingsView = (s: BackupSettings): BackupSettingsView => ({
  targetDir: s.targetDir,
  automatic: s.automatic,
  rotation: { ...s.rotation },
  warnAfterDays: s.warnAfterDays,
  autoPassphraseSet: s.autoPassphrase !== null,
});
