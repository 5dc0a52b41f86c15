import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  BarrierView,
  BarrierSummary,
  barrierCreateInput,
  barrierListInput,
  barrierLogInput,
  barrierStatusInput,
  barrierUpdateInput,
} from '../../contract/channels/barriers';
import { appendAudit } from '../audit/audit-log';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { barrierKommunen, kommunen, partners } from '../db/schema';
import { AppError } from '../errors';
import { foldLatin } from '../names';
import { impactOf } from './barrier-impact';
import {
  allBarriers,
  appendLog,
  BARRIER_NOT_FOUND,
  findBarrier,
  insertBarrier,
  logOf,
  replaceBarrierKommunen,
  toSummaries,
  updateBarrierRow,
  type BarrierRow,
} from './barriers-repo';

type CreateInput = z.output<typeof barrierCreateInput>;
type UpdateInput = z.output<typeof barrierUpdateInput>;
type ListInput = z.output<typeof barrierListInput>;

// The register itself is not personal data: every role reads and maintains it. Each write runs in
// one transaction with its audit event.

export function listBarriers(db: OfficeDb, filter: ListInput): BarrierSummary[] {
  const words = foldLatin(filter.query ?? '').split(' ').filter(Boolean);
  const inKommune = filter.kommuneId
    ? new Set(db.orm.select({ id: barrierKommunen.barrierId }).from(barrierKommunen).where(eq(barrierKommunen.kommuneId, filter.kommuneId)).all().map((r) => r.id))
    : null;
  const rows = allBarriers(db)
    .filter((b) => (!filter.category || b.category === filter.category) && (!filter.status || b.status === filter.status))
    .filter((b) => !inKommune || inKommune.has(b.id))
    .filter((b) => words.every((w) => foldLatin(`${b.title} ${b.description}`).includes(w)));
  return toSummaries(db, rows);
}

export function barrierView(db: OfficeDb, row: BarrierRow): BarrierView {
  const [summary] = toSummaries(db, [row]);
  return { ...summary!, description: row.description, log: logOf(db, row.id), impact: impactOf(db, row.id) };
}

export function getBarrier(db: OfficeDb, id: string): BarrierView {
  const row = findBarrier(db, id);
  if (!row) throw new AppError('NOT_FOUND', BARRIER_NOT_FOUND);
  return barrierView(db, row);
}

function checkKommunen(db: OfficeDb, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const found = db.orm.select({ id: kommunen.id }).from(kommunen).where(inArray(kommunen.id, [...ids])).all();
  if (found.length !== new Set(ids).size) throw new AppError('VALIDATION', 'Eine der gewählten Kommunen gibt es nicht.', { field: 'kommuneIds' });
}

function partnerColumn(db: OfficeDb, id: string | undefined): string | null | undefined {
  if (id === undefined || id === '') return id === '' ? null : undefined;
  if (!db.orm.select({ id: partners.id }).from(partners).where(eq(partners.id, id)).get()) {
    throw new AppError('VALIDATION', 'Diesen Partner gibt es nicht.', { field: 'responsiblePartnerId' });
  }
  return id;
}

function notInFuture(date: string, at: Date, field: string): void {
  if (date > berlinToday(at)) throw new AppError('VALIDATION', 'Das Datum liegt in der Zukunft.', { field });
}

const blankToNull = (v: string | undefined) => (v === undefined ? undefined : v.trim() === '' ? null : v);

