import { resolve } from 'node:path';
import { resolveDataDir } from '../core/config/data-dir';
import type { OptionSpec, ParsedArgs } from './args';
import type { CliIo } from './io';

// Options and help lines several commands share.

export const DATA_DIR_OPTION: OptionSpec = {
  'data-dir': { value: 'ORDNER', help: 'Datenverzeichnis (Standard: KIM_DATA_DIR, sonst der Ordner der App)' },
};

export const PASSWORD_FILE_OPTION: OptionSpec = {
  'password-file': { value: 'DATEI', help: 'Passwort aus dieser Datei lesen (statt aus KIM_PASSWORD)' },
};

export const PASSWORD_NOTE = 'Das Passwort kommt aus KIM_PASSWORD oder --password-file, nie aus einem Argument.';
export const USER_NOTE = 'Benutzer: KIM_USER; ohne KIM_USER das einzige Benutzerkonto der Schlüsseldatei.';
export const LOGIN_NOTE = 'Die Anmeldung wird wie in der App im Audit-Protokoll vermerkt; eine Datenbank älterer Version wird dabei migriert.';
export const EXIT_NOTE = 'Rückgabewerte: 0 in Ordnung, 1 Fehler, 2 falscher Aufruf (auch: kein Passwort angegeben).';

/** `--data-dir` wins over `KIM_DATA_DIR`, which wins over the app's default folder; always absolute. */
export function dataDirOf(args: ParsedArgs, io: CliIo): string {
  const given = args.value('data-dir');
  return resolve(io.cwd, resolveDataDir(given ? ['--data-dir', given] : [], io.env));
}
