import { and, asc, eq, lte } from 'drizzle-orm';
import { BARRIER_CATEGORIES, BARRIER_STATUSES, type BarrierStatus } from '../../contract/channels/barriers';
import type { BarrierReportItem, ReportSection } from '../../contract/channels/reports';
import { kommunenOf, statusesOn, type BarrierRow } from '../barriers/barriers-repo';
import type { OfficeDb } from '../db/open-encrypted';
import { barrierImpacts, barrierKommunen, barrierLog, barriers } from '../db/schema';
import type { Period } from './period';
import { buildTable, type SectionInput } from './report-table';
import { shownCount } from './suppression';

/** Barriers known by the end of the period (in the Kommune, if one is chosen), with their status then. */
export function barriersAt(db: OfficeDb, period: Period, kommuneId: string | null): { row: BarrierRow; status: BarrierStatus }[] {
  const known = lte(barriers.firstNoticedOn, period.to);
  const rows = kommuneId
    ? db.orm
        .select({ b: barriers })
        .from(barriers)
        .innerJoin(barrierKommunen, eq(barrierKommunen.barrierId, barriers.id))
        .where(and(known, eq(barrierKommunen.kommuneId, kommuneId)))
        .orderBy(asc(barriers.title))
        .all()
        .map((r) => r.b)
    : db.orm.select().from(barriers).where(known).orderBy(asc(barriers.title)).all();
  const statuses = statusesOn(db, period.to);
  return rows.map((row) => ({ row, status: statuses.get(row.id) ?? 'erkannt' }));
}

/** Barriers by category and status: they count problems, not people, so nothing is hidden. */
export function barriersSection({ db, period, scope }: SectionInput): ReportSection {
  const known = barriersAt(db, period, scope.kommuneId);
  const table = buildTable({
    id: 'huerden.kategorie_status',
    rowDimension: 'huerdenkategorie',
    columnDimension: 'huerdenstatus',
    rows: BARRIER_CATEGORIES,
    columns: BARRIER_STATUSES,
    counts: BARRIER_CATEGORIES.map((c) => BARRIER_STATUSES.map((s) => known.filter((b) => b.row.category === c && b.status === s).length)),
    rowTotals: true,
    columnTotals: true,
    chart: 'bar',
    protect: false,
  });
  return { id: 'huerden', tables: [table] };
}

/** The barrier list of the printed report: status and log up to the period's end, counts protected. */
export function barrierReportItems(db: OfficeDb, period: Period, kommuneId: string | null): BarrierReportItem[] {
  const known = barriersAt(db, period, kommuneId);
  const places = kommunenOf(db, known.map((b) => b.row.id));
  return known.map(({ row, status }) => {
    const linked = and(eq(barrierImpacts.barrierId, row.id), lte(barrierImpacts.linkedOn, period.to), kommuneId ? eq(barrierImpacts.kommuneId, kommuneId) : undefined);
    const impacts = db.orm.select({ persons: barrierImpacts.persons }).from(barrierImpacts).where(linked).all();
    const log = db.orm
      .select({ on: barrierLog.on, kind: barrierLog.kind, text: barrierLog.text, status: barrierLog.status })
      .from(barrierLog)
      .where(and(eq(barrierLog.barrierId, row.id), lte(barrierLog.on, period.to)))
      .orderBy(asc(barrierLog.on), asc(barrierLog.at))
      .all();
    return {
      title: row.title,
      category: row.category,
      status,
      kommunen: (places.get(row.id) ?? []).map((k) => k.name),
      workingGroup: row.workingGroup,
      responsible: row.responsible,
      firstNoticedOn: row.firstNoticedOn,
      affectedCases: shownCount(impacts.length),
      affectedPersons: shownCount(impacts.reduce((n, i) => n + i.persons, 0)),
      log,
    };
  });
}
