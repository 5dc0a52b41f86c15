import type Database from 'better-sqlite3';

// Seeding runs the services' queries hundreds of thousands of times, and each query prepares its
// statement anew (drizzle and the repositories call `prepare` per execution). Preparing costs more
// than running most of them. While the seed runs, the connection hands out one cached statement
// per SQL text instead; the SQL, its parameters and its results stay exactly the same.

type Statement = Database.Statement<unknown[], unknown>;

/**
 * Caches prepared statements on `raw` until the returned function is called. A cached statement
 * comes back in its default row mode (callers switch it with raw()/pluck()/expand() as before);
 * one that is still busy (an open iterator) is not shared: the caller gets a fresh one.
 */
export function cacheStatements(raw: Database.Database): () => void {
  const prepare = raw.prepare.bind(raw) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const cached = (sql: string): Statement => {
    const hit = cache.get(sql);
    if (hit && !hit.busy) {
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const fresh = prepare(sql);
    if (!hit) cache.set(sql, fresh);
    return fresh;
  };
  const own = Object.getOwnPropertyDescriptor(raw, 'prepare');
  raw.prepare = cached as typeof raw.prepare;
  return () => {
    // The instance property shadows the prototype's method: removing it restores the original.
    if (own) Object.defineProperty(raw, 'prepare', own);
    else delete (raw as { prepare?: unknown }).prepare;
    cache.clear();
  };
}
