import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeDb } from '../core/db/open-encrypted';

// drizzle's ledger of applied migrations: bookkeeping, not office data, so it is not counted.
const LEDGER = '__drizzle_migrations';

export interface SchemaVersion {
  /** How many migrations the database has applied. */
  migrations: number;
  /** Tag of the newest applied migration (`0001_audit_append_only`), from the shipped journal. */
  latestTag: string | null;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table of the office, read from sqlite_master so tables of later features count without code changes. */
export function userTables(db: OfficeDb): string[] {
  const rows = db.raw
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name`)
    .all(LEDGER) as { name: string }[];
  return rows.map((r) => r.name);
}

export function rowCounts(db: OfficeDb): Record<string, number> {
  return Object.fromEntries(
    userTables(db).map((t) => [t, (db.raw.prepare(`SELECT count(*) AS n FROM ${quoteIdent(t)}`).get() as { n: number }).n]),
  );
}

export function appliedSchema(db: OfficeDb, migrationsDir: string): SchemaVersion {
  const ledger = db.raw.prepare(`SELECT created_at FROM ${LEDGER} ORDER BY created_at`).all() as { created_at: number | string }[];
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number; tag: string }[] };
  const newest = ledger.at(-1);
  const latestTag = newest ? (journal.entries.find((e) => e.when === Number(newest.created_at))?.tag ?? null) : null;
  return { migrations: ledger.length, latestTag };
}
