import { sql, type SQL } from 'drizzle-orm';

/**
 * A list of ids as ONE bound parameter, for `inArray(column, idList(ids))`. Unlike an inline list it
 * needs no chunking below SQLite's parameter limit, and the statement text stays the same however
 * long the list is (a calendar month passes thousands of appointment ids).
 */
export const idList = (ids: Iterable<string>): SQL => sql`(SELECT value FROM json_each(${JSON.stringify([...ids])}))`;
