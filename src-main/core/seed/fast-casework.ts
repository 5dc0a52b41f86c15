import { eq } from 'drizzle-orm';
import type { ParsedInputOf } from '../../contract';
import { appendAudit } from '../audit/audit-log';
import type { CaseRow } from '../cases/case-access';
import { indexCase } from '../cases/case-index';
import { insertCase, insertPhaseEvent, nextCaseNumber, replaceManagers, touchCase, updateCaseRow } from '../cases/cases-repo';
import { berlinToday, orNull, type CaseCtx } from '../cases/service-context';
import { nextVersion } from '../db/expect-version';
import { assessments, cases, goals, measures } from '../db/schema';
import { followUpsOfCase } from '../followups/followups-repo';
import { insertNote } from '../notes/notes-repo';
import { indexNote } from '../notes/notes-service';
import { insertHousehold } from '../persons/households-repo';
import { addPerson } from '../persons/person-service';
import { toPersonView } from '../persons/persons-repo';
import { insertPlanRow, updatePlanRow } from '../plan/plan-repo';
import { snapshotCaseOnClosure } from '../reports/case-snapshot';

// The large profile's bulk path, case work part: the same row writes, search-index and name-key
// updates and audit events as the services, through their own repository and index functions,
// without what only an interactive call needs (access checks against the seed's own data, views
// built for the screen). Each answers only the fields the seed's stories read.

const audit = (ctx: CaseCtx, action: string, entity: string, entityId: string) => appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity, entityId }, ctx.at);
const caseRow = (ctx: CaseCtx, id: string): CaseRow => ctx.db.orm.select().from(cases).where(eq(cases.id, id)).get()!;

export function createCaseFast(ctx: CaseCtx, input: ParsedInputOf<'cases.create'>) {
  const { db, at } = ctx;
  const today = berlinToday(at);
  const primaryInput = input.members[input.primaryIndex]!.person;
  const household = input.members.length > 1 || input.household
    ? insertHousehold(db, { label: input.household?.label?.trim() || primaryInput.familyName, kommuneId: input.kommuneId, street: orNull(input.household?.street) ?? null, postalCode: orNull(input.household?.postalCode) ?? null, city: orNull(input.household?.city) ?? null }, at)
    : null;
  const people = input.members.map((m, i) => addPerson(ctx, m.person, household ? { householdId: household.id, relation: m.relation ?? null } : null, `members.${i}.person`));
  const primary = people[input.primaryIndex]!;
  const row = insertCase(
    db,
    {
      kommuneId: input.kommuneId,
      intakeReason: input.intakeReason,
      firstContactOn: input.firstContactOn,
      consentRecorded: input.consentRecorded,
      consentRecordedOn: input.consentRecorded ? orNull(input.consentRecordedOn) ?? today : null,
      caseNumber: nextCaseNumber(db, Number(today.slice(0, 4))),
      primaryPersonId: primary.id,
      householdId: household?.id ?? null,
      openedOn: today,
      phase: 'klaerung',
    },
    at,
  );
  replaceManagers(db, row.id, [ctx.actor.userId, ...input.managerIds]);
  insertPhaseEvent(db, { caseId: row.id, fromPhase: null, toPhase: 'klaerung', at: at.toISOString(), userId: ctx.actor.userId });
  indexCase(db, row);
  if (household) audit(ctx, 'household.create', 'household', household.id);
  audit(ctx, 'case.create', 'case', row.id);
  return { id: row.id, version: row.version, primaryPerson: { id: primary.id }, persons: people.map(toPersonView) };
}

export function updateCaseFast(ctx: CaseCtx, input: ParsedInputOf<'cases.update'>) {
  const before = caseRow(ctx, input.id);
  const row = updateCaseRow(ctx.db, input.id, { consentRecorded: input.consentRecorded, consentRecordedOn: orNull(input.consentRecordedOn) ?? null, ...nextVersion(before, ctx.at) });
  indexCase(ctx.db, row);
  audit(ctx, 'case.update', 'case', row.id);
  return { version: row.version };
}

