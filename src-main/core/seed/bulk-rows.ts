import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { OfficeDb } from '../db/open-encrypted';
import { cases } from '../db/schema';
import type { SearchDocument } from '../search/search-index';

// Row writes and reads of the bulk path without drizzle's query builder: building the SQL of one
// insert costs several times more than running it, and the large profile writes millions of rows.
// Column names and value mapping (booleans as 0/1) come from the drizzle schema, so the rows are
// the ones drizzle would write; a column left undefined gets its database default, as with drizzle.

type Row = Record<string, unknown>;
type Statement = Database.Statement<unknown[], unknown>;

interface Writer {
  statement: Statement;
  /** The columns of the statement's parameters, in order (the id of an update comes last). */
  columns: SQLiteColumn[];
}

const columnsByTable = new WeakMap<SQLiteTable, Record<string, SQLiteColumn>>();
// Per connection: "insert|table|key,key,…" → its statement, so a repeated write builds no SQL.
const writersByConnection = new WeakMap<Database.Database, Map<string, Writer>>();

function columnsOf(table: SQLiteTable): Record<string, SQLiteColumn> {
  let columns = columnsByTable.get(table);
  if (!columns) {
    columns = getTableColumns(table) as Record<string, SQLiteColumn>;
    columnsByTable.set(table, columns);
  }
  return columns;
}

function writer(db: OfficeDb, kind: 'insert' | 'update', table: SQLiteTable, keys: string[]): Writer {
  let writers = writersByConnection.get(db.raw);
  if (!writers) writersByConnection.set(db.raw, (writers = new Map()));
  const signature = `${kind}|${getTableName(table)}|${keys.join(',')}`;
  let w = writers.get(signature);
  if (!w) {
    const all = columnsOf(table);
    const columns = keys.map((key) => {
      const column = all[key];
      if (!column) throw new Error(`bulk write: ${getTableName(table)} has no column ${key}`);
      return column;
    });
    const names = columns.map((c) => `"${c.name}"`);
    const text =
      kind === 'insert'
        ? `INSERT INTO "${getTableName(table)}" (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
        : `UPDATE "${getTableName(table)}" SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE "id" = ?`;
    w = { statement: db.raw.prepare(text), columns };
    writers.set(signature, w);
  }
  return w;
}

/** The keys of `row` whose value is set (undefined leaves the column to its default or as it is). */
const setKeys = (row: Row) => Object.keys(row).filter((key) => row[key] !== undefined);

/** Driver values in the writer's column order (booleans as 0/1, as drizzle maps them). */
const valuesOf = (w: Writer, keys: string[], row: Row) => keys.map((key, i) => (row[key] === null ? null : w.columns[i]!.mapToDriverValue(row[key])));

export function insertRow(db: OfficeDb, table: SQLiteTable, row: Row): void {
  const keys = setKeys(row);
  const w = writer(db, 'insert', table, keys);
  w.statement.run(...valuesOf(w, keys, row));
}

/** Sets the given columns of the row with this id. */
export function updateRow(db: OfficeDb, table: SQLiteTable, id: string, cols: Row): void {
  const keys = setKeys(cols);
  const w = writer(db, 'update', table, keys);
  w.statement.run(...valuesOf(w, keys, cols), id);
}

/** touchCase of the cases repository: the case changed (its version stays). */
export function touchCaseRow(db: OfficeDb, caseId: string, at: Date): void {
  updateRow(db, cases, caseId, { updatedAt: at.toISOString() });
}

/**
 * indexDocument of the search index, for an entity written just now (it has no document yet; the
 * unique key on the mapping refuses a second one loudly).
 */
export function indexNewDocument(db: OfficeDb, doc: SearchDocument): void {
  const { lastInsertRowid } = db.raw.prepare('INSERT INTO search_documents (entity, entity_id) VALUES (?, ?)').run(doc.entity, doc.entityId);
  db.raw
    .prepare('INSERT INTO search_index (rowid, entity, entity_id, case_id, title, body) VALUES (?, ?, ?, ?, ?, ?)')
    .run(lastInsertRowid, doc.entity, doc.entityId, doc.caseId, doc.title, doc.body);
}

const selectSql = new WeakMap<SQLiteTable, string>();

/** The row with this id as drizzle's `select()` answers it: keys by column property, values mapped (booleans). */
export function selectRow<T extends SQLiteTable>(db: OfficeDb, table: T, id: string): T['$inferSelect'] | undefined {
  const columns = columnsOf(table);
  let text = selectSql.get(table);
  if (!text) {
    text = `SELECT ${Object.entries(columns).map(([key, c]) => `"${c.name}" AS "${key}"`).join(', ')} FROM "${getTableName(table)}" WHERE "id" = ?`;
    selectSql.set(table, text);
  }
  const row = db.raw.prepare(text).get(id) as Row | undefined;
  if (!row) return undefined;
  for (const key in row) if (row[key] !== null) row[key] = columns[key]!.mapFromDriverValue(row[key]);
  return row as T['$inferSelect'];
}
