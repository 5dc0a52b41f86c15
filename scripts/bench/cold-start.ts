import { readKeyFile } from '../../src-main/core/crypto/key-file';
import { unlockWithPassword } from '../../src-main/core/crypto/key-slots';
import { dataFiles } from '../../src-main/core/config/data-dir';
import { migrateDatabase } from '../../src-main/core/db/migrate';
import { openEncryptedDatabase } from '../../src-main/core/db/open-encrypted';
import { BENCH_PASSWORD, call, MIGRATIONS_DIR, newCore } from './bench-office';
import type { BenchInputs } from './bench-inputs';
import { measure, type Stats } from './measure';

// Start to first query as a user experiences it: a new core on the data directory (start-up
// recovery checks), login with the key slot (production scrypt), open and migration check,
// the first page of the case list. Each part is also timed alone. The OS file cache stays warm.

export interface ColdStart {
  total: Stats;
  unlock: Stats;
  openAndMigrate: Stats;
}

export async function coldStart(dataDir: string, x: BenchInputs, runs: number): Promise<ColdStart> {
  const files = dataFiles(dataDir);
  const total = await measure(async () => {
    const { core, registry } = newCore(dataDir);
    await call(registry, 'cold', 'auth.login', { username: x.managerUsername, password: BENCH_PASSWORD });
    await call(registry, 'cold', 'cases.list', {});
    await call(registry, 'cold', 'auth.logout', {});
    core.office.seal();
  }, runs, 1);
  const unlock = await measure(async () => (await unlockWithPassword(readKeyFile(files.keyFile), x.managerUsername, BENCH_PASSWORD)).dbKey.fill(0), runs, 1);
  const { dbKey } = await unlockWithPassword(readKeyFile(files.keyFile), x.managerUsername, BENCH_PASSWORD);
  const openAndMigrate = await measure(() => {
    const db = openEncryptedDatabase(files.database, dbKey);
    migrateDatabase(db, MIGRATIONS_DIR);
    db.raw.prepare('SELECT count(*) FROM cases').get();
    db.raw.close();
  }, runs, 1);
  dbKey.fill(0);
  return { total, unlock, openAndMigrate };
}
