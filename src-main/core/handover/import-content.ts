import { randomUUID } from 'node:crypto';
import { insertAppointment } from '../appointments/appointments-repo';
import { insertPhaseEvent } from '../cases/cases-repo';
import type { CaseCtx } from '../cases/service-context';
import { consultationAddenda, consultations, goals, assessments, measures, noteRevisions } from '../db/schema';
import { insertDocument } from '../documents/documents-repo';
import { insertFollowUp } from '../followups/followups-repo';
import { indexNote } from '../notes/notes-service';
import { insertNote } from '../notes/notes-repo';
import { insertPlanRow } from '../plan/plan-repo';
import { omit } from './omit';
import type { CasePayload } from './payload';

// Writes a case's contents under new ids, inside the import transaction. `person` maps the file's
// person ids to this office's; records of people outside the case lose the link, not the record.

export interface IdMaps {
  caseId: string;
  person: (fileId: string | null) => string | null;
}

const stamps = ['id', 'version', 'createdAt', 'updatedAt'] as const;

function importPlan(ctx: CaseCtx, c: CasePayload, ids: IdMaps): void {
  const { db, at } = ctx;
  for (const a of c.assessments) insertPlanRow(db, assessments, { ...omit(a, ...stamps), caseId: ids.caseId, personId: ids.person(a.personId) }, at);
  const goalIds = new Map<string, string>();
  for (const g of c.goals) goalIds.set(g.id, insertPlanRow(db, goals, { ...omit(g, ...stamps), caseId: ids.caseId, personId: ids.person(g.personId) }, at).id);
  for (const m of c.measures) {
    const goalId = goalIds.get(m.goalId);
    if (!goalId) continue;
    // Partners of the other office are not ours: the name stays readable in the description.
    const partner = m.partner ? ` (Partner: ${m.partner.name})` : '';
    insertPlanRow(db, measures, { ...omit(m, ...stamps, 'partner'), goalId, partnerId: null, description: `${m.description}${partner}` }, at);
  }
}

function importNotes(ctx: CaseCtx, c: CasePayload, ids: IdMaps): void {
  const { db, at } = ctx;
  for (const n of c.notes) {
    const row = insertNote(db, { caseId: ids.caseId, authorUserId: null, notedOn: n.notedOn, text: n.text }, at);
    for (const r of n.revisions) db.orm.insert(noteRevisions).values({ id: randomUUID(), noteId: row.id, text: r.text, replacedAt: r.replacedAt, replacedBy: null }).run();
    indexNote(db, row, row.text);
  }
}

/** Appointments first (series before their taken-out occurrences); returns the id map for consultations. */
function importAppointments(ctx: CaseCtx, c: CasePayload, ids: IdMaps): Map<string, string> {
  const map = new Map<string, string>();
  const ordered = [...c.appointments].sort((a, b) => Number(a.seriesId !== null) - Number(b.seriesId !== null));
  for (const a of ordered) {
    const cols = {
      ...omit(a, ...stamps, 'uid', 'personIds'),
      caseId: ids.caseId,
      seriesId: a.seriesId ? (map.get(a.seriesId) ?? null) : null,
      // Rooms are the other office's; the place text stays.
      room: null,
      roomKey: null,
    };
    const personIds = a.personIds.map((p) => ids.person(p)).filter((p): p is string => p !== null);
    map.set(a.id, insertAppointment(ctx.db, cols, { staffIds: [ctx.actor.userId], personIds }, { createdBy: ctx.actor.userId, at: ctx.at }).id);
  }
  return map;
}

function importConsultations(ctx: CaseCtx, c: CasePayload, ids: IdMaps, appointmentIds: Map<string, string>): Map<string, string> {
  const { db } = ctx;
  const map = new Map<string, string>();
  const link = (id: string | null) => (id ? (appointmentIds.get(id) ?? null) : null);
  for (const r of c.consultations) {
    const id = randomUUID();
    map.set(r.id, id);
    const personIds = (JSON.parse(r.personIds) as string[]).map((p) => ids.person(p)).filter((p) => p !== null);
    db.orm
      .insert(consultations)
      .values({
        ...omit(r, 'addenda', 'authorName'),
        id,
        caseId: ids.caseId,
        appointmentId: link(r.appointmentId),
        nextAppointmentId: link(r.nextAppointmentId),
        personIds: JSON.stringify(personIds),
        authorUserId: null,
        finalisedBy: null,
      })
      .run();
    for (const a of r.addenda) {
      db.orm.insert(consultationAddenda).values({ ...omit(a, 'authorName'), id: randomUUID(), consultationId: id, authorUserId: null }).run();
    }
  }
  return map;
}

export function importCaseContent(ctx: CaseCtx, c: CasePayload, ids: IdMaps, documents: Map<string, Buffer>): void {
  const { db, at, actor } = ctx;
  for (const e of c.phaseEvents) insertPhaseEvent(db, { ...omit(e, 'id'), caseId: ids.caseId, userId: null });
  importPlan(ctx, c, ids);
  importNotes(ctx, c, ids);
  const appointmentIds = importAppointments(ctx, c, ids);
  const consultationIds = importConsultations(ctx, c, ids, appointmentIds);
  for (const f of c.followUps) {
    const sourceId = f.sourceId ? (consultationIds.get(f.sourceId) ?? null) : null;
    insertFollowUp(db, { ...omit(f, ...stamps), caseId: ids.caseId, ownerUserId: actor.userId, sourceId }, at);
  }
  for (const d of c.documents) {
    const content = documents.get(d.id);
    if (!content) throw new Error('document bytes missing after verification');
    insertDocument(db, { ...omit(d, 'id'), caseId: ids.caseId, personId: ids.person(d.personId), content, uploadedBy: null });
  }
}
