import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { PARTNER_KINDS } from '../../../contract/channels/partners';
import { versioned } from './columns';

// The contract owns the list (the renderer needs it); re-exported for schema users.
export { PARTNER_KINDS };

export const partners = sqliteTable('partners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
  services: text('services').notNull().default(''),
  /** JSON array of {name, role, phone, email}. */
  contacts: text('contacts').notNull().default('[]'),
  street: text('street'),
  postalCode: text('postal_code'),
  city: text('city'),
  phone: text('phone'),
  email: text('email'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...versioned(),
});

/** Ehrenamtliche: minimal personal data, what they help with. */
export const volunteers = sqliteTable('volunteers', {
  id: text('id').primaryKey(),
  displayName: text('display_name').notNull(),
  helpsWith: text('helps_with').notNull().default(''),
  contact: text('contact'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...versioned(),
});
