import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../../src-main/cli/run';
import { MIGRATIONS_DIR, TEST_SCRYPT } from '../helpers/temp-office';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const PASSWORD = 'Cli-Passwort-12345';
export const OFFICE_NAME = 'Fachdienst Kommandozeile (synthetisch)';
const RECOVERY_CODE = /\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b/g;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command line in this process with captured output and only the given environment. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: REPO_ROOT, scrypt: TEST_SCRYPT });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

// The caller's shell may have KIM_PASSWORD and friends set; a test must see only its own.
const withoutKimVariables = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('KIM_')));

/** The same through a real child process (tsx loader), as `npm run cli` runs it. */
export function cliProcess(argv: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('src-main', 'cli', 'main.ts'), ...argv], {
    cwd: REPO_ROOT,
    env: { ...withoutKimVariables(process.env), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'kim-cli-'));
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

export function recoveryCodesIn(text: string): string[] {
  return text.match(RECOVERY_CODE) ?? [];
}

/** `init` with the admin password from the environment; returns the printed recovery code. */
export async function initOffice(dataDir: string, admin = 'it.admin'): Promise<string> {
  const r = await cli(['init', '--data-dir', dataDir, '--office', OFFICE_NAME, '--admin', admin, '--admin-name', 'Ina IT (synthetisch)'], {
    KIM_PASSWORD: PASSWORD,
  });
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
  const [code] = recoveryCodesIn(r.stdout);
  if (!code) throw new Error('no recovery code printed');
  return code;
}

export const journal = () =>
  JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
