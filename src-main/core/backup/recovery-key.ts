import { normalizeRecoveryCode } from '../crypto/recovery-code';
import { deriveKey, type ScryptParams } from '../crypto/scrypt';
import type { KeyMaterial } from './container';

// A backup can be opened with the office recovery code instead of a passphrase. The container
// expects a ready 32-byte key for that (keySource "recovery"), so the code goes through scrypt
// here, with a fixed salt that only serves to separate this use from every other one (the key
// slots use random salts). The parameters are part of the file format: never change them, or
// existing backups no longer open. Documented in docs/backup-format.md, section 10.

export const RECOVERY_BACKUP_SALT = 'kim-backup-recovery-v1';
export const RECOVERY_BACKUP_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/** The 32-byte container key for the office recovery code (typed in any case, with or without dashes). */
export async function recoveryBackupKey(code: string): Promise<KeyMaterial> {
  const key = await deriveKey(normalizeRecoveryCode(code), Buffer.from(RECOVERY_BACKUP_SALT, 'utf8'), RECOVERY_BACKUP_SCRYPT);
  return { source: 'recovery', key };
}
