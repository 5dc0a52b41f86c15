import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseListResult, CaseView } from '../../../src-main/contract/channels/cases';
import type { SearchHit } from '../../../src-main/contract/channels/search';
import { cases } from '../../../src-main/core/db/schema';
import { failure, openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
let own: CaseView;
let team: CaseView;
beforeAll(async () => {
  o = await openCaseOffice();
  own = await openCase(o, [{ person: person('Bondarenko', 'Halyna') }]);
  team = await openCase(o, [{ person: person('Melnyk', 'Taras') }], { managerIds: [] }, 'fm2');
  team = await o.must<CaseView>('fm2', 'cases.update', { id: team.id, version: team.version, managerIds: [o.userIds.fm2, o.userIds.fm1] });
});
afterAll(() => o?.office.cleanup());

const listIds = async (who: 'fm1' | 'fm2' | 'tl' | 'admin') => (await o.must<CaseListResult>(who, 'cases.list', {})).rows.map((r) => r.caseNumber).sort();
const searchTitles = async (who: 'fm1' | 'fm2' | 'tl' | 'admin', query: string) => (await o.must<SearchHit[]>(who, 'search.global', { query })).map((h) => h.title);

describe('who may read and change a case', () => {
  it('fallmanagement sees only the cases they manage, team cases included', async () => {
    expect(await listIds('fm1')).toEqual([own.caseNumber, team.caseNumber].sort());
    const second = await openCase(o, [{ person: person('Shevchuk', 'Roman') }], {}, 'fm2');
    expect(await listIds('fm2')).toEqual([team.caseNumber, second.caseNumber].sort());
    expect(failure(await o.as('fm1', 'cases.get', { id: second.id }), 'FORBIDDEN').message).toBe('Sie haben keinen Zugriff auf diesen Fall.');
    failure(await o.as('fm1', 'persons.get', { id: second.persons[0]?.id }), 'FORBIDDEN');
    failure(await o.as('fm1', 'notes.list', { caseId: second.id }), 'FORBIDDEN');
    failure(await o.as('fm1', 'timeline.get', { caseId: second.id }), 'FORBIDDEN');
    failure(await o.as('fm1', 'notes.create', { caseId: second.id, text: 'Fremd' }), 'FORBIDDEN');
    expect(await searchTitles('fm1', 'Shevchuk')).toEqual([]);
    expect(await searchTitles('fm2', 'Shevchuk')).toEqual(['Roman Shevchuk']);
    expect((await o.must<{ candidates: unknown[]; hiddenMatches: number }>('fm1', 'persons.findDuplicates', { familyName: 'Shevchuk', givenNames: 'Roman' }))).toEqual({ candidates: [], hiddenMatches: 1 });
  });

  it('teamleitung reads every case and changes none', async () => {
    expect((await listIds('tl')).length).toBeGreaterThanOrEqual(2);
    const seen = await o.must<CaseView>('tl', 'cases.get', { id: own.id });
    expect(seen.canEdit).toBe(false);
    expect(await searchTitles('tl', 'Bondarenko')).toEqual(['Halyna Bondarenko']);
    failure(await o.as('tl', 'notes.create', { caseId: own.id, text: 'Lesen reicht' }), 'FORBIDDEN');
    failure(await o.as('tl', 'cases.transition', { id: own.id, version: own.version, to: 'abschluss' }), 'FORBIDDEN');
    failure(await o.as('tl', 'persons.update', { id: own.persons[0]?.id, version: 0, patch: { phone: '1' } }), 'FORBIDDEN');
    failure(await o.as('tl', 'cases.create', { kommuneId: o.kommuneId, intakeReason: 'x', firstContactOn: '2026-03-02', members: [{ person: person('A', 'B') }] }), 'FORBIDDEN');
  });

  it('administration reads no case content unless listed as case manager', async () => {
    expect(await listIds('admin')).toEqual([]);
    failure(await o.as('admin', 'cases.get', { id: own.id }), 'FORBIDDEN');
    failure(await o.as('admin', 'plan.get', { caseId: own.id }), 'FORBIDDEN');
    failure(await o.as('admin', 'persons.get', { id: own.persons[0]?.id }), 'FORBIDDEN');
    failure(await o.as('admin', 'notes.create', { caseId: own.id, text: 'x' }), 'FORBIDDEN');
    expect(await searchTitles('admin', 'Bondarenko')).toEqual([]);
    expect((await o.must<{ recentCases: unknown[] }>('admin', 'today.overview')).recentCases).toEqual([]);
  });

  it('a blocked case is read-only for case managers', async () => {
    const db = o.office.core.office.database();
    db.orm.update(cases).set({ blocked: true }).where(eq(cases.id, own.id)).run();
    const seen = await o.must<CaseView>('fm1', 'cases.get', { id: own.id });
    expect(seen).toMatchObject({ blocked: true, canEdit: false });
    expect(seen.transitions.every((t) => t.blockers.includes('blocked'))).toBe(true);
    expect(failure(await o.as('fm1', 'notes.create', { caseId: own.id, text: 'x' }), 'FORBIDDEN').message).toBe('Der Fall ist gesperrt und kann nur gelesen werden.');
    failure(await o.as('fm1', 'followups.create', { caseId: own.id, dueOn: '2026-03-12', note: 'x' }), 'FORBIDDEN');
    failure(await o.as('fm1', 'persons.update', { id: own.persons[0]?.id, version: 0, patch: { phone: '1' } }), 'FORBIDDEN');
    db.orm.update(cases).set({ blocked: false }).where(eq(cases.id, own.id)).run();
    expect((await o.as('fm1', 'notes.create', { caseId: own.id, text: 'Wieder offen' })).ok).toBe(true);
  });
});
