import Database from 'better-sqlite3';
import { applyCipher, UNREADABLE_MESSAGE } from '../db/open-encrypted';
import { AppError } from '../errors';

// Facts about an encrypted database file (a snapshot or an extracted backup), read through a
// read-only connection so the file stays byte for byte what it is.

const LEDGER = '__drizzle_migrations';

export interface LedgerEntry {
  /** drizzle's `created_at`: the migration's folder timestamp, which identifies it. */
  createdAt: number;
  hash: string;
}

/**
 * Page cache of a checking connection. integrity_check looks every row up in each of its table's
 * indexes; with SQLite's default 16 MiB those pages are fetched and decrypted again and again
 * (833 MB office: twice the CPU time). 64 MiB, like the live connection, is a fixed bound
 * whatever the database size.
 */
const CHECK_CACHE_KIB = 65_536;

/** Opens read-only with the raw key; temp data stays in memory (a sort spill would be plaintext). */
export function openEncryptedReadOnly(file: string, key: Buffer): Database.Database {
  let raw: Database.Database;
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('DB_UNREADABLE', UNREADABLE_MESSAGE);
  }
  try {
    applyCipher(raw, key);
    raw.pragma('temp_store = MEMORY');
    raw.pragma(`cache_size = -${CHECK_CACHE_KIB}`);
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
    return raw;
  } catch {
    raw.close();
    throw new AppError('DB_UNREADABLE', UNREADABLE_MESSAGE);
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows per table (tables read from sqlite_master, so later features count without code changes). */
export function countRecords(raw: Database.Database): Record<string, number> {
  const tables = raw
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name`)
    .all(LEDGER) as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (raw.prepare(`SELECT count(*) AS n FROM ${quoteIdent(name)}`).get() as { n: number }).n]),
  );
}

/** The applied migrations, oldest first; empty when the ledger table is missing. */
export function readLedger(raw: Database.Database): LedgerEntry[] {
  const exists = raw.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(LEDGER);
  if (!exists) return [];
  const rows = raw.prepare(`SELECT hash, created_at FROM ${LEDGER} ORDER BY created_at`).all() as { hash: string; created_at: number | string }[];
  return rows.map((r) => ({ createdAt: Number(r.created_at), hash: r.hash }));
}

const isCorruption = (e: unknown) => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
};

/**
 * SQLite's full structural check; true only for the single answer "ok". A page damaged where the
 * check must start from makes SQLite throw instead of answering: that is a failed check too.
 */
export function integrityOk(raw: Database.Database): boolean {
  let rows: { integrity_check: string }[];
  try {
    rows = raw.pragma('integrity_check') as { integrity_check: string }[];
  } catch (e) {
    if (isCorruption(e)) return false;
    throw e;
  }
  return rows.length === 1 && rows[0]?.integrity_check === 'ok';
}

/** What a backup's manifest states about its database. */
export interface DatabaseFacts {
  ledger: LedgerEntry[];
  recordCounts: Record<string, number>;
}

/**
 * integrity_check, then the facts; null when the check fails. In this order the counts find most
 * pages already in the cache the check filled.
 */
export function checkedFacts(raw: Database.Database): DatabaseFacts | null {
  if (!integrityOk(raw)) return null;
  return { ledger: readLedger(raw), recordCounts: countRecords(raw) };
}
