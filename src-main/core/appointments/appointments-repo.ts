import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { OccurrenceOverride, Series } from '../calendar/recurrence';
import type { RecurrenceRule } from '../calendar/recurrence-rule';
import { idList } from '../db/id-list';
import type { OfficeDb } from '../db/open-encrypted';
import { appointmentPersons, appointmentStaff, appointments } from '../db/schema';
import { AppError } from '../errors';

// Rows of the appointment tables and the JSON columns inside them. Callers run writes inside
// their transaction; nothing here appends audit events.

export type AppointmentRow = typeof appointments.$inferSelect;
/** The columns that make a row a single appointment or a series. */
export type SeriesFields = Pick<AppointmentRow, 'startUtc' | 'endUtc' | 'allDay' | 'rule' | 'exdates' | 'overrides'>;
export type AppointmentColumns = Omit<AppointmentRow, 'id' | 'uid' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy'>;

export const APPOINTMENT_NOT_FOUND = 'Dieser Termin existiert nicht.';
export const STALE = 'Der Termin wurde inzwischen geändert. Bitte laden Sie ihn neu.';

/** The row plus its staff and participating persons. */
export interface LoadedAppointment {
  row: AppointmentRow;
  staffIds: string[];
  personIds: string[];
}

const parseJson = <T>(value: string | null, fallback: T): T => (value === null ? fallback : (JSON.parse(value) as T));

export const ruleOf = (row: Pick<AppointmentRow, 'rule'>): RecurrenceRule | null => parseJson<RecurrenceRule | null>(row.rule, null);

/** The row as a series of the pure calendar module, or null for a single appointment. */
export function seriesOf(row: SeriesFields): Series | null {
  const rule = ruleOf(row);
  if (!rule) return null;
  return {
    startUtc: row.startUtc,
    endUtc: row.endUtc,
    allDay: row.allDay,
    rule,
    exdates: parseJson<string[]>(row.exdates, []),
    overrides: parseJson<OccurrenceOverride[]>(row.overrides, []),
  };
}

/** Columns that store a series (or clear them for a single appointment). */
export const seriesColumns = (s: Series | null, seriesTime: string | null) => ({
  // Both ends always present (null when unused), however the rule arrived (dialog or import).
  rule: s ? JSON.stringify({ ...s.rule, until: s.rule.until ?? null, count: s.rule.count ?? null }) : null,
  seriesTime: s ? seriesTime : null,
  exdates: JSON.stringify(s?.exdates ?? []),
  overrides: JSON.stringify(s?.overrides ?? []),
});

export const roomKeyOf = (room: string | null | undefined): string | null => room?.trim().toLocaleLowerCase('de') || null;

export function loadAppointment(db: OfficeDb, id: string): LoadedAppointment {
  const row = db.orm.select().from(appointments).where(eq(appointments.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', APPOINTMENT_NOT_FOUND);
  const links = linksOf(db, [id]);
  return { row, staffIds: links.staff.get(id) ?? [], personIds: links.persons.get(id) ?? [] };
}

/** Staff and person ids of many appointments in two queries. */
export function linksOf(db: OfficeDb, ids: readonly string[]): { staff: Map<string, string[]>; persons: Map<string, string[]> } {
  const staff = new Map<string, string[]>();
  const persons = new Map<string, string[]>();
  const list = idList(new Set(ids));
  const staffRows = db.orm
    .select()
    .from(appointmentStaff)
    .where(inArray(appointmentStaff.appointmentId, list))
    .orderBy(asc(appointmentStaff.appointmentId), asc(appointmentStaff.userId))
    .all();
  for (const r of staffRows) push(staff, r.appointmentId, r.userId);
  const personRows = db.orm
    .select()
    .from(appointmentPersons)
    .where(inArray(appointmentPersons.appointmentId, list))
    .orderBy(asc(appointmentPersons.appointmentId), asc(appointmentPersons.personId))
    .all();
  for (const r of personRows) push(persons, r.appointmentId, r.personId);
  return { staff, persons };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Splits id lists for IN (…) so no query exceeds SQLite's parameter limit. */
export function chunks<T>(items: readonly T[], size = 900): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function insertAppointment(
  db: OfficeDb,
  cols: AppointmentColumns,
  links: { staffIds: string[]; personIds: string[] },
  meta: { createdBy: string; at: Date; uid?: string },
): AppointmentRow {
  const id = randomUUID();
  const stamp = meta.at.toISOString();
  const row = db.orm
    .insert(appointments)
    .values({ ...cols, id, uid: meta.uid ?? `${id}@kim-fallakte`, createdBy: meta.createdBy, version: 0, createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
  replaceLinks(db, id, links);
  return row;
}

/** Updates columns if the stored version is still `expected`; CONFLICT otherwise. */
export function updateAppointment(db: OfficeDb, row: AppointmentRow, cols: Partial<AppointmentColumns>, at: Date): AppointmentRow {
  const next = db.orm
    .update(appointments)
    .set({ ...cols, version: row.version + 1, updatedAt: at.toISOString() })
    .where(eq(appointments.id, row.id))
    .returning()
    .get();
  if (!next) throw new AppError('NOT_FOUND', APPOINTMENT_NOT_FOUND);
  return next;
}

export function assertVersion(row: AppointmentRow, version: number | undefined): void {
  if (version === undefined || row.version !== version) throw new AppError('CONFLICT', STALE, { currentVersion: row.version });
}

export function replaceLinks(db: OfficeDb, id: string, links: { staffIds: string[]; personIds: string[] }): void {
  db.orm.delete(appointmentStaff).where(eq(appointmentStaff.appointmentId, id)).run();
  db.orm.delete(appointmentPersons).where(eq(appointmentPersons.appointmentId, id)).run();
  const staff = [...new Set(links.staffIds)];
  const persons = [...new Set(links.personIds)];
  if (staff.length > 0) db.orm.insert(appointmentStaff).values(staff.map((userId) => ({ appointmentId: id, userId }))).run();
  if (persons.length > 0) db.orm.insert(appointmentPersons).values(persons.map((personId) => ({ appointmentId: id, personId }))).run();
}
