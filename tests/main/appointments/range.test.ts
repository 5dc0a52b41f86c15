import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAppointment } from '../../../src-main/core/appointments/appointments-repo';
import { inTransaction } from '../../../src-main/core/db/open-encrypted';
import { type CalendarOffice, at, berlin, book, draft, expectError, openCalendarOffice, range } from './calendar-fixtures';

let o: CalendarOffice;
let fm: string;

beforeAll(async () => {
  o = await openCalendarOffice();
  fm = o.staff.userIds.fm;
});
afterAll(() => o.cleanup());

describe('appointments.range', () => {
  it('expands a weekly series inside the range and leaves out excluded dates', async () => {
    const series = await book(o, 'fm', {
      appointment: draft(fm, '2026-02-03', { title: 'Wöchentlich', recurrence: { freq: 'weekly', interval: 1, weekdays: [2], count: 10 } }),
    });
    // Cancel one occurrence as "nur dieser": it stays visible as its own, cancelled appointment.
    await o.must('appointments.cancel', { id: series.appointmentId, version: series.version, occurrenceDate: '2026-02-17', scope: 'this', reason: 'Urlaub' }, 'fm');
    const r = await range(o, 'fm', '2026-02-09', '2026-03-02');
    const mine = r.occurrences.filter((x) => x.title === 'Wöchentlich');
    expect(mine.map((x) => [berlin(x.startUtc), x.status, x.isSeries])).toEqual([
      ['2026-02-10 10:00', 'geplant', true],
      ['2026-02-17 10:00', 'abgesagt', false],
      ['2026-02-24 10:00', 'geplant', true],
    ]);
    expect(mine[1]?.cancelReason).toBe('Urlaub');
    expect(new Set(r.occurrences.map((x) => x.key)).size).toBe(r.occurrences.length);
  });

  it('shows an every-2-weeks series only in its weeks and a monthly one on the right weekday', async () => {
    await book(o, 'fm', {
      appointment: draft(fm, '2026-04-06', { title: 'Zweiwöchentlich', ...at('2026-04-06', '08:00', '08:30'), recurrence: { freq: 'weekly', interval: 2, weekdays: [1], until: '2026-05-31' } }),
    });
    await book(o, 'fm', {
      appointment: draft(fm, '2026-04-14', { title: 'Monatlich', ...at('2026-04-14', '14:00', '15:00'), recurrence: { freq: 'monthly', interval: 1, weekday: 2, weekOfMonth: 2, count: 3 } }),
    });
    const r = await range(o, 'fm', '2026-04-01', '2026-07-01');
    const dates = (title: string) => r.occurrences.filter((x) => x.title === title).map((x) => x.occurrenceDate);
    expect(dates('Zweiwöchentlich')).toEqual(['2026-04-06', '2026-04-20', '2026-05-04', '2026-05-18']);
    expect(dates('Monatlich')).toEqual(['2026-04-14', '2026-05-12', '2026-06-09']);
  });

  it('refuses a reversed or overlong range', async () => {
    expectError(await o.call('appointments.range', { from: '2026-03-10', to: '2026-03-01' }, 'fm'), 'VALIDATION');
    expectError(await o.call('appointments.range', { from: '2026-01-01', to: '2026-12-31' }, 'fm'), 'VALIDATION');
  });

  it('answers a team month with 2,000 appointments quickly', async () => {
    const db = o.core.office.database();
    const staff = [o.staff.userIds.fm, o.staff.userIds.fm2, o.staff.userIds.tl];
    inTransaction(db, () => {
      for (let i = 0; i < 2_000; i++) {
        const day = 1 + (i % 28);
        const hour = 7 + (i % 10);
        const start = `2026-09-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
        const end = `2026-09-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:45:00Z`;
        insertAppointment(
          db,
          {
            title: `Last ${i}`, type: 'Beratung', status: 'geplant', cancelReason: null, startUtc: start, endUtc: end, allDay: false,
            timeZone: 'Europe/Berlin', rule: null, seriesTime: null, exdates: '[]', overrides: '[]', spanStartUtc: start, spanEndUtc: end,
            seriesId: null, occurrenceDate: null, placeKind: 'buero', location: null, room: null, roomKey: null, caseId: null,
            interpreterNeeded: false, interpreterLanguage: null, note: null,
          },
          { staffIds: [staff[i % 3] as string], personIds: [] },
          { createdBy: staff[i % 3] as string, at: new Date() },
        );
      }
    });
    const started = performance.now();
    const r = await range(o, 'tl', '2026-08-31', '2026-10-05', { scope: 'team' });
    const elapsed = performance.now() - started;
    expect(r.occurrences.filter((x) => x.title.startsWith('Last ')).length).toBe(2_000);
    expect(elapsed).toBeLessThan(1_000);
  });
});
