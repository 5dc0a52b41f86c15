import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CONSULTATION_FORMS, CONSULTATION_TEMPLATE_IDS } from '../../../contract/channels/consultation-fields';
import { cases } from './cases';
import { versioned } from './columns';
import { users } from './users';

/**
 * Beratungsdokumentation. A draft is saved again and again; once `finalised_at` is set, triggers
 * (migration consultation_immutable) refuse every UPDATE, and DELETE while the case exists.
 * Lists are JSON arrays. Appointment ids are plain links without a foreign key: the record keeps
 * its own copy of date, time and place, and a deleted appointment must neither block nor be blocked.
 */
export const consultations = sqliteTable(
  'consultations',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    appointmentId: text('appointment_id'),
    /** Local date of the occurrence when the appointment is a series. */
    occurrenceDate: text('occurrence_date'),
    template: text('template', { enum: CONSULTATION_TEMPLATE_IDS }),
    authorUserId: text('author_user_id').references(() => users.id),
    heldOn: text('held_on'),
    startTime: text('start_time'),
    durationMinutes: integer('duration_minutes'),
    form: text('form', { enum: CONSULTATION_FORMS }),
    place: text('place').notNull().default(''),
    personIds: text('person_ids').notNull().default('[]'),
    /** {name, language} or null. */
    interpreter: text('interpreter'),
    staffIds: text('staff_ids').notNull().default('[]'),
    partnerIds: text('partner_ids').notNull().default('[]'),
    lifeDomains: text('life_domains').notNull().default('[]'),
    topics: text('topics').notNull().default('[]'),
    summary: text('summary').notNull().default(''),
    internalNote: text('internal_note').notNull().default(''),
    summaryPlain: text('summary_plain').notNull().default(''),
    agreementsPlain: text('agreements_plain').notNull().default(''),
    /** [{what, who, dueOn}]. */
    agreements: text('agreements').notNull().default('[]'),
    nextSteps: text('next_steps').notNull().default(''),
    /** {date, time, durationMinutes, form, place} or null. */
    nextAppointment: text('next_appointment'),
    nextAppointmentId: text('next_appointment_id'),
    /** Names of the participants as they were on finalising (a later rename does not change the record). */
    participantNames: text('participant_names'),
    finalisedAt: text('finalised_at'),
    finalisedBy: text('finalised_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [index('consultations_case').on(t.caseId, t.heldOn), index('consultations_appointment').on(t.appointmentId, t.occurrenceDate)],
);

/** Later additions to a finalised record; append-only (triggers refuse UPDATE and DELETE of one). */
export const consultationAddenda = sqliteTable(
  'consultation_addenda',
  {
    id: text('id').primaryKey(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    reason: text('reason').notNull(),
    forClient: integer('for_client', { mode: 'boolean' }).notNull().default(false),
    authorUserId: text('author_user_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('consultation_addenda_consultation').on(t.consultationId, t.createdAt)],
);
