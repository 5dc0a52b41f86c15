import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseListResult, CaseView } from '../../../src-main/contract/channels/cases';
import { caseListInput } from '../../../src-main/contract/channels/cases';
import { readableCaseCondition } from '../../../src-main/core/cases/case-access';
import { countQuery, listConditions, pageQuery } from '../../../src-main/core/cases/case-list-query';
import { openCaseOffice, person, type CaseOffice } from './case-fixtures';

// A few hundred synthetic cases with known properties; every expectation is computed from the spec.
const N = 300;
const FAMILY = ['Ivanenko', 'Haddad', 'Popescu', 'Nowak', 'Yilmaz', 'Kovac'];
const GIVEN = ['Anna', 'Omar', 'Elena', 'Piotr', 'Ayse', 'Luka', 'Mira', 'Samir'];

interface Spec {
  i: number;
  family: string;
  given: string;
  kommune: 0 | 1;
  team: boolean;
  advanced: boolean;
  needWohnen: boolean;
  followUp: 'none' | 'open' | 'overdue';
}

const specs: Spec[] = Array.from({ length: N }, (_, i) => ({
  i,
  family: `${FAMILY[i % FAMILY.length]}${i % 7 === 0 ? 'a' : ''}`,
  given: GIVEN[(i * 5) % GIVEN.length] ?? 'Anna',
  kommune: (i % 3 === 0 ? 1 : 0) as 0 | 1,
  team: i % 4 === 0,
  advanced: i % 5 === 0,
  needWohnen: i % 6 === 0,
  followUp: i % 10 === 0 ? 'overdue' : i % 10 === 1 ? 'open' : 'none',
}));

let o: CaseOffice;
let kommunen: [string, string];
const idOf = new Map<number, CaseView>();

beforeAll(async () => {
  o = await openCaseOffice();
  const second = await o.must<{ id: string }>('admin', 'kommunen.save', { name: 'Beispieldorf' });
  kommunen = [o.kommuneId, second.id];
  for (const s of specs) {
    let c = await o.must<CaseView>('fm1', 'cases.create', {
      kommuneId: kommunen[s.kommune],
      intakeReason: `Anlass ${s.i}`,
      firstContactOn: '2026-02-01',
      consentRecorded: true,
      managerIds: s.team ? [o.userIds.fm2] : [],
      members: [{ person: person(s.family, s.given, { birthYear: 1970 + (s.i % 40) }) }],
    });
    if (s.advanced) c = await o.must<CaseView>('fm1', 'cases.transition', { id: c.id, version: c.version, to: 'assessment' });
    await o.must('fm1', 'assessments.save', { caseId: c.id, domain: 'wohnen', rating: s.needWohnen ? 'dringend' : 'stabil', assessedOn: '2026-03-01' });
    if (s.followUp !== 'none') await o.must('fm1', 'followups.create', { caseId: c.id, dueOn: s.followUp === 'overdue' ? '2026-03-01' : '2026-04-01', note: 'WV' });
    idOf.set(s.i, c);
  }
}, 180_000);
afterAll(() => o?.office.cleanup());

const list = (input: Record<string, unknown>, who: 'fm1' | 'fm2' | 'tl' = 'fm1') => o.must<CaseListResult>(who, 'cases.list', input);
const numbersOf = (filter: (s: Spec) => boolean) => specs.filter(filter).map((s) => idOf.get(s.i)?.caseNumber).sort();
const all = async (input: Record<string, unknown>, who: 'fm1' | 'fm2' | 'tl' = 'fm1') => (await list({ ...input, limit: 200 }, who)).rows.concat((await list({ ...input, limit: 200, offset: 200 }, who)).rows).map((r) => r.caseNumber).sort();

