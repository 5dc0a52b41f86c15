import { z } from 'zod';
import type {
  appointments,
  assessments,
  casePhaseEvents,
  cases,
  consultationAddenda,
  consultations,
  followUps,
  goals,
  households,
  measures,
  notes,
  noteRevisions,
  persons,
} from '../db/schema';

// The JSON inside a .kimcase archive (entry `handover.json`), format 1. Rows keep the sending
// office's ids only as local references inside the file: the importer gives every record a new id.
// Users, partners and Kommunen of the sending office do not exist at the receiver, so they travel
// as plain names; their ids are left out.

export const HANDOVER_FORMAT = 'kim-fallakte-case';
export const HANDOVER_VERSION = 1;
export const PAYLOAD_ENTRY = 'handover.json';
export const documentEntry = (id: string): string => `documents/${id}`;
/** The JSON is read into memory whole; this bounds it. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

export type PersonData = Omit<Row<typeof persons>, 'kommuneId'>;
export type HouseholdData = Omit<Row<typeof households>, 'kommuneId'>;
export type CaseData = Omit<Row<typeof cases>, 'kommuneId'>;
export type AssessmentData = Row<typeof assessments>;
export type GoalData = Row<typeof goals>;
export type MeasureData = Omit<Row<typeof measures>, 'partnerId'> & { partner: PartnerRef | null };
export type FollowUpData = Omit<Row<typeof followUps>, 'ownerUserId'>;
export type NoteData = Pick<Row<typeof notes>, 'id' | 'notedOn' | 'text' | 'createdAt' | 'updatedAt'> & {
  authorName: string | null;
  revisions: (Pick<Row<typeof noteRevisions>, 'id' | 'text' | 'replacedAt'> & { replacedByName: string | null })[];
};
export type ConsultationData = Omit<Row<typeof consultations>, 'authorUserId' | 'finalisedBy' | 'staffIds' | 'partnerIds'> & {
  authorName: string | null;
  addenda: (Omit<Row<typeof consultationAddenda>, 'authorUserId'> & { authorName: string | null })[];
};
export type AppointmentData = Omit<Row<typeof appointments>, 'createdBy' | 'roomKey'> & { personIds: string[] };
export type PhaseEventData = Omit<Row<typeof casePhaseEvents>, 'userId'>;

export interface PartnerRef {
  name: string;
  kind: string;
}

export interface ConsentData {
  personId: string;
  partner: PartnerRef;
  purpose: string;
  dataCategories: string[];
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
}

export interface ReferralData {
  personId: string;
  partner: PartnerRef;
  purpose: string;
  referredOn: string;
}

export interface DocumentData {
  id: string;
  personId: string | null;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedAt: string;
}

export interface CasePayload {
  case: CaseData;
  kommuneName: string | null;
  household: (HouseholdData & { kommuneName: string | null }) | null;
  persons: (PersonData & { kommuneName: string | null })[];
  phaseEvents: PhaseEventData[];
  assessments: AssessmentData[];
  goals: GoalData[];
  measures: MeasureData[];
  followUps: FollowUpData[];
  notes: NoteData[];
  consultations: ConsultationData[];
  appointments: AppointmentData[];
  consents: ConsentData[];
  referrals: ReferralData[];
  documents: DocumentData[];
}

export interface HandoverPayload {
  format: typeof HANDOVER_FORMAT;
  version: typeof HANDOVER_VERSION;
  createdAt: string;
  /** Name of the sending office and of the receiving partner, for the handover note. */
  fromOffice: string;
  recipient: PartnerRef;
  cases: CasePayload[];
}

// The import checks the shape it relies on (ids, links, sizes). Row contents are authenticated by
// the container and copied column by column, so unknown keys never reach the database.
const idRef = z.string().min(1).max(100);
const rows = z.array(z.looseObject({ id: idRef }));

const casePayloadSchema = z.looseObject({
  case: z.looseObject({ id: idRef, caseNumber: z.string().min(1).max(50), primaryPersonId: idRef, householdId: idRef.nullable() }),
  kommuneName: z.string().nullable(),
  household: z.looseObject({ id: idRef, label: z.string() }).nullable(),
  persons: z.array(z.looseObject({ id: idRef, familyName: z.string(), givenNames: z.string(), birthYear: z.number().int().nullable() })).min(1),
  phaseEvents: rows,
  assessments: rows,
  goals: rows,
  measures: z.array(z.looseObject({ id: idRef, goalId: idRef })),
  followUps: rows,
  notes: z.array(z.looseObject({ id: idRef, revisions: rows })),
  consultations: z.array(z.looseObject({ id: idRef, addenda: rows })),
  appointments: z.array(z.looseObject({ id: idRef, personIds: z.array(idRef) })),
  consents: z.array(z.looseObject({ personId: idRef, partner: z.object({ name: z.string(), kind: z.string() }) })),
  referrals: z.array(z.looseObject({ personId: idRef, partner: z.object({ name: z.string(), kind: z.string() }) })),
  documents: z.array(z.looseObject({ id: idRef, sizeBytes: z.number().int().nonnegative(), sha256: z.string() })),
});

export const handoverPayloadSchema = z.looseObject({
  format: z.literal(HANDOVER_FORMAT),
  version: z.literal(HANDOVER_VERSION),
  createdAt: z.string(),
  fromOffice: z.string(),
  recipient: z.object({ name: z.string(), kind: z.string() }),
  cases: z.array(casePayloadSchema).min(1),
});

/** Record counts for the (unencrypted) container header: numbers only, no names. */
export function payloadCounts(p: HandoverPayload): Record<string, number> {
  const sum = (f: (c: CasePayload) => number) => p.cases.reduce((n, c) => n + f(c), 0);
  return {
    cases: p.cases.length,
    persons: sum((c) => c.persons.length),
    assessments: sum((c) => c.assessments.length),
    goals: sum((c) => c.goals.length),
    measures: sum((c) => c.measures.length),
    followUps: sum((c) => c.followUps.length),
    notes: sum((c) => c.notes.length),
    consultations: sum((c) => c.consultations.length),
    appointments: sum((c) => c.appointments.length),
    consents: sum((c) => c.consents.length),
    referrals: sum((c) => c.referrals.length),
    documents: sum((c) => c.documents.length),
  };
}
