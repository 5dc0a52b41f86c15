import { inArray } from 'drizzle-orm';
import type { AppointmentView, NamedRef, OccurrenceView } from '../../contract/channels/calendar';
import type { LocalDateTime, RecurrenceRuleInput } from '../../contract/channels/calendar-fields';
import { addDays, utcToBerlin } from '../calendar/berlin-time';
import type { Actor } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { cases, persons, users } from '../db/schema';
import { changeChecker } from './appointment-access';
import { type AppointmentRow, type LoadedAppointment, chunks, linksOf, ruleOf, seriesOf } from './appointments-repo';
import type { RowOccurrence } from './occurrences';

// Rows → what the renderer shows. Names of staff, clients and case numbers are looked up in one
// batch per view, so a month with thousands of occurrences costs a handful of queries.

interface Lookups {
  staffOf: (id: string) => string[];
  personsOf: (id: string) => string[];
  userName: Map<string, string>;
  personName: Map<string, string>;
  caseNumber: Map<string, string>;
  canEdit: (row: AppointmentRow) => boolean;
}

function namesById<T extends { id: string }>(ids: string[], load: (part: string[]) => T[], name: (r: T) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(ids)])) for (const r of load(part)) out.set(r.id, name(r));
  return out;
}

function lookups(db: OfficeDb, actor: Actor, rows: readonly AppointmentRow[]): Lookups {
  const ids = [...new Set(rows.map((r) => r.id))];
  const links = linksOf(db, ids);
  const staffOf = (id: string) => links.staff.get(id) ?? [];
  const personsOf = (id: string) => links.persons.get(id) ?? [];
  const caseIds = rows.flatMap((r) => (r.caseId ? [r.caseId] : []));
  const userName = namesById(
    ids.flatMap(staffOf),
    (part) => db.orm.select({ id: users.id, n: users.displayName }).from(users).where(inArray(users.id, part)).all(),
    (r) => r.n,
  );
  const personName = namesById(
    ids.flatMap(personsOf),
    (part) =>
      db.orm.select({ id: persons.id, g: persons.givenNames, f: persons.familyName }).from(persons).where(inArray(persons.id, part)).all(),
    (r) => `${r.g} ${r.f}`.trim(),
  );
  const caseNumber = namesById(
    caseIds,
    (part) => db.orm.select({ id: cases.id, n: cases.caseNumber }).from(cases).where(inArray(cases.id, part)).all(),
    (r) => r.n,
  );
  const check = changeChecker(db, actor, caseIds);
  const canEdit = (row: AppointmentRow) => check({ createdBy: row.createdBy, caseId: row.caseId, staffIds: staffOf(row.id) });
  return { staffOf, personsOf, userName, personName, caseNumber, canEdit };
}

const refs = (ids: string[], names: Map<string, string>): NamedRef[] => ids.map((id) => ({ id, name: names.get(id) ?? '' }));

function common(row: AppointmentRow, l: Lookups) {
  return {
    appointmentId: row.id,
    isSeries: row.rule !== null,
    title: row.title,
    type: row.type,
    status: row.status,
    cancelReason: row.cancelReason,
    allDay: row.allDay,
    placeKind: row.placeKind,
    location: row.location,
    room: row.room,
    caseId: row.caseId,
    caseNumber: row.caseId ? (l.caseNumber.get(row.caseId) ?? null) : null,
    clients: refs(l.personsOf(row.id), l.personName),
    staff: refs(l.staffOf(row.id), l.userName),
    interpreterNeeded: row.interpreterNeeded,
    interpreterLanguage: row.interpreterLanguage,
    version: row.version,
    canEdit: l.canEdit(row),
  };
}

export function occurrenceViews(db: OfficeDb, actor: Actor, occs: readonly RowOccurrence[]): OccurrenceView[] {
  const l = lookups(
    db,
    actor,
    occs.map((o) => o.row),
  );
  return occs.map((o) => ({
    ...common(o.row, l),
    key: o.occurrenceDate ? `${o.row.id}:${o.occurrenceDate}` : o.row.id,
    occurrenceDate: o.occurrenceDate,
    overridden: o.overridden,
    shiftedByDst: o.shiftedByDst,
    startUtc: o.startUtc,
    endUtc: o.endUtc,
  }));
}

/** Berlin wall time of an instant as the dialog shows it; an all-day end shows its last day. */
function localOf(utc: string, allDayEnd: boolean): LocalDateTime {
  const b = utcToBerlin(utc);
  if (allDayEnd) return { date: addDays(b.date, -1), time: '00:00' };
  return b.fold ? { date: b.date, time: b.time, fold: b.fold } : { date: b.date, time: b.time };
}

export function appointmentView(db: OfficeDb, actor: Actor, a: LoadedAppointment): AppointmentView {
  const l = lookups(db, actor, [a.row]);
  const { row } = a;
  return {
    ...common(row, l),
    startUtc: row.startUtc,
    endUtc: row.endUtc,
    start: localOf(row.startUtc, false),
    end: localOf(row.endUtc, row.allDay),
    recurrence: ruleOf(row) as RecurrenceRuleInput | null,
    exdates: seriesOf(row)?.exdates ?? [],
    note: row.note,
    personIds: a.personIds,
    staffIds: a.staffIds,
    seriesId: row.seriesId,
    seriesOccurrenceDate: row.occurrenceDate,
  };
}
