import { createHash } from 'node:crypto';
import type { OfficeDb } from '../../../src-main/core/db/open-encrypted';
import { seedOffice, type SeedReport } from '../../../src-main/core/seed/seed-runner';
import { ADMIN, setupAndLogin, type TempOffice } from '../helpers/temp-office';

// A set-up office seeded with the small profile, as the tests of the seed use it.

export const REFERENCE_DATE = '2026-03-02';

export async function seededOffice(seed: number, bulk = false): Promise<{ office: TempOffice; db: OfficeDb; report: SeedReport }> {
  const office = await setupAndLogin();
  const session = office.core.sessions.get('test-client')!;
  const report = await seedOffice(
    office.core,
    { id: session.userId, username: session.username, displayName: session.displayName, role: session.role },
    { profile: 'small', seed, referenceDate: REFERENCE_DATE, staffPassword: ADMIN.password, bulk },
  );
  return { office, db: office.core.office.database(), report };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Not office content: the audit chain (it includes real login times), FTS internals (derived) and drizzle's ledger. */
const SKIPPED = /^(audit_events|search_index.*|__drizzle_migrations|sqlite_.*)$/;
/**
 * Stamped by the database's clock (column default) instead of the service call's time, so they
 * carry the real time of the run, not the simulated one.
 */
const STAMPS = ['created_at', 'updated_at'];
const REAL_TIME_COLUMNS: Record<string, readonly string[]> = { users: ['created_at'], partners: STAMPS, consents: STAMPS, volunteers: STAMPS };

/**
 * A hash of every row of every office table, with the random UUIDs the services assign replaced
 * by a placeholder: two offices seeded alike hash alike even though their ids differ.
 */
export function contentHash(db: OfficeDb): string {
  const tables = (db.raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !SKIPPED.test(t));
  const hash = createHash('sha256');
  for (const table of tables) {
    const skip = REAL_TIME_COLUMNS[table] ?? [];
    const rows = (db.raw.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((row) =>
      JSON.stringify(
        Object.entries(row)
          .filter(([col]) => !skip.includes(col))
          .map(([col, v]) => [col, Buffer.isBuffer(v) ? createHash('sha256').update(v).digest('hex') : typeof v === 'string' ? v.replace(UUID, 'ID') : v]),
      ),
    );
    hash.update(`${table}\n${rows.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}
