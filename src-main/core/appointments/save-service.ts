import type { AppointmentView, CheckResult, SaveResult } from '../../contract/channels/calendar';
import type { AppointmentDraft, EditScope } from '../../contract/channels/calendar-fields';
import { appendAudit } from '../audit/audit-log';
import { scheduledOccurrence } from '../calendar/recurrence';
import { touchCase } from '../cases/cases-repo';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { assertChangeable } from './appointment-access';
import { appointmentView } from './appointment-views';
import { type LoadedAppointment, assertVersion, loadAppointment, seriesOf } from './appointments-repo';
import { checkCandidate, needsConfirmation } from './conflict-check';
import { draftFromRow } from './draft-rules';
import { planSave } from './save-plans';

// Every appointment write: in one transaction, the version checked, access checked, the conflict
// and office-day check run against the new times, and either nothing written (the caller must
// confirm) or the rows written with one audit event. Audit events carry ids only.

export interface EditTarget {
  id?: string | undefined;
  version?: number | undefined;
  occurrenceDate?: string | undefined;
  scope: EditScope;
}

export interface Confirmations {
  confirmConflicts: boolean;
  confirmOutsideAvailability: boolean;
}

function loadForChange(ctx: CaseCtx, target: EditTarget): LoadedAppointment | null {
  if (!target.id) return null;
  const a = loadAppointment(ctx.db, target.id);
  assertChangeable(ctx.db, a, ctx.actor);
  assertVersion(a.row, target.version);
  return a;
}

function save(ctx: CaseCtx, target: EditTarget, d: AppointmentDraft, confirm: Confirmations, action?: string): SaveResult {
  return inTransaction(ctx.db, () => {
    const a = loadForChange(ctx, target);
    const plan = planSave(ctx, a, d, target);
    const check = checkCandidate(ctx, plan.candidate, plan.excludeIds);
    if (needsConfirmation(check, confirm)) return { status: 'needsConfirmation', ...check };
    const row = plan.apply();
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: action ?? plan.action, entity: 'appointment', entityId: row.id }, ctx.at);
    for (const caseId of new Set([a?.row.caseId, row.caseId])) if (caseId) touchCase(ctx.db, caseId, ctx.at);
    return { status: 'saved', appointment: appointmentView(ctx.db, ctx.actor, loadAppointment(ctx.db, row.id)) };
  });
}

export const saveAppointment = (ctx: CaseCtx, target: EditTarget, d: AppointmentDraft, confirm: Confirmations): SaveResult =>
  save(ctx, target, d, confirm);

/** What saving would run into, without saving (read-only; nothing is written). */
export function checkAppointment(ctx: CaseCtx, target: Omit<EditTarget, 'version'>, d: AppointmentDraft): CheckResult {
  const a = target.id ? loadAppointment(ctx.db, target.id) : null;
  if (a) assertChangeable(ctx.db, a, ctx.actor);
  return checkCandidate(ctx, planSave(ctx, a, d, target).candidate, a ? [a.row.id] : []);
}

/** Current times of an occurrence (moved or as scheduled); refuses a deleted one. */
function occurrenceTimes(a: LoadedAppointment, occurrenceDate: string | undefined): { startUtc: string; endUtc: string } {
  const series = seriesOf(a.row);
  if (!series || !occurrenceDate) return a.row;
  if (series.exdates.includes(occurrenceDate)) {
    throw new AppError('VALIDATION', 'Dieser Termin der Serie wurde herausgenommen.', { field: 'occurrenceDate' });
  }
  return series.overrides.find((o) => o.occurrenceDate === occurrenceDate) ?? scheduledOccurrence(series, occurrenceDate);
}

/** Drag and drop or keyboard: the appointment (or occurrence) gets new instants, all else stays. */
export function moveAppointment(
  ctx: CaseCtx,
  input: EditTarget & { id: string; startUtc: string; endUtc: string } & Confirmations,
): SaveResult {
  const a = loadAppointment(ctx.db, input.id);
  return save(ctx, input, draftFromRow(a, { startUtc: input.startUtc, endUtc: input.endUtc }), input, 'appointment.move');
}

/** Cancels with a reason; "this one" keeps the occurrence visible on its own, struck through. */
export function cancelAppointment(ctx: CaseCtx, input: EditTarget & { id: string; reason: string }): AppointmentView {
  const a = loadAppointment(ctx.db, input.id);
  const occurrenceDate = input.scope === 'all' ? undefined : input.occurrenceDate;
  const draft: AppointmentDraft = { ...draftFromRow(a, occurrenceTimes(a, occurrenceDate)), status: 'abgesagt', cancelReason: input.reason };
  const result = save(ctx, { ...input, occurrenceDate }, draft, { confirmConflicts: true, confirmOutsideAvailability: true }, 'appointment.cancel');
  if (result.status !== 'saved') throw new Error('a cancellation never needs confirmation');
  return result.appointment;
}
