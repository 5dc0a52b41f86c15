import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CaseBarrierLink, barrierFromCaseInput, barrierLinkInput } from '../../contract/channels/barriers';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable, isCaseManager, type CaseRow } from '../cases/case-access';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { inTransaction } from '../db/open-encrypted';
import { barrierCaseLinks, barrierImpacts, barriers, goals } from '../db/schema';
import { AppError } from '../errors';
import { caseMembers } from '../reports/case-members';
import { insertNewBarrier } from './barrier-service';
import { addBarrierKommune, BARRIER_NOT_FOUND, findBarrier } from './barriers-repo';

// Linking is case work (personal data): only the case's managers may do it, and it is audited
// against the case. The barrier only learns an anonymous count (Kommune, date, number of people).

const LINK_NOT_FOUND = 'Diese Verknüpfung existiert nicht.';

type LinkInput = z.output<typeof barrierLinkInput>;
type FromCaseInput = z.output<typeof barrierFromCaseInput>;

function checkGoal(ctx: CaseCtx, caseId: string, goalId: string | undefined): void {
  if (!goalId) return;
  const goal = ctx.db.orm.select({ caseId: goals.caseId }).from(goals).where(eq(goals.id, goalId)).get();
  if (goal?.caseId !== caseId) throw new AppError('VALIDATION', 'Dieses Ziel gehört nicht zu diesem Fall.', { field: 'goalId' });
}

function linkInTransaction(ctx: CaseCtx, c: CaseRow, barrierId: string, input: Omit<LinkInput, 'barrierId' | 'caseId'>): string {
  const { db, actor, at } = ctx;
  checkGoal(ctx, c.id, input.goalId);
  const existing = db.orm
    .select({ id: barrierCaseLinks.id })
    .from(barrierCaseLinks)
    .where(and(eq(barrierCaseLinks.barrierId, barrierId), eq(barrierCaseLinks.caseId, c.id)))
    .get();
  if (existing) throw new AppError('CONFLICT', 'Dieser Fall ist mit der Hürde bereits verknüpft.');
  const linkedOn = berlinToday(at);
  const id = randomUUID();
  db.orm
    .insert(barrierCaseLinks)
    .values({ id, barrierId, caseId: c.id, goalId: input.goalId ?? null, note: input.note.trim(), linkedOn, userId: actor.userId, createdAt: at.toISOString() })
    .run();
  db.orm.insert(barrierImpacts).values({ id: randomUUID(), barrierId, linkId: id, kommuneId: c.kommuneId, linkedOn, persons: caseMembers(db, c).length }).run();
  addBarrierKommune(db, barrierId, c.kommuneId);
  touchCase(db, c.id, at);
  appendAudit(db, { userId: actor.userId, action: 'barrier.link', entity: 'case', entityId: c.id }, at);
  return id;
}

export function linkCaseToBarrier(ctx: CaseCtx, input: LinkInput): CaseBarrierLink {
  const id = inTransaction(ctx.db, () => {
    const c = assertCaseWritable(ctx.db, input.caseId, ctx.actor);
    if (!findBarrier(ctx.db, input.barrierId)) throw new AppError('NOT_FOUND', BARRIER_NOT_FOUND);
    return linkInTransaction(ctx, c, input.barrierId, input);
  });
  return linkById(ctx, id);
}

/** Names a new barrier from inside a case (the case's Kommune is affected) and links the case to it. */
export function createBarrierFromCase(ctx: CaseCtx, input: FromCaseInput): CaseBarrierLink {
  const id = inTransaction(ctx.db, () => {
    const c = assertCaseWritable(ctx.db, input.caseId, ctx.actor);
    const { firstNoticedOn, ...barrier } = input.barrier;
    const row = insertNewBarrier(ctx, { ...barrier, firstNoticedOn: firstNoticedOn ?? berlinToday(ctx.at), kommuneIds: [c.kommuneId] });
    return linkInTransaction(ctx, c, row.id, input);
  });
  return linkById(ctx, id);
}

/** Removes a link made by mistake, with the count it added to the barrier. */
export function unlinkCase(ctx: CaseCtx, linkId: string): void {
  const { db, actor, at } = ctx;
  inTransaction(db, () => {
    const link = db.orm.select().from(barrierCaseLinks).where(eq(barrierCaseLinks.id, linkId)).get();
    if (!link) throw new AppError('NOT_FOUND', LINK_NOT_FOUND);
    assertCaseWritable(db, link.caseId, actor);
    db.orm.delete(barrierImpacts).where(eq(barrierImpacts.linkId, linkId)).run();
    db.orm.delete(barrierCaseLinks).where(eq(barrierCaseLinks.id, linkId)).run();
    touchCase(db, link.caseId, at);
    appendAudit(db, { userId: actor.userId, action: 'barrier.unlink', entity: 'case', entityId: link.caseId }, at);
  });
}

function linkRows(ctx: CaseCtx, where: ReturnType<typeof eq>) {
  return ctx.db.orm
    .select({
      id: barrierCaseLinks.id,
      caseId: barrierCaseLinks.caseId,
      barrierId: barriers.id,
      barrierTitle: barriers.title,
      category: barriers.category,
      status: barriers.status,
      goalId: barrierCaseLinks.goalId,
      goalDescription: goals.description,
      note: barrierCaseLinks.note,
      linkedOn: barrierCaseLinks.linkedOn,
    })
    .from(barrierCaseLinks)
    .innerJoin(barriers, eq(barriers.id, barrierCaseLinks.barrierId))
    .leftJoin(goals, eq(goals.id, barrierCaseLinks.goalId))
    .where(where)
    .orderBy(asc(barrierCaseLinks.linkedOn), asc(barriers.title))
    .all();
}

/** The case's barriers; the notes only for the case's own managers. Reading case data is audited. */
export function linksForCase(ctx: CaseCtx, caseId: string): CaseBarrierLink[] {
  return inTransaction(ctx.db, () => {
    assertCaseReadable(ctx.db, caseId, ctx.actor);
    const showNotes = isCaseManager(ctx.db, caseId, ctx.actor.userId);
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'barrier.links.read', entity: 'case', entityId: caseId }, ctx.at);
    return linkRows(ctx, eq(barrierCaseLinks.caseId, caseId)).map(({ caseId: _case, note, ...l }) => ({ ...l, note: showNotes ? note : null }));
  });
}

function linkById(ctx: CaseCtx, id: string): CaseBarrierLink {
  const [row] = linkRows(ctx, eq(barrierCaseLinks.id, id));
  if (!row) throw new AppError('NOT_FOUND', LINK_NOT_FOUND);
  const { caseId: _case, ...link } = row;
  return link;
}
