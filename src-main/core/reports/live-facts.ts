import { and, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { idList } from '../db/id-list';
import type { OfficeDb } from '../db/open-encrypted';
import { assessments, caseManagers, cases, goals, partners, persons, referrals } from '../db/schema';
import type { CaseFacts, PersonFacts } from './case-facts';
import { needsOf } from './case-facts';
import type { PersonRow } from './case-members';
import { bornOf, residenceGroupOf } from './classify';
import { consultationFactsOf } from './consultation-facts';

type CaseRow = typeof cases.$inferSelect;

const group = <T>(rows: readonly T[], keyOf: (r: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(keyOf(r));
    if (list) list.push(r);
    else out.set(keyOf(r), [r]);
  }
  return out;
};

/** What the report reads of a person: no names, no contact data, only what the tables count. */
const personColumns = {
  id: persons.id,
  householdId: persons.householdId,
  gender: persons.gender,
  birthDate: persons.birthDate,
  birthYear: persons.birthYear,
  householdRelation: persons.householdRelation,
  countryOfOrigin: persons.countryOfOrigin,
  languages: persons.languages,
  residenceStatus: persons.residenceStatus,
};
type ReportPerson = Pick<PersonRow, keyof typeof personColumns>;

function languagesOf(json: string): string[] {
  try {
    const list = JSON.parse(json) as { language?: unknown }[];
    return Array.isArray(list) ? list.flatMap((l) => (typeof l?.language === 'string' && l.language.trim() ? [l.language.trim()] : [])) : [];
  } catch {
    return [];
  }
}

export const personFactsOf = (p: ReportPerson): PersonFacts => ({
  gender: p.gender,
  born: bornOf(p),
  relation: p.householdRelation,
  country: p.countryOfOrigin?.trim() || null,
  languages: [...new Set(languagesOf(p.languages))],
  residence: residenceGroupOf(p.residenceStatus),
});

/** The report facts of the given cases, read from the live tables in a handful of batched queries. */
export function liveFacts(db: OfficeDb, rows: readonly CaseRow[]): Map<string, CaseFacts> {
  const out = new Map<string, CaseFacts>();
  if (rows.length === 0) return out;
  // Thousands of cases in a year: their ids go in as one JSON parameter each (idList), and only the
  // columns the facts need are read.
  const ids = rows.map((c) => c.id);
  const caseIds = idList(ids);
  const householdIds = [...new Set(rows.flatMap((c) => (c.householdId ? [c.householdId] : [])))];
  const memberWhere: SQL | undefined = householdIds.length
    ? or(inArray(persons.id, idList(rows.map((c) => c.primaryPersonId))), inArray(persons.householdId, idList(householdIds)))
    : inArray(persons.id, idList(rows.map((c) => c.primaryPersonId)));
  const people = db.orm.select(personColumns).from(persons).where(memberWhere).all();
  const byHousehold = group(people.filter((p) => p.householdId), (p) => p.householdId!);
  const byId = new Map(people.map((p) => [p.id, p]));
  const ratings = group(
    db.orm
      .select({ caseId: assessments.caseId, personId: assessments.personId, domain: assessments.domain, rating: assessments.rating, assessedOn: assessments.assessedOn, createdAt: assessments.createdAt })
      .from(assessments)
      .where(inArray(assessments.caseId, caseIds))
      .all(),
    (a) => a.caseId,
  );
  const goalRows = group(db.orm.select({ caseId: goals.caseId, domain: goals.domain, status: goals.status }).from(goals).where(inArray(goals.caseId, caseIds)).all(), (g) => g.caseId);
  const referralRows = group(
    db.orm
      .select({ caseId: referrals.caseId, kind: partners.kind, on: referrals.referredOn })
      .from(referrals)
      .innerJoin(partners, eq(partners.id, referrals.partnerId))
      .where(inArray(referrals.caseId, caseIds))
      .all(),
    (r) => r.caseId,
  );
  const managers = group(db.orm.select().from(caseManagers).where(inArray(caseManagers.caseId, caseIds)).all(), (m) => m.caseId);
  const held = consultationFactsOf(db, ids);

  for (const c of rows) {
    const members = new Map<string, ReportPerson>();
    const primary = byId.get(c.primaryPersonId);
    if (primary) members.set(primary.id, primary);
    for (const p of c.householdId ? (byHousehold.get(c.householdId) ?? []) : []) members.set(p.id, p);
    const needs = needsOf(ratings.get(c.id) ?? []);
    out.set(c.id, {
      kommuneId: c.kommuneId,
      openedOn: c.openedOn,
      closedOn: c.closedOn,
      managerIds: (managers.get(c.id) ?? []).map((m) => m.userId),
      persons: [...members.values()].map(personFactsOf),
      needsAtAssessment: needs.atAssessment,
      needsAtClosure: c.closedOn ? needs.latest : [],
      goals: (goalRows.get(c.id) ?? []).map(({ domain, status }) => ({ domain, status })),
      referrals: (referralRows.get(c.id) ?? []).map(({ kind, on }) => ({ kind, on })),
      consultations: held.get(c.id) ?? [],
    });
  }
  return out;
}

/** Live cases active in the period (opened by its end, not closed before its start); ISO dates compare as text. */
export function casesActiveIn(db: OfficeDb, period: { from: string; to: string }, kommuneId: string | null): CaseRow[] {
  const active = and(lte(cases.openedOn, period.to), or(isNull(cases.closedOn), gte(cases.closedOn, period.from)));
  return db.orm
    .select()
    .from(cases)
    .where(kommuneId ? and(active, eq(cases.kommuneId, kommuneId)) : active)
    .all();
}
