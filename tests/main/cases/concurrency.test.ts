import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import type { NoteView } from '../../../src-main/contract/channels/notes';
import type { GoalView } from '../../../src-main/contract/channels/plan';
import type { FollowUpView } from '../../../src-main/contract/channels/followups';
import type { PersonView } from '../../../src-main/contract/channels/persons';
import { failure, openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
let c: CaseView;
beforeAll(async () => {
  o = await openCaseOffice();
  c = await openCase(o, [{ person: person('Kovalenko', 'Oksana') }]);
});
afterAll(() => o?.office.cleanup());

/** Two editors load the same version; the second save must fail with CONFLICT and change nothing. */
describe('optimistic concurrency', () => {
  it('case: a stale version is refused with the current version', async () => {
    const first = await o.must<CaseView>('fm1', 'cases.update', { id: c.id, version: c.version, intakeReason: 'Erste Fassung' });
    const err = failure(await o.as('fm1', 'cases.update', { id: c.id, version: c.version, intakeReason: 'Zweite Fassung' }), 'CONFLICT');
    expect(err.details).toEqual({ currentVersion: first.version });
    expect(failure(await o.as('fm1', 'cases.transition', { id: c.id, version: c.version, to: 'abschluss', closureReason: 'wegzug', goalAttainment: 'teilweise' }), 'CONFLICT').details).toEqual({ currentVersion: first.version });
    const now = await o.must<CaseView>('fm1', 'cases.get', { id: c.id });
    expect(now).toMatchObject({ intakeReason: 'Erste Fassung', version: first.version, phase: 'klaerung' });
  });

  it('person: a stale version is refused and the name keys stay', async () => {
    const p = c.persons[0] as PersonView;
    const first = await o.must<PersonView>('fm1', 'persons.update', { id: p.id, version: p.version, patch: { phone: '0200 1' } });
    const err = failure(await o.as('fm1', 'persons.update', { id: p.id, version: p.version, patch: { familyName: 'Andere' } }), 'CONFLICT');
    expect(err.details).toEqual({ currentVersion: first.version });
    expect(await o.must<PersonView>('fm1', 'persons.get', { id: p.id })).toMatchObject({ familyName: 'Kovalenko', phone: '0200 1' });
    const hits = await o.must<{ entityId: string }[]>('fm1', 'search.global', { query: 'Andere' });
    expect(hits).toEqual([]);
  });

  it('note, goal and follow-up: stale versions are refused', async () => {
    const n = await o.must<NoteView>('fm1', 'notes.create', { caseId: c.id, text: 'Erstgespräch' });
    await o.must('fm1', 'notes.update', { id: n.id, version: n.version, text: 'Erstgespräch, korrigiert' });
    expect(failure(await o.as('fm1', 'notes.update', { id: n.id, version: n.version, text: 'Überschrieben' }), 'CONFLICT').details).toEqual({ currentVersion: 1 });
    expect(await o.must('fm1', 'notes.history', { id: n.id })).toHaveLength(1);

    const g = await o.must<GoalView>('fm1', 'goals.save', { caseId: c.id, domain: 'arbeit', description: 'Arbeit finden' });
    await o.must('fm1', 'goals.save', { id: g.id, version: g.version, caseId: c.id, domain: 'arbeit', description: 'Arbeit finden', status: 'in_arbeit' });
    expect(failure(await o.as('fm1', 'goals.save', { id: g.id, version: g.version, caseId: c.id, domain: 'arbeit', description: 'Weg', status: 'verworfen' }), 'CONFLICT').details).toEqual({ currentVersion: 1 });

    const f = await o.must<FollowUpView>('fm1', 'followups.create', { caseId: c.id, dueOn: '2026-03-12', note: 'Rückruf' });
    await o.must('fm1', 'followups.complete', { id: f.id, version: f.version });
    expect(failure(await o.as('fm1', 'followups.complete', { id: f.id, version: f.version }), 'CONFLICT').details).toEqual({ currentVersion: 1 });
  });
});
