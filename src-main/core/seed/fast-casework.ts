import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ParsedInputOf } from '../../contract';
import { appendAudit } from '../audit/audit-log';
import type { CaseRow } from '../cases/case-access';
import { indexCase } from '../cases/case-index';
import { updateCaseRow } from '../cases/cases-repo';
import { orNull, type CaseCtx } from '../cases/service-context';
import { todayAt } from './sim-time';
import { nextVersion } from '../db/expect-version';
import { assessments, casePhaseEvents, cases, goals, measures, notes } from '../db/schema';
import { snapshotCaseOnClosure } from '../reports/case-snapshot';
import { readCaseHead, readGoalCaseId } from './bulk-reads';
import { indexNewDocument, insertRow, touchCaseRow, updateRow } from './bulk-rows';

// The large profile's bulk path, case work part: the same rows, search-index entries and audit
// events as the services, written directly (bulk-rows.ts). Left out is what only an interactive
// call needs: access checks against the seed's own data and views built for the screen. Each
// answers only the fields the seed's stories read.

const audit = (ctx: CaseCtx, action: string, entity: string, entityId: string) => appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity, entityId }, ctx.at);
const caseRow = (ctx: CaseCtx, id: string): CaseRow => ctx.db.orm.select().from(cases).where(eq(cases.id, id)).get()!;

export function updateCaseFast(ctx: CaseCtx, input: ParsedInputOf<'cases.update'>) {
  const before = caseRow(ctx, input.id);
  const row = updateCaseRow(ctx.db, input.id, { consentRecorded: input.consentRecorded, consentRecordedOn: orNull(input.consentRecordedOn) ?? null, ...nextVersion(before, ctx.at) });
  indexCase(ctx.db, row);
  audit(ctx, 'case.update', 'case', row.id);
  return { version: row.version };
}

export function transitionFast(ctx: CaseCtx, input: ParsedInputOf<'cases.transition'>) {
  const before = readCaseHead(ctx.db, input.id);
  const close = input.to === 'abschluss';
  const cols = close ? { closedOn: todayAt(ctx.at), closureReason: input.closureReason ?? null, goalAttainment: input.goalAttainment ?? null } : {};
  const version = before.version + 1;
  updateRow(ctx.db, cases, input.id, { phase: input.to, ...cols, version, updatedAt: ctx.at.toISOString() });
  insertRow(ctx.db, casePhaseEvents, {
    id: randomUUID(),
    caseId: input.id,
    fromPhase: before.phase,
    toPhase: input.to,
    at: ctx.at.toISOString(),
    userId: ctx.actor.userId,
    reason: close ? (input.closureReason ?? null) : (input.reason?.trim() || null),
    explanation: close ? input.openItemsExplanation?.trim() || null : null,
    goalAttainment: close ? (input.goalAttainment ?? null) : null,
  });
  if (close) snapshotCaseOnClosure(ctx.db, input.id, ctx.at);
  audit(ctx, 'case.transition', 'case', input.id);
  return { version };
}

/** id, version 0 and both stamps, as the repositories' inserts add them. */
const fresh = (at: Date) => ({ id: randomUUID(), version: 0, createdAt: at.toISOString(), updatedAt: at.toISOString() });

export function saveAssessmentFast(ctx: CaseCtx, input: ParsedInputOf<'assessments.save'>) {
  const { id: _id, version: _v, caseId, ...fields } = input;
  const row = { ...fields, personId: fields.personId ?? null, caseId, ...fresh(ctx.at) };
  insertRow(ctx.db, assessments, row);
  touchCaseRow(ctx.db, caseId, ctx.at);
  audit(ctx, 'assessment.create', 'assessment', row.id);
  return { id: row.id, version: row.version };
}

export function saveGoalFast(ctx: CaseCtx, input: ParsedInputOf<'goals.save'>) {
  const { id, version, caseId, ...fields } = input;
  const values = { ...fields, personId: fields.personId ?? null, dueOn: orNull(fields.dueOn) ?? null, responsible: orNull(fields.responsible) ?? null, attainment: orNull(fields.attainment) ?? null };
  const saved = id ? { id, ...nextVersion({ version: version ?? 0 }, ctx.at) } : { ...fresh(ctx.at), caseId };
  if (id) updateRow(ctx.db, goals, id, { ...values, version: saved.version, updatedAt: saved.updatedAt });
  else insertRow(ctx.db, goals, { ...values, ...saved });
  touchCaseRow(ctx.db, caseId, ctx.at);
  audit(ctx, id ? 'goal.update' : 'goal.create', 'goal', saved.id);
  return { id: saved.id, version: saved.version, description: values.description, status: values.status };
}

export function saveMeasureFast(ctx: CaseCtx, input: ParsedInputOf<'measures.save'>) {
  const { id, version, goalId, ...fields } = input;
  const values = { ...fields, partnerId: fields.partnerId ?? null, dueOn: orNull(fields.dueOn) ?? null };
  const saved = id ? { id, ...nextVersion({ version: version ?? 0 }, ctx.at) } : { ...fresh(ctx.at), goalId };
  if (id) updateRow(ctx.db, measures, id, { ...values, version: saved.version, updatedAt: saved.updatedAt });
  else insertRow(ctx.db, measures, { ...values, ...saved });
  touchCaseRow(ctx.db, readGoalCaseId(ctx.db, goalId), ctx.at);
  audit(ctx, id ? 'measure.update' : 'measure.create', 'measure', saved.id);
  return { id: saved.id, version: saved.version };
}

export function createNoteFast(ctx: CaseCtx, input: ParsedInputOf<'notes.create'>) {
  const row = { caseId: input.caseId, authorUserId: ctx.actor.userId, notedOn: input.notedOn || todayAt(ctx.at), text: input.text, ...fresh(ctx.at) };
  insertRow(ctx.db, notes, row);
  indexNewDocument(ctx.db, { entity: 'note', entityId: row.id, caseId: row.caseId, title: '', body: row.text });
  touchCaseRow(ctx.db, input.caseId, ctx.at);
  audit(ctx, 'note.create', 'note', row.id);
  return { id: row.id };
}
