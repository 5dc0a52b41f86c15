import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES as CONTRACT_STATUSES, APPOINTMENT_TYPES as CONTRACT_TYPES } from '../../../src-main/contract/channels/calendar-fields';
import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES } from '../../../src-main/core/calendar/appointment-rules';
import { auditRows, createCase } from '../helpers/case-fixtures';
import { type CalendarOffice, book, draft, expectError, openCalendarOffice, range } from './calendar-fixtures';

let o: CalendarOffice;
let ids: CalendarOffice['staff']['userIds'];
let caseAppointment: string;
let caseId: string;

beforeAll(async () => {
  o = await openCalendarOffice();
  ids = o.staff.userIds;
  const c = await createCase(o, 'fm', { persons: 2 });
  caseId = c.caseId;
  caseAppointment = (await book(o, 'fm', { appointment: draft(ids.fm, '2026-05-12', { title: 'Fallberatung', caseId, personIds: c.personIds }) })).appointmentId;
});
afterAll(() => o.cleanup());

const titles = async (client: string, more: Record<string, unknown> = {}) =>
  (await range(o, client, '2026-05-11', '2026-05-18', more)).occurrences.map((x) => x.title);

describe('who sees and changes appointments', () => {
  it('the contract offers exactly the types and statuses the rules know', () => {
    expect(CONTRACT_TYPES).toEqual(APPOINTMENT_TYPES);
    expect(CONTRACT_STATUSES).toEqual(APPOINTMENT_STATUSES);
  });

  it('case appointments: the case manager sees and edits, a colleague and the administration do not see them', async () => {
    expect(await titles('fm')).toContain('Fallberatung');
    expect(await titles('fm2')).not.toContain('Fallberatung');
    expect(await titles('test-client')).not.toContain('Fallberatung');
    expectError(await o.call('appointments.get', { id: caseAppointment }, 'fm2'), 'FORBIDDEN');
    expectError(await o.call('appointments.cancel', { id: caseAppointment, version: 0, reason: 'x' }, 'fm2'), 'FORBIDDEN');
    expectError(await o.call('calendar.exportIcs', { ids: [caseAppointment] }, 'fm2'), 'NOT_FOUND');
  });

  it('the team lead sees everyone in the team view but cannot change case appointments', async () => {
    await book(o, 'fm2', { appointment: draft(ids.fm2, '2026-05-13', { title: 'Intern fm2', type: 'Intern' }) });
    const team = await titles('tl', { scope: 'team' });
    expect(team).toEqual(expect.arrayContaining(['Fallberatung', 'Intern fm2']));
    expect(await titles('tl', { scope: 'team', staffIds: [ids.fm2] })).toEqual(['Intern fm2']);
    expect(await titles('tl')).toEqual([]);
    const view = (await range(o, 'tl', '2026-05-11', '2026-05-18', { scope: 'team' })).occurrences.find((x) => x.title === 'Fallberatung');
    expect(view?.canEdit).toBe(false);
    expectError(await o.call('appointments.cancel', { id: caseAppointment, version: 0, reason: 'x' }, 'tl'), 'FORBIDDEN');
    expectError(await o.call('appointments.range', { from: '2026-05-11', to: '2026-05-18', scope: 'team' }, 'fm'), 'FORBIDDEN');
  });

  it('booking for a case needs write access to it and persons of that case', async () => {
    expectError(await o.call('appointments.save', { appointment: draft(ids.fm2, '2026-05-14', { caseId }) }, 'fm2'), 'FORBIDDEN');
    const other = await createCase(o, 'fm');
    const wrongPerson = await o.call('appointments.save', { appointment: draft(ids.fm, '2026-05-14', { caseId, personIds: other.personIds }) }, 'fm');
    expect(expectError(wrongPerson, 'VALIDATION').message).toBe('Teilnehmende Personen müssen zum gewählten Fall gehören.');
    expectError(await o.call('appointments.save', { appointment: draft(ids.fm, '2026-05-14', { personIds: other.personIds }) }, 'fm'), 'VALIDATION');
  });

  it('a colleague listed as staff sees an internal appointment; others do not', async () => {
    await book(o, 'fm', { appointment: draft(ids.fm, '2026-05-15', { title: 'Gemeinsam', type: 'Intern', staffIds: [ids.fm, ids.fm2] }) });
    expect(await titles('fm2')).toContain('Gemeinsam');
    expect(await titles('test-client')).not.toContain('Gemeinsam');
  });

  it('writes audit events with ids only', async () => {
    const rows = auditRows(o).filter((r) => r.action.startsWith('appointment.'));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r.entity).toBe('appointment');
      expect(JSON.stringify(r)).not.toMatch(/Fallberatung|Gemeinsam|Testperson/);
    }
  });
});
