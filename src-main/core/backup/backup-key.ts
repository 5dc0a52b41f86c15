import { MIN_BACKUP_PASSPHRASE_LENGTH } from '../../contract/channels/backup';
import { AppError } from '../errors';
import type { KeyMaterial } from './container';
import { recoveryBackupKey } from './recovery-key';

/** What a person hands in to open or write a backup: a backup passphrase or the office recovery code. */
export type BackupSecret = { source: 'passphrase'; passphrase: string } | { source: 'recovery'; recoveryCode: string };

/**
 * New backups need a passphrase of at least 12 characters: unlike a login, an offline copy of the
 * file can be attacked without any throttling. Opening an existing file accepts any length.
 */
export function assertNewBackupPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_BACKUP_PASSPHRASE_LENGTH) {
    throw new AppError(
      'VALIDATION',
      `Das Passwort für die Sicherung muss mindestens ${MIN_BACKUP_PASSPHRASE_LENGTH} Zeichen lang sein.`,
      { reason: 'PASSPHRASE_TOO_SHORT', minLength: MIN_BACKUP_PASSPHRASE_LENGTH },
    );
  }
}

export async function keyMaterialFor(secret: BackupSecret, purpose: 'write' | 'read'): Promise<KeyMaterial> {
  if (secret.source === 'recovery') return recoveryBackupKey(secret.recoveryCode);
  if (purpose === 'write') assertNewBackupPassphrase(secret.passphrase);
  return { source: 'passphrase', passphrase: secret.passphrase };
}

/** Zeroes a derived recovery key once it is no longer needed. */
export function wipeKeyMaterial(km: KeyMaterial): void {
  if (km.source === 'recovery') km.key.fill(0);
}
