import { and, eq, inArray } from 'drizzle-orm';
import type { AppointmentDraft, LocalDateTime } from '../../contract/channels/calendar-fields';
import { validateAppointment } from '../calendar/appointment-rules';
import { BERLIN_TZ, addDays, utcToBerlin } from '../calendar/berlin-time';
import { assertCaseWritable } from '../cases/case-access';
import type { Actor } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { personsOfCase } from '../persons/persons-repo';
import { type AppointmentColumns, type LoadedAppointment, roomKeyOf, ruleOf, seriesColumns } from './appointments-repo';
import { type Schedule, type Times, spanOf } from './draft-times';

// What a draft must satisfy besides its times, and how it becomes columns. Shared by create,
// every series scope, move and cancel.

const orNull = (v: string | null | undefined): string | null => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** Checks status/reason, the case (write access), its persons and the staff; call inside the transaction. */
export function validateDraft(db: OfficeDb, actor: Actor, d: AppointmentDraft, times: Times): void {
  validateAppointment({ ...times, type: d.type, status: d.status, cancelReason: d.cancelReason ?? null });
  if (d.caseId) {
    const c = assertCaseWritable(db, d.caseId, actor);
    const members = new Set(personsOfCase(db, c).map((p) => p.id));
    if (!d.personIds.every((id) => members.has(id))) {
      throw new AppError('VALIDATION', 'Teilnehmende Personen müssen zum gewählten Fall gehören.', { field: 'personIds' });
    }
  } else if (d.personIds.length > 0) {
    throw new AppError('VALIDATION', 'Teilnehmende Personen gehören zu einem Fall. Bitte zuerst den Fall wählen.', { field: 'personIds' });
  }
  const staff = [...new Set(d.staffIds)];
  const found = db.orm
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, staff), eq(users.active, true)))
    .all();
  if (found.length !== staff.length) {
    throw new AppError('VALIDATION', 'Mindestens eine gewählte Mitarbeiterin / ein gewählter Mitarbeiter ist nicht (mehr) aktiv.', {
      field: 'staffIds',
    });
  }
}

/** Columns of a draft with its schedule; the row is a plain appointment or series (not detached). */
export function columnsOf(d: AppointmentDraft, s: Schedule): AppointmentColumns {
  return {
    title: d.title.trim(),
    type: d.type,
    status: d.status,
    cancelReason: d.status === 'abgesagt' ? orNull(d.cancelReason) : null,
    startUtc: s.startUtc,
    endUtc: s.endUtc,
    allDay: s.allDay,
    timeZone: BERLIN_TZ,
    ...seriesColumns(s.series, s.seriesTime),
    ...spanOf(s),
    seriesId: null,
    occurrenceDate: null,
    placeKind: d.placeKind,
    location: orNull(d.location),
    room: orNull(d.room),
    roomKey: roomKeyOf(d.room),
    caseId: d.caseId ?? null,
    interpreterNeeded: d.interpreterNeeded,
    interpreterLanguage: d.interpreterNeeded ? orNull(d.interpreterLanguage) : null,
    note: orNull(d.note),
  };
}

const sameSet = (a: string[], b: string[]) => a.length === new Set(b).size && new Set([...a, ...b]).size === a.length;

/** True when the draft changes nothing but the times (a move of one occurrence stays in its series). */
export function onlyTimesDiffer(d: AppointmentDraft, a: LoadedAppointment): boolean {
  const r = a.row;
  const c = columnsOf(d, { startUtc: r.startUtc, endUtc: r.endUtc, allDay: r.allDay, series: null, seriesTime: null });
  return (
    c.title === r.title &&
    c.type === r.type &&
    c.status === r.status &&
    c.cancelReason === r.cancelReason &&
    c.placeKind === r.placeKind &&
    c.location === r.location &&
    c.room === r.room &&
    c.caseId === r.caseId &&
    c.interpreterNeeded === r.interpreterNeeded &&
    c.interpreterLanguage === r.interpreterLanguage &&
    c.note === r.note &&
    d.allDay === r.allDay &&
    sameSet([...new Set(d.staffIds)], a.staffIds) &&
    sameSet([...new Set(d.personIds)], a.personIds)
  );
}

/** Wall time of an instant for a draft; an all-day end is shown as its last day. */
function localOf(utc: string, allDayEnd: boolean): LocalDateTime {
  const b = utcToBerlin(utc);
  if (allDayEnd) return { date: addDays(b.date, -1), time: '00:00' };
  return b.fold ? { date: b.date, time: b.time, fold: b.fold } : { date: b.date, time: b.time };
}

/** The stored appointment as a draft with the given times (move, cancel). */
export function draftFromRow(a: LoadedAppointment, times: { startUtc: string; endUtc: string }): AppointmentDraft {
  const r = a.row;
  return {
    title: r.title,
    type: r.type,
    status: r.status,
    cancelReason: r.cancelReason ?? undefined,
    allDay: r.allDay,
    start: localOf(times.startUtc, false),
    end: localOf(times.endUtc, r.allDay),
    placeKind: r.placeKind,
    location: r.location ?? undefined,
    room: r.room ?? undefined,
    caseId: r.caseId,
    personIds: a.personIds,
    staffIds: a.staffIds,
    interpreterNeeded: r.interpreterNeeded,
    interpreterLanguage: r.interpreterLanguage ?? undefined,
    note: r.note ?? undefined,
    recurrence: ruleOf(r),
  };
}
