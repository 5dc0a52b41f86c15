import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { HouseholdView } from '../../contract/channels/households';
import type { OfficeDb } from '../db/open-encrypted';
import { cases, households, persons } from '../db/schema';
import { toPersonSummary } from './persons-repo';

export type HouseholdRow = typeof households.$inferSelect;

export const HOUSEHOLD_NOT_FOUND = 'Dieser Haushalt existiert nicht.';

export const findHousehold = (db: OfficeDb, id: string): HouseholdRow | undefined =>
  db.orm.select().from(households).where(eq(households.id, id)).get();

export function insertHousehold(db: OfficeDb, values: Omit<typeof households.$inferInsert, 'id'>, at: Date): HouseholdRow {
  const stamp = at.toISOString();
  return db.orm.insert(households).values({ ...values, id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function updateHouseholdRow(db: OfficeDb, id: string, values: Partial<HouseholdRow>): void {
  db.orm.update(households).set(values).where(eq(households.id, id)).run();
}

/** The cases a household belongs to (normally one). */
export const casesOfHousehold = (db: OfficeDb, householdId: string) =>
  db.orm.select().from(cases).where(eq(cases.householdId, householdId)).all();

export function householdView(db: OfficeDb, id: string): HouseholdView | null {
  const h = findHousehold(db, id);
  if (!h) return null;
  const members = db.orm.select().from(persons).where(eq(persons.householdId, id)).orderBy(persons.createdAt).all();
  return {
    id: h.id,
    label: h.label,
    kommuneId: h.kommuneId,
    street: h.street,
    postalCode: h.postalCode,
    city: h.city,
    version: h.version,
    members: members.map(toPersonSummary),
  };
}
