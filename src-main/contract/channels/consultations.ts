import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, version } from '../fields';
import type { NamedRef } from './calendar';
import {
  CONSULTATION_TEMPLATE_IDS,
  PRINT_COPIES,
  PRINT_OUTPUTS,
  PRINT_VARIANTS,
  addendumInput,
  consultationContent,
  type ConsultationContent,
  type ConsultationForm,
  type ConsultationTemplateId,
  type PrintCopy,
  type PrintVariant,
} from './consultation-fields';

export type ConsultationStatus = 'entwurf' | 'abgeschlossen';

export interface AddendumView {
  id: string;
  text: string;
  reason: string;
  forClient: boolean;
  authorName: string | null;
  createdAt: string;
}

export interface ConsultationParticipants {
  persons: NamedRef[];
  staff: NamedRef[];
  partners: NamedRef[];
}

export interface ConsultationView {
  id: string;
  caseId: string;
  caseNumber: string;
  /** The appointment (and for a series the occurrence) the record came from. */
  appointmentId: string | null;
  occurrenceDate: string | null;
  template: ConsultationTemplateId | null;
  status: ConsultationStatus;
  content: ConsultationContent;
  /** Names of the participants: live for a draft, as they were on finalising for a finalised record. */
  participants: ConsultationParticipants;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
  finalisedAt: string | null;
  finalisedByName: string | null;
  /** The calendar entry created for the next appointment on finalising. */
  nextAppointmentId: string | null;
  /** Wiedervorlagen created from the agreements on finalising. */
  followUpCount: number;
  addenda: AddendumView[];
  version: number;
  /** Draft and the caller may change it (case manager of a writable case). */
  canEdit: boolean;
  /** Finalised and the caller may add an addendum. */
  canAddAddendum: boolean;
}

export interface ConsultationSummary {
  id: string;
  date: string | null;
  startTime: string | null;
  form: ConsultationForm | null;
  template: ConsultationTemplateId | null;
  status: ConsultationStatus;
  topics: string[];
  authorName: string | null;
  finalisedAt: string | null;
  addendaCount: number;
  updatedAt: string;
}

/** What a print of one record shows; the client copy carries no internal note at all. */
export interface ConsultationPrintView {
  copy: PrintCopy;
  variant: PrintVariant;
  consultation: Omit<ConsultationView, 'content' | 'canEdit' | 'canAddAddendum'> & { content: Omit<ConsultationContent, 'internalNote'> };
  /** Only on the file copy. */
  internalNote: string | null;
  clientName: string;
  managerNames: string[];
}

const caseWorkers = ['fallmanagement', 'administration'] as const;
/** A full record in Arabic script is about twice its characters in bytes. */
const DRAFT_MAX_INPUT_BYTES = 640 * 1024;

export const consultationsChannels = {
  /**
   * Starts a draft (prefilled from the appointment and/or a template). For an appointment that
   * already has a record, that record is answered instead (`created: false`).
   */
  'consultations.create': channel<{ consultation: ConsultationView; created: boolean }>()(
    z
      .object({
        caseId: id,
        appointmentId: id.optional(),
        occurrenceDate: isoDate.optional(),
        template: z.enum(CONSULTATION_TEMPLATE_IDS).optional(),
      })
      .strict(),
    caseWorkers,
  ),
  'consultations.get': channel<ConsultationView>()(z.object({ id }).strict(), 'user'),
  'consultations.listForCase': channel<ConsultationSummary[]>()(z.object({ caseId: id }).strict(), 'user'),
  /** Autosave of a draft; CONFLICT when `version` is stale, refused once finalised. */
  'consultations.saveDraft': channel<ConsultationView>()(
    z.object({ id, version, content: consultationContent }).strict(),
    caseWorkers,
    DRAFT_MAX_INPUT_BYTES,
  ),
  /** Makes the record read-only; agreements become Wiedervorlagen, the next appointment a calendar entry. */
  'consultations.finalise': channel<ConsultationView>()(z.object({ id, version }).strict(), caseWorkers),
  /** The only change a finalised record accepts: an addendum with a reason, shown under the original. */
  'consultations.addAddendum': channel<ConsultationView>()(z.object(addendumInput).strict(), caseWorkers),
  /** A draft started by mistake; finalised records are never deleted. */
  'consultations.deleteDraft': channel<{ deleted: true }>()(z.object({ id, version }).strict(), caseWorkers),
  'consultations.printView': channel<ConsultationPrintView>()(
    z.object({ id, copy: z.enum(PRINT_COPIES), variant: z.enum(PRINT_VARIANTS).default('standard') }).strict(),
    'user',
  ),
  /** The renderer reports every print and PDF export: one audit event each. */
  'consultations.printed': channel<{ recorded: true }>()(
    z
      .object({ id, copy: z.enum(PRINT_COPIES), variant: z.enum(PRINT_VARIANTS).default('standard'), output: z.enum(PRINT_OUTPUTS) })
      .strict(),
    'user',
  ),
};
