import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  CASE_PHASES,
  CLOSURE_REASONS,
  GOAL_ATTAINMENTS,
  GOAL_STATUSES,
  LIFE_DOMAINS,
  MEASURE_STATUSES,
  RATINGS,
} from '../../../contract/channels/casefile-fields';
import { FOLLOW_UP_SOURCES } from '../../../contract/channels/followups';
import { versioned } from './columns';
import { partners } from './partners';
import { households, kommunen, persons } from './people';
import { users } from './users';

// The contract owns the lists (the renderer needs them); re-exported for schema users.
export { CASE_PHASES, LIFE_DOMAINS };

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    /** Readable number for letters and phone calls, e.g. 2026-00042. */
    caseNumber: text('case_number').notNull().unique(),
    kommuneId: text('kommune_id')
      .notNull()
      .references(() => kommunen.id),
    primaryPersonId: text('primary_person_id')
      .notNull()
      .references(() => persons.id),
    householdId: text('household_id').references(() => households.id),
    phase: text('phase', { enum: CASE_PHASES }).notNull().default('klaerung'),
    intakeReason: text('intake_reason'),
    firstContactOn: text('first_contact_on'),
    /** Consent to open the full case file, recorded at intake; the case cannot leave Klärung without it. */
    consentRecorded: integer('consent_recorded', { mode: 'boolean' }).notNull().default(false),
    consentRecordedOn: text('consent_recorded_on'),
    openedOn: text('opened_on').notNull(),
    closedOn: text('closed_on'),
    closureReason: text('closure_reason', { enum: CLOSURE_REASONS }),
    goalAttainment: text('goal_attainment', { enum: GOAL_ATTAINMENTS }),
    /** Blocked (§ 84 SGB X) instead of deleted: read-only for everyone but the administration. */
    blocked: integer('blocked', { mode: 'boolean' }).notNull().default(false),
    blockedReason: text('blocked_reason'),
    ...versioned(),
  },
  (t) => [
    index('cases_phase').on(t.phase),
    index('cases_kommune').on(t.kommuneId),
    index('cases_person').on(t.primaryPersonId),
    index('cases_household').on(t.householdId),
    // With the number as tie-breaker the list's default order (last change) is read straight from the index.
    index('cases_updated_number').on(t.updatedAt, t.caseNumber),
  ],
);

export const caseManagers = sqliteTable(
  'case_managers',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_managers_user').on(t.userId)],
);

/** Every phase change, dated, with its reason: the spine of the case's timeline. */
export const casePhaseEvents = sqliteTable(
  'case_phase_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromPhase: text('from_phase', { enum: CASE_PHASES }),
    toPhase: text('to_phase', { enum: CASE_PHASES }).notNull(),
    at: text('at').notNull(),
    userId: text('user_id').references(() => users.id),
    reason: text('reason'),
    /** Closing with open goals or follow-ups: why that is acceptable. */
    explanation: text('explanation'),
    /** Closing: how far the goals were reached (erreicht, teilweise, nicht_erreicht). */
    goalAttainment: text('goal_attainment', { enum: GOAL_ATTAINMENTS }),
  },
  (t) => [index('case_phase_events_case').on(t.caseId, t.at)],
);

export const assessments = sqliteTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => persons.id),
    domain: text('domain', { enum: LIFE_DOMAINS }).notNull(),
    situation: text('situation').notNull().default(''),
    resources: text('resources').notNull().default(''),
    needs: text('needs').notNull().default(''),
    rating: text('rating', { enum: RATINGS }).notNull(),
    assessedOn: text('assessed_on').notNull(),
    ...versioned(),
  },
  (t) => [index('assessments_case').on(t.caseId, t.domain)],
);

export const goals = sqliteTable(
  'goals',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => persons.id),
    domain: text('domain', { enum: LIFE_DOMAINS }).notNull(),
    description: text('description').notNull(),
    dueOn: text('due_on'),
    responsible: text('responsible'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('offen'),
    attainment: text('attainment'),
    ...versioned(),
  },
  (t) => [index('goals_case').on(t.caseId)],
);

export const measures = sqliteTable(
  'measures',
  {
    id: text('id').primaryKey(),
    goalId: text('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    dueOn: text('due_on'),
    status: text('status', { enum: MEASURE_STATUSES }).notNull().default('geplant'),
    ...versioned(),
  },
  (t) => [index('measures_goal').on(t.goalId)],
);

/** Wiedervorlagen: created by hand or from an agreement of a consultation. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    dueOn: text('due_on').notNull(),
    note: text('note').notNull(),
    ownerUserId: text('owner_user_id').references(() => users.id),
    source: text('source', { enum: FOLLOW_UP_SOURCES }).notNull().default('manuell'),
    sourceId: text('source_id'),
    doneOn: text('done_on'),
    ...versioned(),
  },
  (t) => [
    index('follow_ups_due').on(t.doneOn, t.dueOn),
    // Per-case look-ups (list filters, counts) enter by case and open state.
    index('follow_ups_case_open').on(t.caseId, t.doneOn, t.dueOn),
    // Heute: the user's own open follow-ups by due date, whatever the size of their caseload.
    index('follow_ups_owner_open').on(t.ownerUserId, t.doneOn, t.dueOn),
  ],
);

export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id').references(() => users.id),
    notedOn: text('noted_on').notNull(),
    text: text('text').notNull(),
    ...versioned(),
  },
  (t) => [index('notes_case').on(t.caseId, t.notedOn)],
);

/** Earlier texts of an edited note: edits never overwrite history. */
export const noteRevisions = sqliteTable(
  'note_revisions',
  {
    id: text('id').primaryKey(),
    noteId: text('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    replacedAt: text('replaced_at').notNull(),
    replacedBy: text('replaced_by').references(() => users.id),
  },
  (t) => [index('note_revisions_note').on(t.noteId)],
);