/** Creates a barrier in status "erkannt"; the log starts with that status on the day it was noticed. */
export function insertNewBarrier(ctx: CaseCtx, input: CreateInput): BarrierRow {
  const { db, actor, at } = ctx;
  notInFuture(input.firstNoticedOn, at, 'firstNoticedOn');
  checkKommunen(db, input.kommuneIds);
  const row = insertBarrier(
    db,
    {
      title: input.title,
      category: input.category,
      description: input.description,
      firstNoticedOn: input.firstNoticedOn,
      responsible: blankToNull(input.responsible) ?? null,
      responsiblePartnerId: partnerColumn(db, input.responsiblePartnerId) ?? null,
      workingGroup: blankToNull(input.workingGroup) ?? null,
      status: 'erkannt',
    },
    at,
  );
  replaceBarrierKommunen(db, row.id, input.kommuneIds);
  appendLog(db, { barrierId: row.id, on: input.firstNoticedOn, kind: 'status', status: 'erkannt', text: '', userId: actor.userId }, at);
  appendAudit(db, { userId: actor.userId, action: 'barrier.create', entity: 'barrier', entityId: row.id }, at);
  return row;
}

export function createBarrier(ctx: CaseCtx, input: CreateInput): BarrierView {
  return inTransaction(ctx.db, () => barrierView(ctx.db, insertNewBarrier(ctx, input)));
}

export function updateBarrier(ctx: CaseCtx, input: UpdateInput): BarrierView {
  const { db, actor, at } = ctx;
  return inTransaction(db, () => {
    const { id, version, kommuneIds, responsible, responsiblePartnerId, workingGroup, ...rest } = input;
    const before = expectVersion(findBarrier(db, id), version, BARRIER_NOT_FOUND);
    if (rest.firstNoticedOn) notInFuture(rest.firstNoticedOn, at, 'firstNoticedOn');
    if (kommuneIds) {
      checkKommunen(db, kommuneIds);
      replaceBarrierKommunen(db, id, kommuneIds);
    }
    const patch = {
      ...rest,
      responsible: blankToNull(responsible),
      responsiblePartnerId: partnerColumn(db, responsiblePartnerId),
      workingGroup: blankToNull(workingGroup),
    };
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const row = updateBarrierRow(db, id, { ...defined, ...nextVersion(before, at) });
    appendAudit(db, { userId: actor.userId, action: 'barrier.update', entity: 'barrier', entityId: id }, at);
    return barrierView(db, row);
  });
}

export function setBarrierStatus(ctx: CaseCtx, input: z.output<typeof barrierStatusInput>): BarrierView {
  const { db, actor, at } = ctx;
  return inTransaction(db, () => {
    const before = expectVersion(findBarrier(db, input.id), input.version, BARRIER_NOT_FOUND);
    if (before.status === input.status) throw new AppError('VALIDATION', 'Die Hürde hat diesen Status bereits.', { field: 'status' });
    notInFuture(input.on, at, 'on');
    const workingGroup = blankToNull(input.workingGroup) ?? before.workingGroup;
    if (input.status === 'an_arbeitskreis' && !workingGroup) {
      throw new AppError('VALIDATION', 'Bitte geben Sie an, an welchen Arbeitskreis die Hürde gemeldet wird.', { field: 'workingGroup' });
    }
    const row = updateBarrierRow(db, input.id, { status: input.status, workingGroup, ...nextVersion(before, at) });
    appendLog(db, { barrierId: input.id, on: input.on, kind: 'status', status: input.status, text: input.note.trim(), userId: actor.userId }, at);
    appendAudit(db, { userId: actor.userId, action: 'barrier.status', entity: 'barrier', entityId: input.id }, at);
    return barrierView(db, row);
  });
}

export function addBarrierLog(ctx: CaseCtx, input: z.output<typeof barrierLogInput>): BarrierView {
  const { db, actor, at } = ctx;
  return inTransaction(db, () => {
    const row = findBarrier(db, input.id);
    if (!row) throw new AppError('NOT_FOUND', BARRIER_NOT_FOUND);
    notInFuture(input.on, at, 'on');
    appendLog(db, { barrierId: input.id, on: input.on, kind: input.kind, status: null, text: input.text, userId: actor.userId }, at);
    const touched = updateBarrierRow(db, input.id, { version: row.version, updatedAt: at.toISOString() });
    appendAudit(db, { userId: actor.userId, action: 'barrier.log', entity: 'barrier', entityId: input.id }, at);
    return barrierView(db, touched);
  });
}
