import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Maps each document of the FTS5 `search_index` (a hand-written virtual table, migration 0003) to
 * its entity: FTS5 cannot look up its UNINDEXED columns without a full scan, so updates and
 * removals find the document's rowid here.
 */
export const searchDocuments = sqliteTable(
  'search_documents',
  {
    rowid: integer('rowid').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
  },
  (t) => [uniqueIndex('search_documents_entity').on(t.entity, t.entityId)],
);

/** Version of each derived index (name keys, …): a newer app rebuilds an index whose version is stale. */
export const indexVersions = sqliteTable('index_versions', {
  name: text('name').primaryKey(),
  version: integer('version').notNull(),
});
