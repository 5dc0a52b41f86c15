import { and, eq, inArray, or, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { DisputeEntity } from '../../contract/channels/disputes';
import type { OfficeDb } from '../db/open-encrypted';
import { assessments, cases, disputes, documents, followUps, goals, households, measures, notes, persons } from '../db/schema';
import { AppError } from '../errors';
import { casesOfPerson } from '../consents/person-access';

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

/**
 * SQL condition on `disputes`: the dispute marks an entry shown on the case's page — the case, its
 * persons (primary and household) and household, and its goals, measures, assessments, notes,
 * follow-ups and documents. Sub-queries per entity, so the markers come in one indexed query.
 */
export function onCasePage(db: OfficeDb, caseId: Placeholder | string): SQL {
  const ofCase = (entity: DisputeEntity, ids: SQLWrapper) => and(eq(disputes.entity, entity), inArray(disputes.entityId, ids));
  const byCase = (entity: keyof typeof caseBound) => {
    const table = caseBound[entity];
    return ofCase(entity, db.orm.select({ id: table.id }).from(table).where(eq(table.caseId, caseId)));
  };
  const thisCase = db.orm.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId));
  const primary = db.orm.select({ id: cases.primaryPersonId }).from(cases).where(eq(cases.id, caseId));
  const members = db.orm.select({ id: persons.id }).from(persons).innerJoin(cases, eq(cases.householdId, persons.householdId)).where(eq(cases.id, caseId));
  const household = db.orm.select({ id: cases.householdId }).from(cases).where(eq(cases.id, caseId));
  const caseGoals = db.orm.select({ id: goals.id }).from(goals).where(eq(goals.caseId, caseId));
  const caseMeasures = db.orm.select({ id: measures.id }).from(measures).innerJoin(goals, eq(goals.id, measures.goalId)).where(eq(goals.caseId, caseId));
  return or(
    ofCase('case', thisCase),
    ofCase('person', primary),
    ofCase('person', members),
    ofCase('household', household),
    ofCase('goal', caseGoals),
    ofCase('measure', caseMeasures),
    byCase('assessment'),
    byCase('note'),
    byCase('follow_up'),
    byCase('document'),
  ) as SQL;
}
