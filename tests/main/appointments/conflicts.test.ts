import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveResult } from '../../../src-main/contract/channels/calendar';
import { createCase } from '../helpers/case-fixtures';
import { type CalendarOffice, appointmentCount, at, book, check, draft, openCalendarOffice, trySave } from './calendar-fixtures';

let o: CalendarOffice;
let fm: string;
let fm2: string;

beforeAll(async () => {
  o = await openCalendarOffice();
  fm = o.staff.userIds.fm;
  fm2 = o.staff.userIds.fm2;
});
afterAll(() => o.cleanup());

describe('double bookings', () => {
  it('finds staff, room and client conflicts and needs a confirmation to save', async () => {
    const c = await createCase(o, 'fm', { coManagers: [fm2] });
    const client = c.personIds[0] as string;
    const first = await book(o, 'fm', { appointment: draft(fm, '2026-05-04', { title: 'Erster', room: 'Raum 1.12', caseId: c.caseId, personIds: [client] }) });

    const staff = await check(o, 'fm', { appointment: draft(fm, '2026-05-04', at('2026-05-04', '10:30', '11:30')) });
    expect(staff.conflicts.map((x) => [x.kind, x.appointmentId, x.title])).toEqual([['staff', first.appointmentId, 'Erster']]);

    const room = await check(o, 'fm2', { appointment: draft(fm2, '2026-05-04', { room: ' raum 1.12 ' }) });
    expect(room.conflicts.map((x) => [x.kind, x.shared])).toEqual([['room', ['Raum 1.12']]]);

    const person = await check(o, 'fm2', { appointment: draft(fm2, '2026-05-04', { caseId: c.caseId, personIds: [client] }) });
    expect(person.conflicts.map((x) => x.kind)).toEqual(['client']);
    expect(person.conflicts[0]?.shared).toEqual([expect.stringMatching(/^Vorname0 Testperson\d+$/)]);

    const back2back = await check(o, 'fm', { appointment: draft(fm, '2026-05-04', at('2026-05-04', '11:00', '12:00')) });
    expect(back2back.conflictTotal).toBe(0);

    const before = appointmentCount(o);
    const refused = await trySave(o, 'fm', { appointment: draft(fm, '2026-05-04', at('2026-05-04', '10:30', '11:30')) });
    expect(refused.ok && refused.value.status).toBe('needsConfirmation');
    expect(appointmentCount(o)).toBe(before);
    const saved = await trySave(o, 'fm', { appointment: draft(fm, '2026-05-04', at('2026-05-04', '10:30', '11:30')), confirmConflicts: true });
    expect(saved.ok && saved.value.status).toBe('saved');
    expect(appointmentCount(o)).toBe(before + 1);
  });

  it('hides the title of a conflicting appointment the caller may not see', async () => {
    await book(o, 'fm2', { appointment: draft(fm2, '2026-05-05', { title: 'Geheim', room: 'Saal' }) });
    const r = await check(o, 'fm', { appointment: draft(fm, '2026-05-05', { room: 'Saal' }) });
    expect(r.conflicts.map((x) => [x.kind, x.title])).toEqual([['room', null]]);
  });

  it('checks against every occurrence of existing series, and a new series against existing singles', async () => {
    await book(o, 'fm', { appointment: draft(fm, '2026-05-11', { title: 'Serie', recurrence: { freq: 'weekly', interval: 1, weekdays: [1], count: 8 } }) });
    const late = await check(o, 'fm', { appointment: draft(fm, '2026-06-22', at('2026-06-22', '10:15', '10:45')) });
    expect(late.conflicts.map((x) => x.title)).toEqual(['Serie']);
    const after = await check(o, 'fm', { appointment: draft(fm, '2026-07-06') });
    expect(after.conflictTotal).toBe(0);

    await book(o, 'fm2', { appointment: draft(fm2, '2026-08-19', { title: 'Einzeltermin' }) });
    const series = await check(o, 'fm2', { appointment: draft(fm2, '2026-07-01', { recurrence: { freq: 'weekly', interval: 1, weekdays: [3], count: 10 } }) });
    expect(series.conflicts.map((x) => [x.title, x.occurrenceDate])).toEqual([['Einzeltermin', '2026-08-19']]);
  });

  it('cancelled appointments occupy nothing', async () => {
    const a = await book(o, 'fm', { appointment: draft(fm, '2026-05-20', { title: 'Abgesagt' }) });
    await o.must('appointments.cancel', { id: a.appointmentId, version: a.version, reason: 'krank' }, 'fm');
    expect((await check(o, 'fm', { appointment: draft(fm, '2026-05-20') })).conflictTotal).toBe(0);
  });
});

