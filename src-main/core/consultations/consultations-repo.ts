import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { ConsultationContent } from '../../contract/channels/consultation-fields';
import type { ConsultationParticipants } from '../../contract/channels/consultations';
import type { OfficeDb } from '../db/open-encrypted';
import { consultationAddenda, consultations, followUps, users } from '../db/schema';

// Rows of the consultation tables and the JSON columns inside them. Callers run writes inside
// their transaction and append the audit events.

export type ConsultationRow = typeof consultations.$inferSelect;
export type AddendumRow = typeof consultationAddenda.$inferSelect;

export const CONSULTATION_NOT_FOUND = 'Diese Beratungsdokumentation existiert nicht.';

const list = <T>(json: string): T[] => JSON.parse(json) as T[];
const objectOrNull = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** The editable content of a row, in the shape the editor sends. */
export function contentOf(r: ConsultationRow): ConsultationContent {
  return {
    date: r.heldOn ?? '',
    startTime: r.startTime ?? '',
    durationMinutes: r.durationMinutes,
    form: r.form,
    place: r.place,
    personIds: list(r.personIds),
    interpreter: objectOrNull(r.interpreter),
    staffIds: list(r.staffIds),
    partnerIds: list(r.partnerIds),
    lifeDomains: list(r.lifeDomains),
    topics: list(r.topics),
    summary: r.summary,
    internalNote: r.internalNote,
    summaryPlain: r.summaryPlain,
    agreementsPlain: r.agreementsPlain,
    agreements: list(r.agreements),
    nextSteps: r.nextSteps,
    nextAppointment: objectOrNull(r.nextAppointment),
  };
}

/** Columns of a content; empty date and time are stored as NULL. */
export function columnsOf(c: ConsultationContent) {
  return {
    heldOn: c.date || null,
    startTime: c.startTime || null,
    durationMinutes: c.durationMinutes,
    form: c.form,
    place: c.place,
    personIds: JSON.stringify([...new Set(c.personIds)]),
    interpreter: c.interpreter ? JSON.stringify(c.interpreter) : null,
    staffIds: JSON.stringify([...new Set(c.staffIds)]),
    partnerIds: JSON.stringify([...new Set(c.partnerIds)]),
    lifeDomains: JSON.stringify([...new Set(c.lifeDomains)]),
    topics: JSON.stringify(c.topics),
    summary: c.summary,
    internalNote: c.internalNote,
    summaryPlain: c.summaryPlain,
    agreementsPlain: c.agreementsPlain,
    agreements: JSON.stringify(c.agreements),
    nextSteps: c.nextSteps,
    nextAppointment: c.nextAppointment ? JSON.stringify(c.nextAppointment) : null,
  };
}

export const participantNamesOf = (r: ConsultationRow): ConsultationParticipants | null => objectOrNull(r.participantNames);

export const findConsultation = (db: OfficeDb, id: string): ConsultationRow | undefined =>
  db.orm.select().from(consultations).where(eq(consultations.id, id)).get();

/** The record of an appointment (occurrence), if one was started already. */
export function consultationOfAppointment(db: OfficeDb, appointmentId: string, occurrenceDate: string | null): ConsultationRow | undefined {
  const occurrence = occurrenceDate === null ? isNull(consultations.occurrenceDate) : eq(consultations.occurrenceDate, occurrenceDate);
  return db.orm.select().from(consultations).where(and(eq(consultations.appointmentId, appointmentId), occurrence)).get();
}

export function insertConsultation(
  db: OfficeDb,
  values: Pick<ConsultationRow, 'caseId' | 'appointmentId' | 'occurrenceDate' | 'template' | 'authorUserId'>,
  content: ConsultationContent,
  at: Date,
): ConsultationRow {
  const stamp = at.toISOString();
  return db.orm
    .insert(consultations)
    .values({ ...values, ...columnsOf(content), id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
}

export function updateConsultationRow(db: OfficeDb, id: string, values: Partial<ConsultationRow>): ConsultationRow {
  const row = db.orm.update(consultations).set(values).where(eq(consultations.id, id)).returning().get();
  if (!row) throw new Error('consultation vanished inside its transaction');
  return row;
}

export const deleteConsultationRow = (db: OfficeDb, id: string): void => {
  db.orm.delete(consultations).where(eq(consultations.id, id)).run();
};

export const consultationsOfCase = (db: OfficeDb, caseId: string): ConsultationRow[] =>
  db.orm.select().from(consultations).where(eq(consultations.caseId, caseId)).orderBy(desc(consultations.heldOn), desc(consultations.createdAt)).all();

export function insertAddendum(db: OfficeDb, values: Omit<AddendumRow, 'id' | 'createdAt'>, at: Date): AddendumRow {
  return db.orm
    .insert(consultationAddenda)
    .values({ ...values, id: randomUUID(), createdAt: at.toISOString() })
    .returning()
    .get();
}

export const addendaOf = (db: OfficeDb, consultationId: string) =>
  db.orm
    .select({ a: consultationAddenda, authorName: users.displayName })
    .from(consultationAddenda)
    .leftJoin(users, eq(users.id, consultationAddenda.authorUserId))
    .where(eq(consultationAddenda.consultationId, consultationId))
    .orderBy(asc(consultationAddenda.createdAt), asc(consultationAddenda.id))
    .all();

export function addendaCounts(db: OfficeDb, caseId: string): Map<string, number> {
  const rows = db.orm
    .select({ id: consultationAddenda.consultationId, n: count() })
    .from(consultationAddenda)
    .innerJoin(consultations, eq(consultations.id, consultationAddenda.consultationId))
    .where(eq(consultations.caseId, caseId))
    .groupBy(consultationAddenda.consultationId)
    .all();
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Wiedervorlagen created from the agreements of a record. */
export const agreementFollowUpCount = (db: OfficeDb, consultationId: string): number =>
  db.orm
    .select({ n: count() })
    .from(followUps)
    .where(and(eq(followUps.source, 'vereinbarung'), eq(followUps.sourceId, consultationId)))
    .get()?.n ?? 0;
