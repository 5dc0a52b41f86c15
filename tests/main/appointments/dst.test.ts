import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentView } from '../../../src-main/contract/channels/calendar';
import { type CalendarOffice, at, berlin, book, draft, expectError, openCalendarOffice, range } from './calendar-fixtures';

// Both daylight-saving changes of 2026 (29 March, 25 October) through the API.

let o: CalendarOffice;
let fm: string;

beforeAll(async () => {
  o = await openCalendarOffice();
  fm = o.staff.userIds.fm;
});
afterAll(() => o.cleanup());

describe('daylight saving time', () => {
  it('a weekly 10:00 stays 10:00 local across both changes (its UTC time moves)', async () => {
    await book(o, 'fm', {
      appointment: draft(fm, '2026-03-23', { title: 'Wochentermin', recurrence: { freq: 'weekly', interval: 1, weekdays: [1], until: '2026-11-02' } }),
    });
    const r = await range(o, 'fm', '2026-03-23', '2026-04-07');
    const spring = r.occurrences.filter((x) => x.title === 'Wochentermin');
    expect(spring.map((x) => [x.startUtc, berlin(x.startUtc)])).toEqual([
      ['2026-03-23T09:00:00Z', '2026-03-23 10:00'],
      ['2026-03-30T08:00:00Z', '2026-03-30 10:00'],
      ['2026-04-06T08:00:00Z', '2026-04-06 10:00'],
    ]);
    const autumn = (await range(o, 'fm', '2026-10-19', '2026-11-03')).occurrences.filter((x) => x.title === 'Wochentermin');
    expect(autumn.map((x) => [x.startUtc, berlin(x.startUtc)])).toEqual([
      ['2026-10-19T08:00:00Z', '2026-10-19 10:00'],
      ['2026-10-26T09:00:00Z', '2026-10-26 10:00'],
      ['2026-11-02T09:00:00Z', '2026-11-02 10:00'],
    ]);
  });

  it('refuses the skipped hour in March with the German message, nothing saved', async () => {
    const r = await o.call('appointments.save', { appointment: draft(fm, '2026-03-29', at('2026-03-29', '02:30', '03:30')) }, 'fm');
    const e = expectError(r, 'VALIDATION');
    expect(e.message).toBe('Diese Uhrzeit gibt es am 29.03.2026 wegen der Zeitumstellung nicht.');
    expect(e.details).toMatchObject({ skipped: true, field: 'start' });
    expect((await range(o, 'fm', '2026-03-29', '2026-03-30')).occurrences).toEqual([]);
  });

  it('asks which 02:30 in October is meant, and books the one chosen', async () => {
    const ask = expectError(
      await o.call('appointments.save', { appointment: draft(fm, '2026-10-25', { title: 'Nacht', ...at('2026-10-25', '02:30', '04:00') }) }, 'fm'),
      'VALIDATION',
    );
    expect(ask.details).toMatchObject({ ambiguous: true, field: 'start', earlierUtc: '2026-10-25T00:30:00Z', laterUtc: '2026-10-25T01:30:00Z' });
    expect(ask.message).toContain('zweimal');

    const first = await book(o, 'fm', {
      appointment: draft(fm, '2026-10-25', { title: 'Nacht', start: { date: '2026-10-25', time: '02:30', fold: 'earlier' }, end: { date: '2026-10-25', time: '04:00' } }),
    });
    const second = await book(o, 'fm', {
      appointment: draft(fm, '2026-10-25', { title: 'Nacht', start: { date: '2026-10-25', time: '02:30', fold: 'later' }, end: { date: '2026-10-25', time: '04:00' } }),
    });
    expect([first.startUtc, second.startUtc]).toEqual(['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']);
    const back = await o.must<AppointmentView>('appointments.get', { id: second.appointmentId }, 'fm');
    expect(back.start).toEqual({ date: '2026-10-25', time: '02:30', fold: 'later' });
  });
});
