import { describe, expect, it } from 'vitest';
import { findConflicts, hasConflicts } from '../../../src-main/core/calendar/conflicts';

const at = (from: string, to: string) => ({ startUtc: `2026-05-04T${from}:00Z`, endUtc: `2026-05-04T${to}:00Z` });
const candidate = { ...at('10:00', '11:00'), staffIds: ['s1', 's2'], room: 'Raum 2.14', personIds: ['p1'] };

describe('findConflicts', () => {
  it('groups overlapping appointments by staff, room and client', () => {
    const result = findConflicts(candidate, [
      { id: 'a', ...at('10:30', '11:30'), staffIds: ['s2', 's9'], room: null, personIds: [] },
      { id: 'b', ...at('09:00', '10:01'), staffIds: [], room: ' raum 2.14 ', personIds: ['p1', 'p2'] },
      { id: 'c', ...at('09:00', '12:00'), staffIds: ['s3'], room: 'Raum 1', personIds: ['p3'] },
    ]);
    expect(result.staff).toEqual([{ appointmentId: 'a', ...at('10:30', '11:30'), shared: ['s2'] }]);
    expect(result.room.map((c) => c.appointmentId)).toEqual(['b']);
    expect(result.client).toEqual([{ appointmentId: 'b', ...at('09:00', '10:01'), shared: ['p1'] }]);
    expect(hasConflicts(result)).toBe(true);
  });

  it('treats intervals as half-open: back-to-back is no conflict', () => {
    const result = findConflicts(candidate, [
      { id: 'before', ...at('09:00', '10:00'), staffIds: ['s1'], room: 'Raum 2.14', personIds: ['p1'] },
      { id: 'after', ...at('11:00', '12:00'), staffIds: ['s1'], room: 'Raum 2.14', personIds: ['p1'] },
    ]);
    expect(hasConflicts(result)).toBe(false);
  });

  it('ignores cancelled appointments on either side and the appointment itself', () => {
    const same = { ...at('10:00', '11:00'), staffIds: ['s1'], room: null, personIds: [] };
    expect(hasConflicts(findConflicts(candidate, [{ id: 'x', ...same, status: 'abgesagt' }]))).toBe(false);
    expect(hasConflicts(findConflicts({ ...candidate, status: 'abgesagt' }, [{ id: 'x', ...same }]))).toBe(false);
    expect(hasConflicts(findConflicts({ ...candidate, id: 'x' }, [{ id: 'x', ...same }]))).toBe(false);
    expect(hasConflicts(findConflicts(candidate, [{ id: 'x', ...same, status: 'erledigt' }]))).toBe(true);
  });

  it('compares instants, not strings (offsets allowed)', () => {
    const result = findConflicts(candidate, [
      { id: 'o', startUtc: '2026-05-04T12:30:00+02:00', endUtc: '2026-05-04T13:30:00+02:00', staffIds: ['s1'], personIds: [] },
    ]);
    expect(result.staff.map((c) => c.appointmentId)).toEqual(['o']);
  });
});
