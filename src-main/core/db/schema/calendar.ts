import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES, PLACE_KINDS } from '../../../contract/channels/calendar-fields';
import { cases } from './cases';
import { versioned } from './columns';
import { persons } from './people';
import { users } from './users';

/**
 * Appointments: instants in UTC plus the zone they were entered in. A series row stores its rule
 * (JSON) and the Berlin wall time of its first occurrence; `span_*` cover every occurrence so a
 * range query is one indexed overlap test before series are expanded in memory.
 */
export const appointments = sqliteTable(
  'appointments',
  {
    id: text('id').primaryKey(),
    /** iCalendar UID: kept on import, so a file imported twice is recognised. */
    uid: text('uid').notNull().unique(),
    title: text('title').notNull(),
    type: text('type', { enum: APPOINTMENT_TYPES }).notNull(),
    status: text('status', { enum: APPOINTMENT_STATUSES }).notNull().default('geplant'),
    cancelReason: text('cancel_reason'),
    startUtc: text('start_utc').notNull(),
    endUtc: text('end_utc').notNull(),
    allDay: integer('all_day', { mode: 'boolean' }).notNull().default(false),
    timeZone: text('time_zone').notNull().default('Europe/Berlin'),
    /** RecurrenceRule as JSON; null for a single appointment. */
    rule: text('rule'),
    /** Berlin wall time (HH:mm) of the series; every occurrence keeps it across DST changes. */
    seriesTime: text('series_time'),
    /** JSON arrays of the series' exceptions (local dates; moved occurrences). */
    exdates: text('exdates').notNull().default('[]'),
    overrides: text('overrides').notNull().default('[]'),
    spanStartUtc: text('span_start_utc').notNull(),
    spanEndUtc: text('span_end_utc').notNull(),
    /** A single occurrence taken out of a series to be changed on its own ("nur dieser Termin"). */
    seriesId: text('series_id').references((): AnySQLiteColumn => appointments.id, { onDelete: 'set null' }),
    occurrenceDate: text('occurrence_date'),
    placeKind: text('place_kind', { enum: PLACE_KINDS }).notNull().default('buero'),
    location: text('location'),
    room: text('room'),
    /** Normalised room name for the double-booking check. */
    roomKey: text('room_key'),
    caseId: text('case_id').references(() => cases.id),
    interpreterNeeded: integer('interpreter_needed', { mode: 'boolean' }).notNull().default(false),
    interpreterLanguage: text('interpreter_language'),
    note: text('note'),
    createdBy: text('created_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [
    index('appointments_span_start').on(t.spanStartUtc),
    // End first, then start: a range query reads the rows ending after its start and tests their
    // start in the index, so only overlapping rows are fetched (a day view scans no table rows).
    index('appointments_span_end_start').on(t.spanEndUtc, t.spanStartUtc),
    index('appointments_case').on(t.caseId),
    index('appointments_series').on(t.seriesId),
    index('appointments_room').on(t.roomKey),
    index('appointments_creator').on(t.createdBy),
  ],
);

export const appointmentStaff = sqliteTable(
  'appointment_staff',
  {
    appointmentId: text('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.userId] }), index('appointment_staff_user').on(t.userId)],
);

export const appointmentPersons = sqliteTable(
  'appointment_persons',
  {
    appointmentId: text('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.personId] }), index('appointment_persons_person').on(t.personId)],
);

/** Office days of a staff member: weekly Berlin wall-time slots with their place, as JSON. */
export const staffAvailability = sqliteTable('staff_availability', {
  staffId: text('staff_id')
    .primaryKey()
    .references(() => users.id),
  slots: text('slots').notNull().default('[]'),
  ...versioned(),
});
