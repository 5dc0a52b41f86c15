import type { AppointmentView } from '../../contract/channels/calendar';
import type { ConsultationContent, ConsultationTemplateId } from '../../contract/channels/consultation-fields';
import type { ConsultationSummary, ConsultationView } from '../../contract/channels/consultations';
import { getAppointment } from '../appointments/range-service';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable } from '../cases/case-access';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { personsOfCase } from '../persons/persons-repo';
import { readableConsultation, writableDraft } from './consultation-access';
import { prefillContent } from './consultation-prefill';
import { checkReferences } from './consultation-rules';
import { consultationSummaries, consultationView } from './consultation-views';
import {
  columnsOf,
  consultationOfAppointment,
  consultationsOfCase,
  deleteConsultationRow,
  insertConsultation,
  updateConsultationRow,
} from './consultations-repo';
import { appendAutosaveAudit } from './draft-audit';

// Drafts: started (from an appointment and/or a template), read, autosaved, discarded. Every call
// is one transaction with its audit event; reads are audited too (Art. 9 DSGVO data).

export interface CreateInput {
  caseId: string;
  appointmentId?: string | undefined;
  occurrenceDate?: string | undefined;
  template?: ConsultationTemplateId | undefined;
}

/** The appointment a record starts from: visible to the actor and of the same case. */
function sourceAppointment(ctx: CaseCtx, caseId: string, appointmentId: string): AppointmentView {
  const appointment = getAppointment(ctx, appointmentId);
  if (appointment.caseId !== caseId) {
    throw new AppError('VALIDATION', 'Dieser Termin gehört nicht zu diesem Fall.', { issues: [{ path: 'appointmentId', code: 'other_case' }] });
  }
  return appointment;
}

function audited(ctx: CaseCtx, action: string, id: string): void {
  appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity: 'consultation', entityId: id }, ctx.at);
}

export function createConsultation(ctx: CaseCtx, input: CreateInput): { consultation: ConsultationView; created: boolean } {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const caseRow = assertCaseWritable(db, input.caseId, actor);
    const appointment = input.appointmentId ? sourceAppointment(ctx, input.caseId, input.appointmentId) : null;
    // An occurrence date only means something for a series.
    const occurrenceDate = appointment?.recurrence ? (input.occurrenceDate ?? null) : null;
    if (appointment) {
      const existing = consultationOfAppointment(db, appointment.appointmentId, occurrenceDate);
      if (existing) {
        audited(ctx, 'consultation.read', existing.id);
        return { consultation: consultationView(db, actor, caseRow, existing), created: false };
      }
    }
    const content = prefillContent({
      appointment,
      occurrenceDate,
      template: input.template ?? null,
      caseMembers: new Set(personsOfCase(db, caseRow).map((p) => p.id)),
      authorId: actor.userId,
      today: berlinToday(ctx.at),
    });
    const row = insertConsultation(
      db,
      { caseId: caseRow.id, appointmentId: appointment?.appointmentId ?? null, occurrenceDate, template: input.template ?? null, authorUserId: actor.userId },
      content,
      ctx.at,
    );
    touchCase(db, caseRow.id, ctx.at);
    audited(ctx, 'consultation.create', row.id);
    return { consultation: consultationView(db, actor, caseRow, row), created: true };
  });
}

export function getConsultation(ctx: CaseCtx, id: string): ConsultationView {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const { row, caseRow } = readableConsultation(db, id, actor);
    audited(ctx, 'consultation.read', id);
    return consultationView(db, actor, caseRow, row);
  });
}

export function listConsultations(ctx: CaseCtx, caseId: string): ConsultationSummary[] {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    assertCaseReadable(db, caseId, actor);
    appendAudit(db, { userId: actor.userId, action: 'consultation.list', entity: 'case', entityId: caseId }, ctx.at);
    return consultationSummaries(db, caseId, consultationsOfCase(db, caseId));
  });
}

/** Writes the whole content of a draft (the editor's autosave). */
export function saveDraft(ctx: CaseCtx, input: { id: string; version: number; content: ConsultationContent }): ConsultationView {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const { row, caseRow } = writableDraft(db, input.id, input.version, actor);
    checkReferences(db, caseRow, input.content);
    const saved = updateConsultationRow(db, row.id, { ...columnsOf(input.content), ...nextVersion(row, ctx.at) });
    touchCase(db, caseRow.id, ctx.at);
    appendAutosaveAudit(db, { userId: actor.userId, action: 'consultation.save-draft', entity: 'consultation', entityId: row.id }, ctx.at);
    return consultationView(db, actor, caseRow, saved);
  });
}

export function deleteDraft(ctx: CaseCtx, input: { id: string; version: number }): { deleted: true } {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const { row, caseRow } = writableDraft(db, input.id, input.version, actor);
    deleteConsultationRow(db, row.id);
    touchCase(db, caseRow.id, ctx.at);
    audited(ctx, 'consultation.delete-draft', row.id);
    return { deleted: true };
  });
}
