import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OccurrenceView } from '../../../src-main/contract/channels/calendar';
import { canSee } from '../../../src-main/core/appointments/appointment-access';
import { type AppointmentRow, insertAppointment, linksOf, seriesColumns } from '../../../src-main/core/appointments/appointments-repo';
import { spanOf } from '../../../src-main/core/appointments/draft-times';
import { occurrencesInRange } from '../../../src-main/core/appointments/occurrences';
import { rangeBounds, rowsOverlapping } from '../../../src-main/core/appointments/range-service';
import type { Series } from '../../../src-main/core/calendar/recurrence';
import { inTransaction } from '../../../src-main/core/db/open-encrypted';
import { insertCase } from '../helpers/case-fixtures';
import { type CalendarOffice, at, berlin, book, draft, openCalendarOffice, range } from './calendar-fixtures';

// The calendar views read lean rows (calendar-rows.ts) and look names up in batches. This checks
// them against the plain building blocks — whole rows, linksOf, one name per look-up — on a month
// with series across the October change, exceptions, moved and all-day occurrences, shared and
// case appointments: the same occurrences with the same fields, for the team and for one manager.

let o: CalendarOffice;
const MONTH = { from: '2026-10-12', to: '2026-11-23' };

function insertSeries(o: CalendarOffice, title: string, s: Series, staffIds: string[], personIds: string[], caseId: string | null) {
  const db = o.core.office.database();
  const span = spanOf({ ...s, series: s });
  inTransaction(db, () =>
    insertAppointment(
      db,
      {
        title, type: 'Beratung', status: 'geplant', cancelReason: null, startUtc: s.startUtc, endUtc: s.endUtc, allDay: s.allDay,
        timeZone: 'Europe/Berlin', ...seriesColumns(s, s.allDay ? null : berlin(s.startUtc).slice(11)), ...span,
        seriesId: null, occurrenceDate: null, placeKind: 'buero', location: null, room: 'Raum 2', roomKey: 'raum 2', caseId,
        interpreterNeeded: true, interpreterLanguage: 'Arabisch', note: 'nicht in der Ansicht',
      },
      { staffIds, personIds },
      { createdBy: staffIds[0] ?? o.staff.userIds.admin, at: new Date() },
    ),
  );
}

/** The view as the whole rows say it should be (`viewer`: whose visible rows; none = the team), one name look-up per id. */
function expectedViews(o: CalendarOffice, viewer?: string): Omit<OccurrenceView, 'canEdit'>[] {
  const db = o.core.office.database();
  const { fromUtc, toUtc } = rangeBounds(MONTH.from, MONTH.to);
  const links = linksOf(db, rowsOverlapping(db, fromUtc, toUtc).map((r) => r.id));
  const linked = (r: AppointmentRow) => ({ row: r, staffIds: links.staff.get(r.id) ?? [], personIds: links.persons.get(r.id) ?? [] });
  const rows = rowsOverlapping(db, fromUtc, toUtc).filter((r) => !viewer || canSee(db, linked(r), { userId: viewer, role: 'fallmanagement' }));
  const one = <T>(sql: string, id: string) => db.raw.prepare(sql).get(id) as T;
  const userName = (id: string) => one<{ n: string }>('SELECT display_name n FROM users WHERE id = ?', id).n;
  const personName = (id: string) => one<{ n: string }>(`SELECT trim(given_names || ' ' || family_name) n FROM persons WHERE id = ?`, id).n;
  return occurrencesInRange(rows, fromUtc, toUtc).map(({ row: r, ...o }) => ({
    key: o.occurrenceDate ? `${r.id}:${o.occurrenceDate}` : r.id,
    appointmentId: r.id,
    occurrenceDate: o.occurrenceDate,
    isSeries: r.rule !== null,
    overridden: o.overridden,
    shiftedByDst: o.shiftedByDst,
    title: r.title,
    type: r.type,
    status: r.status,
    cancelReason: r.cancelReason,
    startUtc: o.startUtc,
    endUtc: o.endUtc,
    allDay: r.allDay,
    placeKind: r.placeKind,
    location: r.location,
    room: r.room,
    caseId: r.caseId,
    caseNumber: r.caseId ? one<{ n: string }>('SELECT case_number n FROM cases WHERE id = ?', r.caseId).n : null,
    clients: linked(r).personIds.map((id) => ({ id, name: personName(id) })),
    staff: linked(r).staffIds.map((id) => ({ id, name: userName(id) })),
    interpreterNeeded: r.interpreterNeeded,
    interpreterLanguage: r.interpreterLanguage,
    version: r.version,
  }));
}

const withoutCanEdit = (v: OccurrenceView[]) => v.map(({ canEdit: _c, ...rest }) => rest);

