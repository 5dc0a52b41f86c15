import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

// A small rotating log in the data directory. Callers pass event names and non-personal fields
// (codes, counts, durations) only: no names, no passwords, no keys, no free text of cases.

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null>;

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
}

const MAX_BYTES = 1024 * 1024;
const KEEP = 5;

export function createFileLogger(dataDir: string): Logger {
  const dir = join(dataDir, 'logs');
  const file = join(dir, 'kim-fallakte.log');
  const rotate = () => {
    rmSync(`${file}.${KEEP}`, { force: true });
    for (let i = KEEP - 1; i >= 1; i--) if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    renameSync(file, `${file}.1`);
  };
  return {
    log(level, event, fields = {}) {
      try {
        mkdirSync(dir, { recursive: true });
        if (existsSync(file) && statSync(file).size > MAX_BYTES) rotate();
        appendFileSync(file, `${JSON.stringify({ t: new Date().toISOString(), level, event, ...fields })}\n`);
      } catch {
        // Logging must never take the app down (read-only or full disk).
      }
    },
  };
}

export const silentLogger: Logger = { log() {} };
