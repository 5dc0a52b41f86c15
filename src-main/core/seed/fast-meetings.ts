import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../contract';
import type { AppointmentView } from '../../contract/channels/calendar';
import { appendAudit } from '../audit/audit-log';
import { utcToBerlin } from '../calendar/berlin-time';
import { assertCaseWritable } from '../cases/case-access';
import type { CaseCtx } from '../cases/service-context';
import { appendAutosaveAudit } from '../consultations/draft-audit';
import { prefillContent } from '../consultations/consultation-prefill';
import { checkFinalisable, withoutBlankAgreements } from '../consultations/consultation-rules';
import { columnsOf, contentOf } from '../consultations/consultations-repo';
import { agreementNote } from '../consultations/finalise-service';
import { nextAppointmentDraft } from '../consultations/next-appointment';
import { consultations } from '../db/schema';
import { displayName } from '../persons/person-names';
import { snapshotCaseOnClosure } from '../reports/case-snapshot';
import { readAppointment, readCaseHead, readCaseMemberIds, readConsultation, readPartnerName, readPersonName, readUserName } from './bulk-reads';
import { insertRow, touchCaseRow, updateRow } from './bulk-rows';
import { book } from './fast-calendar';
import { createFollowUpFast } from './fast-followups';
import { todayAt } from './sim-time';

// The large profile's bulk path, consultation records: the rows, follow-ups, next appointments and
// audit events of the consultation services, computed by their own pure functions (prefill,
// content columns, finalising rules), without access checks against the seed's own data and views.

const audit = (ctx: CaseCtx, action: string, entity: string, entityId: string) => appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity, entityId }, ctx.at);

/** What a record's prefill reads of its appointment: the fields of appointmentView it uses. */
function prefillView(ctx: CaseCtx, appointmentId: string): AppointmentView {
  const { row, staffIds, personIds } = readAppointment(ctx.db, appointmentId);
  const start = utcToBerlin(row.startUtc);
  const view = {
    appointmentId,
    type: row.type,
    placeKind: row.placeKind,
    location: row.location,
    room: row.room,
    allDay: row.allDay,
    startUtc: row.startUtc,
    endUtc: row.endUtc,
    start: { date: start.date, time: start.time },
    personIds,
    staffIds,
    interpreterNeeded: row.interpreterNeeded,
    interpreterLanguage: row.interpreterLanguage,
  } satisfies Partial<AppointmentView>;
  // prefillContent reads nothing else; the names and edit rights of the full view are left out.
  return view as AppointmentView;
}

export function createConsultationFast(ctx: CaseCtx, input: ParsedInputOf<'consultations.create'>) {
  const { db, actor } = ctx;
  const caseRow = assertCaseWritable(db, input.caseId, actor);
  const content = prefillContent({
    appointment: input.appointmentId ? prefillView(ctx, input.appointmentId) : null,
    occurrenceDate: null,
    template: input.template ?? null,
    caseMembers: new Set(readCaseMemberIds(db, caseRow)),
    authorId: actor.userId,
    today: todayAt(ctx.at),
  });
  const stamp = ctx.at.toISOString();
  const id = randomUUID();
  const values = { caseId: caseRow.id, appointmentId: input.appointmentId ?? null, occurrenceDate: null, template: input.template ?? null, authorUserId: actor.userId };
  insertRow(db, consultations, { ...values, ...columnsOf(content), id, version: 0, createdAt: stamp, updatedAt: stamp });
  touchCaseRow(db, caseRow.id, ctx.at);
  audit(ctx, 'consultation.create', 'consultation', id);
  return { consultation: { id, version: 0, content }, created: true };
}

/** A draft at the version the seed has seen (writableDraft without the access check). */
function draftAt(ctx: CaseCtx, id: string, version: number) {
  const row = readConsultation(ctx.db, id);
  if (row.finalisedAt !== null || row.version !== version) throw new Error('bulk path: consultation finalised or changed');
  return row;
}

export function saveDraftFast(ctx: CaseCtx, input: ParsedInputOf<'consultations.saveDraft'>) {
  const row = draftAt(ctx, input.id, input.version);
  const version = row.version + 1;
  updateRow(ctx.db, consultations, row.id, { ...columnsOf(input.content), version, updatedAt: ctx.at.toISOString() });
  touchCaseRow(ctx.db, row.caseId, ctx.at);
  appendAutosaveAudit(ctx.db, { userId: ctx.actor.userId, action: 'consultation.save-draft', entity: 'consultation', entityId: row.id }, ctx.at);
  return { id: row.id, version };
}

/** liveParticipants of the consultation views: everyone taking part by name, in the record's order (all exist here). */
function participantNames(db: CaseCtx['db'], columns: { personIds: string; staffIds: string; partnerIds: string }) {
  const named = (json: string, name: (id: string) => string) => (JSON.parse(json) as string[]).map((id) => ({ id, name: name(id) }));
  return {
    persons: named(columns.personIds, (id) => displayName(readPersonName(db, id))),
    staff: named(columns.staffIds, (id) => readUserName(db, id)),
    partners: named(columns.partnerIds, (id) => readPartnerName(db, id)),
  };
}

/** Finalising as the finalise service does it: agreements become follow-ups, the next date an appointment. */
export function finaliseFast(ctx: CaseCtx, input: ParsedInputOf<'consultations.finalise'>) {
  const row = draftAt(ctx, input.id, input.version);
  const content = withoutBlankAgreements(contentOf(row));
  checkFinalisable(content, todayAt(ctx.at));
  for (const a of content.agreements) {
    createFollowUpFast(ctx, { caseId: row.caseId, dueOn: a.dueOn, note: agreementNote(content.date, a.what, a.who), source: 'vereinbarung', sourceId: row.id });
  }
  const nextAppointmentId = content.nextAppointment ? book(ctx, nextAppointmentDraft(ctx, row.caseId, content, content.nextAppointment)) : null;
  const columns = columnsOf(content);
  const version = row.version + 1;
  updateRow(ctx.db, consultations, row.id, {
    ...columns,
    participantNames: JSON.stringify(participantNames(ctx.db, columns)),
    nextAppointmentId,
    finalisedAt: ctx.at.toISOString(),
    finalisedBy: ctx.actor.userId,
    version,
    updatedAt: ctx.at.toISOString(),
  });
  touchCaseRow(ctx.db, row.caseId, ctx.at);
  if (readCaseHead(ctx.db, row.caseId).closedOn) snapshotCaseOnClosure(ctx.db, row.caseId, ctx.at);
  audit(ctx, 'consultation.finalise', 'consultation', row.id);
  return { id: row.id, version, nextAppointmentId };
}
