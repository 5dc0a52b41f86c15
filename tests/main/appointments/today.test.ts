import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodayOverview } from '../../../src-main/contract/channels/today';
import { berlinToday } from '../../../src-main/core/cases/service-context';
import { createCase } from '../helpers/case-fixtures';
import { type CalendarOffice, book, draft, openCalendarOffice } from './calendar-fixtures';

let o: CalendarOffice;

beforeAll(async () => {
  o = await openCalendarOffice();
});
afterAll(() => o.cleanup());

describe('Heute', () => {
  it('lists the caller\'s appointments of today with their case, not a colleague\'s', async () => {
    const today = berlinToday(new Date(o.core.now()));
    const c = await createCase(o, 'fm');
    const allDay = { allDay: true, start: { date: today, time: '00:00' }, end: { date: today, time: '00:00' } };
    await book(o, 'fm', { appointment: draft(o.staff.userIds.fm, today, { title: 'Heute beim Fall', caseId: c.caseId, ...allDay }) });
    await book(o, 'fm2', { appointment: draft(o.staff.userIds.fm2, today, { title: 'Kollegin', ...allDay }) });
    const mine = await o.must<TodayOverview>('today.overview', {}, 'fm');
    expect(mine.appointmentsToday.map((a) => [a.title, a.caseId])).toEqual([['Heute beim Fall', c.caseId]]);
    expect(mine.appointmentsToday[0]?.caseNumber).toMatch(/^\d{4}-\d{5}$/);
  });
});
