import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheStatements } from '../../../src-main/core/seed/statement-cache';

// A plain in-memory SQLite connection: the cache is about better-sqlite3 statements, not the office.

describe('the seed’s statement cache', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES (\'a\'), (\'b\');');
  });
  afterEach(() => db.close());

  it('hands out one statement per SQL text while active, and fresh ones again afterwards', () => {
    const restore = cacheStatements(db);
    const sql = 'SELECT name FROM t WHERE id = ?';
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql)).not.toBe(db.prepare('SELECT id FROM t WHERE id = ?'));
    restore();
    expect(db.prepare(sql)).not.toBe(db.prepare(sql));
    expect(Object.hasOwn(db, 'prepare')).toBe(false);
  });

  it('gives every caller the statement in its default row mode', () => {
    const restore = cacheStatements(db);
    const sql = 'SELECT id, name FROM t WHERE id = ?';
    expect(db.prepare(sql).raw().get(1)).toEqual([1, 'a']);
    expect(db.prepare(sql).get(1)).toEqual({ id: 1, name: 'a' });
    expect(db.prepare(sql).pluck().get(2)).toBe(2);
    expect(db.prepare(sql).get(2)).toEqual({ id: 2, name: 'b' });
    restore();
  });

  it('does not share a statement that is still iterating', () => {
    const restore = cacheStatements(db);
    const sql = 'SELECT name FROM t ORDER BY id';
    const names: string[] = [];
    for (const row of db.prepare(sql).iterate() as IterableIterator<{ name: string }>) {
      const other = db.prepare(sql);
      expect(other.busy).toBe(false);
      names.push(row.name);
    }
    expect(names).toEqual(['a', 'b']);
    restore();
  });
});