beforeAll(async () => {
  o = await openCalendarOffice();
  const { fm, fm2, tl } = o.staff.userIds;
  const family = insertCase(o, [fm], 2);
  const other = insertCase(o, [fm2]);
  // A weekly 10:00 of two staff across the October change, one date cancelled, one moved.
  insertSeries(
    o,
    'Familiensprechstunde',
    {
      startUtc: '2026-10-07T08:00:00Z',
      endUtc: '2026-10-07T09:30:00Z',
      allDay: false,
      rule: { freq: 'weekly', interval: 1, weekdays: [3], until: '2026-12-30' },
      exdates: ['2026-11-04'],
      overrides: [{ occurrenceDate: '2026-11-11', startUtc: '2026-11-12T13:00:00Z', endUtc: '2026-11-12T14:00:00Z' }],
    },
    [fm2, fm],
    family.personIds,
    family.caseId,
  );
  // Daily all-day days off over the change, and a weekday series of fm2 alone.
  await book(o, 'fm', { appointment: draft(fm, '2026-10-23', { title: 'Urlaub', allDay: true, start: { date: '2026-10-23', time: '00:00' }, end: { date: '2026-10-27', time: '00:00' } }) });
  await book(o, 'fm2', {
    appointment: draft(fm2, '2026-10-19', { title: 'Teamrunde', ...at('2026-10-19', '08:30', '09:00'), recurrence: { freq: 'weekly', interval: 1, weekdays: [1, 4], count: 12 } }),
  });
  // Single appointments: the other case's client, one the team lead created for fm, one long before.
  await book(o, 'fm2', { appointment: draft(fm2, '2026-10-26', { title: 'Erstgespräch', caseId: other.caseId, personIds: other.personIds }) });
  await book(o, 'tl', { appointment: draft(fm, '2026-11-02', { title: 'Mitarbeitergespräch', staffIds: [fm, tl] }) });
  await book(o, 'fm', { appointment: draft(fm, '2026-09-01', { title: 'Vorher' }) });
});
afterAll(() => o.cleanup());

describe('calendar month views (lean rows, batched names)', () => {
  it('give the team lead every occurrence, field for field as the whole rows say', async () => {
    const r = await range(o, 'tl', MONTH.from, MONTH.to, { scope: 'team' });
    expect(r.occurrences).toHaveLength(18); // 5 weekly, 1 all-day, 10 Teamrunde, 2 single
    expect(withoutCanEdit(r.occurrences)).toEqual(expectedViews(o));
  });

  it('give a case manager their own and their cases’ occurrences, field for field', async () => {
    const r = await range(o, 'fm', MONTH.from, MONTH.to);
    const expected = expectedViews(o, o.staff.userIds.fm);
    expect(withoutCanEdit(r.occurrences)).toEqual(expected);
    expect(expected.length).toBeLessThan(expectedViews(o).length);
    expect(r.occurrences.map((v) => v.title)).not.toContain('Erstgespräch');
  });

  it('keep the series at 10:00 local across the change, with its exception and moved date', async () => {
    const r = await range(o, 'fm', MONTH.from, MONTH.to);
    const weekly = r.occurrences.filter((v) => v.title === 'Familiensprechstunde');
    expect(weekly.map((v) => [v.occurrenceDate, berlin(v.startUtc), v.startUtc, v.overridden])).toEqual([
      ['2026-10-14', '2026-10-14 10:00', '2026-10-14T08:00:00Z', false],
      ['2026-10-21', '2026-10-21 10:00', '2026-10-21T08:00:00Z', false],
      ['2026-10-28', '2026-10-28 10:00', '2026-10-28T09:00:00Z', false],
      ['2026-11-11', '2026-11-12 14:00', '2026-11-12T13:00:00Z', true],
      ['2026-11-18', '2026-11-18 10:00', '2026-11-18T09:00:00Z', false],
    ]);
    // Staff and clients ordered by id, as linksOf gives them; the case manager may change them.
    expect(weekly[0]?.staff.map((s) => s.id)).toEqual([...weekly[0]!.staff.map((s) => s.id)].sort());
    expect(weekly[0]?.clients).toHaveLength(3);
    expect(weekly.every((v) => v.canEdit && v.caseNumber !== null && v.room === 'Raum 2')).toBe(true);
    const off = r.occurrences.find((v) => v.title === 'Urlaub');
    expect(off && [off.startUtc, off.endUtc]).toEqual(['2026-10-22T22:00:00Z', '2026-10-27T23:00:00Z']);
  });

  it('let the team lead change nothing of a case, but what is not a case appointment', async () => {
    const r = await range(o, 'tl', MONTH.from, MONTH.to, { scope: 'team' });
    const edit = new Map(r.occurrences.map((v) => [v.title, v.canEdit]));
    expect(edit.get('Familiensprechstunde')).toBe(false);
    expect(edit.get('Erstgespräch')).toBe(false);
    expect(edit.get('Teamrunde')).toBe(true);
    expect(r.occurrences.map((v) => Date.parse(v.startUtc))).toEqual(r.occurrences.map((v) => Date.parse(v.startUtc)).sort((a, b) => a - b));
  });
});