describe('case list', () => {
  it('pages with a total count and a stable order', async () => {
    const first = await list({ sort: 'caseNumber', direction: 'asc', limit: 50 });
    expect(first.total).toBe(N);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]?.caseNumber).toBe('2026-00001');
    const third = await list({ sort: 'caseNumber', direction: 'asc', limit: 50, offset: 100 });
    expect(third.rows[0]?.caseNumber).toBe('2026-00101');
    const last = await list({ sort: 'caseNumber', direction: 'desc', limit: 1 });
    expect(last.rows[0]?.caseNumber).toBe(`2026-${String(N).padStart(5, '0')}`);
    expect((await o.as('fm1', 'cases.list', { limit: 201 })).ok).toBe(false);
  });

  it('filters by phase, Kommune, manager, need and follow-ups, alone and combined', async () => {
    expect(await all({ phase: 'assessment' })).toEqual(numbersOf((s) => s.advanced));
    expect(await all({ kommuneId: kommunen[1] })).toEqual(numbersOf((s) => s.kommune === 1));
    expect(await all({ managerId: o.userIds.fm2 })).toEqual(numbersOf((s) => s.team));
    expect(await all({ needDomain: 'wohnen' })).toEqual(numbersOf((s) => s.needWohnen));
    expect(await all({ needDomain: 'arbeit' })).toEqual([]);
    expect(await all({ followUps: 'open' })).toEqual(numbersOf((s) => s.followUp !== 'none'));
    expect(await all({ followUps: 'overdue' })).toEqual(numbersOf((s) => s.followUp === 'overdue'));
    expect(await all({ phase: 'klaerung', kommuneId: kommunen[1], needDomain: 'wohnen' })).toEqual(
      numbersOf((s) => !s.advanced && s.kommune === 1 && s.needWohnen),
    );
  });

  it('searches names in any transliteration and case numbers', async () => {
    // Haddada differs only in a trailing vowel: a phonetic match, found too.
    expect(await all({ query: 'Chaddad' })).toEqual(numbersOf((s) => s.family.startsWith('Haddad')));
    expect(await all({ query: 'Iwanenko Olena' })).toEqual(numbersOf((s) => s.family.startsWith('Ivanenko') && s.given === 'Elena'));
    expect(await all({ query: 'Popes' })).toEqual(numbersOf((s) => s.family.startsWith('Popescu')));
    expect(await all({ query: '2026-00042' })).toEqual([idOf.get(41)?.caseNumber]);
    expect((await list({ query: 'Niemand Unbekannt' })).total).toBe(0);
  });

  it('sorts by name and by last change, and shows managers and follow-up counts', async () => {
    const byName = (await list({ sort: 'name', direction: 'asc', limit: 200 })).rows.map((r) => r.primaryPerson.familyName.toLowerCase());
    expect(byName).toEqual([...byName].sort());
    const byUpdate = (await list({ sort: 'updated', direction: 'desc', limit: 200 })).rows.map((r) => r.updatedAt);
    expect(byUpdate).toEqual([...byUpdate].sort().reverse());
    const overdue = (await list({ followUps: 'overdue', limit: 1 })).rows[0];
    expect(overdue).toMatchObject({ openFollowUps: 1, overdueFollowUps: 1, kommuneName: expect.any(String) });
    const teamRow = (await list({ managerId: o.userIds.fm2, limit: 1 })).rows[0];
    expect(teamRow?.managers.map((m) => m.displayName).sort()).toEqual(['Felix Fall (synthetisch)', 'Fiona Fall (synthetisch)']);
  });

  it('restricts the list to readable cases', async () => {
    expect(await all({}, 'fm2')).toEqual(numbersOf((s) => s.team));
    expect((await list({}, 'tl')).total).toBe(N);
  });

  it('uses indexes for every filter (no full scan of the per-case tables)', () => {
    const db = o.office.core.office.database();
    const actor = { userId: o.userIds.fm1, role: 'fallmanagement' as const };
    const filter = caseListInput.parse({ needDomain: 'wohnen', followUps: 'overdue', managerId: o.userIds.fm2, kommuneId: kommunen[0], sort: 'name' });
    const where = listConditions(db, filter, '2026-03-10', readableCaseCondition(db, actor), ['a', 'b']);
    for (const query of [pageQuery(db, where, filter), countQuery(db, where)]) {
      const { sql, params } = query.toSQL();
      const plan = (db.raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
      for (const table of ['case_managers', 'assessments', 'follow_ups', 'persons', 'kommunen']) {
        if (process.env.SHOW_PLAN) console.warn(plan.join('\n'));
        const steps = plan.filter((d) => new RegExp(`\\b${table}\\b`).test(d));
        // Per-case tables must be entered by case id (the manager table also by user: "my cases").
        const byCase = (d: string) => ['kommunen', 'persons'].includes(table) || d.includes('case_id=?') || (table === 'case_managers' && d.includes('(user_id=?)'));
        expect(steps.every((d) => d.startsWith('SEARCH') && byCase(d)), `${table}: ${plan.join(' | ')}`).toBe(true);
      }
    }
  });
});
