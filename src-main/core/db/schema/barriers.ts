import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { BARRIER_CATEGORIES, BARRIER_LOG_KINDS, BARRIER_STATUSES } from '../../../contract/channels/barriers';
import { cases, goals } from './cases';
import { versioned } from './columns';
import { partners } from './partners';
import { kommunen } from './people';
import { users } from './users';

/** The register of integration barriers (Hürden); a barrier is never deleted, its log is append-only. */
export const barriers = sqliteTable(
  'barriers',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    category: text('category', { enum: BARRIER_CATEGORIES }).notNull(),
    description: text('description').notNull().default(''),
    firstNoticedOn: text('first_noticed_on').notNull(),
    /** Responsible body in words (e.g. "Kreisverwaltung, Amt 32"), or a partner below. */
    responsible: text('responsible'),
    responsiblePartnerId: text('responsible_partner_id').references(() => partners.id, { onDelete: 'set null' }),
    status: text('status', { enum: BARRIER_STATUSES }).notNull().default('erkannt'),
    workingGroup: text('working_group'),
    ...versioned(),
  },
  (t) => [index('barriers_status').on(t.status), index('barriers_category').on(t.category)],
);

export const barrierKommunen = sqliteTable(
  'barrier_kommunen',
  {
    barrierId: text('barrier_id')
      .notNull()
      .references(() => barriers.id, { onDelete: 'cascade' }),
    kommuneId: text('kommune_id')
      .notNull()
      .references(() => kommunen.id),
  },
  (t) => [primaryKey({ columns: [t.barrierId, t.kommuneId] }), index('barrier_kommunen_kommune').on(t.kommuneId)],
);

/** Dated actions, decisions and status changes; triggers (migration) refuse UPDATE and DELETE. */
export const barrierLog = sqliteTable(
  'barrier_log',
  {
    id: text('id').primaryKey(),
    barrierId: text('barrier_id')
      .notNull()
      .references(() => barriers.id),
    on: text('happened_on').notNull(),
    kind: text('kind', { enum: BARRIER_LOG_KINDS }).notNull(),
    text: text('text').notNull(),
    /** The status moved to, for status entries. */
    status: text('status', { enum: BARRIER_STATUSES }),
    userId: text('user_id').references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [index('barrier_log_barrier').on(t.barrierId, t.on)],
);

/** Which case (or stuck goal) meets which barrier; case data: goes with the case when it is deleted. */
export const barrierCaseLinks = sqliteTable(
  'barrier_case_links',
  {
    id: text('id').primaryKey(),
    barrierId: text('barrier_id')
      .notNull()
      .references(() => barriers.id),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    goalId: text('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    /** Visible only inside the case, to its case managers. */
    note: text('note').notNull().default(''),
    linkedOn: text('linked_on').notNull(),
    userId: text('user_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('barrier_case_links_pair').on(t.barrierId, t.caseId), index('barrier_case_links_case').on(t.caseId)],
);

/**
 * The anonymous count a link adds to its barrier (Kommune, quarter, people affected). It outlives
 * the case: deleting the case only cuts `link_id`, so the register's figures for the past stay.
 */
export const barrierImpacts = sqliteTable(
  'barrier_impacts',
  {
    id: text('id').primaryKey(),
    barrierId: text('barrier_id')
      .notNull()
      .references(() => barriers.id),
    linkId: text('link_id').references(() => barrierCaseLinks.id, { onDelete: 'set null' }),
    kommuneId: text('kommune_id')
      .notNull()
      .references(() => kommunen.id),
    linkedOn: text('linked_on').notNull(),
    persons: integer('persons').notNull(),
  },
  (t) => [index('barrier_impacts_barrier').on(t.barrierId), uniqueIndex('barrier_impacts_link').on(t.linkId)],
);
