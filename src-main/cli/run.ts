import { APP_VERSION } from '../core/config/app-info';
import { isAppError } from '../core/errors';
import { commandHelp, isHelp, parseArgs, type Command } from './args';
import { COMMANDS } from './commands';
import { EXIT, UsageError, type CliIo } from './io';

export const PROGRAM = 'kim-fallakte';

function overview(commands: Readonly<Record<string, Command>>): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `Aufruf: ${PROGRAM} <Befehl> [Optionen]`,
    '',
    'Befehle:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${commands[n]!.summary}`),
    '',
    `Hilfe zu einem Befehl: ${PROGRAM} <Befehl> --help; Version: ${PROGRAM} --version`,
  ].join('\n');
}

/** Finds the command by its longest matching words (`audit verify` before `audit`). */
function lookup(argv: readonly string[], commands: Readonly<Record<string, Command>>): { name: string; cmd: Command } | null {
  for (let words = 2; words >= 1; words--) {
    const name = argv.slice(0, words).join(' ');
    if (argv.length >= words && Object.hasOwn(commands, name)) return { name, cmd: commands[name]! };
  }
  return null;
}

// An error code is safe to show; an unexpected error's message is not (it may quote data or paths).
function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'INTERNAL';
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function report(e: unknown, io: CliIo): number {
  if (e instanceof UsageError) {
    io.err(`Fehler: ${oneLine(e.message)}`);
    return EXIT.usage;
  }
  if (isAppError(e)) {
    io.err(`Fehler: ${oneLine(e.message)}`);
    return EXIT.failure;
  }
  io.err(`Fehler: Ein unerwarteter Fehler ist aufgetreten (Code ${codeOf(e)}). Bitte wenden Sie sich an die IT.`);
  return EXIT.failure;
}

/** Runs one command line and returns its exit code; never throws, so tests can run it in-process. */
export async function runCli(argv: readonly string[], io: CliIo, commands = COMMANDS): Promise<number> {
  try {
    const first = argv[0];
    if (first === undefined) {
      io.err(overview(commands));
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.out(overview(commands));
      return EXIT.ok;
    }
    if (first === '--version') {
      io.out(APP_VERSION);
      return EXIT.ok;
    }
    const found = lookup(argv, commands);
    if (!found) throw new UsageError(`Unbekannter Befehl. Verfügbar: ${Object.keys(commands).join(', ')}. Übersicht mit ${PROGRAM} --help.`);
    const rest = argv.slice(found.name.split(' ').length);
    if (isHelp(rest)) {
      io.out(commandHelp(PROGRAM, found.name, found.cmd));
      return EXIT.ok;
    }
    return await found.cmd.run(parseArgs(rest, found.cmd.options), io);
  } catch (e) {
    return report(e, io);
  }
}
