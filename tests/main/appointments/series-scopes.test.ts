import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentView, SaveResult } from '../../../src-main/contract/channels/calendar';
import { type CalendarOffice, at, berlin, book, draft, expectError, openCalendarOffice, range } from './calendar-fixtures';

// "Nur dieser Termin / dieser und alle folgenden / alle" through the API, as the dialog sends them.

let o: CalendarOffice;
let fm: string;

beforeAll(async () => {
  o = await openCalendarOffice();
  fm = o.staff.userIds.fm;
});
afterAll(() => o.cleanup());

const weekly = (title: string, date: string) =>
  draft(fm, date, { title, recurrence: { freq: 'weekly', interval: 1, weekdays: [3], count: 6 } });

async function occurrences(title: string, from = '2026-06-01', to = '2026-08-01') {
  const r = await range(o, 'fm', from, to);
  return r.occurrences.filter((x) => x.title.startsWith(title)).map((x) => `${berlin(x.startUtc)} ${x.title}`);
}

describe('series edits', () => {
  it('"nur dieser Termin": a time change moves one occurrence, the series stays one appointment', async () => {
    const s = await book(o, 'fm', { appointment: weekly('A', '2026-06-03') });
    const moved = await book(o, 'fm', {
      id: s.appointmentId, version: s.version, occurrenceDate: '2026-06-17', scope: 'this',
      appointment: { ...weekly('A', '2026-06-03'), ...at('2026-06-18', '15:00', '16:00') },
    });
    expect(moved.appointmentId).toBe(s.appointmentId);
    expect(await occurrences('A')).toEqual([
      '2026-06-03 10:00 A', '2026-06-10 10:00 A', '2026-06-18 15:00 A', '2026-06-24 10:00 A', '2026-07-01 10:00 A', '2026-07-08 10:00 A',
    ]);
  });

  it('"nur dieser Termin": another title takes the occurrence out as its own appointment', async () => {
    const s = await book(o, 'fm', { appointment: weekly('B', '2026-06-03') });
    const single = await book(o, 'fm', {
      id: s.appointmentId, version: s.version, occurrenceDate: '2026-06-10', scope: 'this',
      appointment: { ...weekly('B anders', '2026-06-10') },
    });
    expect(single.appointmentId).not.toBe(s.appointmentId);
    expect(single.seriesId).toBe(s.appointmentId);
    expect(single.recurrence).toBeNull();
    expect(await occurrences('B')).toEqual([
      '2026-06-03 10:00 B', '2026-06-10 10:00 B anders', '2026-06-17 10:00 B', '2026-06-24 10:00 B', '2026-07-01 10:00 B', '2026-07-08 10:00 B',
    ]);
  });

  it('"dieser und alle folgenden": splits the series, the count is shared', async () => {
    const s = await book(o, 'fm', { appointment: weekly('C', '2026-06-03') });
    const after = await book(o, 'fm', {
      id: s.appointmentId, version: s.version, occurrenceDate: '2026-06-24', scope: 'following',
      appointment: { ...weekly('C neu', '2026-06-24'), ...at('2026-06-24', '12:00', '13:00') },
    });
    expect(after.appointmentId).not.toBe(s.appointmentId);
    expect(after.recurrence?.count).toBe(3);
    const old = await o.must<AppointmentView>('appointments.get', { id: s.appointmentId }, 'fm');
    expect(old.recurrence?.count).toBe(3);
    expect(await occurrences('C')).toEqual([
      '2026-06-03 10:00 C', '2026-06-10 10:00 C', '2026-06-17 10:00 C', '2026-06-24 12:00 C neu', '2026-07-01 12:00 C neu', '2026-07-08 12:00 C neu',
    ]);
  });

  it('"alle Termine": a new time from any occurrence applies to the whole series, moved ones stay', async () => {
    const s = await book(o, 'fm', { appointment: weekly('D', '2026-06-03') });
    const m = await o.must<SaveResult>('appointments.move', {
      id: s.appointmentId, version: s.version, occurrenceDate: '2026-06-10', scope: 'this',
      startUtc: '2026-06-10T06:00:00Z', endUtc: '2026-06-10T07:00:00Z',
    }, 'fm');
    if (m.status !== 'saved') throw new Error('not saved');
    const all = await book(o, 'fm', {
      id: s.appointmentId, version: m.appointment.version, occurrenceDate: '2026-06-17', scope: 'all',
      appointment: { ...weekly('D', '2026-06-17'), ...at('2026-06-17', '09:00', '09:30') },
    });
    expect(all.start).toEqual({ date: '2026-06-03', time: '09:00' });
    expect(await occurrences('D')).toEqual([
      '2026-06-03 09:00 D', '2026-06-10 08:00 D', '2026-06-17 09:00 D', '2026-06-24 09:00 D', '2026-07-01 09:00 D', '2026-07-08 09:00 D',
    ]);
  });

  it('refuses a stale version and an occurrence date that is not in the series', async () => {
    const s = await book(o, 'fm', { appointment: weekly('E', '2026-06-03') });
    await book(o, 'fm', { id: s.appointmentId, version: s.version, scope: 'all', appointment: { ...weekly('E2', '2026-06-03') } });
    expectError(await o.call('appointments.save', { id: s.appointmentId, version: s.version, scope: 'all', appointment: weekly('E3', '2026-06-03') }, 'fm'), 'CONFLICT');
    expectError(
      await o.call('appointments.save', { id: s.appointmentId, version: s.version + 1, occurrenceDate: '2026-06-04', scope: 'this', appointment: weekly('E3', '2026-06-04') }, 'fm'),
      'VALIDATION',
    );
  });

  it('cancels the whole series: every occurrence stays visible as cancelled, with the reason', async () => {
    const s = await book(o, 'fm', { appointment: weekly('F', '2026-06-03') });
    const c = await o.must<AppointmentView>('appointments.cancel', { id: s.appointmentId, version: s.version, scope: 'all', reason: 'Kurs fällt aus' }, 'fm');
    expect(c.status).toBe('abgesagt');
    const r = await range(o, 'fm', '2026-06-01', '2026-08-01');
    const f = r.occurrences.filter((x) => x.title === 'F');
    expect(f).toHaveLength(6);
    expect(f.every((x) => x.status === 'abgesagt' && x.cancelReason === 'Kurs fällt aus')).toBe(true);
  });

  it('refuses bad input with a German message and saves nothing', async () => {
    const bad = [
      draft(fm, '2026-06-05', at('2026-06-05', '11:00', '10:00')),
      draft(fm, '2026-06-05', at('2026-06-05', '10:00', '10:00')),
      draft(fm, '2026-06-05', { start: { date: '2026-06-05', time: '10:00' }, end: { date: '2026-06-06', time: '11:00' } }),
      draft(fm, '2026-06-05', { recurrence: { freq: 'weekly', interval: 1, weekdays: [5] } }),
      draft(fm, '2026-06-05', { status: 'abgesagt' }),
    ];
    const messages = [];
    for (const appointment of bad) messages.push(expectError(await o.call('appointments.save', { appointment }, 'fm'), 'VALIDATION').message);
    expect(messages).toEqual([
      'Das Ende muss nach dem Beginn liegen.',
      'Das Ende muss nach dem Beginn liegen.',
      'Ein Termin darf höchstens 24 Stunden dauern. Längere Termine bitte als ganztägig eintragen.',
      'Eine Serie braucht ein Enddatum oder eine Anzahl von Terminen.',
      'Bei einer Absage muss ein Grund angegeben werden.',
    ]);
    expect((await range(o, 'fm', '2026-06-05', '2026-06-07')).occurrences).toEqual([]);
  });
});
