import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { persons } from './people';
import { users } from './users';

/** Attached PDFs and images, stored inside the encrypted database. */
export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => persons.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    description: text('description'),
    uploadedAt: text('uploaded_at').notNull(),
    uploadedBy: text('uploaded_by').references(() => users.id),
  },
  (t) => [index('documents_case').on(t.caseId)],
);
