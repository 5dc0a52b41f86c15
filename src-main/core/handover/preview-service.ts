import type { HandoverCasePreview, HandoverPreview } from '../../contract/channels/handover';
import { appendAudit } from '../audit/audit-log';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { listKommunen } from '../kommunen/kommunen-service';
import { findDuplicates } from '../persons/duplicates';
import type { CasePayload } from './payload';
import { readHandover } from './read-handover';

/** The active Kommune of this office with the same name (case-insensitive), if any. */
export function kommuneByName(db: OfficeDb, name: string | null): string | null {
  if (!name) return null;
  const wanted = name.trim().toLocaleLowerCase('de');
  return listKommunen(db, false).find((k) => k.name.toLocaleLowerCase('de') === wanted)?.id ?? null;
}

const countsOf = (c: CasePayload): Record<string, number> => ({
  persons: c.persons.length,
  assessments: c.assessments.length,
  goals: c.goals.length,
  notes: c.notes.length,
  followUps: c.followUps.length,
  consultations: c.consultations.length,
  appointments: c.appointments.length,
  documents: c.documents.length,
  consents: c.consents.length,
  referrals: c.referrals.length,
});

function previewCase(ctx: CaseCtx, c: CasePayload): HandoverCasePreview {
  return {
    ref: c.case.id,
    caseNumber: c.case.caseNumber,
    phase: c.case.phase,
    kommuneName: c.kommuneName,
    kommuneId: kommuneByName(ctx.db, c.kommuneName),
    persons: c.persons.map((p) => {
      const dup = findDuplicates(ctx, { familyName: p.familyName, givenNames: p.givenNames, birthYear: p.birthYear });
      return {
        ref: p.id,
        familyName: p.familyName,
        givenNames: p.givenNames,
        birthYear: p.birthYear,
        primary: p.id === c.case.primaryPersonId,
        matches: dup.candidates,
        hiddenMatches: dup.hiddenMatches,
      };
    }),
    counts: countsOf(c),
  };
}

/** Opens and verifies the file and shows what an import would bring in; writes nothing but an audit event. */
export async function previewHandover(ctx: CaseCtx, path: string, passphrase: string): Promise<HandoverPreview> {
  const { header, payload } = await readHandover(path, passphrase, { withDocuments: false });
  const cases = payload.cases.map((c) => previewCase(ctx, c));
  inTransaction(ctx.db, () => appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'handover.preview' }, ctx.at));
  return { createdAt: payload.createdAt, appVersion: header.appVersion, fromOffice: payload.fromOffice, recipient: payload.recipient, cases };
}
