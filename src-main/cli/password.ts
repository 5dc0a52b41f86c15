import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors';
import type { ParsedArgs } from './args';
import { UsageError, type CliIo } from './io';

/**
 * The password from `--password-file` (its content minus one trailing newline) or `KIM_PASSWORD`.
 * Never from an argument: those show up in process lists and shell histories. Missing: usage error.
 */
export function readPassword(args: ParsedArgs, io: CliIo): string {
  const file = args.value('password-file');
  if (file !== undefined) {
    let content: string;
    try {
      content = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch {
      throw new AppError('IO', 'Die Passwortdatei lässt sich nicht lesen.');
    }
    const password = content.replace(/\r?\n$/, '');
    if (!password) throw new UsageError('Die Passwortdatei ist leer.');
    return password;
  }
  const fromEnv = io.env.KIM_PASSWORD;
  if (fromEnv) return fromEnv;
  throw new UsageError('Kein Passwort angegeben: bitte KIM_PASSWORD setzen oder --password-file DATEI angeben.');
}
