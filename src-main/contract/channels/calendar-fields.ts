import { z } from 'zod';
import { id, isoDate, line, requiredLine, text } from '../fields';

// Enumerations and input pieces of the appointment calendar. The lists equal those of
// src-main/core/calendar/appointment-rules.ts (a test keeps them equal); the contract cannot
// import core code, the renderer needs them for selects and colours.

export const APPOINTMENT_TYPES = ['Beratung', 'Hausbesuch', 'Begleitung', 'Sprechstunde', 'Gruppenangebot', 'Intern'] as const;
export const APPOINTMENT_STATUSES = ['geplant', 'bestätigt', 'abgesagt', 'nicht_erschienen', 'erledigt'] as const;
/** Where it takes place: office, a room, an address (home visit, authority), by phone, by video. */
export const PLACE_KINDS = ['buero', 'raum', 'adresse', 'telefon', 'video'] as const;
/** "Nur dieser Termin" / "dieser und alle folgenden" / "alle Termine der Serie". */
export const EDIT_SCOPES = ['this', 'following', 'all'] as const;
export const CALENDAR_SCOPES = ['mine', 'team'] as const;

export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type EditScope = (typeof EDIT_SCOPES)[number];
export type CalendarScope = (typeof CALENDAR_SCOPES)[number];

/** Longest range one query may cover (a 6-week month view, an agenda of a quarter). */
export const MAX_RANGE_DAYS = 100;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** A Berlin wall time as typed; `fold` picks the first or second 02:xx on the October change. */
export const localDateTime = z
  .object({ date: isoDate, time: hhmm, fold: z.enum(['earlier', 'later']).optional() })
  .strict();
export type LocalDateTime = z.infer<typeof localDateTime>;

const weekday = z.number().int().min(1).max(7);

/** Until (last local date) or count: the server refuses a rule with neither or both. */
const ruleEnd = { until: isoDate.nullable().optional(), count: z.number().int().min(1).max(1000).nullable().optional() };

export const recurrenceRuleInput = z.discriminatedUnion('freq', [
  z.object({ freq: z.literal('daily'), interval: z.number().int().min(1).max(99), ...ruleEnd }).strict(),
  z
    .object({ freq: z.literal('weekly'), interval: z.number().int().min(1).max(99), weekdays: z.array(weekday).min(1).max(7), ...ruleEnd })
    .strict(),
  z
    .object({
      freq: z.literal('monthly'),
      interval: z.number().int().min(1).max(99),
      weekday,
      weekOfMonth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
      ...ruleEnd,
    })
    .strict(),
]);
export type RecurrenceRuleInput = z.infer<typeof recurrenceRuleInput>;

/** One appointment as the dialog sends it (Berlin wall times; all-day: end date inclusive). */
export const appointmentDraft = z
  .object({
    title: requiredLine(200),
    type: z.enum(APPOINTMENT_TYPES),
    status: z.enum(APPOINTMENT_STATUSES).default('geplant'),
    cancelReason: line(500).optional(),
    allDay: z.boolean().default(false),
    start: localDateTime,
    end: localDateTime,
    placeKind: z.enum(PLACE_KINDS).default('buero'),
    location: line(300).optional(),
    room: line(100).optional(),
    caseId: id.nullable().optional(),
    personIds: z.array(id).max(30).default([]),
    staffIds: z.array(id).min(1).max(20),
    interpreterNeeded: z.boolean().default(false),
    interpreterLanguage: line(100).optional(),
    note: text(4_000).optional(),
    recurrence: recurrenceRuleInput.nullable().optional(),
  })
  .strict();
export type AppointmentDraft = z.infer<typeof appointmentDraft>;
export type AppointmentDraftInput = z.input<typeof appointmentDraft>;

/** Which appointment (and for a series which occurrence and how far) a change applies to. */
export const editTarget = {
  id: id.optional(),
  /** Original local date of the occurrence when editing a series. */
  occurrenceDate: isoDate.optional(),
  scope: z.enum(EDIT_SCOPES).default('all'),
};

export const confirmations = {
  /** The user saw the double bookings and books anyway. */
  confirmConflicts: z.boolean().default(false),
  /** The user saw that a staff member is outside their office days and books anyway. */
  confirmOutsideAvailability: z.boolean().default(false),
};

export const availabilitySlotInput = z
  .object({ weekday, from: hhmm, to: hhmm, place: requiredLine(200) })
  .strict();
export type AvailabilitySlotInput = z.infer<typeof availabilitySlotInput>;