describe('office days', () => {
  it('warns outside the staff member\'s office days and needs its own confirmation', async () => {
    const list = await o.must<{ staffId: string; version: number }[]>('availability.list', { staffIds: [fm2] }, 'fm2');
    await o.must('availability.save', {
      staffId: fm2, version: list[0]?.version ?? 0,
      slots: [{ weekday: 2, from: '08:30', to: '16:00', place: 'Rathaus' }, { weekday: 4, from: '08:30', to: '16:00', place: 'Rathaus' }],
    }, 'fm2');
    const inside = await check(o, 'fm2', { appointment: draft(fm2, '2026-09-08', at('2026-09-08', '09:00', '10:00')) });
    expect(inside.outsideAvailability).toEqual([]);
    const outside = await check(o, 'fm2', { appointment: draft(fm2, '2026-09-09', at('2026-09-09', '09:00', '10:00')) });
    expect(outside.outsideAvailability).toMatchObject([{ staffId: fm2, dates: ['2026-09-09'], total: 1 }]);
    const late = await check(o, 'fm2', { appointment: draft(fm2, '2026-09-08', at('2026-09-08', '15:30', '16:30')) });
    expect(late.outsideAvailability).toHaveLength(1);

    const r = await trySave(o, 'fm2', { appointment: draft(fm2, '2026-09-09', at('2026-09-09', '09:00', '10:00')), confirmConflicts: true });
    expect(r.ok && r.value.status).toBe('needsConfirmation');
    const ok = await o.must<SaveResult>('appointments.save', { appointment: draft(fm2, '2026-09-09', at('2026-09-09', '09:00', '10:00')), confirmOutsideAvailability: true }, 'fm2');
    expect(ok.status).toBe('saved');

    const shading = await o.must<{ availability: { place: string; startUtc: string }[] }>('appointments.range', { from: '2026-09-07', to: '2026-09-14' }, 'fm2');
    expect(shading.availability.map((b) => [b.place, b.startUtc])).toEqual([
      ['Rathaus', '2026-09-08T06:30:00Z'],
      ['Rathaus', '2026-09-10T06:30:00Z'],
    ]);
  });

  it('lets case managers keep only their own office days and refuses a stale version', async () => {
    const forbidden = await o.call('availability.save', { staffId: fm, version: 0, slots: [] }, 'fm2');
    expect(!forbidden.ok && forbidden.error.code).toBe('FORBIDDEN');
    const stale = await o.call('availability.save', { staffId: fm2, version: 0, slots: [] }, 'fm2');
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    const byLead = await o.call('availability.save', { staffId: fm, version: 0, slots: [{ weekday: 1, from: '09:00', to: '12:00', place: 'Bürgerbüro' }] }, 'tl');
    expect(byLead.ok).toBe(true);
    const badSlot = await o.call('availability.save', { staffId: fm, version: 1, slots: [{ weekday: 1, from: '12:00', to: '09:00', place: 'X' }] }, 'fm');
    expect(!badSlot.ok && badSlot.error.message).toBe('Das Ende der Anwesenheit muss nach dem Beginn liegen.');
  });
});
