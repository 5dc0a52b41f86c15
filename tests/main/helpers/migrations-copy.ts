import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../../src-main/contract/result';
import { createAppCore, type AppCore } from '../../../src-main/core/ipc/app-core';
import { handlers } from '../../../src-main/core/ipc/handlers';
import { createRegistry } from '../../../src-main/core/ipc/registry';
import { createFileLogger } from '../../../src-main/core/log/logger';
import { MIGRATIONS_DIR, TEST_SCRYPT } from './temp-office';

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export const readJournal = (dir = MIGRATIONS_DIR): Journal => JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;

/** A copy of the shipped `drizzle/` folder whose journal lists only the first `count` migrations: an older app. */
export function migrationsUpTo(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kim-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journal = readJournal(dir);
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
  return dir;
}

export interface OfficeWith {
  core: AppCore;
  call(channel: string, input?: unknown, clientId?: string): Promise<Result<unknown>>;
  must<T = unknown>(channel: string, input?: unknown, clientId?: string): Promise<T>;
}

/** The app's core over `dataDir` with a chosen migrations folder (an older or newer build). */
export function openOfficeWith(dataDir: string, migrationsDir: string): OfficeWith {
  const core = createAppCore({ dataDir, migrationsDir, logger: createFileLogger(dataDir), scrypt: TEST_SCRYPT });
  const registry = createRegistry(core, handlers);
  const call = (channel: string, input: unknown = {}, clientId = 'test-client') => registry.invoke(channel, input, clientId);
  return {
    core,
    call,
    async must<T>(channel: string, input: unknown = {}, clientId?: string) {
      const r = await call(channel, input, clientId);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    },
  };
}
