import { randomUUID } from 'node:crypto';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { BarrierLogEntry, BarrierStatus, BarrierSummary } from '../../contract/channels/barriers';
import type { OfficeDb } from '../db/open-encrypted';
import { barrierImpacts, barrierKommunen, barrierLog, barriers, kommunen, partners, users } from '../db/schema';

export type BarrierRow = typeof barriers.$inferSelect;
export type BarrierValues = Omit<typeof barriers.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type LogValues = Omit<typeof barrierLog.$inferInsert, 'id' | 'at'>;

export const BARRIER_NOT_FOUND = 'Diese Hürde existiert nicht.';

export const findBarrier = (db: OfficeDb, id: string): BarrierRow | undefined => db.orm.select().from(barriers).where(eq(barriers.id, id)).get();

export const allBarriers = (db: OfficeDb): BarrierRow[] => db.orm.select().from(barriers).orderBy(asc(barriers.title)).all();

export function insertBarrier(db: OfficeDb, values: BarrierValues, at: Date): BarrierRow {
  const stamp = at.toISOString();
  return db.orm.insert(barriers).values({ ...values, id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function updateBarrierRow(db: OfficeDb, id: string, values: Partial<BarrierValues> & { version: number; updatedAt: string }): BarrierRow {
  const row = db.orm.update(barriers).set(values).where(eq(barriers.id, id)).returning().get();
  if (!row) throw new Error('barrier vanished inside its transaction');
  return row;
}

export function replaceBarrierKommunen(db: OfficeDb, barrierId: string, kommuneIds: readonly string[]): void {
  db.orm.delete(barrierKommunen).where(eq(barrierKommunen.barrierId, barrierId)).run();
  const unique = [...new Set(kommuneIds)];
  if (unique.length > 0) db.orm.insert(barrierKommunen).values(unique.map((kommuneId) => ({ barrierId, kommuneId }))).run();
}

export function addBarrierKommune(db: OfficeDb, barrierId: string, kommuneId: string): void {
  db.orm.insert(barrierKommunen).values({ barrierId, kommuneId }).onConflictDoNothing().run();
}

export function appendLog(db: OfficeDb, values: LogValues, at: Date): void {
  db.orm.insert(barrierLog).values({ ...values, id: randomUUID(), at: at.toISOString() }).run();
}

/** The log in the order things happened (same day: in the order they were written). */
export function logOf(db: OfficeDb, barrierId: string): BarrierLogEntry[] {
  return db.orm
    .select({ id: barrierLog.id, on: barrierLog.on, kind: barrierLog.kind, text: barrierLog.text, status: barrierLog.status, userName: users.displayName })
    .from(barrierLog)
    .leftJoin(users, eq(users.id, barrierLog.userId))
    .where(eq(barrierLog.barrierId, barrierId))
    .orderBy(asc(barrierLog.on), asc(barrierLog.at))
    .all();
}

/** Every status entry of every barrier up to a date, in order: the status a barrier had then. */
export function statusesOn(db: OfficeDb, date: string): Map<string, BarrierStatus> {
  const rows = db.orm
    .select({ barrierId: barrierLog.barrierId, status: barrierLog.status })
    .from(barrierLog)
    .where(sql`${barrierLog.kind} = 'status' AND ${barrierLog.on} <= ${date}`)
    .orderBy(asc(barrierLog.on), asc(barrierLog.at))
    .all();
  const out = new Map<string, BarrierStatus>();
  for (const r of rows) if (r.status) out.set(r.barrierId, r.status);
  return out;
}

export function kommunenOf(db: OfficeDb, barrierIds: readonly string[]): Map<string, { id: string; name: string }[]> {
  const out = new Map<string, { id: string; name: string }[]>();
  if (barrierIds.length === 0) return out;
  const rows = db.orm
    .select({ barrierId: barrierKommunen.barrierId, id: kommunen.id, name: kommunen.name })
    .from(barrierKommunen)
    .innerJoin(kommunen, eq(kommunen.id, barrierKommunen.kommuneId))
    .where(inArray(barrierKommunen.barrierId, [...barrierIds]))
    .orderBy(asc(kommunen.name))
    .all();
  for (const { barrierId, ...k } of rows) out.set(barrierId, [...(out.get(barrierId) ?? []), k]);
  return out;
}

/** Cases and people counted for each barrier (anonymous impact rows, they outlive deleted cases). */
export function impactTotals(db: OfficeDb): Map<string, { cases: number; persons: number }> {
  const rows = db.orm
    .select({ barrierId: barrierImpacts.barrierId, cases: sql<number>`count(*)`, persons: sql<number>`sum(${barrierImpacts.persons})` })
    .from(barrierImpacts)
    .groupBy(barrierImpacts.barrierId)
    .all();
  return new Map(rows.map((r) => [r.barrierId, { cases: Number(r.cases), persons: Number(r.persons) }]));
}

function partnerNames(db: OfficeDb, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db.orm.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, [...ids])).all();
  return new Map(rows.map((p) => [p.id, p.name]));
}

/** The list rows: barrier, its Kommunen, partner name and counts, without any case behind them. */
export function toSummaries(db: OfficeDb, rows: readonly BarrierRow[]): BarrierSummary[] {
  const places = kommunenOf(db, rows.map((r) => r.id));
  const totals = impactTotals(db);
  const names = partnerNames(db, [...new Set(rows.flatMap((r) => (r.responsiblePartnerId ? [r.responsiblePartnerId] : [])))]);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    status: r.status,
    kommunen: places.get(r.id) ?? [],
    firstNoticedOn: r.firstNoticedOn,
    responsible: r.responsible,
    responsiblePartnerId: r.responsiblePartnerId,
    responsiblePartnerName: r.responsiblePartnerId ? (names.get(r.responsiblePartnerId) ?? null) : null,
    workingGroup: r.workingGroup,
    affectedCases: totals.get(r.id)?.cases ?? 0,
    affectedPersons: totals.get(r.id)?.persons ?? 0,
    version: r.version,
    updatedAt: r.updatedAt,
  }));
}
