import type Database from 'better-sqlite3';
import type { OfficeDb } from './open-encrypted';

/**
 * A query prepared once per database connection and reused. For the small queries every call
 * makes (load the case, check the manager, append the audit event) building the SQL with drizzle
 * and compiling it in SQLite costs several times more than running it (measured: ~0.5 ms vs
 * ~0.02 ms for a case by id). Parameters go in as `sql.placeholder(name)`.
 */
export function preparedPerConnection<T>(prepare: (db: OfficeDb) => T): (db: OfficeDb) => T {
  const byConnection = new WeakMap<Database.Database, T>();
  return (db) => {
    let prepared = byConnection.get(db.raw);
    if (prepared === undefined) {
      prepared = prepare(db);
      byConnection.set(db.raw, prepared);
    }
    return prepared;
  };
}
