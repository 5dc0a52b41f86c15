import type { ParsedInputOf } from '../../contract';
import type { AppointmentDraft } from '../../contract/channels/calendar-fields';
import { appointmentView } from '../appointments/appointment-views';
import { loadAppointment } from '../appointments/appointments-repo';
import { planSave } from '../appointments/save-plans';
import { appendAudit } from '../audit/audit-log';
import { assertCaseWritable } from '../cases/case-access';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { nextVersion } from '../db/expect-version';
import { writableDraft } from '../consultations/consultation-access';
import { prefillContent } from '../consultations/consultation-prefill';
import { checkFinalisable, withoutBlankAgreements } from '../consultations/consultation-rules';
import { liveParticipants } from '../consultations/consultation-views';
import { columnsOf, contentOf, insertConsultation, updateConsultationRow } from '../consultations/consultations-repo';
import { agreementNote } from '../consultations/finalise-service';
import { nextAppointmentDraft } from '../consultations/next-appointment';
import { createFollowUp } from '../followups/followups-service';
import { personsOfCase } from '../persons/persons-repo';

// The large profile's bulk path, appointments and consultation records: the services' own plans
// and repositories (so rows, spans, links, follow-ups and audit events are the same), without the
// double-booking check (the seed confirms every booking anyway) and without building views.

const audit = (ctx: CaseCtx, action: string, entity: string, entityId: string) => appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity, entityId }, ctx.at);

/** A new single appointment, as `appointments.save` writes it after a confirmed check. */
function book(ctx: CaseCtx, draft: AppointmentDraft): string {
  const row = planSave(ctx, null, draft, { scope: 'all' }).apply();
  audit(ctx, 'appointment.create', 'appointment', row.id);
  if (row.caseId) touchCase(ctx.db, row.caseId, ctx.at);
  return row.id;
}

export function saveAppointmentFast(ctx: CaseCtx, input: ParsedInputOf<'appointments.save'>) {
  if (input.id) throw new Error('the bulk path only creates appointments');
  return { status: 'saved' as const, appointment: { appointmentId: book(ctx, input.appointment) } };
}

export function createConsultationFast(ctx: CaseCtx, input: ParsedInputOf<'consultations.create'>) {
  const { db, actor } = ctx;
  const caseRow = assertCaseWritable(db, input.caseId, actor);
  const appointment = input.appointmentId ? appointmentView(db, actor, loadAppointment(db, input.appointmentId)) : null;
  const content = prefillContent({
    appointment,
    occurrenceDate: null,
    template: input.template ?? null,
    caseMembers: new Set(personsOfCase(db, caseRow).map((p) => p.id)),
    authorId: actor.userId,
    today: berlinToday(ctx.at),
  });
  const row = insertConsultation(db, { caseId: caseRow.id, appointmentId: appointment?.appointmentId ?? null, occurrenceDate: null, template: input.template ?? null, authorUserId: actor.userId }, content, ctx.at);
  touchCase(db, caseRow.id, ctx.at);
  audit(ctx, 'consultation.create', 'consultation', row.id);
  return { consultation: { id: row.id, version: row.version, content }, created: true };
}

export function saveDraftFast(ctx: CaseCtx, input: ParsedInputOf<'consultations.saveDraft'>) {
  const { row } = writableDraft(ctx.db, input.id, input.version, ctx.actor);
  const saved = updateConsultationRow(ctx.db, row.id, { ...columnsOf(input.content), ...nextVersion(row, ctx.at) });
  touchCase(ctx.db, row.caseId, ctx.at);
  audit(ctx, 'consultation.save-draft', 'consultation', row.id);
  return { id: saved.id, version: saved.version };
}

/** Finalising as the finalise service does it: agreements become follow-ups, the next date an appointment. */
export function finaliseFast(ctx: CaseCtx, input: ParsedInputOf<'consultations.finalise'>) {
  const { row } = writableDraft(ctx.db, input.id, input.version, ctx.actor);
  const content = withoutBlankAgreements(contentOf(row));
  checkFinalisable(content, berlinToday(ctx.at));
  for (const a of content.agreements) {
    createFollowUp(ctx, { caseId: row.caseId, dueOn: a.dueOn, note: agreementNote(content.date, a.what, a.who), source: 'vereinbarung', sourceId: row.id });
  }
  const nextAppointmentId = content.nextAppointment ? book(ctx, nextAppointmentDraft(ctx, row.caseId, content, content.nextAppointment)) : null;
  const columns = columnsOf(content);
  const sealed = updateConsultationRow(ctx.db, row.id, {
    ...columns,
    participantNames: JSON.stringify(liveParticipants(ctx.db, columns)),
    nextAppointmentId,
    finalisedAt: ctx.at.toISOString(),
    finalisedBy: ctx.actor.userId,
    ...nextVersion(row, ctx.at),
  });
  touchCase(ctx.db, row.caseId, ctx.at);
  audit(ctx, 'consultation.finalise', 'consultation', row.id);
  return { id: sealed.id, version: sealed.version, nextAppointmentId };
}
