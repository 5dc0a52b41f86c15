import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import type { TodayOverview } from '../../../src-main/contract/channels/today';
import { openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
let family: CaseView;
beforeAll(async () => {
  o = await openCaseOffice(); // today is 2026-03-10 (Berlin)
  family = await openCase(o, [
    { person: person('Saleh', 'Mona', { residenceDocumentType: 'Aufenthaltserlaubnis', residenceExpiresOn: '2026-05-05' }), relation: 'elternteil' }, // +56 days
    { person: person('Saleh', 'Karim', { residenceExpiresOn: '2026-05-06' }), relation: 'elternteil' }, // +57 days
    { person: person('Saleh', 'Nour', { residenceExpiresOn: '2026-03-01' }), relation: 'kind' }, // expired
  ]);
  await openCase(o, [{ person: person('Fremd', 'Fritz', { residenceExpiresOn: '2026-03-20' }) }], {}, 'fm2');
});
afterAll(() => o?.office.cleanup());

const overview = (who: 'fm1' | 'fm2' = 'fm1') => o.must<TodayOverview>(who, 'today.overview');

describe('Heute', () => {
  it('lists residence documents expiring within the lead time (8 weeks by default), expired ones first', async () => {
    const t = await overview();
    expect(t.date).toBe('2026-03-10');
    expect(t.reminderWeeks).toBe(8);
    expect(t.residenceExpiries.map((r) => [r.givenNames, r.expiresOn, r.daysLeft, r.caseNumber])).toEqual([
      ['Nour', '2026-03-01', -9, family.caseNumber],
      ['Mona', '2026-05-05', 56, family.caseNumber],
    ]);
    expect(t.residenceExpiries[1]?.documentType).toBe('Aufenthaltserlaubnis');
  });

  it('follows the lead-time setting and the date boundary', async () => {
    await o.updateSettings({ residenceReminderWeeks: 9 });
    expect((await overview()).residenceExpiries.map((r) => r.givenNames)).toEqual(['Nour', 'Mona', 'Karim']);
    await o.updateSettings({ residenceReminderWeeks: 1 });
    expect((await overview()).residenceExpiries.map((r) => r.givenNames)).toEqual(['Nour']);
    expect((await overview('fm2')).residenceExpiries.map((r) => r.givenNames)).toEqual([]);
    await o.updateSettings({ residenceReminderWeeks: 2 });
    expect((await overview('fm2')).residenceExpiries.map((r) => r.givenNames)).toEqual(['Fritz']);
    await o.updateSettings({ residenceReminderWeeks: 8 });
    o.clock.set('2026-03-11T09:00:00Z');
    expect((await overview()).residenceExpiries.map((r) => [r.givenNames, r.daysLeft])).toEqual([
      ['Nour', -10],
      ['Mona', 55],
      ['Karim', 56],
    ]);
    o.clock.set('2026-03-10T09:00:00Z');
  });

  it('refuses a lead time outside 1–52 weeks', async () => {
    expect((await o.office.call('settings.update', { residenceReminderWeeks: 0 })).ok).toBe(false);
    expect((await o.office.call('settings.update', { residenceReminderWeeks: 53 })).ok).toBe(false);
  });

  it('shows the user’s overdue and today’s open follow-ups, not done ones or others’', async () => {
    const add = (dueOn: string, note: string) => o.must<{ id: string; version: number }>('fm1', 'followups.create', { caseId: family.id, dueOn, note });
    await add('2026-03-09', 'Gestern fällig');
    await add('2026-03-10', 'Heute fällig');
    await add('2026-03-11', 'Morgen fällig');
    const done = await add('2026-03-10', 'Schon erledigt');
    await o.must('fm1', 'followups.complete', { id: done.id, version: done.version });
    const t = await overview();
    expect(t.followUpsOverdue.map((f) => f.note)).toEqual(['Gestern fällig']);
    expect(t.followUpsToday.map((f) => f.note)).toEqual(['Heute fällig']);
    expect(t.followUpsToday[0]).toMatchObject({ caseNumber: family.caseNumber, ownerUserId: o.userIds.fm1 });
    expect((await overview('fm2')).followUpsToday).toEqual([]);
  });

  it('lists the user’s most recently changed cases', async () => {
    const later = await openCase(o, [{ person: person('Neu', 'Nina') }]);
    o.clock.set('2026-03-10T10:00:00Z');
    await o.must('fm1', 'notes.create', { caseId: family.id, text: 'Hausbesuch' });
    const recent = (await overview()).recentCases.map((c) => c.id);
    expect(recent.slice(0, 2)).toEqual([family.id, later.id]);
    expect((await overview('fm2')).recentCases.map((c) => c.id)).not.toContain(family.id);
  });
});
