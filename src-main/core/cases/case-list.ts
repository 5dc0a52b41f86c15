import type { CaseListResult, CaseSummary } from '../../contract/channels/cases';
import { appendAudit } from '../audit/audit-log';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { caseIdsMatching } from '../search/case-text-search';
import { ensureNameKeysCurrent } from '../search/name-key-index';
import { readableCaseCondition } from './case-access';
import { countCases, followUpCounts, listConditions, pageOfCases, type CaseListRow, type ListFilter } from './case-list-query';
import { managersOfCases } from './cases-repo';
import { berlinToday, type CaseCtx } from './service-context';

/** List rows with their managers and follow-up counts, fetched in two batched queries. */
export function summarize(db: OfficeDb, rows: CaseListRow[], today: string): CaseSummary[] {
  const ids = rows.map((r) => r.id);
  const managers = managersOfCases(db, ids);
  const counts = followUpCounts(db, ids, today);
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.caseNumber,
    phase: r.phase,
    kommuneId: r.kommuneId,
    kommuneName: r.kommuneName,
    primaryPerson: { id: r.personId, familyName: r.familyName, givenNames: r.givenNames },
    householdLabel: r.householdLabel,
    managers: managers.get(r.id) ?? [],
    openFollowUps: counts.get(r.id)?.open ?? 0,
    overdueFollowUps: counts.get(r.id)?.overdue ?? 0,
    blocked: r.blocked,
    updatedAt: r.updatedAt,
  }));
}

/** The case list: only readable cases, filtered, sorted, paged, with the total count. */
export function listCases(ctx: CaseCtx, f: ListFilter): CaseListResult {
  const { db } = ctx;
  const today = berlinToday(ctx.at);
  ensureNameKeysCurrent(db);
  return inTransaction(db, () => {
    appendAudit(db, { userId: ctx.actor.userId, action: 'case.list' }, ctx.at);
    const query = f.query?.trim();
    const caseIds = query ? caseIdsMatching(db, ctx.actor, query) : null;
    const where = listConditions(db, f, today, readableCaseCondition(db, ctx.actor), caseIds);
    const total = countCases(db, where);
    const rows = total === 0 ? [] : pageOfCases(db, where, f);
    return { total, rows: summarize(db, rows, today) };
  });
}
