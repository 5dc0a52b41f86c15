import { eq, inArray } from 'drizzle-orm';
import type { DisputeEntity } from '../../contract/channels/disputes';
import type { OfficeDb } from '../db/open-encrypted';
import { assessments, cases, documents, followUps, goals, households, measures, notes, persons } from '../db/schema';
import { AppError } from '../errors';
import { casesOfPerson } from '../consents/person-access';
import { personsOfCase } from '../persons/persons-repo';

// Which cases an entry belongs to decides who may mark it as disputed; the entry must exist.

const NOT_FOUND = 'Der Eintrag, der als bestritten markiert werden soll, existiert nicht.';

const caseBound = { assessment: assessments, goal: goals, note: notes, follow_up: followUps, document: documents } as const;

function casesOfEntry(db: OfficeDb, entity: DisputeEntity, entityId: string): string[] | undefined {
  switch (entity) {
    case 'person':
      return db.orm.select({ id: persons.id }).from(persons).where(eq(persons.id, entityId)).get() ? casesOfPerson(db, entityId) : undefined;
    case 'household':
      return db.orm.select({ id: households.id }).from(households).where(eq(households.id, entityId)).get()
        ? db.orm.select({ id: cases.id }).from(cases).where(eq(cases.householdId, entityId)).all().map((c) => c.id)
        : undefined;
    case 'case':
      return db.orm.select({ id: cases.id }).from(cases).where(eq(cases.id, entityId)).get() ? [entityId] : undefined;
    case 'measure': {
      const row = db.orm.select({ caseId: goals.caseId }).from(measures).innerJoin(goals, eq(goals.id, measures.goalId)).where(eq(measures.id, entityId)).get();
      return row && [row.caseId];
    }
    default: {
      const table = caseBound[entity];
      const row = db.orm.select({ caseId: table.caseId }).from(table).where(eq(table.id, entityId)).get();
      return row && [row.caseId];
    }
  }
}

/** The cases of an existing entry, or NOT_FOUND. */
export function requireCasesOfEntry(db: OfficeDb, entity: DisputeEntity, entityId: string): string[] {
  const ids = casesOfEntry(db, entity, entityId);
  if (!ids) throw new AppError('NOT_FOUND', NOT_FOUND);
  return ids;
}

/** Every entry shown on a case page, by entity, to fetch their dispute markers at once. */
export function entriesOfCase(db: OfficeDb, caseId: string): { entity: DisputeEntity; ids: string[] }[] {
  const c = db.orm.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!c) return [];
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const goalIds = ids(db.orm.select({ id: goals.id }).from(goals).where(eq(goals.caseId, caseId)).all());
  const byCase = (entity: keyof typeof caseBound) => {
    const table = caseBound[entity];
    return { entity, ids: ids(db.orm.select({ id: table.id }).from(table).where(eq(table.caseId, caseId)).all()) };
  };
  return [
    { entity: 'case', ids: [caseId] },
    { entity: 'person', ids: ids(personsOfCase(db, c)) },
    { entity: 'household', ids: c.householdId ? [c.householdId] : [] },
    { entity: 'goal', ids: goalIds },
    { entity: 'measure', ids: goalIds.length ? ids(db.orm.select({ id: measures.id }).from(measures).where(inArray(measures.goalId, goalIds)).all()) : [] },
    byCase('assessment'),
    byCase('note'),
    byCase('follow_up'),
    byCase('document'),
  ];
}
