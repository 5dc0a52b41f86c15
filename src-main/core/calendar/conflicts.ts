import type { AppointmentStatus } from './appointment-rules';
import { epochMs } from './berlin-time';

// Double bookings the UI warns about. Intervals are half-open [start, end): back-to-back
// appointments (10:00–11:00, 11:00–12:00) are fine. Cancelled appointments occupy nothing.

export const CONFLICT_KINDS = ['staff', 'room', 'client'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface ConflictCheckAppointment {
  /** Existing appointments need an id; the candidate's id (when editing) excludes itself. */
  id?: string;
  startUtc: string;
  endUtc: string;
  staffIds: string[];
  room?: string | null;
  personIds: string[];
  status?: AppointmentStatus;
}

export interface Conflict {
  appointmentId: string;
  startUtc: string;
  endUtc: string;
  /** The shared staff ids, person ids or the room. */
  shared: string[];
}

export type ConflictsByKind = Record<ConflictKind, Conflict[]>;

const normalizeRoom = (room: string | null | undefined) => room?.trim().toLocaleLowerCase('de') || null;

const intersect = (a: string[], b: string[]) => {
  const set = new Set(a);
  return [...new Set(b)].filter((x) => set.has(x));
};

/** Existing appointments that overlap the candidate in time and share staff, room or clients. */
export function findConflicts(
  candidate: ConflictCheckAppointment,
  existing: (ConflictCheckAppointment & { id: string })[],
): ConflictsByKind {
  const result: ConflictsByKind = { staff: [], room: [], client: [] };
  if (candidate.status === 'abgesagt') return result;
  const start = epochMs(candidate.startUtc);
  const end = epochMs(candidate.endUtc);
  const room = normalizeRoom(candidate.room);
  for (const other of existing) {
    if (other.status === 'abgesagt' || (candidate.id !== undefined && other.id === candidate.id)) continue;
    if (!(epochMs(other.startUtc) < end && start < epochMs(other.endUtc))) continue;
    const base = { appointmentId: other.id, startUtc: other.startUtc, endUtc: other.endUtc };
    const staff = intersect(candidate.staffIds, other.staffIds);
    if (staff.length > 0) result.staff.push({ ...base, shared: staff });
    if (room !== null && normalizeRoom(other.room) === room) result.room.push({ ...base, shared: [other.room ?? ''] });
    const clients = intersect(candidate.personIds, other.personIds);
    if (clients.length > 0) result.client.push({ ...base, shared: clients });
  }
  return result;
}

export const hasConflicts = (c: ConflictsByKind): boolean => CONFLICT_KINDS.some((k) => c[k].length > 0);
