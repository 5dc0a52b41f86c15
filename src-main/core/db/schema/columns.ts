import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

// Columns every editable record shares: optimistic-concurrency version and UTC timestamps.
const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const versioned = () => ({
  version: integer('version').notNull().default(0),
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
});
