import { describe, expect, it } from 'vitest';
import {
  type AvailabilitySlot,
  availabilityBlocks,
  isWithinAvailability,
  staffOutsideAvailability,
} from '../../../src-main/core/calendar/availability';
import { berlinToUtc } from '../../../src-main/core/calendar/berlin-time';
import { catchAppError } from './helpers';

const slots: AvailabilitySlot[] = [
  { staffId: 's1', weekday: 2, from: '09:00', to: '12:00', place: 'Bürgerbüro Nord' },
  { staffId: 's1', weekday: 2, from: '12:00', to: '15:30', place: 'Rathaus' },
  { staffId: 's2', weekday: 2, from: '13:00', to: '16:00', place: 'Rathaus' },
  { staffId: 's1', weekday: 4, from: '08:00', to: '10:00', place: 'Rathaus' },
];
// Tuesday 2026-03-24 (winter time) and Tuesday 2026-03-31 (summer time).
const appt = (date: string, from: string, to: string, staffIds: string[]) => ({
  startUtc: berlinToUtc(date, from),
  endUtc: berlinToUtc(date, to),
  staffIds,
});

describe('isWithinAvailability', () => {
  it('checks Berlin local time in winter and summer alike', () => {
    expect(isWithinAvailability(appt('2026-03-24', '09:00', '10:00', ['s1']), slots)).toBe(true);
    expect(isWithinAvailability(appt('2026-03-31', '09:00', '10:00', ['s1']), slots)).toBe(true);
    expect(isWithinAvailability(appt('2026-03-31', '08:30', '09:30', ['s1']), slots)).toBe(false);
  });

  it('joins adjacent slots and names the staff members outside', () => {
    expect(isWithinAvailability(appt('2026-03-24', '11:00', '13:00', ['s1']), slots)).toBe(true);
    expect(staffOutsideAvailability(appt('2026-03-24', '11:00', '14:00', ['s1', 's2']), slots)).toEqual(['s2']);
    expect(staffOutsideAvailability(appt('2026-03-24', '15:00', '16:00', ['s1', 's2']), slots)).toEqual(['s1']);
  });

  it('treats other weekdays, unknown staff and appointments across midnight as outside', () => {
    expect(isWithinAvailability(appt('2026-03-25', '09:00', '10:00', ['s1']), slots)).toBe(false);
    expect(isWithinAvailability(appt('2026-03-24', '09:00', '10:00', ['s3']), slots)).toBe(false);
    const overnight = { startUtc: berlinToUtc('2026-03-24', '14:00'), endUtc: berlinToUtc('2026-03-25', '09:00'), staffIds: ['s1'] };
    expect(isWithinAvailability(overnight, slots)).toBe(false);
  });

  it('refuses invalid slots', () => {
    const bad = [{ staffId: 's1', weekday: 2, from: '12:00', to: '12:00', place: 'x' }] as AvailabilitySlot[];
    expect(catchAppError(() => isWithinAvailability(appt('2026-03-24', '09:00', '10:00', ['s1']), bad)).code).toBe('VALIDATION');
  });
});

describe('availabilityBlocks', () => {
  it('produces UTC blocks for the visible week, following the clock change', () => {
    // Week of 23–29 March 2026 (change on Sunday) plus the following Tuesday 31 March.
    const blocks = availabilityBlocks({ startUtc: berlinToUtc('2026-03-23', '00:00'), endUtc: berlinToUtc('2026-04-01', '00:00') }, slots);
    expect(blocks.filter((b) => b.staffId === 's1' && b.place === 'Bürgerbüro Nord')).toEqual([
      { staffId: 's1', place: 'Bürgerbüro Nord', startUtc: '2026-03-24T08:00:00Z', endUtc: '2026-03-24T11:00:00Z' },
      { staffId: 's1', place: 'Bürgerbüro Nord', startUtc: '2026-03-31T07:00:00Z', endUtc: '2026-03-31T10:00:00Z' },
    ]);
    expect(blocks).toHaveLength(2 * 3 + 1);
    expect(blocks.map((b) => b.startUtc)).toEqual([...blocks.map((b) => b.startUtc)].sort());
  });

  it('includes blocks that only partly overlap the range', () => {
    const blocks = availabilityBlocks({ startUtc: '2026-03-24T10:00:00Z', endUtc: '2026-03-24T12:30:00Z' }, slots);
    expect(blocks.map((b) => b.place)).toEqual(['Bürgerbüro Nord', 'Rathaus', 'Rathaus']);
  });

  it('refuses empty or overlong ranges', () => {
    expect(catchAppError(() => availabilityBlocks({ startUtc: '2026-03-24T10:00:00Z', endUtc: '2026-03-24T10:00:00Z' }, slots)).code).toBe(
      'VALIDATION',
    );
    expect(catchAppError(() => availabilityBlocks({ startUtc: '2026-01-01T00:00:00Z', endUtc: '2028-01-01T00:00:00Z' }, slots)).code).toBe(
      'VALIDATION',
    );
  });
});
