import { inArray } from 'drizzle-orm';
import type { NamedRef } from '../../contract/channels/calendar';
import type { ConsultationParticipants, ConsultationSummary, ConsultationView } from '../../contract/channels/consultations';
import { writeRefusal, type CaseRow } from '../cases/case-access';
import type { Actor } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { partners, users } from '../db/schema';
import { findPersons } from '../persons/persons-repo';
import { displayName } from '../persons/person-names';
import { addendaCounts, addendaOf, agreementFollowUpCount, contentOf, participantNamesOf, type ConsultationRow } from './consultations-repo';

/** Names in the order of the ids; an id that no longer resolves keeps a neutral placeholder. */
function inOrder(ids: string[], found: NamedRef[]): NamedRef[] {
  const byId = new Map(found.map((r) => [r.id, r.name]));
  return ids.map((id) => ({ id, name: byId.get(id) ?? '(nicht mehr vorhanden)' }));
}

const userNames = (db: OfficeDb, ids: string[]): NamedRef[] =>
  ids.length ? db.orm.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids)).all() : [];

/** Current names of the participants (drafts; the snapshot taken on finalising). */
export function liveParticipants(db: OfficeDb, r: Pick<ConsultationRow, 'personIds' | 'staffIds' | 'partnerIds'>): ConsultationParticipants {
  const personIds = JSON.parse(r.personIds) as string[];
  const staffIds = JSON.parse(r.staffIds) as string[];
  const partnerIds = JSON.parse(r.partnerIds) as string[];
  const persons = findPersons(db, personIds).map((p) => ({ id: p.id, name: displayName(p) }));
  const orgs = partnerIds.length ? db.orm.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, partnerIds)).all() : [];
  return { persons: inOrder(personIds, persons), staff: inOrder(staffIds, userNames(db, staffIds)), partners: inOrder(partnerIds, orgs) };
}

const nameOf = (db: OfficeDb, id: string | null): string | null => (id ? (userNames(db, [id])[0]?.name ?? null) : null);

export function consultationView(db: OfficeDb, actor: Actor, caseRow: CaseRow, r: ConsultationRow): ConsultationView {
  const finalised = r.finalisedAt !== null;
  const mayWrite = writeRefusal(db, caseRow, actor) === null;
  return {
    id: r.id,
    caseId: r.caseId,
    caseNumber: caseRow.caseNumber,
    appointmentId: r.appointmentId,
    occurrenceDate: r.occurrenceDate,
    template: r.template,
    status: finalised ? 'abgeschlossen' : 'entwurf',
    content: contentOf(r),
    participants: participantNamesOf(r) ?? liveParticipants(db, r),
    authorName: nameOf(db, r.authorUserId),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    finalisedAt: r.finalisedAt,
    finalisedByName: nameOf(db, r.finalisedBy),
    nextAppointmentId: r.nextAppointmentId,
    followUpCount: agreementFollowUpCount(db, r.id),
    addenda: addendaOf(db, r.id).map(({ a, authorName }) => ({
      id: a.id,
      text: a.text,
      reason: a.reason,
      forClient: a.forClient,
      authorName,
      createdAt: a.createdAt,
    })),
    version: r.version,
    canEdit: !finalised && mayWrite,
    canAddAddendum: finalised && mayWrite,
  };
}

export function consultationSummaries(db: OfficeDb, caseId: string, rows: ConsultationRow[]): ConsultationSummary[] {
  const counts = addendaCounts(db, caseId);
  const authors = new Map(userNames(db, [...new Set(rows.flatMap((r) => (r.authorUserId ? [r.authorUserId] : [])))]).map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    date: r.heldOn,
    startTime: r.startTime,
    form: r.form,
    template: r.template,
    status: r.finalisedAt ? 'abgeschlossen' : 'entwurf',
    topics: JSON.parse(r.topics) as string[],
    authorName: r.authorUserId ? (authors.get(r.authorUserId) ?? null) : null,
    finalisedAt: r.finalisedAt,
    addendaCount: counts.get(r.id) ?? 0,
    updatedAt: r.updatedAt,
  }));
}
