import { eq, inArray } from 'drizzle-orm';
import type { CaseRow } from '../cases/case-access';
import { consentsOfPerson } from '../consents/consents-repo';
import { addendaOf, consultationsOfCase } from '../consultations/consultations-repo';
import { linksOf } from '../appointments/appointments-repo';
import type { OfficeDb } from '../db/open-encrypted';
import { appointments, assessments, casePhaseEvents, followUps, goals, measures, users } from '../db/schema';
import { documentsOfCase } from '../documents/documents-repo';
import { kommuneName } from '../kommunen/kommunen-service';
import { notesOfCase, revisionsOf } from '../notes/notes-repo';
import { findPartner } from '../partners/partners-repo';
import { findHousehold } from '../persons/households-repo';
import { personsOfCase } from '../persons/persons-repo';
import { referralsOfCase } from '../referrals/referrals-repo';
import { omit as without } from './omit';
import type { CasePayload, PartnerRef } from './payload';

// Reads one case with everything that belongs to it into the handover payload. Runs inside the
// export's read transaction, so the snapshot is consistent.

function partnerRefs(db: OfficeDb): (id: string) => PartnerRef {
  const cache = new Map<string, PartnerRef>();
  return (id) => {
    let ref = cache.get(id);
    if (!ref) {
      const p = findPartner(db, id);
      ref = { name: p?.name ?? '', kind: p?.kind ?? 'sonstige' };
      cache.set(id, ref);
    }
    return ref;
  };
}

function userNames(db: OfficeDb): (id: string | null) => string | null {
  const all = new Map(db.orm.select({ id: users.id, name: users.displayName }).from(users).all().map((u) => [u.id, u.name]));
  return (id) => (id ? (all.get(id) ?? null) : null);
}

const kommuneNameOf = (db: OfficeDb, id: string | null): string | null => (id ? kommuneName(db, id) : null);

export function collectCase(db: OfficeDb, c: CaseRow): CasePayload {
  const partner = partnerRefs(db);
  const userName = userNames(db);
  const people = personsOfCase(db, c);
  const household = c.householdId ? findHousehold(db, c.householdId) : undefined;
  const goalRows = db.orm.select().from(goals).where(eq(goals.caseId, c.id)).all();
  const measureRows = goalRows.length === 0 ? [] : db.orm.select().from(measures).where(inArray(measures.goalId, goalRows.map((g) => g.id))).all();
  const appointmentRows = db.orm.select().from(appointments).where(eq(appointments.caseId, c.id)).all();
  const appointmentPersons = linksOf(db, appointmentRows.map((a) => a.id)).persons;
  const personIds = new Set(people.map((p) => p.id));
  return {
    case: without(c, 'kommuneId'),
    kommuneName: kommuneNameOf(db, c.kommuneId),
    household: household ? { ...without(household, 'kommuneId'), kommuneName: kommuneNameOf(db, household.kommuneId) } : null,
    persons: people.map((p) => ({ ...without(p, 'kommuneId'), kommuneName: kommuneNameOf(db, p.kommuneId) })),
    phaseEvents: db.orm.select().from(casePhaseEvents).where(eq(casePhaseEvents.caseId, c.id)).all().map((e) => without(e, 'userId')),
    assessments: db.orm.select().from(assessments).where(eq(assessments.caseId, c.id)).all(),
    goals: goalRows,
    measures: measureRows.map((m) => ({ ...without(m, 'partnerId'), partner: m.partnerId ? partner(m.partnerId) : null })),
    followUps: db.orm.select().from(followUps).where(eq(followUps.caseId, c.id)).all().map((f) => without(f, 'ownerUserId')),
    notes: notesOfCase(db, c.id).map((n) => ({
      id: n.id,
      notedOn: n.notedOn,
      text: n.text,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
      authorName: n.authorName,
      revisions: revisionsOf(db, n.id),
    })),
    consultations: consultationsOfCase(db, c.id).map((r) => ({
      ...without(r, 'authorUserId', 'finalisedBy', 'staffIds', 'partnerIds'),
      authorName: userName(r.authorUserId),
      addenda: addendaOf(db, r.id).map(({ a, authorName }) => ({ ...without(a, 'authorUserId'), authorName })),
    })),
    appointments: appointmentRows.map((a) => ({ ...without(a, 'createdBy', 'roomKey'), personIds: appointmentPersons.get(a.id) ?? [] })),
    consents: people.flatMap((p) =>
      consentsOfPerson(db, p.id).map(({ consent }) => ({
        personId: p.id,
        partner: partner(consent.partnerId),
        purpose: consent.purpose,
        dataCategories: consent.dataCategories,
        givenOn: consent.givenOn,
        validUntil: consent.validUntil,
        withdrawnOn: consent.withdrawnOn,
      })),
    ),
    referrals: referralsOfCase(db, c.id)
      .filter((r) => personIds.has(r.personId))
      .map((r) => ({ personId: r.personId, partner: partner(r.partnerId), purpose: r.purpose, referredOn: r.referredOn })),
    documents: documentsOfCase(db, c.id).map((d) => ({
      id: d.id,
      personId: d.personId,
      fileName: d.fileName,
      mimeType: d.mimeType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      description: d.description,
      uploadedAt: d.uploadedAt,
    })),
  };
}
