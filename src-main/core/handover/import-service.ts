import type { HandoverImported, PersonDecision } from '../../contract/channels/handover';
import { appendAudit } from '../audit/audit-log';
import { indexCase } from '../cases/case-index';
import { insertCase, nextCaseNumber, replaceManagers } from '../cases/cases-repo';
import { berlinToday, refuse, type CaseCtx } from '../cases/service-context';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { assertKommuneUsable } from '../kommunen/kommunen-service';
import { indexNote } from '../notes/notes-service';
import { insertNote } from '../notes/notes-repo';
import { insertHousehold } from '../persons/households-repo';
import { assertPersonReadable } from '../persons/person-access';
import { indexPerson } from '../persons/person-index';
import { insertPerson, updatePersonRow } from '../persons/persons-repo';
import { handoverNoteText } from './handover-note';
import { importCaseContent } from './import-content';
import { omit } from './omit';
import type { CasePayload, HandoverPayload } from './payload';
import { kommuneByName } from './preview-service';
import { readHandover } from './read-handover';

export interface ImportRequest {
  decisions: Record<string, PersonDecision>;
  /** For cases whose Kommune has no namesake in this office. */
  kommuneId?: string | undefined;
}

const stamps = ['id', 'version', 'createdAt', 'updatedAt'] as const;

function caseKommune(ctx: CaseCtx, c: CasePayload, fallback: string | undefined): string {
  const matched = kommuneByName(ctx.db, c.kommuneName);
  if (matched) return matched;
  if (!fallback) {
    refuse('Die Kommune des Falls gibt es hier nicht. Bitte wählen Sie eine Kommune für die Übernahme.', [{ path: 'kommuneId', code: 'kommune_required' }]);
  }
  assertKommuneUsable(ctx.db, fallback, 'kommuneId');
  return fallback;
}

/**
 * A merged person keeps their record; they join the imported household only if they have none
 * (a person belongs to one household). A household member already living in another household
 * cannot be merged: the family would silently lose them.
 */
function mergePerson(ctx: CaseCtx, existingId: string, householdId: string | null, relation: string | null, primary: boolean): string {
  const existing = assertPersonReadable(ctx.db, existingId, ctx.actor);
  if (householdId && existing.householdId === null) {
    const row = updatePersonRow(ctx.db, existing.id, { householdId, householdRelation: relation as never, version: existing.version + 1, updatedAt: ctx.at.toISOString() });
    indexPerson(ctx.db, row);
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'person.update', entity: 'person', entityId: row.id }, ctx.at);
  } else if (householdId && !primary) {
    throw new AppError('CONFLICT', 'Eine zusammengeführte Person gehört bereits zu einem anderen Haushalt. Bitte übernehmen Sie sie als neue Person.', {
      personId: existing.id,
    });
  }
  return existing.id;
}

function importOneCase(ctx: CaseCtx, payload: HandoverPayload, c: CasePayload, req: ImportRequest, documents: Map<string, Buffer>, tally: { created: number; merged: number }) {
  const { db, at, actor } = ctx;
  const kommuneId = caseKommune(ctx, c, req.kommuneId);
  const household = c.household
    ? insertHousehold(db, { ...omit(c.household, ...stamps, 'kommuneName'), kommuneId: kommuneByName(db, c.household.kommuneName) }, at)
    : null;
  const personIds = new Map<string, string>();
  for (const p of c.persons) {
    const decision = req.decisions[p.id];
    if (!decision) refuse('Bitte entscheiden Sie für jede Person, ob sie neu angelegt oder zusammengeführt wird.', [{ path: `decisions.${p.id}`, code: 'missing' }]);
    const primary = p.id === c.case.primaryPersonId;
    if (decision.mode === 'merge') {
      personIds.set(p.id, mergePerson(ctx, decision.existingPersonId, household?.id ?? null, p.householdRelation, primary));
      tally.merged++;
      continue;
    }
    const row = insertPerson(db, { ...omit(p, ...stamps, 'kommuneName'), kommuneId: kommuneByName(db, p.kommuneName), householdId: household?.id ?? null }, at);
    indexPerson(db, row);
    appendAudit(db, { userId: actor.userId, action: 'person.create', entity: 'person', entityId: row.id }, at);
    personIds.set(p.id, row.id);
    tally.created++;
  }
  const primaryId = personIds.get(c.case.primaryPersonId);
  if (!primaryId) throw new AppError('VALIDATION', 'Die Übergabedatei ist fehlerhaft aufgebaut und kann nicht übernommen werden.', { reason: 'HANDOVER_DAMAGED', what: 'primary' });
  const row = insertCase(
    db,
    {
      ...omit(c.case, ...stamps, 'caseNumber', 'primaryPersonId', 'householdId'),
      caseNumber: nextCaseNumber(db, Number(berlinToday(at).slice(0, 4))),
      kommuneId,
      primaryPersonId: primaryId,
      householdId: household?.id ?? null,
    },
    at,
  );
  replaceManagers(db, row.id, [actor.userId]);
  indexCase(db, row);
  importCaseContent(ctx, c, { caseId: row.id, person: (id) => (id ? (personIds.get(id) ?? null) : null) }, documents);
  const note = insertNote(db, { caseId: row.id, authorUserId: actor.userId, notedOn: berlinToday(at), text: handoverNoteText(payload, c) }, at);
  indexNote(db, note, note.text);
  appendAudit(db, { userId: actor.userId, action: 'handover.import', entity: 'case', entityId: row.id }, at);
  return { ref: c.case.id, caseId: row.id, caseNumber: row.caseNumber, originalCaseNumber: c.case.caseNumber };
}

/**
 * Reads and verifies the whole file first (nothing is written before the last byte checked), then
 * takes every case over in one transaction: new ids throughout, the importing user as case manager.
 */
export async function importHandover(ctx: CaseCtx, path: string, passphrase: string, req: ImportRequest): Promise<HandoverImported> {
  const { payload, documents } = await readHandover(path, passphrase, { withDocuments: true });
  const tally = { created: 0, merged: 0 };
  return inTransaction(ctx.db, () => {
    const cases = payload.cases.map((c) => importOneCase(ctx, payload, c, req, documents, tally));
    return { cases, personsCreated: tally.created, personsMerged: tally.merged };
  });
}