export function transitionFast(ctx: CaseCtx, input: ParsedInputOf<'cases.transition'>) {
  const before = caseRow(ctx, input.id);
  const close = input.to === 'abschluss';
  const cols = close ? { closedOn: berlinToday(ctx.at), closureReason: input.closureReason ?? null, goalAttainment: input.goalAttainment ?? null } : {};
  const row = updateCaseRow(ctx.db, before.id, { phase: input.to, ...cols, ...nextVersion(before, ctx.at) });
  insertPhaseEvent(ctx.db, {
    caseId: row.id,
    fromPhase: before.phase,
    toPhase: input.to,
    at: ctx.at.toISOString(),
    userId: ctx.actor.userId,
    reason: close ? (input.closureReason ?? null) : (input.reason?.trim() || null),
    explanation: close ? input.openItemsExplanation?.trim() || null : null,
    goalAttainment: close ? (input.goalAttainment ?? null) : null,
  });
  if (close) snapshotCaseOnClosure(ctx.db, row.id, ctx.at);
  audit(ctx, 'case.transition', 'case', row.id);
  return { version: row.version };
}

export function saveAssessmentFast(ctx: CaseCtx, input: ParsedInputOf<'assessments.save'>) {
  const { id: _id, version: _v, caseId, ...fields } = input;
  const row = insertPlanRow(ctx.db, assessments, { ...fields, personId: fields.personId ?? null, caseId }, ctx.at);
  touchCase(ctx.db, caseId, ctx.at);
  audit(ctx, 'assessment.create', 'assessment', row.id);
  return { id: row.id, version: row.version };
}

export function saveGoalFast(ctx: CaseCtx, input: ParsedInputOf<'goals.save'>) {
  const { id, version, caseId, ...fields } = input;
  const values = { ...fields, personId: fields.personId ?? null, dueOn: orNull(fields.dueOn) ?? null, responsible: orNull(fields.responsible) ?? null, attainment: orNull(fields.attainment) ?? null };
  const row = id ? updatePlanRow(ctx.db, goals, id, { ...values, ...nextVersion({ version: version ?? 0 }, ctx.at) }) : insertPlanRow(ctx.db, goals, { ...values, caseId }, ctx.at);
  touchCase(ctx.db, caseId, ctx.at);
  audit(ctx, id ? 'goal.update' : 'goal.create', 'goal', row.id);
  return { id: row.id, version: row.version, description: row.description, status: row.status };
}

export function saveMeasureFast(ctx: CaseCtx, input: ParsedInputOf<'measures.save'>) {
  const { id, version, goalId, ...fields } = input;
  const values = { ...fields, partnerId: fields.partnerId ?? null, dueOn: orNull(fields.dueOn) ?? null };
  const row = id ? updatePlanRow(ctx.db, measures, id, { ...values, ...nextVersion({ version: version ?? 0 }, ctx.at) }) : insertPlanRow(ctx.db, measures, { ...values, goalId }, ctx.at);
  const goal = ctx.db.orm.select({ caseId: goals.caseId }).from(goals).where(eq(goals.id, goalId)).get()!;
  touchCase(ctx.db, goal.caseId, ctx.at);
  audit(ctx, id ? 'measure.update' : 'measure.create', 'measure', row.id);
  return { id: row.id, version: row.version };
}

export function createNoteFast(ctx: CaseCtx, input: ParsedInputOf<'notes.create'>) {
  const row = insertNote(ctx.db, { caseId: input.caseId, authorUserId: ctx.actor.userId, notedOn: input.notedOn || berlinToday(ctx.at), text: input.text }, ctx.at);
  indexNote(ctx.db, row, row.text);
  touchCase(ctx.db, input.caseId, ctx.at);
  audit(ctx, 'note.create', 'note', row.id);
  return { id: row.id };
}

export const listFollowUpsFast = (ctx: CaseCtx, input: ParsedInputOf<'followups.list'>) => followUpsOfCase(ctx.db, input.caseId, input.includeDone);
