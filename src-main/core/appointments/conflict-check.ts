import { and, eq, inArray, ne, notInArray, or, type SQL } from 'drizzle-orm';
import type { AvailabilityWarning, CheckResult, ConflictView } from '../../contract/channels/calendar';
import type { AppointmentStatus } from '../../contract/channels/calendar-fields';
import { staffOutsideAvailability } from '../calendar/availability';
import { type ConflictCheckAppointment, CONFLICT_KINDS, findConflicts } from '../calendar/conflicts';
import type { CaseCtx } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { appointmentPersons, appointmentStaff, appointments, persons, users } from '../db/schema';
import { visibleAppointmentCondition } from './appointment-access';
import { chunks, linksOf, roomKeyOf } from './appointments-repo';
import { slotsOf } from './availability-service';
import { type PlannedOccurrence, type Schedule, scheduleOccurrences, spanOf } from './draft-times';
import { type RowOccurrence, occurrencesInRange } from './occurrences';
import { rowsOverlapping } from './range-service';

// Double bookings and office-day warnings for an appointment before it is saved, against every
// occurrence of existing series too. Only rows sharing a staff member, the room or a client are
// loaded; the pure module (findConflicts) decides each pair.

export interface Candidate {
  schedule: Schedule;
  staffIds: string[];
  personIds: string[];
  room: string | null;
  status: AppointmentStatus;
}

const MAX_LISTED = 50;
const MAX_DATES = 10;

function sharingCondition(db: OfficeDb, c: Candidate): SQL | undefined {
  const parts: SQL[] = [];
  if (c.staffIds.length > 0) {
    parts.push(inArray(appointments.id, db.orm.select({ id: appointmentStaff.appointmentId }).from(appointmentStaff).where(inArray(appointmentStaff.userId, c.staffIds))));
  }
  if (c.personIds.length > 0) {
    parts.push(inArray(appointments.id, db.orm.select({ id: appointmentPersons.appointmentId }).from(appointmentPersons).where(inArray(appointmentPersons.personId, c.personIds))));
  }
  const room = roomKeyOf(c.room);
  if (room) parts.push(eq(appointments.roomKey, room));
  return parts.length > 0 ? or(...parts) : undefined;
}

/** Existing occurrences overlapping the candidate's span, sorted by start, with their links. */
function existingOccurrences(db: OfficeDb, c: Candidate, span: { spanStartUtc: string; spanEndUtc: string }, excludeIds: string[]) {
  const sharing = sharingCondition(db, c);
  if (!sharing) return { occs: [] as RowOccurrence[], withLinks: new Map<string, ConflictCheckAppointment & { id: string }>() };
  const exclude = excludeIds.length > 0 ? notInArray(appointments.id, excludeIds) : undefined;
  const rows = rowsOverlapping(db, span.spanStartUtc, span.spanEndUtc, and(ne(appointments.status, 'abgesagt'), exclude, sharing));
  const links = linksOf(db, rows.map((r) => r.id));
  const occs = occurrencesInRange(rows, span.spanStartUtc, span.spanEndUtc, Number.MAX_SAFE_INTEGER);
  const withLinks = new Map(
    rows.map((r) => [r.id, { id: r.id, startUtc: r.startUtc, endUtc: r.endUtc, staffIds: links.staff.get(r.id) ?? [], personIds: links.persons.get(r.id) ?? [], room: r.room, status: r.status }]),
  );
  return { occs, withLinks };
}

interface RawConflict {
  kind: ConflictView['kind'];
  appointmentId: string;
  startUtc: string;
  endUtc: string;
  occurrenceDate: string;
  shared: string[];
}

