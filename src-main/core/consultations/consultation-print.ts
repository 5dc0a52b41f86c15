import type { PrintCopy, PrintVariant } from '../../contract/channels/consultation-fields';
import type { ConsultationPrintView, ConsultationView } from '../../contract/channels/consultations';
import { appendAudit } from '../audit/audit-log';
import type { CaseRow } from '../cases/case-access';
import { managersOfCases } from '../cases/cases-repo';
import type { Actor, CaseCtx } from '../cases/service-context';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { findPerson } from '../persons/persons-repo';
import { displayName } from '../persons/person-names';
import { readableConsultation } from './consultation-access';
import { consultationView } from './consultation-views';
import type { ConsultationRow } from './consultations-repo';

// What a print shows is decided here, not in the page: the client copy never receives the internal
// note (nor addenda meant for the file only), so it cannot end up on paper by a styling mistake.

function forCopy(view: ConsultationView, copy: PrintCopy): ConsultationPrintView['consultation'] {
  const { content, canEdit: _canEdit, canAddAddendum: _canAdd, ...rest } = view;
  const { internalNote: _internal, ...printable } = content;
  return { ...rest, content: printable, addenda: copy === 'file' ? view.addenda : view.addenda.filter((a) => a.forClient) };
}

export function printViewOf(db: OfficeDb, actor: Actor, caseRow: CaseRow, row: ConsultationRow, copy: PrintCopy, variant: PrintVariant): ConsultationPrintView {
  const view = consultationView(db, actor, caseRow, row);
  const person = findPerson(db, caseRow.primaryPersonId);
  return {
    copy,
    // Plain language is a version for the client; the file keeps the record as written.
    variant: copy === 'client' ? variant : 'standard',
    consultation: forCopy(view, copy),
    internalNote: copy === 'file' ? view.content.internalNote : null,
    clientName: person ? displayName(person) : '',
    managerNames: (managersOfCases(db, [caseRow.id]).get(caseRow.id) ?? []).map((m) => m.displayName),
  };
}

export function consultationPrintView(ctx: CaseCtx, input: { id: string; copy: PrintCopy; variant: PrintVariant }): ConsultationPrintView {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const { row, caseRow } = readableConsultation(db, input.id, actor);
    appendAudit(db, { userId: actor.userId, action: `consultation.read-${input.copy}-copy`, entity: 'consultation', entityId: row.id }, ctx.at);
    return printViewOf(db, actor, caseRow, row, input.copy, input.variant);
  });
}

/** One audit event per print or PDF: which record, which copy, where it went. */
export function recordConsultationPrint(ctx: CaseCtx, input: { id: string; copy: PrintCopy; variant: PrintVariant; output: 'drucker' | 'pdf' }): { recorded: true } {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const { row } = readableConsultation(db, input.id, actor);
    const variant = input.copy === 'client' && input.variant === 'einfach' ? '-einfach' : '';
    appendAudit(db, { userId: actor.userId, action: `consultation.print-${input.copy}${variant}-${input.output}`, entity: 'consultation', entityId: row.id }, ctx.at);
    return { recorded: true as const };
  });
}
