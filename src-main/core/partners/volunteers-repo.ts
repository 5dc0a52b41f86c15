import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { VolunteerView } from '../../contract/channels/volunteers';
import type { OfficeDb } from '../db/open-encrypted';
import { volunteerCases, volunteers } from '../db/schema';

export type VolunteerRow = typeof volunteers.$inferSelect;
export type VolunteerValues = Omit<typeof volunteers.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export const VOLUNTEER_NOT_FOUND = 'Diese ehrenamtliche Person ist nicht verzeichnet.';

/** Views with their case links, read in one query for the whole list. */
export function toVolunteerViews(db: OfficeDb, rows: VolunteerRow[]): VolunteerView[] {
  const links = rows.length
    ? db.orm.select().from(volunteerCases).where(inArray(volunteerCases.volunteerId, rows.map((r) => r.id))).all()
    : [];
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    helpsWith: r.helpsWith,
    contact: r.contact,
    active: r.active,
    caseIds: links.filter((l) => l.volunteerId === r.id).map((l) => l.caseId).sort(),
    version: r.version,
  }));
}

export const allVolunteers = (db: OfficeDb): VolunteerRow[] => db.orm.select().from(volunteers).orderBy(asc(volunteers.displayName)).all();

export function volunteersOfCase(db: OfficeDb, caseId: string): VolunteerRow[] {
  return db.orm
    .select({ v: volunteers })
    .from(volunteerCases)
    .innerJoin(volunteers, eq(volunteers.id, volunteerCases.volunteerId))
    .where(eq(volunteerCases.caseId, caseId))
    .orderBy(asc(volunteers.displayName))
    .all()
    .map((r) => r.v);
}

export const findVolunteer = (db: OfficeDb, id: string): VolunteerRow | undefined =>
  db.orm.select().from(volunteers).where(eq(volunteers.id, id)).get();

export const insertVolunteer = (db: OfficeDb, values: VolunteerValues): VolunteerRow =>
  db.orm.insert(volunteers).values({ id: randomUUID(), ...values }).returning().get();

export function updateVolunteerRow(db: OfficeDb, id: string, values: Partial<VolunteerValues> & { version: number; updatedAt: string }): VolunteerRow {
  const row = db.orm.update(volunteers).set(values).where(eq(volunteers.id, id)).returning().get();
  if (!row) throw new Error('volunteer vanished inside its transaction');
  return row;
}

/** Adds the link; true when it was new. */
export const linkVolunteer = (db: OfficeDb, volunteerId: string, caseId: string): boolean =>
  db.orm.insert(volunteerCases).values({ volunteerId, caseId }).onConflictDoNothing().run().changes > 0;

/** Removes the link; true when there was one. */
export const unlinkVolunteer = (db: OfficeDb, volunteerId: string, caseId: string): boolean =>
  db.orm
    .delete(volunteerCases)
    .where(and(eq(volunteerCases.volunteerId, volunteerId), eq(volunteerCases.caseId, caseId)))
    .run().changes > 0;
