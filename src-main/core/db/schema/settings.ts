import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Office-wide settings as key/value rows; values are JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
