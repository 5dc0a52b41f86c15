import { z } from 'zod';
import { id, isoDate, line, requiredLine, text } from '../fields';
import { LIFE_DOMAINS } from './casefile-fields';

// The content of a Beratungsdokumentation as the editor sends it. Every field has a neutral
// default, so a draft may be saved half-written; the rules for finalising live in the service.

export const CONSULTATION_FORMS = ['im_buero', 'hausbesuch', 'telefonisch', 'video', 'begleitung'] as const;
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];

export const CONSULTATION_TEMPLATE_IDS = ['erstgespraech', 'folgeberatung', 'hausbesuch'] as const;
export type ConsultationTemplateId = (typeof CONSULTATION_TEMPLATE_IDS)[number];

/** Client copy (without the internal note) or file copy (complete). */
export const PRINT_COPIES = ['client', 'file'] as const;
export type PrintCopy = (typeof PRINT_COPIES)[number];
/** The client copy can be printed in plain language (einfache Sprache) instead. */
export const PRINT_VARIANTS = ['standard', 'einfach'] as const;
export type PrintVariant = (typeof PRINT_VARIANTS)[number];
/** Where a print went: a printer (system dialog, browser) or a PDF file. */
export const PRINT_OUTPUTS = ['drucker', 'pdf'] as const;

export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const dateOrEmpty = z.union([z.literal(''), isoDate]);
const timeOrEmpty = z.union([z.literal(''), hhmm]);

/** Longest consultation and appointment the editor accepts, in minutes. */
export const MAX_DURATION_MINUTES = 600;

/** A Vereinbarung: what, who does it, by when. On finalising it becomes a Wiedervorlage. */
export const agreementInput = z
  .object({ what: line(600).default(''), who: line(150).default(''), dueOn: dateOrEmpty.default('') })
  .strict();
export type AgreementInput = z.output<typeof agreementInput>;

/** The next appointment; created in the calendar when the record is finalised. */
export const nextAppointmentInput = z
  .object({
    date: dateOrEmpty.default(''),
    time: timeOrEmpty.default(''),
    durationMinutes: z.number().int().min(5).max(MAX_DURATION_MINUTES).default(60),
    form: z.enum(CONSULTATION_FORMS).default('im_buero'),
    place: line(300).default(''),
  })
  .strict();
export type NextAppointmentInput = z.output<typeof nextAppointmentInput>;

export const interpreterInput = z.object({ name: line(200).default(''), language: line(60).default('') }).strict();

export const consultationContent = z
  .object({
    date: dateOrEmpty.default(''),
    startTime: timeOrEmpty.default(''),
    durationMinutes: z.number().int().min(0).max(MAX_DURATION_MINUTES).nullable().default(null),
    form: z.enum(CONSULTATION_FORMS).nullable().default(null),
    place: line(300).default(''),
    /** Members of the case's household who took part. */
    personIds: z.array(id).max(30).default([]),
    /** Null when no interpreter took part. */
    interpreter: interpreterInput.nullable().default(null),
    staffIds: z.array(id).max(20).default([]),
    partnerIds: z.array(id).max(20).default([]),
    lifeDomains: z.array(z.enum(LIFE_DOMAINS)).max(LIFE_DOMAINS.length).default([]),
    topics: z.array(requiredLine(200)).max(30).default([]),
    /** For the client: printed on both copies. */
    summary: text(20_000).default(''),
    /** Never printed on the client copy. */
    internalNote: text(20_000).default(''),
    /** Plain-language (einfache Sprache) versions, written by the case manager. */
    summaryPlain: text(20_000).default(''),
    agreementsPlain: text(10_000).default(''),
    agreements: z.array(agreementInput).max(30).default([]),
    nextSteps: text(4_000).default(''),
    nextAppointment: nextAppointmentInput.nullable().default(null),
  })
  .strict();
export type ConsultationContent = z.output<typeof consultationContent>;
export type ConsultationContentInput = z.input<typeof consultationContent>;

export const EMPTY_CONTENT: ConsultationContent = consultationContent.parse({});

export const addendumInput = {
  id,
  text: requiredLine(10_000),
  reason: requiredLine(500),
  /** Also shown on the client copy (default: only on the file copy). */
  forClient: z.boolean().default(false),
};
