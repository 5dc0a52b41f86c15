import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupSecret } from '../core/backup/backup-key';
import { AppError } from '../core/errors';
import type { OptionSpec, ParsedArgs } from './args';
import { UsageError, type CliIo } from './io';

// The key of a backup on the command line: the backup passphrase from KIM_BACKUP_PASSPHRASE or a
// file, or the office recovery code from a file. Never from an argument (process list, history).

export const BACKUP_SECRET_OPTIONS: OptionSpec = {
  'passphrase-file': { value: 'DATEI', help: 'Sicherungspasswort aus dieser Datei lesen (statt aus KIM_BACKUP_PASSPHRASE)' },
  'recovery-code-file': { value: 'DATEI', help: 'Statt eines Sicherungspassworts den Wiederherstellungscode der Dienststelle aus dieser Datei verwenden' },
};

export const BACKUP_SECRET_NOTE =
  'Das Sicherungspasswort kommt aus KIM_BACKUP_PASSPHRASE oder --passphrase-file, nie aus einem Argument; alternativ --recovery-code-file.';

function readSecretFile(io: CliIo, file: string, what: string): string {
  let content: string;
  try {
    content = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new AppError('IO', `Die Datei mit dem ${what} lässt sich nicht lesen.`);
  }
  const secret = content.replace(/\r?\n$/, '');
  if (!secret) throw new UsageError(`Die Datei mit dem ${what} ist leer.`);
  return secret;
}

export function readBackupSecret(args: ParsedArgs, io: CliIo): BackupSecret {
  const passFile = args.value('passphrase-file');
  const codeFile = args.value('recovery-code-file');
  if (passFile !== undefined && codeFile !== undefined) {
    throw new UsageError('Bitte entweder --passphrase-file oder --recovery-code-file angeben, nicht beides.');
  }
  if (codeFile !== undefined) return { source: 'recovery', recoveryCode: readSecretFile(io, codeFile, 'Wiederherstellungscode') };
  if (passFile !== undefined) return { source: 'passphrase', passphrase: readSecretFile(io, passFile, 'Sicherungspasswort') };
  const fromEnv = io.env.KIM_BACKUP_PASSPHRASE;
  if (fromEnv) return { source: 'passphrase', passphrase: fromEnv };
  throw new UsageError('Kein Sicherungspasswort angegeben: bitte KIM_BACKUP_PASSPHRASE setzen oder --passphrase-file DATEI (oder --recovery-code-file DATEI) angeben.');
}
