import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentView, IcsPreview, RangeResult } from '../../../src-main/contract/channels/calendar';
import { createCase, officeWithStaff } from '../helpers/case-fixtures';
import { type CalendarOffice, appointmentCount, at, book, draft, expectError, openCalendarOffice } from './calendar-fixtures';

let o: CalendarOffice;
let fm: string;

beforeAll(async () => {
  o = await openCalendarOffice();
  fm = o.staff.userIds.fm;
});
afterAll(() => o.cleanup());

const exportRange = (office: CalendarOffice, client: string, more: Record<string, unknown> = {}) =>
  office.must<{ fileName: string; content: string }>('calendar.exportIcs', { from: '2026-03-01', to: '2026-06-01', ...more }, client);

/** What makes two appointments "the same" after a round trip. */
const essence = (a: AppointmentView) => ({
  title: a.title, type: a.type, status: a.status, startUtc: a.startUtc, endUtc: a.endUtc, allDay: a.allDay,
  recurrence: a.recurrence, exdates: a.exdates, location: a.location, note: a.note,
});

async function allIn(office: CalendarOffice, client: string): Promise<AppointmentView[]> {
  const r = await office.must<RangeResult>('appointments.range', { from: '2026-03-20', to: '2026-06-01' }, client);
  const ids = [...new Set(r.occurrences.map((x) => x.appointmentId))];
  const views = await Promise.all(ids.map((id) => office.must<AppointmentView>('appointments.get', { id }, client)));
  return views.sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.title.localeCompare(b.title));
}

describe('iCalendar', () => {
  it('exports with VTIMEZONE and without client names by default', async () => {
    const c = await createCase(o, 'fm');
    await book(o, 'fm', { appointment: draft(fm, '2026-03-10', { title: 'Beratung Familie', caseId: c.caseId, personIds: c.personIds, location: 'Musterweg 1' }) });
    const plain = await exportRange(o, 'fm');
    expect(plain.content).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(plain.content).toContain('SUMMARY:Beratungstermin');
    expect(plain.content).not.toMatch(/Testperson|Musterweg|Beratung Familie/);
    const named = await exportRange(o, 'fm', { includeClientNames: true });
    expect(named.content).toMatch(/SUMMARY:Beratung Familie – Vorname0 Testperson\d+/);
  });

  it('round trip: what is exported imports into another office as the same appointments', async () => {
    await book(o, 'fm', { appointment: draft(fm, '2026-04-01', { title: 'Team; intern', type: 'Intern', status: 'bestätigt', location: 'Raum 3, Rathaus', note: 'Zeile 1\nZeile 2' }) });
    await book(o, 'fm', { appointment: draft(fm, '2026-04-02', { title: 'Ganztägig', allDay: true, start: { date: '2026-04-02', time: '00:00' }, end: { date: '2026-04-03', time: '00:00' } }) });
    const s = await book(o, 'fm', {
      appointment: draft(fm, '2026-03-24', { title: 'Sprechstunde', type: 'Sprechstunde', recurrence: { freq: 'weekly', interval: 1, weekdays: [2, 4], until: '2026-04-30' } }),
    });
    const moved = await book(o, 'fm', {
      id: s.appointmentId, version: s.version, occurrenceDate: '2026-04-07', scope: 'this',
      appointment: { ...draft(fm, '2026-04-07', { title: 'Sprechstunde', type: 'Sprechstunde' }), ...at('2026-04-07', '13:00', '14:00') },
    });
    await o.must('appointments.cancel', { id: s.appointmentId, version: moved.version, occurrenceDate: '2026-03-26', scope: 'this', reason: 'Feiertag' }, 'fm');

    // From 20 March on: the case appointment above is not part of this file.
    const file = await exportRange(o, 'fm', { from: '2026-03-20', includeClientDetails: true });
    const source = await allIn(o, 'fm');

    const other = await officeWithStaff();
    try {
      const preview = await other.must<IcsPreview>('calendar.importIcsPreview', { content: file.content }, 'fm');
      expect(preview.importable).toBe(source.length);
      const done = await other.must<{ imported: number }>('calendar.importIcs', { content: file.content }, 'fm');
      expect(done.imported).toBe(source.length);
      const imported = await allIn(other, 'fm');
      expect(imported.map(essence)).toEqual(source.map(essence));
      // Importing the same file again adds nothing: the UIDs are known.
      const again = await other.must<IcsPreview>('calendar.importIcsPreview', { content: file.content }, 'fm');
      expect(again.importable).toBe(0);
      expect(again.events.every((e) => e.duplicate || !e.importable)).toBe(true);
    } finally {
      other.cleanup();
    }
  });

  it('refuses a malformed file with its line and imports nothing of it', async () => {
    const good = (await exportRange(o, 'fm', { includeClientDetails: true })).content;
    const broken = good.replace('END:VEVENT\r\n', 'END:VEVENTX\r\n');
    const before = appointmentCount(o);
    const e = expectError(await o.call('calendar.importIcs', { content: broken }, 'fm'), 'VALIDATION');
    expect(e.message).toMatch(/Zeile \d+/);
    expectError(await o.call('calendar.importIcsPreview', { content: 'Hallo Welt' }, 'fm'), 'VALIDATION');
    expect(appointmentCount(o)).toBe(before);
  });

  it('refuses a huge file as too large', async () => {
    const event = 'BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\nSUMMARY:' + 'x'.repeat(60) + '\r\nEND:VEVENT\r\n';
    const huge = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${event.repeat(60_000)}END:VCALENDAR\r\n`;
    const before = appointmentCount(o);
    const e = expectError(await o.call('calendar.importIcs', { content: huge }, 'fm'), 'TOO_LARGE');
    expect(e.message).toMatch(/zu groß|zu viele/);
    expect(appointmentCount(o)).toBe(before);
  });
});
