import type { ConsultationContent } from '../../contract/channels/consultation-fields';
import type { ConsultationView } from '../../contract/channels/consultations';
import { appendAudit } from '../audit/audit-log';
import { formatDateDe } from '../calendar/berlin-time';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { createFollowUp } from '../followups/followups-service';
import { snapshotCaseOnClosure } from '../reports/case-snapshot';
import { writableDraft } from './consultation-access';
import { checkFinalisable, checkReferences, withoutBlankAgreements } from './consultation-rules';
import { consultationView, liveParticipants } from './consultation-views';
import { agreementFollowUpCount, columnsOf, contentOf, updateConsultationRow } from './consultations-repo';
import { bookNextAppointment } from './next-appointment';

// Finalising is one transaction: the checks, a Wiedervorlage per agreement (follow-ups service),
// the next appointment (appointments service), the participants' names frozen, the row sealed.
// Any failure rolls everything back, so a retry starts from scratch; a finalised row is refused
// (service and trigger), so the agreements become follow-ups exactly once.

/** The Wiedervorlage text of an agreement: what, who, and which consultation it comes from. */
export function agreementNote(date: string, what: string, who: string): string {
  const by = who.trim() ? ` – zuständig: ${who.trim()}` : '';
  return `Vereinbarung aus der Beratung vom ${formatDateDe(date)}: ${what.trim()}${by}`;
}

function createAgreementFollowUps(ctx: CaseCtx, consultationId: string, caseId: string, c: ConsultationContent): void {
  // Belt and braces: a record whose follow-ups exist already never gets a second set.
  if (agreementFollowUpCount(ctx.db, consultationId) > 0) return;
  for (const a of c.agreements) {
    createFollowUp(ctx, {
      caseId,
      dueOn: a.dueOn,
      note: agreementNote(c.date, a.what, a.who),
      source: 'vereinbarung',
      sourceId: consultationId,
    });
  }
}

export function finaliseConsultation(ctx: CaseCtx, input: { id: string; version: number }): ConsultationView {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const { row, caseRow } = writableDraft(db, input.id, input.version, actor);
    const content = withoutBlankAgreements(contentOf(row));
    checkReferences(db, caseRow, content);
    checkFinalisable(content, berlinToday(ctx.at));
    createAgreementFollowUps(ctx, row.id, caseRow.id, content);
    const nextAppointmentId = content.nextAppointment ? bookNextAppointment(ctx, caseRow.id, content, content.nextAppointment) : null;
    const columns = columnsOf(content);
    const sealed = updateConsultationRow(db, row.id, {
      ...columns,
      participantNames: JSON.stringify(liveParticipants(db, columns)),
      nextAppointmentId,
      finalisedAt: ctx.at.toISOString(),
      finalisedBy: actor.userId,
      ...nextVersion(row, ctx.at),
    });
    touchCase(db, caseRow.id, ctx.at);
    // A record written up after the case was closed belongs in the closed case's report facts too.
    if (caseRow.closedOn) snapshotCaseOnClosure(db, caseRow.id, ctx.at);
    appendAudit(db, { userId: actor.userId, action: 'consultation.finalise', entity: 'consultation', entityId: row.id }, ctx.at);
    return consultationView(db, actor, caseRow, sealed);
  });
}
