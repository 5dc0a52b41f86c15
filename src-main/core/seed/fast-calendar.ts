import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../contract';
import type { AppointmentDraft } from '../../contract/channels/calendar-fields';
import { columnsOf, draftFromRow } from '../appointments/draft-rules';
import { draftSchedule } from '../appointments/draft-times';
import { planSave } from '../appointments/save-plans';
import { appendAudit } from '../audit/audit-log';
import { validateAppointment } from '../calendar/appointment-rules';
import type { CaseCtx } from '../cases/service-context';
import { appointmentPersons, appointments, appointmentStaff } from '../db/schema';
import { readAppointment } from './bulk-reads';
import { insertRow, touchCaseRow } from './bulk-rows';

// The large profile's bulk path, calendar: the rows, links and audit events of the appointment
// service (save-service.ts) for the seed's single appointments, computed by its own functions
// (schedule, columns, plans), without the double-booking check (the seed confirms every booking
// anyway), access checks against its own data and views.

const audit = (ctx: CaseCtx, action: string, id: string) => appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity: 'appointment', entityId: id }, ctx.at);

/** A new single appointment, as `appointments.save` writes it after a confirmed check (insertAppointment, replaceLinks). */
export function book(ctx: CaseCtx, draft: AppointmentDraft): string {
  const schedule = draftSchedule(draft);
  validateAppointment({ ...schedule, type: draft.type, status: draft.status, cancelReason: draft.cancelReason ?? null });
  const id = randomUUID();
  const stamp = ctx.at.toISOString();
  const cols = columnsOf(draft, schedule);
  insertRow(ctx.db, appointments, { ...cols, id, uid: `${id}@kim-fallakte`, createdBy: ctx.actor.userId, version: 0, createdAt: stamp, updatedAt: stamp });
  for (const userId of new Set(draft.staffIds)) insertRow(ctx.db, appointmentStaff, { appointmentId: id, userId });
  for (const personId of new Set(draft.personIds)) insertRow(ctx.db, appointmentPersons, { appointmentId: id, personId });
  audit(ctx, 'appointment.create', id);
  if (cols.caseId) touchCaseRow(ctx.db, cols.caseId, ctx.at);
  return id;
}

export function saveAppointmentFast(ctx: CaseCtx, input: ParsedInputOf<'appointments.save'>) {
  if (input.id) throw new Error('the bulk path only creates appointments');
  return { status: 'saved' as const, appointment: { appointmentId: book(ctx, input.appointment) } };
}

/** `appointments.get` (it writes no audit event); the seed reads the version only. */
export const getAppointmentFast = (ctx: CaseCtx, input: ParsedInputOf<'appointments.get'>) => ({ version: readAppointment(ctx.db, input.id).row.version });

/** cancelAppointment of the save service for a single appointment: the update plan, its audit event and the case's touch. */
export function cancelAppointmentFast(ctx: CaseCtx, input: ParsedInputOf<'appointments.cancel'>) {
  const a = readAppointment(ctx.db, input.id);
  if (a.row.rule !== null || a.row.version !== input.version) throw new Error('bulk path: cancels single appointments at their version only');
  const draft: AppointmentDraft = { ...draftFromRow(a, a.row), status: 'abgesagt', cancelReason: input.reason };
  const row = planSave(ctx, a, draft, { scope: 'all' }).apply();
  audit(ctx, 'appointment.cancel', row.id);
  for (const caseId of new Set([a.row.caseId, row.caseId])) if (caseId) touchCaseRow(ctx.db, caseId, ctx.at);
  return { version: row.version };
}
