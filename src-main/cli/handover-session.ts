import type { CaseCtx } from '../core/cases/service-context';
import { CLI_CLIENT_ID, type CliOffice } from './cli-office';
import { UsageError, type CliIo } from './io';
import type { ParsedArgs } from './args';
import { readBackupSecret } from './backup-secret';

// Shared by `case export` and `case import`: the logged-in command-line session as the case
// services' context, and the file passphrase (never the recovery code: a handover leaves the office).

export function cliCaseCtx(office: CliOffice): CaseCtx {
  const session = office.core.sessions.get(CLI_CLIENT_ID);
  if (!session) throw new Error('command-line session missing after login');
  return { db: office.core.office.database(), actor: session, at: new Date(office.core.now()) };
}

export function readHandoverPassphrase(args: ParsedArgs, io: CliIo): string {
  const secret = readBackupSecret(args, io);
  if (secret.source !== 'passphrase') throw new UsageError('Eine Fallübergabe wird mit einem Passwort verschlüsselt, nicht mit dem Wiederherstellungscode.');
  return secret.passphrase;
}

export const HANDOVER_SECRET_OPTIONS = {
  'passphrase-file': { value: 'DATEI', help: 'Passwort der Übergabedatei aus dieser Datei lesen (statt aus KIM_BACKUP_PASSPHRASE)' },
};
export const HANDOVER_SECRET_NOTE = 'Das Passwort der Übergabedatei kommt aus KIM_BACKUP_PASSPHRASE oder --passphrase-file, nie aus einem Argument.';
