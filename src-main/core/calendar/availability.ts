import { AppError } from '../errors';
import {
  type IsoWeekday,
  addDays,
  epochMs,
  parseLocalTime,
  resolveWallTime,
  utcToBerlin,
  weekdayOf,
} from './berlin-time';

// Office days: when and where a staff member is available, as recurring Berlin wall times
// (e.g. Tuesday 09:00–12:00 "Bürgerbüro Nord"). The calendar shades these blocks and warns
// when an appointment lies outside them.

/** Longest visible range `availabilityBlocks` accepts (a year view plus margin). */
export const MAX_AVAILABILITY_RANGE_DAYS = 400;

export interface AvailabilitySlot {
  staffId: string;
  weekday: IsoWeekday;
  from: string; // HH:mm
  to: string; // HH:mm, after `from`
  place: string;
}

export interface AvailabilityBlock {
  staffId: string;
  place: string;
  startUtc: string;
  endUtc: string;
}

const minutesOf = (time: string) => {
  const t = parseLocalTime(time);
  return t.hour * 60 + t.minute;
};

/** Throws VALIDATION for a slot with bad weekday or times. */
export function validateAvailabilitySlot(slot: AvailabilitySlot): void {
  if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
    throw new AppError('VALIDATION', 'Ungültiger Wochentag.', { field: 'weekday' });
  }
  if (minutesOf(slot.to) <= minutesOf(slot.from)) {
    throw new AppError('VALIDATION', 'Das Ende der Anwesenheit muss nach dem Beginn liegen.', { field: 'to' });
  }
}

/** True when [from, to) minutes are covered by the union of the slots (adjacent slots join). */
function covered(slots: AvailabilitySlot[], from: number, to: number): boolean {
  const spans = slots.map((s) => [minutesOf(s.from), minutesOf(s.to)] as const).sort((a, b) => a[0] - b[0]);
  let reach = from;
  for (const [a, b] of spans) {
    if (a > reach) break;
    reach = Math.max(reach, b);
    if (reach >= to) return true;
  }
  return false;
}

/**
 * Staff ids whose availability does NOT cover the appointment (in Berlin local time). An
 * appointment crossing midnight, or a staff member without any slot that day, counts as outside.
 */
export function staffOutsideAvailability(
  appointment: { startUtc: string; endUtc: string; staffIds: string[] },
  availability: AvailabilitySlot[],
): string[] {
  availability.forEach(validateAvailabilitySlot);
  const start = utcToBerlin(appointment.startUtc);
  const end = utcToBerlin(appointment.endUtc);
  const endsAtMidnight = end.time === '00:00' && end.date === addDays(start.date, 1);
  const sameDay = end.date === start.date || endsAtMidnight;
  const from = minutesOf(start.time);
  const to = endsAtMidnight ? 24 * 60 : minutesOf(end.time);
  const weekday = weekdayOf(start.date);
  return [...new Set(appointment.staffIds)].filter((staffId) => {
    const slots = availability.filter((s) => s.staffId === staffId && s.weekday === weekday);
    return !sameDay || !covered(slots, from, to);
  });
}

/** True when every staff member of the appointment is available for its whole duration. */
export const isWithinAvailability = (
  appointment: { startUtc: string; endUtc: string; staffIds: string[] },
  availability: AvailabilitySlot[],
): boolean => staffOutsideAvailability(appointment, availability).length === 0;

/**
 * The availability blocks (UTC) overlapping the visible range [startUtc, endUtc), for shading.
 * Blocks are whole (not clipped to the range), ordered by start.
 */
export function availabilityBlocks(
  range: { startUtc: string; endUtc: string },
  availability: AvailabilitySlot[],
): AvailabilityBlock[] {
  availability.forEach(validateAvailabilitySlot);
  const from = epochMs(range.startUtc);
  const to = epochMs(range.endUtc);
  if (to <= from) throw new AppError('VALIDATION', 'Das Ende des Zeitraums muss nach dem Beginn liegen.', { field: 'range' });
  if (to - from > MAX_AVAILABILITY_RANGE_DAYS * 86_400_000) {
    throw new AppError('VALIDATION', 'Der gewählte Zeitraum ist zu lang.', { field: 'range' });
  }
  const blocks: AvailabilityBlock[] = [];
  const lastDate = utcToBerlin(range.endUtc).date;
  for (let date = utcToBerlin(range.startUtc).date; date <= lastDate; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    for (const slot of availability) {
      if (slot.weekday !== weekday) continue;
      const startUtc = resolveWallTime(date, slot.from).utc;
      const endUtc = resolveWallTime(date, slot.to).utc;
      if (epochMs(startUtc) < to && epochMs(endUtc) > from) {
        blocks.push({ staffId: slot.staffId, place: slot.place, startUtc, endUtc });
      }
    }
  }
  return blocks.sort((a, b) => epochMs(a.startUtc) - epochMs(b.startUtc));
}
