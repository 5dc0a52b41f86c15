import { createInterface } from 'node:readline/promises';
import type { ScryptParams } from '../core/crypto/scrypt';

/** Where a command reads its environment and writes its output; tests inject their own. */
export interface CliIo {
  /** One line of the command's result on stdout. */
  out(line: string): void;
  /** One line of an error or hint on stderr. */
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Relative paths (data dir, password file) resolve against this folder. */
  cwd: string;
  /** Tests only: cheaper scrypt for slots `init` creates; deliberately not settable from argv or env. */
  scrypt?: ScryptParams;
  /** Asks one question on an interactive terminal and returns the answer; absent without a terminal. */
  prompt?: (question: string) => Promise<string>;
}

/** A wrong invocation (unknown option, missing value, password as argument): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
    ...(process.stdin.isTTY ? { prompt: askOnTerminal } : {}),
  };
}

async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
