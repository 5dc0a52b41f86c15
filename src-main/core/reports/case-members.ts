import { eq, or } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { persons } from '../db/schema';

export type PersonRow = typeof persons.$inferSelect;

/** The people a case covers: its primary person and, for a family case, every member of the household. */
export function caseMembers(db: OfficeDb, c: { primaryPersonId: string; householdId: string | null }): PersonRow[] {
  const covers = c.householdId ? or(eq(persons.id, c.primaryPersonId), eq(persons.householdId, c.householdId)) : eq(persons.id, c.primaryPersonId);
  return db.orm.select().from(persons).where(covers).all();
}
