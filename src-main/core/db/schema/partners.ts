import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { versioned } from './columns';

export const PARTNER_KINDS = [
  'jobcenter',
  'auslaenderbehoerde',
  'kita',
  'schule',
  'beratungsstelle',
  'wohlfahrtsverband',
  'sprachkurstraeger',
  'verein',
  'gesundheit',
  'sonstige',
] as const;

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
