import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_TYPES,
  appointmentIssues,
  validateAppointment,
} from '../../../src-main/core/calendar/appointment-rules';
import { catchAppError } from './helpers';

const valid = {
  startUtc: '2026-05-04T08:00:00Z',
  endUtc: '2026-05-04T09:00:00Z',
  allDay: false,
  type: 'Beratung',
  status: 'geplant',
};
const fields = (input: Parameters<typeof appointmentIssues>[0]) => appointmentIssues(input).map((i) => i.field);

describe('appointment rules', () => {
  it('exports the types and statuses for the contract', () => {
    expect(APPOINTMENT_TYPES).toEqual(['Beratung', 'Hausbesuch', 'Begleitung', 'Sprechstunde', 'Gruppenangebot', 'Intern']);
    expect(APPOINTMENT_STATUSES).toEqual(['geplant', 'bestätigt', 'abgesagt', 'nicht_erschienen', 'erledigt']);
  });

  it('accepts a valid appointment', () => {
    expect(appointmentIssues(valid)).toEqual([]);
    expect(() => validateAppointment(valid)).not.toThrow();
  });

  it('requires the end after the start (no zero length)', () => {
    expect(fields({ ...valid, endUtc: valid.startUtc })).toEqual(['endUtc']);
    expect(fields({ ...valid, endUtc: '2026-05-04T07:00:00Z' })).toEqual(['endUtc']);
  });

  it('limits timed appointments to 24 hours unless all-day', () => {
    expect(fields({ ...valid, endUtc: '2026-05-05T08:00:00Z' })).toEqual([]);
    expect(fields({ ...valid, endUtc: '2026-05-05T08:01:00Z' })).toEqual(['endUtc']);
    const allDay = { ...valid, allDay: true, startUtc: '2026-05-03T22:00:00Z', endUtc: '2026-05-06T22:00:00Z' };
    expect(fields(allDay)).toEqual([]);
    expect(fields({ ...allDay, startUtc: '2026-05-04T08:00:00Z' })).toEqual(['allDay']);
  });

  it('requires whole minutes', () => {
    expect(fields({ ...valid, startUtc: '2026-05-04T08:00:30Z' })).toEqual(['startUtc']);
  });

  it('rejects unknown types and statuses, and a cancellation without reason', () => {
    expect(fields({ ...valid, type: 'Kaffeepause' })).toEqual(['type']);
    expect(fields({ ...valid, status: 'storniert' })).toEqual(['status']);
    expect(fields({ ...valid, status: 'abgesagt' })).toEqual(['cancelReason']);
    expect(fields({ ...valid, status: 'abgesagt', cancelReason: '   ' })).toEqual(['cancelReason']);
    expect(fields({ ...valid, status: 'abgesagt', cancelReason: 'Krankheit' })).toEqual([]);
  });

  it('throws one VALIDATION error listing all issues', () => {
    const err = catchAppError(() => validateAppointment({ ...valid, type: 'x', status: 'abgesagt' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.issues).toHaveLength(2);
  });
});
