import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, line, version } from '../fields';
import {
  CALENDAR_SCOPES,
  EDIT_SCOPES,
  appointmentDraft,
  availabilitySlotInput,
  confirmations,
  editTarget,
  type AppointmentStatus,
  type AppointmentType,
  type AvailabilitySlotInput,
  type LocalDateTime,
  type PlaceKind,
  type RecurrenceRuleInput,
} from './calendar-fields';

export interface NamedRef {
  id: string;
  name: string;
}

/** One occurrence in a calendar view (a single appointment is its own only occurrence). */
export interface OccurrenceView {
  /** Unique in a range: appointment id, plus the occurrence date for series. */
  key: string;
  appointmentId: string;
  /** Original local date of a series occurrence; null for a single appointment. */
  occurrenceDate: string | null;
  isSeries: boolean;
  /** Part of a series but moved on its own. */
  overridden: boolean;
  /** Berlin wall time fell into the March gap and the occurrence moved one hour later. */
  shiftedByDst: boolean;
  title: string;
  type: AppointmentType;
  status: AppointmentStatus;
  cancelReason: string | null;
  startUtc: string;
  endUtc: string;
  allDay: boolean;
  placeKind: PlaceKind;
  location: string | null;
  room: string | null;
  caseId: string | null;
  caseNumber: string | null;
  clients: NamedRef[];
  staff: NamedRef[];
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
  version: number;
  canEdit: boolean;
}

export interface AvailabilityBlockView {
  staffId: string;
  place: string;
  startUtc: string;
  endUtc: string;
}

export interface RangeResult {
  occurrences: OccurrenceView[];
  availability: AvailabilityBlockView[];
}

/** An appointment opened in the dialog; `start`/`end` are those of the first occurrence. */
export interface AppointmentView extends Omit<OccurrenceView, 'key' | 'occurrenceDate' | 'overridden' | 'shiftedByDst'> {
  start: LocalDateTime;
  end: LocalDateTime;
  recurrence: RecurrenceRuleInput | null;
  exdates: string[];
  note: string | null;
  personIds: string[];
  staffIds: string[];
  /** Set when this appointment was taken out of a series. */
  seriesId: string | null;
  seriesOccurrenceDate: string | null;
}

export interface ConflictView {
  kind: 'staff' | 'room' | 'client';
  appointmentId: string;
  /** null when the caller may not see the other appointment: only "belegt" is shown. */
  title: string | null;
  startUtc: string;
  endUtc: string;
  /** Local date of the new appointment's occurrence that collides (series). */
  occurrenceDate: string;
  /** Names of the shared staff members or clients, or the room. */
  shared: string[];
}

export interface AvailabilityWarning {
  staffId: string;
  staffName: string;
  /** First affected local dates (at most 10). */
  dates: string[];
  total: number;
}

export interface CheckResult {
  conflicts: ConflictView[];
  conflictTotal: number;
  outsideAvailability: AvailabilityWarning[];
}

export type SaveResult =
  | { status: 'saved'; appointment: AppointmentView }
  | ({ status: 'needsConfirmation' } & CheckResult);

export interface StaffAvailabilityView {
  staffId: string;
  staffName: string;
  slots: AvailabilitySlotInput[];
  version: number;
}

export interface StaffOption extends NamedRef {
  role: 'fallmanagement' | 'teamleitung' | 'administration';
}

export interface CaseOption {
  caseId: string;
  caseNumber: string;
  persons: (NamedRef & { interpreterNeeded: boolean; interpreterLanguage: string | null })[];
}

export interface IcsPreviewEvent {
  line: number;
  uid: string | null;
  title: string;
  startUtc: string | null;
  endUtc: string | null;
  allDay: boolean;
  isSeries: boolean;
  importable: boolean;
  /** An appointment with this UID is already in the calendar; it is skipped. */
  duplicate: boolean;
  warnings: string[];
}

export interface IcsPreview {
  events: IcsPreviewEvent[];
  importable: number;
}

/** iCalendar text travels inside JSON; escaped line breaks can double its size. */
const ICS_MAX_INPUT_BYTES = 12 * 1024 * 1024;
const icsContent = z.string().min(1).max(ICS_MAX_INPUT_BYTES);

const rangeInput = z
  .object({
    from: isoDate,
    /** Exclusive. */
    to: isoDate,
    scope: z.enum(CALENDAR_SCOPES).default('mine'),
    /** Team view: only these staff members. */
    staffIds: z.array(id).max(50).optional(),
  })
  .strict();

const saveInput = z.object({ ...editTarget, version: version.optional(), appointment: appointmentDraft, ...confirmations }).strict();

export const calendarChannels = {
  'appointments.range': channel<RangeResult>()(rangeInput, 'user'),
  'appointments.get': channel<AppointmentView>()(z.object({ id }).strict(), 'user'),
  /** Creates (no id) or changes an appointment; a series change applies to this, following or all. */
  'appointments.save': channel<SaveResult>()(saveInput, 'user'),
  /** Drag and drop or keyboard: new times for an appointment or one occurrence. */
  'appointments.move': channel<SaveResult>()(
    z
      .object({
        id,
        version,
        occurrenceDate: isoDate.optional(),
        scope: z.enum(EDIT_SCOPES).default('this'),
        startUtc: z.iso.datetime({ offset: true }),
        endUtc: z.iso.datetime({ offset: true }),
        ...confirmations,
      })
      .strict(),
    'user',
  ),
  /** Cancels (status abgesagt with a reason); the appointment stays visible, struck through. */
  'appointments.cancel': channel<AppointmentView>()(
    z
      .object({ id, version, occurrenceDate: isoDate.optional(), scope: z.enum(EDIT_SCOPES).default('all'), reason: line(500).min(1) })
      .strict(),
    'user',
  ),
  'appointments.checkConflicts': channel<CheckResult>()(
    z.object({ ...editTarget, appointment: appointmentDraft }).strict(),
    'user',
  ),
  /** Cases the caller may book for, with their persons, for the dialog's case picker. */
  'appointments.caseOptions': channel<CaseOption[]>()(z.object({ query: line(100).optional() }).strict(), 'user'),
  'calendar.staffOptions': channel<StaffOption[]>()(z.object({}).strict(), 'user'),
  'availability.list': channel<StaffAvailabilityView[]>()(z.object({ staffIds: z.array(id).max(50).optional() }).strict(), 'user'),
  'availability.save': channel<StaffAvailabilityView>()(
    z.object({ staffId: id, version, slots: z.array(availabilitySlotInput).max(50) }).strict(),
    'user',
  ),
  'calendar.exportIcs': channel<{ fileName: string; content: string }>()(
    z
      .object({
        ids: z.array(id).min(1).max(500).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        includeClientNames: z.boolean().default(false),
        includeClientDetails: z.boolean().default(false),
      })
      .strict(),
    'user',
  ),
  'calendar.importIcsPreview': channel<IcsPreview>()(z.object({ content: icsContent }).strict(), 'user', ICS_MAX_INPUT_BYTES),
  /** Imports every importable, new event of the file in one transaction: all or nothing. */
  'calendar.importIcs': channel<{ imported: number }>()(
    z.object({ content: icsContent, skipUids: z.array(z.string().max(500)).max(5000).default([]) }).strict(),
    'user',
    ICS_MAX_INPUT_BYTES,
  ),
};
