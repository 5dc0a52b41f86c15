import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeDb } from '../../../src-main/core/db/open-encrypted';
import type { TempOffice } from '../helpers/temp-office';
import { contentHash, seededOffice } from './seeded-office';

// The large profile writes its high-volume steps through the bulk path (fast-*.ts) instead of the
// registry. It must leave exactly the office the services leave: the same rows in every table
// (search index, name keys, report snapshots included) and the same audit trail.

interface AuditRow {
  at: string;
  action: string;
  entity: string | null;
}

/** Events stamped with the real clock instead of the seed's simulated one (setup, logins, accounts). */
const REAL_TIME = new Set(['office.setup', 'auth.login', 'user.create']);

const trail = (db: OfficeDb) =>
  (db.raw.prepare('SELECT at, action, entity FROM audit_events ORDER BY id').all() as AuditRow[]).map((r) =>
    REAL_TIME.has(r.action) ? `${r.action} ${r.entity}` : `${r.at} ${r.action} ${r.entity}`,
  );

describe('the bulk path of the seed', () => {
  let services: { office: TempOffice; db: OfficeDb };
  let bulk: { office: TempOffice; db: OfficeDb };

  beforeAll(async () => {
    services = await seededOffice(7, false);
    bulk = await seededOffice(7, true);
  });
  afterAll(() => {
    services.office.cleanup();
    bulk.office.cleanup();
  });

  it('writes the same rows as the services', () => {
    expect(contentHash(bulk.db)).toBe(contentHash(services.db));
  });

  it('writes the same audit events in the same order, at the same simulated times', () => {
    const expected = trail(services.db);
    expect(expected.length).toBeGreaterThan(1000);
    expect(trail(bulk.db)).toEqual(expected);
  });
});
