import { and, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { OfficeDb } from '../db/open-encrypted';
import { appointmentPersons, appointmentStaff, appointments } from '../db/schema';

// What a calendar view reads of an appointment: the columns it shows, with the ids of its staff
// and clients, in one query. A team month reads thousands of rows, so no column goes unused and
// no second round trip per link table is needed.

// Sorted here rather than by the aggregate's ORDER BY, which costs a temporary b-tree per row;
// the ids are ASCII (UUIDs), so this is the byte order linksOf returns them in.
const idsOf = (idColumn: AnySQLiteColumn, linkColumn: AnySQLiteColumn) =>
  sql<string[]>`(SELECT json_group_array(${idColumn}) FROM ${linkColumn.table} WHERE ${linkColumn} = ${appointments.id})`.mapWith(
    (json: string) => (JSON.parse(json) as string[]).sort(),
  );

const calendarColumns = {
  id: appointments.id,
  title: appointments.title,
  type: appointments.type,
  status: appointments.status,
  cancelReason: appointments.cancelReason,
  startUtc: appointments.startUtc,
  endUtc: appointments.endUtc,
  allDay: appointments.allDay,
  rule: appointments.rule,
  exdates: appointments.exdates,
  overrides: appointments.overrides,
  placeKind: appointments.placeKind,
  location: appointments.location,
  room: appointments.room,
  caseId: appointments.caseId,
  interpreterNeeded: appointments.interpreterNeeded,
  interpreterLanguage: appointments.interpreterLanguage,
  version: appointments.version,
  createdBy: appointments.createdBy,
  staffIds: idsOf(appointmentStaff.userId, appointmentStaff.appointmentId),
  personIds: idsOf(appointmentPersons.personId, appointmentPersons.appointmentId),
};

/** Rows whose span (every occurrence of a series) overlaps [fromUtc, toUtc). */
export const spanOverlaps = (fromUtc: string, toUtc: string): SQL =>
  and(lt(appointments.spanStartUtc, toUtc), gt(appointments.spanEndUtc, fromUtc)) as SQL;

/** Calendar rows whose span overlaps [fromUtc, toUtc), plus any extra condition. */
export function calendarRowsOverlapping(db: OfficeDb, fromUtc: string, toUtc: string, extra?: SQL) {
  return db.orm.select(calendarColumns).from(appointments).where(and(spanOverlaps(fromUtc, toUtc), extra)).all();
}

export type CalendarRow = ReturnType<typeof calendarRowsOverlapping>[number];
