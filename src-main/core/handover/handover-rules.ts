import { MIN_BACKUP_PASSPHRASE_LENGTH } from '../../contract/channels/backup';
import { AppError } from '../errors';

/** Payload tag in the container header (schemaVersion): the handover JSON format, not the database schema. */
export const HANDOVER_SCHEMA = 'kim-case-1';

/** A handover file leaves the office: the same minimum as a backup passphrase. */
export function assertHandoverPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_BACKUP_PASSPHRASE_LENGTH) {
    throw new AppError('VALIDATION', `Das Passwort für die Übergabedatei muss mindestens ${MIN_BACKUP_PASSPHRASE_LENGTH} Zeichen lang sein.`, {
      field: 'passphrase',
    });
  }
}