function findAll(c: Candidate, planned: PlannedOccurrence[], existing: ReturnType<typeof existingOccurrences>): RawConflict[] {
  const occs = existing.occs;
  const starts = occs.map((o) => Date.parse(o.startUtc));
  const maxDuration = occs.reduce((m, o) => Math.max(m, Date.parse(o.endUtc) - Date.parse(o.startUtc)), 0);
  const out: RawConflict[] = [];
  for (const p of planned) {
    const pStart = Date.parse(p.startUtc);
    const pEnd = Date.parse(p.endUtc);
    // Binary search: the first existing occurrence that could still reach into this one.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < pStart - maxDuration) lo = mid + 1;
      else hi = mid;
    }
    const near: (ConflictCheckAppointment & { id: string })[] = [];
    for (let i = lo; i < occs.length && (starts[i] ?? 0) < pEnd; i++) {
      const o = occs[i];
      const base = o && existing.withLinks.get(o.row.id);
      if (o && base) near.push({ ...base, startUtc: o.startUtc, endUtc: o.endUtc });
    }
    if (near.length === 0) continue;
    const found = findConflicts({ ...p, staffIds: c.staffIds, personIds: c.personIds, room: c.room, status: c.status }, near);
    for (const kind of CONFLICT_KINDS) {
      for (const f of found[kind]) out.push({ kind, appointmentId: f.appointmentId, startUtc: f.startUtc, endUtc: f.endUtc, occurrenceDate: p.occurrenceDate, shared: f.shared });
    }
  }
  return out;
}

function nameMap(db: OfficeDb, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(ids)])) {
    for (const u of db.orm.select({ id: users.id, n: users.displayName }).from(users).where(inArray(users.id, part)).all()) out.set(u.id, u.n);
    for (const p of db.orm.select({ id: persons.id, g: persons.givenNames, f: persons.familyName }).from(persons).where(inArray(persons.id, part)).all()) {
      out.set(p.id, `${p.g} ${p.f}`.trim());
    }
  }
  return out;
}

function describeConflicts(ctx: CaseCtx, raw: RawConflict[]): ConflictView[] {
  const listed = raw.slice(0, MAX_LISTED);
  const ids = [...new Set(listed.map((r) => r.appointmentId))];
  const visible = new Map<string, string>();
  for (const part of chunks(ids)) {
    const rows = ctx.db.orm
      .select({ id: appointments.id, title: appointments.title })
      .from(appointments)
      .where(and(inArray(appointments.id, part), visibleAppointmentCondition(ctx.db, ctx.actor)))
      .all();
    for (const r of rows) visible.set(r.id, r.title);
  }
  const names = nameMap(ctx.db, listed.flatMap((r) => (r.kind === 'room' ? [] : r.shared)));
  return listed.map((r) => ({
    ...r,
    title: visible.get(r.appointmentId) ?? null,
    shared: r.kind === 'room' ? r.shared : r.shared.map((id) => names.get(id) ?? ''),
  }));
}

function availabilityWarnings(db: OfficeDb, c: Candidate, planned: PlannedOccurrence[]): AvailabilityWarning[] {
  if (c.schedule.allDay || c.status === 'abgesagt') return [];
  const slots = slotsOf(db, c.staffIds);
  // Only staff members who keep office days are checked; without any, every time would warn.
  const staffIds = [...new Set(slots.map((s) => s.staffId))];
  if (staffIds.length === 0) return [];
  const dates = new Map<string, string[]>();
  for (const p of planned) {
    for (const staffId of staffOutsideAvailability({ ...p, staffIds }, slots)) {
      dates.set(staffId, [...(dates.get(staffId) ?? []), p.occurrenceDate]);
    }
  }
  const names = nameMap(db, [...dates.keys()]);
  return [...dates].map(([staffId, list]) => ({ staffId, staffName: names.get(staffId) ?? '', dates: list.slice(0, MAX_DATES), total: list.length }));
}

/** Conflicts and office-day warnings; `excludeIds` are the rows the change replaces. */
export function checkCandidate(ctx: CaseCtx, c: Candidate, excludeIds: string[]): CheckResult {
  if (c.status === 'abgesagt') return { conflicts: [], conflictTotal: 0, outsideAvailability: [] };
  const planned = scheduleOccurrences(c.schedule);
  const raw = findAll(c, planned, existingOccurrences(ctx.db, c, spanOf(c.schedule), excludeIds));
  return { conflicts: describeConflicts(ctx, raw), conflictTotal: raw.length, outsideAvailability: availabilityWarnings(ctx.db, c, planned) };
}

export const needsConfirmation = (r: CheckResult, confirm: { confirmConflicts: boolean; confirmOutsideAvailability: boolean }): boolean =>
  (r.conflictTotal > 0 && !confirm.confirmConflicts) || (r.outsideAvailability.length > 0 && !confirm.confirmOutsideAvailability);
