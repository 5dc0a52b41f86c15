import { inArray, type SQL } from 'drizzle-orm';
import type { AppointmentView, NamedRef, OccurrenceView } from '../../contract/channels/calendar';
import type { LocalDateTime, RecurrenceRuleInput } from '../../contract/channels/calendar-fields';
import { addDays, utcToBerlin } from '../calendar/berlin-time';
import type { Actor } from '../cases/service-context';
import { idList } from '../db/id-list';
import type { OfficeDb } from '../db/open-encrypted';
import { cases, persons, users } from '../db/schema';
import { changeChecker } from './appointment-access';
import { type LoadedAppointment, ruleOf, seriesOf } from './appointments-repo';
import type { CalendarRow } from './calendar-rows';
import type { RowOccurrence } from './occurrences';

// Rows → what the renderer shows. Names of staff, clients and case numbers are looked up in one
// query each for all rows, so a month with thousands of occurrences costs a handful of queries.

interface Lookups {
  userName: Map<string, string>;
  personName: Map<string, string>;
  caseNumber: Map<string, string>;
  canEdit: (row: CalendarRow) => boolean;
}

/** id → name for the distinct ids, in one query. */
function namesOf<T extends { id: string }>(ids: Iterable<string>, load: (ids: SQL) => T[], name: (r: T) => string): Map<string, string> {
  return new Map(load(idList(new Set(ids))).map((r) => [r.id, name(r)]));
}

function lookups(db: OfficeDb, actor: Actor, rows: readonly CalendarRow[]): Lookups {
  const userName = namesOf(
    rows.flatMap((r) => r.staffIds),
    (ids) => db.orm.select({ id: users.id, n: users.displayName }).from(users).where(inArray(users.id, ids)).all(),
    (r) => r.n,
  );
  const personName = namesOf(
    rows.flatMap((r) => r.personIds),
    (ids) => db.orm.select({ id: persons.id, g: persons.givenNames, f: persons.familyName }).from(persons).where(inArray(persons.id, ids)).all(),
    (r) => `${r.g} ${r.f}`.trim(),
  );
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  const caseNumber = namesOf(
    caseIds,
    (ids) => db.orm.select({ id: cases.id, n: cases.caseNumber }).from(cases).where(inArray(cases.id, ids)).all(),
    (r) => r.n,
  );
  const check = changeChecker(db, actor, caseIds);
  return { userName, personName, caseNumber, canEdit: check };
}

const refs = (ids: string[], names: Map<string, string>): NamedRef[] => ids.map((id) => ({ id, name: names.get(id) ?? '' }));

function common(row: CalendarRow, l: Lookups) {
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
    clients: refs(row.personIds, l.personName),
    staff: refs(row.staffIds, l.userName),
    interpreterNeeded: row.interpreterNeeded,
    interpreterLanguage: row.interpreterLanguage,
    version: row.version,
    canEdit: l.canEdit(row),
  };
}

export function occurrenceViews(db: OfficeDb, actor: Actor, occs: readonly RowOccurrence<CalendarRow>[]): OccurrenceView[] {
  const l = lookups(
    db,
    actor,
    occs.map((o) => o.row),
  );
  // Object.assign, not a spread: spreading 18 properties into a new literal is ~50× slower in V8
  // (measured), and a team month builds thousands of these.
  return occs.map((o) =>
    Object.assign(common(o.row, l), {
      key: o.occurrenceDate ? `${o.row.id}:${o.occurrenceDate}` : o.row.id,
      occurrenceDate: o.occurrenceDate,
      overridden: o.overridden,
      shiftedByDst: o.shiftedByDst,
      startUtc: o.startUtc,
      endUtc: o.endUtc,
    }),
  );
}

/** Berlin wall time of an instant as the dialog shows it; an all-day end shows its last day. */
function localOf(utc: string, allDayEnd: boolean): LocalDateTime {
  const b = utcToBerlin(utc);
  if (allDayEnd) return { date: addDays(b.date, -1), time: '00:00' };
  return b.fold ? { date: b.date, time: b.time, fold: b.fold } : { date: b.date, time: b.time };
}

export function appointmentView(db: OfficeDb, actor: Actor, a: LoadedAppointment): AppointmentView {
  const { row } = a;
  const viewRow: CalendarRow = { ...row, staffIds: a.staffIds, personIds: a.personIds };
  return {
    ...common(viewRow, lookups(db, actor, [viewRow])),
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
