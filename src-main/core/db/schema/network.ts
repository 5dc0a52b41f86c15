import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { versioned } from './columns';
import { partners, volunteers } from './partners';
import { persons } from './people';
import { users } from './users';

export const volunteerCases = sqliteTable(
  'volunteer_cases',
  {
    volunteerId: text('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.volunteerId, t.caseId] })],
);

/** Einwilligung / Schweigepflichtentbindung per person and recipient. */
export const consents = sqliteTable(
  'consents',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    purpose: text('purpose').notNull(),
    /** JSON array of data categories. */
    dataCategories: text('data_categories').notNull().default('[]'),
    bidirectional: integer('bidirectional', { mode: 'boolean' }).notNull().default(false),
    givenOn: text('given_on').notNull(),
    validUntil: text('valid_until'),
    withdrawnOn: text('withdrawn_on'),
    ...versioned(),
  },
  (t) => [index('consents_person_partner').on(t.personId, t.partnerId), index('consents_valid_until').on(t.validUntil)],
);

export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    consentId: text('consent_id')
      .notNull()
      .references(() => consents.id),
    purpose: text('purpose').notNull(),
    referredOn: text('referred_on').notNull(),
    userId: text('user_id').references(() => users.id),
  },
  (t) => [index('referrals_case').on(t.caseId)],
);

/** Every transfer of data to a partner, so recipients can be told about later corrections. */
export const dataTransfers = sqliteTable(
  'data_transfers',
  {
    id: text('id').primaryKey(),
    consentId: text('consent_id')
      .notNull()
      .references(() => consents.id),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    caseId: text('case_id').references(() => cases.id),
    /** What was transferred: data categories, never the data itself. */
    what: text('what').notNull(),
    at: text('at').notNull(),
    userId: text('user_id').references(() => users.id),
  },
  (t) => [index('data_transfers_person').on(t.personId), index('data_transfers_partner').on(t.partnerId)],
);

/** Facts the client disputes (§ 84 SGB X): marked, never silently changed. */
export const disputes = sqliteTable(
  'disputes',
  {
    id: text('id').primaryKey(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    field: text('field'),
    note: text('note').notNull(),
    markedOn: text('marked_on').notNull(),
    resolvedOn: text('resolved_on'),
    userId: text('user_id').references(() => users.id),
  },
  (t) => [index('disputes_entity').on(t.entity, t.entityId)],
);

/** Every block and unblock of a case with its reason (§ 84 SGB X), for the timeline and accountability. */
export const caseBlockEvents = sqliteTable(
  'case_block_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    action: text('action', { enum: ['gesperrt', 'entsperrt'] }).notNull(),
    reason: text('reason').notNull(),
    at: text('at').notNull(),
    userId: text('user_id').references(() => users.id),
  },
  (t) => [index('case_block_events_case').on(t.caseId, t.at)],
);
