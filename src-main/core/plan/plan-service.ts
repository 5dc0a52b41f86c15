import type { z } from 'zod';
import type {
  AssessmentView,
  assessmentSaveInput,
  GoalView,
  goalSaveInput,
  MeasureView,
  measureSaveInput,
  PlanView,
} from '../../contract/channels/plan';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable, type CaseRow } from '../cases/case-access';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, orNull, refuse, type CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { assessments, goals, measures } from '../db/schema';
import { AppError } from '../errors';
import { personsOfCase } from '../persons/persons-repo';
import {
  findAssessment,
  findGoal,
  findMeasure,
  goalViewOf,
  insertPlanRow,
  measureView,
  partnerExists,
  planOf,
  toAssessmentView,
  updatePlanRow,
} from './plan-repo';

type AssessmentInput = z.output<typeof assessmentSaveInput>;
type GoalInput = z.output<typeof goalSaveInput>;
type MeasureInput = z.output<typeof measureSaveInput>;

const NOT_FOUND = { assessment: 'Dieses Assessment existiert nicht.', goal: 'Dieses Ziel existiert nicht.', measure: 'Diese Maßnahme existiert nicht.' };

/** A plan entry about a person must be about a member of the case. */
function checkPerson(ctx: CaseCtx, c: CaseRow, personId: string | null | undefined): void {
  if (personId && !personsOfCase(ctx.db, c).some((p) => p.id === personId)) {
    refuse('Die Person gehört nicht zu diesem Fall.', [{ path: 'personId', code: 'not_in_case' }]);
  }
}

/** The existing row of an update, checked against the case and the caller's version. */
function existing<T extends { version: number; caseId: string }>(row: T | undefined, caseId: string, version: number | undefined, notFound: string): T {
  if (row && row.caseId !== caseId) throw new AppError('NOT_FOUND', notFound);
  return expectVersion(row, version ?? -1, notFound);
}

function audit(ctx: CaseCtx, entity: string, id: string, created: boolean): void {
  appendAudit(ctx.db, { userId: ctx.actor.userId, action: `${entity}.${created ? 'create' : 'update'}`, entity, entityId: id }, ctx.at);
}

export function saveAssessment(ctx: CaseCtx, input: AssessmentInput): AssessmentView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const c = assertCaseWritable(db, input.caseId, ctx.actor);
    checkPerson(ctx, c, input.personId);
    if (input.assessedOn > berlinToday(ctx.at)) refuse('Das Datum des Assessments darf nicht in der Zukunft liegen.', [{ path: 'assessedOn', code: 'future_date' }]);
    const { id, version, caseId, ...fields } = input;
    const values = { ...fields, personId: fields.personId ?? null };
    const row = id
      ? updatePlanRow(db, assessments, id, { ...values, ...nextVersion(existing(findAssessment(db, id), caseId, version, NOT_FOUND.assessment), ctx.at) })
      : insertPlanRow(db, assessments, { ...values, caseId }, ctx.at);
    touchCase(db, caseId, ctx.at);
    audit(ctx, 'assessment', row.id, !id);
    return toAssessmentView(row);
  });
}

export function saveGoal(ctx: CaseCtx, input: GoalInput): GoalView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const c = assertCaseWritable(db, input.caseId, ctx.actor);
    checkPerson(ctx, c, input.personId);
    const { id, version, caseId, ...fields } = input;
    const values = { ...fields, personId: fields.personId ?? null, dueOn: orNull(fields.dueOn) ?? null, responsible: orNull(fields.responsible) ?? null, attainment: orNull(fields.attainment) ?? null };
    const row = id
      ? updatePlanRow(db, goals, id, { ...values, ...nextVersion(existing(findGoal(db, id), caseId, version, NOT_FOUND.goal), ctx.at) })
      : insertPlanRow(db, goals, { ...values, caseId }, ctx.at);
    touchCase(db, caseId, ctx.at);
    audit(ctx, 'goal', row.id, !id);
    return goalViewOf(db, row);
  });
}

export function saveMeasure(ctx: CaseCtx, input: MeasureInput): MeasureView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const goal = findGoal(db, input.goalId);
    if (!goal) throw new AppError('NOT_FOUND', NOT_FOUND.goal);
    assertCaseWritable(db, goal.caseId, ctx.actor);
    if (input.partnerId && !partnerExists(db, input.partnerId)) refuse('Diesen Partner gibt es nicht.', [{ path: 'partnerId', code: 'unknown_partner' }]);
    const { id, version, goalId, ...fields } = input;
    const values = { ...fields, partnerId: fields.partnerId ?? null, dueOn: orNull(fields.dueOn) ?? null };
    let rowId: string;
    if (id) {
      const before = findMeasure(db, id);
      if (before && before.goalId !== goalId) throw new AppError('NOT_FOUND', NOT_FOUND.measure);
      rowId = updatePlanRow(db, measures, id, { ...values, ...nextVersion(expectVersion(before, version ?? -1, NOT_FOUND.measure), ctx.at) }).id;
    } else {
      rowId = insertPlanRow(db, measures, { ...values, goalId }, ctx.at).id;
    }
    touchCase(db, goal.caseId, ctx.at);
    audit(ctx, 'measure', rowId, !id);
    return measureView(db, rowId);
  });
}

export function getPlan(ctx: CaseCtx, caseId: string): PlanView {
  const { db } = ctx;
  return inTransaction(db, () => {
    assertCaseReadable(db, caseId, ctx.actor);
    appendAudit(db, { userId: ctx.actor.userId, action: 'plan.read', entity: 'case', entityId: caseId }, ctx.at);
    return planOf(db, caseId);
  });
}
