import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import type { HouseholdView } from '../../../src-main/contract/channels/households';
import type { NoteRevisionView, NoteView } from '../../../src-main/contract/channels/notes';
import type { PersonView } from '../../../src-main/contract/channels/persons';
import type { GoalView, MeasureView, PlanView } from '../../../src-main/contract/channels/plan';
import type { TimelineEntry } from '../../../src-main/contract/channels/timeline';
import { failure, openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
beforeAll(async () => {
  o = await openCaseOffice();
});
afterAll(() => o?.office.cleanup());

describe('families and households', () => {
  it('opens a family case with a household, relations and children’s needs', async () => {
    const c = await openCase(o, [
      { person: person('Nasser', 'Layla', { birthYear: 1988 }), relation: 'elternteil' },
      { person: person('Nasser', 'Adam', { birthDate: '2019-05-02', childNeeds: { kita: { status: 'gesucht' }, uUntersuchungen: { last: 'U9' } } }), relation: 'kind' },
    ]);
    expect(c.household?.label).toBe('Nasser');
    expect(c.household?.members.map((m) => [m.givenNames, m.householdRelation])).toEqual([
      ['Layla', 'elternteil'],
      ['Adam', 'kind'],
    ]);
    const adam = c.persons.find((p) => p.givenNames === 'Adam');
    expect(adam).toMatchObject({ birthYear: 2019, childNeeds: { kita: { status: 'gesucht' }, uUntersuchungen: { last: 'U9' } } });
  });

  it('turns a one-person case into a family when a person is added', async () => {
    const c = await openCase(o, [{ person: person('Rahimi', 'Zahra') }]);
    expect(c.household).toBeNull();
    const child = await o.must<PersonView>('fm1', 'persons.create', { caseId: c.id, relation: 'kind', person: person('Rahimi', 'Ali', { birthYear: 2016 }) });
    const after = await o.must<CaseView>('fm1', 'cases.get', { id: c.id });
    expect(after.household?.members.map((m) => m.givenNames)).toEqual(['Zahra', 'Ali']);
    expect(after.persons.map((p) => p.id)).toContain(child.id);
    expect(failure(await o.as('fm1', 'households.create', { caseId: c.id, label: 'Zweiter', primaryRelation: 'elternteil' }), 'CONFLICT').message).toBe('Dieser Fall hat bereits einen Haushalt.');
    const h = await o.must<HouseholdView>('fm1', 'households.update', { id: after.household?.id, version: after.household?.version, label: 'Familie Rahimi', postalCode: '12345' });
    expect(h).toMatchObject({ label: 'Familie Rahimi', postalCode: '12345', version: 1 });
  });

  it('adds an existing person found by the duplicate check to a household', async () => {
    const parent = await openCase(o, [{ person: person('Sadeghi', 'Reza') }]);
    const h = await o.must<HouseholdView>('fm1', 'households.create', { caseId: parent.id, label: 'Sadeghi', primaryRelation: 'elternteil' });
    const other = await openCase(o, [{ person: person('Sadeghi', 'Mina') }]);
    const added = await o.must<HouseholdView>('fm1', 'households.addMember', { householdId: h.id, personId: other.persons[0]?.id, relation: 'ehepartner' });
    expect(added.members.map((m) => [m.givenNames, m.householdRelation])).toEqual([
      ['Reza', 'elternteil'],
      ['Mina', 'ehepartner'],
    ]);
    const foreign = await openCase(o, [{ person: person('Sadeghi', 'Fremd') }], {}, 'fm2');
    failure(await o.as('fm1', 'households.addMember', { householdId: h.id, personId: foreign.persons[0]?.id, relation: 'kind' }), 'FORBIDDEN');
  });
});

describe('notes, plan, follow-ups and the timeline', () => {
  it('keeps every earlier text of an edited note and marks it as edited', async () => {
    const c = await openCase(o, [{ person: person('Tkachenko', 'Iryna') }]);
    const n = await o.must<NoteView>('fm1', 'notes.create', { caseId: c.id, text: 'Erste Fassung', notedOn: '2026-03-09' });
    expect(n).toMatchObject({ edited: false, notedOn: '2026-03-09', authorName: 'Fiona Fall (synthetisch)' });
    o.clock.set('2026-03-10T10:00:00Z');
    const n2 = await o.must<NoteView>('fm1', 'notes.update', { id: n.id, version: n.version, text: 'Zweite Fassung' });
    o.clock.set('2026-03-10T11:00:00Z');
    const n3 = await o.must<NoteView>('fm1', 'notes.update', { id: n.id, version: n2.version, text: 'Dritte Fassung' });
    expect(n3).toMatchObject({ edited: true, text: 'Dritte Fassung', version: 2 });
    const history = await o.must<NoteRevisionView[]>('fm1', 'notes.history', { id: n.id });
    expect(history.map((h) => [h.text, h.replacedAt])).toEqual([
      ['Zweite Fassung', '2026-03-10T11:00:00.000Z'],
      ['Erste Fassung', '2026-03-10T10:00:00.000Z'],
    ]);
    expect((await o.must<NoteRevisionView[]>('tl', 'notes.history', { id: n.id })).length).toBe(2);
    expect(failure(await o.as('fm1', 'notes.create', { caseId: c.id, text: 'Zukunft', notedOn: '2026-03-11' }), 'VALIDATION').details).toEqual({ issues: [{ path: 'notedOn', code: 'future_date' }] });
    o.clock.set('2026-03-10T09:00:00Z');
  });

  it('saves goals with measures (with a partner id) and assessments per life domain', async () => {
    const c = await openCase(o, [{ person: person('Bakr', 'Huda') }]);
    const db = o.office.core.office.database();
    db.raw.prepare("INSERT INTO partners (id, name, kind) VALUES ('p-1', 'Sprachschule (synthetisch)', 'sprachkurstraeger')").run();
    await o.must('fm1', 'assessments.save', { caseId: c.id, domain: 'sprache', rating: 'unterstuetzung', assessedOn: '2026-03-05', situation: 'A1', needs: 'B1-Kurs', personId: c.primaryPerson.id });
    const g = await o.must<GoalView>('fm1', 'goals.save', { caseId: c.id, domain: 'sprache', description: 'B1 erreichen', dueOn: '2026-12-31', responsible: 'Frau Bakr' });
    const m = await o.must<MeasureView>('fm1', 'measures.save', { goalId: g.id, description: 'Integrationskurs', partnerId: 'p-1' });
    expect(m).toMatchObject({ partnerName: 'Sprachschule (synthetisch)', status: 'geplant' });
    await o.must('fm1', 'measures.save', { id: m.id, version: m.version, goalId: g.id, description: 'Integrationskurs', partnerId: 'p-1', status: 'laufend' });
    expect(failure(await o.as('fm1', 'measures.save', { goalId: g.id, description: 'x', partnerId: 'gibt-es-nicht' }), 'VALIDATION').details).toEqual({ issues: [{ path: 'partnerId', code: 'unknown_partner' }] });
    const other = await openCase(o, [{ person: person('Fremd', 'Frida') }]);
    expect(failure(await o.as('fm1', 'goals.save', { caseId: c.id, domain: 'arbeit', description: 'x', personId: other.primaryPerson.id }), 'VALIDATION').details).toEqual({ issues: [{ path: 'personId', code: 'not_in_case' }] });
    const plan = await o.must<PlanView>('fm1', 'plan.get', { caseId: c.id });
    expect(plan.assessments.map((a) => [a.domain, a.rating, a.personId])).toEqual([['sprache', 'unterstuetzung', c.primaryPerson.id]]);
    expect(plan.goals.map((x) => [x.description, x.measures.map((y) => [y.description, y.status])])).toEqual([['B1 erreichen', [['Integrationskurs', 'laufend']]]]);
  });

  it('lists every kind of event in the timeline, newest first, filterable by kind', async () => {
    const c = await openCase(o, [{ person: person('Ortiz', 'Lucia') }], { consentRecorded: true });
    o.clock.set('2026-03-10T10:00:00Z');
    const f = await o.must<{ id: string; version: number }>('fm1', 'followups.create', { caseId: c.id, dueOn: '2026-03-12', note: 'Unterlagen nachreichen' });
    o.clock.set('2026-03-10T11:00:00Z');
    await o.must('fm1', 'followups.complete', { id: f.id, version: f.version });
    await o.must('fm1', 'notes.create', { caseId: c.id, text: 'Telefonat', notedOn: '2026-03-08' });
    await o.must('fm1', 'assessments.save', { caseId: c.id, domain: 'gesundheit', rating: 'stabil', assessedOn: '2026-03-09' });
    o.clock.set('2026-03-10T12:00:00Z');
    await o.must('fm1', 'goals.save', { caseId: c.id, domain: 'gesundheit', description: 'Hausarzt finden' });
    const all = await o.must<TimelineEntry[]>('fm1', 'timeline.get', { caseId: c.id });
    expect(all.map((e) => `${e.kind}:${e.event}`)).toEqual([
      'goal:created',
      'followup:done',
      'followup:created',
      'phase:transition',
      'assessment:assessed',
      'note:created',
    ]);
    expect(all.find((e) => e.kind === 'followup' && e.event === 'done')).toMatchObject({ at: '2026-03-10T11:00:00.000Z', details: { doneOn: '2026-03-10' } });
    const onlyNotes = await o.must<TimelineEntry[]>('fm1', 'timeline.get', { caseId: c.id, kinds: ['note', 'unbekannt'] });
    expect(onlyNotes.map((e) => e.summary)).toEqual(['Telefonat']);
    o.clock.set('2026-03-10T09:00:00Z');
  });
});
