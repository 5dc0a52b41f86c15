import type { OfficeDb } from '../db/open-encrypted';
import { cacheStatements } from './statement-cache';

// Connection settings for the length of one seed run, all undone when it ends (also on failure).
// They change no stored data and no durability setting, only what the connection keeps in memory.

/** A large office grows to several hundred MB: a page cache that holds most of it saves re-reading and decrypting pages. */
const SEED_CACHE_KIB = 1024 * 1024;

/** Tunes the connection for seeding; call the returned function to restore it. */
export function tuneForSeeding(db: OfficeDb): () => void {
  const cacheSize = db.raw.pragma('cache_size', { simple: true }) as number;
  db.raw.pragma(`cache_size = -${SEED_CACHE_KIB}`);
  const uncache = cacheStatements(db.raw);
  return () => {
    uncache();
    db.raw.pragma(`cache_size = ${cacheSize}`);
  };
}
