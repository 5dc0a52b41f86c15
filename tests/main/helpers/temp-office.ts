import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppCore, type AppCore } from '../../../src-main/core/ipc/app-core';
import { handlers } from '../../../src-main/core/ipc/handlers';
import { createRegistry, type Registry } from '../../../src-main/core/ipc/registry';
import { createFileLogger } from '../../../src-main/core/log/logger';
import type { Result } from '../../../src-main/contract/result';

export const MIGRATIONS_DIR = resolve(__dirname, '../../../drizzle');
/** Tests use a cheaper scrypt; one test asserts the production default separately. */
export const TEST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

export const ADMIN = { username: 'admin', password: 'Sicheres-Passwort-1', displayName: 'Anna Admin (synthetisch)' };

export interface TempOffice {
  dataDir: string;
  core: AppCore;
  registry: Registry;
  call<T = unknown>(channel: string, input?: unknown, clientId?: string): Promise<Result<T>>;
  /** Calls and asserts success, returning the value. */
  must<T = unknown>(channel: string, input?: unknown, clientId?: string): Promise<T>;
  /** A second process-like view of the same data directory (a restart of the app). */
  restart(): TempOffice;
  cleanup(): void;
}

export function openTempOffice(dataDir = mkdtempSync(join(tmpdir(), 'kim-test-')), now?: () => number): TempOffice {
  const core = createAppCore({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    logger: createFileLogger(dataDir),
    scrypt: TEST_SCRYPT,
    ...(now ? { now } : {}),
  });
  const registry = createRegistry(core, handlers);
  const call = <T,>(channel: string, input: unknown = {}, clientId = 'test-client') =>
    registry.invoke(channel, input, clientId) as Promise<Result<T>>;
  const self: TempOffice = {
    dataDir,
    core,
    registry,
    call,
    async must<T>(channel: string, input: unknown = {}, clientId = 'test-client') {
      const r = await call<T>(channel, input, clientId);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    restart() {
      if (core.office.phase === 'open') core.office.seal();
      return openTempOffice(dataDir, now);
    },
    cleanup() {
      if (core.office.phase === 'open') core.office.seal();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return self;
}

/** A set-up office with the administrator logged in on `test-client`. */
export async function setupAndLogin(office = openTempOffice()): Promise<TempOffice & { recoveryCode: string }> {
  const { recoveryCode } = await office.must<{ recoveryCode: string }>('auth.setup', {
    officeName: 'Fachdienst Soziales Musterstadt',
    adminUsername: ADMIN.username,
    adminDisplayName: ADMIN.displayName,
    adminPassword: ADMIN.password,
  });
  await office.must('auth.login', { username: ADMIN.username, password: ADMIN.password });
  return Object.assign(office, { recoveryCode });
}
