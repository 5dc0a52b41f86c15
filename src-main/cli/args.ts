import type { CliIo } from './io';
import { UsageError } from './io';

/** One `--name` option of a command: a flag, or (with `value`) an option taking a value. */
export interface OptionDef {
  /** Placeholder shown in the help (`ORDNER`); absent for a flag. */
  value?: string;
  required?: boolean;
  /** Also accepted as the one bare argument (`backup verify DATEI`); at most one per command. */
  positional?: boolean;
  help: string;
}

export type OptionSpec = Readonly<Record<string, OptionDef>>;

export interface ParsedArgs {
  value(name: string): string | undefined;
  flag(name: string): boolean;
}

/** One entry of the command table; `run` returns the exit code. */
export interface Command {
  summary: string;
  options: OptionSpec;
  /** Extra help lines: environment variables, exit codes. */
  notes?: readonly string[];
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

export const PASSWORD_REFUSED =
  'Passwörter werden nicht als Argument angenommen (sie stünden in der Prozessliste und im Shell-Verlauf). Bitte KIM_PASSWORD setzen oder --password-file DATEI angeben.';

// Anything that looks like a password option is refused outright, before it could be mistaken for a typo.
const PASSWORD_LIKE = /pass|kennwort|pwd|secret|geheim/i;
const ALLOWED_SECRET_OPTIONS = new Set(['password-file', 'passphrase-file']);

export const isHelp = (argv: readonly string[]) => argv.includes('--help') || argv.includes('-h');

// Echo option names only when they look like option names: a stray argument may be a secret.
const shown = (name: string) => (/^[a-z][a-z0-9-]{0,30}$/.test(name) ? ` --${name}` : '');

const positionalOf = (spec: OptionSpec) => Object.entries(spec).find(([, def]) => def.positional)?.[0];

/** Parses `--name value`, `--name=value`, flags and at most one bare argument against a command's options. */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const found = new Map<string, string | true>();
  const positional = positionalOf(spec);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      if (!positional || found.has(positional)) throw new UsageError(`Unerwartetes Argument an Stelle ${i + 1}. Hilfe mit --help.`);
      found.set(positional, arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (PASSWORD_LIKE.test(name) && !ALLOWED_SECRET_OPTIONS.has(name)) throw new UsageError(PASSWORD_REFUSED);
    const def = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!def) throw new UsageError(`Unbekannte Option${shown(name)}. Hilfe mit --help.`);
    if (found.has(name)) throw new UsageError(`Die Option --${name} ist doppelt angegeben.`);
    if (def.value) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (!value || (eq < 0 && value.startsWith('--'))) throw new UsageError(`Die Option --${name} erwartet einen Wert (${def.value}).`);
      found.set(name, value);
    } else {
      if (eq >= 0) throw new UsageError(`Die Option --${name} nimmt keinen Wert.`);
      found.set(name, true);
    }
  }
  for (const [name, def] of Object.entries(spec)) {
    if (def.required && !found.has(name)) {
      throw new UsageError(`Fehlende Angabe: ${def.positional ? def.value : `--${name} ${def.value ?? ''}`.trimEnd()}.`);
    }
  }
  return {
    value: (name) => {
      const v = found.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    flag: (name) => found.get(name) === true,
  };
}

export function commandHelp(program: string, name: string, cmd: Command): string {
  const entries = Object.entries(cmd.options).map(
    ([opt, def]) => [def.positional ? (def.value ?? opt) : `--${opt}${def.value ? ` ${def.value}` : ''}`, def.help + (def.required ? ' (Pflicht)' : '')] as const,
  );
  entries.push(['--help', 'Diese Hilfe anzeigen']);
  const width = Math.max(...entries.map(([left]) => left.length));
  const bare = positionalOf(cmd.options);
  return [
    `Aufruf: ${program} ${name}${bare ? ` ${cmd.options[bare]?.value ?? bare}` : ''} [Optionen]`,
    cmd.summary,
    '',
    'Optionen:',
    ...entries.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    ...(cmd.notes?.length ? ['', ...cmd.notes] : []),
  ].join('\n');
}
