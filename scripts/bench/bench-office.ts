import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Channel, InputOf, OutputOf } from '../../src-main/contract';
import { dataFiles } from '../../src-main/core/config/data-dir';
import { readKeyFile } from '../../src-main/core/crypto/key-file';
import { unlockWithPassword } from '../../src-main/core/crypto/key-slots';
import * as schema from '../../src-main/core/db/schema';
import { applyConnectionPragmas, type OfficeDb } from '../../src-main/core/db/open-encrypted';
import { createAppCore, type AppCore } from '../../src-main/core/ipc/app-core';
import { handlers } from '../../src-main/core/ipc/handlers';
import { createRegistry, type Registry } from '../../src-main/core/ipc/registry';
import { createFileLogger } from '../../src-main/core/log/logger';
import type { ProfileName } from '../../src-main/core/seed/profiles';
import { seedOffice, type SeedReport } from '../../src-main/core/seed/seed-runner';

// The benchmark's office: seeded once per profile, seed and date (kept in the temp folder for the
// next run), with the production key derivation, and opened through the app's own core.

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../drizzle');
export const BENCH_PASSWORD = 'Bench-Passwort-2026';

export interface SeededDir {
  dataDir: string;
  report: SeedReport;
  /** False when an earlier run's seeded folder was reused. */
  fresh: boolean;
}

export function newCore(dataDir: string): { core: AppCore; registry: Registry } {
  const core = createAppCore({ dataDir, migrationsDir: MIGRATIONS_DIR, logger: createFileLogger(dataDir) });
  return { core, registry: createRegistry(core, handlers) };
}

export async function call<C extends Channel>(registry: Registry, clientId: string, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await registry.invoke(channel, input, clientId);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

/** Where seeded offices are kept between runs (KIM_BENCH_CACHE, else a folder in the temp directory). */
export const cacheDir = (): string => process.env.KIM_BENCH_CACHE ?? join(tmpdir(), 'fallakte-bench-cache');

export async function seededDataDir(profile: ProfileName, seed: number, date: string, reseed: boolean, log: (s: string) => void): Promise<SeededDir> {
  const dataDir = join(cacheDir(), `${profile}-${seed}-${date}`);
  const marker = `${dataDir}.json`;
  if (!reseed && existsSync(marker) && existsSync(dataFiles(dataDir).database)) {
    return { dataDir, report: JSON.parse(readFileSync(marker, 'utf8')) as SeedReport, fresh: false };
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(marker, { force: true });
  mkdirSync(dataDir, { recursive: true });
  const { core, registry } = newCore(dataDir);
  await call(registry, 'seed', 'auth.setup', { officeName: 'Kreis Ebbenau – KIM (synthetisch)', adminUsername: 'admin', adminDisplayName: 'Ada Admin', adminPassword: BENCH_PASSWORD });
  await call(registry, 'seed', 'auth.login', { username: 'admin', password: BENCH_PASSWORD });
  const s = core.sessions.get('seed')!;
  log(`Seeding ${profile} (Startwert ${seed}, Stichtag ${date}) …`);
  const started = performance.now();
  const report = await seedOffice(core, { id: s.userId, username: s.username, displayName: s.displayName, role: s.role }, {
    profile,
    seed,
    referenceDate: date,
    staffPassword: BENCH_PASSWORD,
    onProgress: (line) => log(`  ${line}`),
  });
  await call(registry, 'seed', 'auth.logout', {});
  core.office.seal();
  log(`Seeding fertig in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  writeFileSync(marker, JSON.stringify(report));
  return { dataDir, report, fresh: true };
}

/** The database key, through the admin's slot (production scrypt). */
export async function officeKey(dataDir: string): Promise<Buffer> {
  return (await unlockWithPassword(readKeyFile(dataFiles(dataDir).keyFile), 'admin', BENCH_PASSWORD)).dbKey;
}

/** Opens an unencrypted copy with the same connection settings, adopted by a core as its database. */
export function openPlain(dataDir: string, key: Buffer): { core: AppCore; registry: Registry } {
  const file = dataFiles(dataDir).database;
  const raw = new Database(file, { fileMustExist: true });
  applyConnectionPragmas(raw);
  const db: OfficeDb = { raw, orm: drizzle(raw, { schema }), file };
  const opened = newCore(dataDir);
  opened.core.office.open(key, db);
  return opened;
}
