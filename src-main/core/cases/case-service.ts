import type { z } from 'zod';
import type { CaseView, caseCreateInput, caseUpdateInput } from '../../contract/channels/cases';
import { appendAudit } from '../audit/audit-log';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { assertKommuneUsable } from '../kommunen/kommunen-service';
import { addPerson } from '../persons/person-service';
import { insertHousehold } from '../persons/households-repo';
import { assertCaseReadable, assertCaseWritable, CASE_NOT_FOUND, type CaseRow } from './case-access';
import { indexCase } from './case-index';
import { buildCaseView } from './case-view';
import { eligibleManagers, insertCase, insertPhaseEvent, nextCaseNumber, replaceManagers, updateCaseRow, type CaseColumns } from './cases-repo';
import { berlinToday, definedOnly, orNull, refuse, type CaseCtx } from './service-context';

type CreateInput = z.output<typeof caseCreateInput>;
type UpdateInput = z.output<typeof caseUpdateInput>;

/** Managers must be active users who can manage cases; unknown ids are refused, not dropped. */
function checkManagers(ctx: CaseCtx, ids: readonly string[], path: string): string[] {
  const unique = [...new Set(ids)];
  if (eligibleManagers(ctx.db, unique).length !== unique.length) {
    refuse('Als Fallmanager:in können nur aktive Benutzer:innen eingetragen werden.', [{ path, code: 'invalid_manager' }]);
  }
  return unique;
}

/** Intake facts shared by create and update: no dates in the future, consent dated when recorded. */
function intakeColumns(ctx: CaseCtx, input: Partial<CreateInput>, current?: CaseRow): CaseColumns {
  const today = berlinToday(ctx.at);
  if (input.firstContactOn && input.firstContactOn > today) {
    refuse('Der Erstkontakt darf nicht in der Zukunft liegen.', [{ path: 'firstContactOn', code: 'future_date' }]);
  }
  if (input.consentRecordedOn && input.consentRecordedOn > today) {
    refuse('Das Datum der Einwilligung darf nicht in der Zukunft liegen.', [{ path: 'consentRecordedOn', code: 'future_date' }]);
  }
  if (input.consentRecorded === false && current && current.phase !== 'klaerung') {
    refuse('Nach der Klärung kann die Einwilligung hier nicht mehr zurückgenommen werden.', [{ path: 'consentRecorded', code: 'after_intake' }]);
  }
  if (input.kommuneId) assertKommuneUsable(ctx.db, input.kommuneId, 'kommuneId');
  const recorded = input.consentRecorded ?? current?.consentRecorded ?? false;
  const consentOn = recorded ? (orNull(input.consentRecordedOn) ?? current?.consentRecordedOn ?? today) : null;
  return definedOnly({
    kommuneId: input.kommuneId,
    intakeReason: input.intakeReason,
    firstContactOn: input.firstContactOn,
    consentRecorded: input.consentRecorded,
    consentRecordedOn: consentOn,
  });
}

/** Opens a case in Klärung with its person or family, in one transaction: nothing is half-saved. */
export function createCase(ctx: CaseCtx, input: CreateInput): CaseView {
  const { db } = ctx;
  return inTransaction(db, () => {
    if (input.primaryIndex >= input.members.length) refuse('Bitte wählen Sie die Hauptperson des Falls.', [{ path: 'primaryIndex', code: 'out_of_range' }]);
    const managers = checkManagers(ctx, [ctx.actor.userId, ...input.managerIds], 'managerIds');
    const intake = intakeColumns(ctx, input);
    const family = input.members.length > 1 || input.household !== undefined;
    const primaryInput = input.members[input.primaryIndex]?.person;
    const household = family
      ? insertHousehold(
          db,
          {
            label: input.household?.label?.trim() || (primaryInput?.familyName ?? ''),
            kommuneId: input.kommuneId,
            street: orNull(input.household?.street) ?? null,
            postalCode: orNull(input.household?.postalCode) ?? null,
            city: orNull(input.household?.city) ?? null,
          },
          ctx.at,
        )
      : null;
    const people = input.members.map((m, i) =>
      addPerson(ctx, m.person, household ? { householdId: household.id, relation: m.relation ?? null } : null, `members.${i}.person`),
    );
    const primary = people[input.primaryIndex];
    if (!primary) throw new Error('primary person missing after insert');
    const today = berlinToday(ctx.at);
    const row = insertCase(
      db,
      { ...intake, caseNumber: nextCaseNumber(db, Number(today.slice(0, 4))), kommuneId: input.kommuneId, primaryPersonId: primary.id, householdId: household?.id ?? null, openedOn: today, phase: 'klaerung' },
      ctx.at,
    );
    replaceManagers(db, row.id, managers);
    insertPhaseEvent(db, { caseId: row.id, fromPhase: null, toPhase: 'klaerung', at: ctx.at.toISOString(), userId: ctx.actor.userId });
    indexCase(db, row);
    if (household) appendAudit(db, { userId: ctx.actor.userId, action: 'household.create', entity: 'household', entityId: household.id }, ctx.at);
    appendAudit(db, { userId: ctx.actor.userId, action: 'case.create', entity: 'case', entityId: row.id }, ctx.at);
    return buildCaseView(ctx, row);
  });
}

/** Changes intake facts, Kommune or the case managers (the full list, at least one). */
export function updateCase(ctx: CaseCtx, input: UpdateInput): CaseView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const before = expectVersion(assertCaseWritable(db, input.id, ctx.actor), input.version, CASE_NOT_FOUND);
    const { id, version: _v, managerIds, ...intake } = input;
    if (managerIds !== undefined) {
      if (managerIds.length === 0) refuse('Ein Fall braucht mindestens eine:n Fallmanager:in.', [{ path: 'managerIds', code: 'too_small' }]);
      replaceManagers(db, id, checkManagers(ctx, managerIds, 'managerIds'));
    }
    const row = updateCaseRow(db, id, { ...intakeColumns(ctx, intake, before), ...nextVersion(before, ctx.at) });
    indexCase(db, row);
    appendAudit(db, { userId: ctx.actor.userId, action: 'case.update', entity: 'case', entityId: id }, ctx.at);
    return buildCaseView(ctx, row);
  });
}

export function getCase(ctx: CaseCtx, id: string): CaseView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const row = assertCaseReadable(db, id, ctx.actor);
    appendAudit(db, { userId: ctx.actor.userId, action: 'case.read', entity: 'case', entityId: id }, ctx.at);
    return buildCaseView(ctx, row);
  });
}
