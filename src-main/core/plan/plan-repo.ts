import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { AssessmentView, GoalView, MeasureView } from '../../contract/channels/plan';
import { OPEN_GOAL_STATUSES } from '../../contract/channels/casefile-fields';
import type { OfficeDb } from '../db/open-encrypted';
import { assessments, goals, measures, partners } from '../db/schema';

export type AssessmentRow = typeof assessments.$inferSelect;
export type GoalRow = typeof goals.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;

type Table = typeof assessments | typeof goals | typeof measures;

export const toAssessmentView = (r: AssessmentRow): AssessmentView => ({
  id: r.id,
  caseId: r.caseId,
  personId: r.personId,
  domain: r.domain,
  situation: r.situation,
  resources: r.resources,
  needs: r.needs,
  rating: r.rating,
  assessedOn: r.assessedOn,
  version: r.version,
  updatedAt: r.updatedAt,
});

const goalView = (r: GoalRow, ms: MeasureView[]): GoalView => ({
  id: r.id,
  caseId: r.caseId,
  personId: r.personId,
  domain: r.domain,
  description: r.description,
  dueOn: r.dueOn,
  responsible: r.responsible,
  status: r.status,
  attainment: r.attainment,
  version: r.version,
  measures: ms,
});

export const findAssessment = (db: OfficeDb, id: string) => db.orm.select().from(assessments).where(eq(assessments.id, id)).get();
export const findGoal = (db: OfficeDb, id: string) => db.orm.select().from(goals).where(eq(goals.id, id)).get();
export const findMeasure = (db: OfficeDb, id: string) => db.orm.select().from(measures).where(eq(measures.id, id)).get();

/** Inserts a new row with id, version 0 and timestamps; works for all three plan tables. */
export function insertPlanRow<T extends Table>(db: OfficeDb, table: T, values: Omit<T['$inferInsert'], 'id'>, at: Date): T['$inferSelect'] {
  const stamp = at.toISOString();
  const row = { ...values, id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp };
  return db.orm.insert(table).values(row as T['$inferInsert']).returning().get() as T['$inferSelect'];
}

export function updatePlanRow<T extends Table>(db: OfficeDb, table: T, id: string, values: Partial<T['$inferInsert']>): T['$inferSelect'] {
  return db.orm.update(table).set(values as never).where(eq(table.id, id)).returning().get() as T['$inferSelect'];
}

const measureColumns = {
  id: measures.id,
  goalId: measures.goalId,
  description: measures.description,
  partnerId: measures.partnerId,
  partnerName: partners.name,
  dueOn: measures.dueOn,
  status: measures.status,
  version: measures.version,
};

/** Measures with their partner's name (part B owns partners; only the id is stored here). */
const measureQuery = (db: OfficeDb) => db.orm.select(measureColumns).from(measures).leftJoin(partners, eq(partners.id, measures.partnerId));

export function measureViews(db: OfficeDb, goalIds: readonly string[]): MeasureView[] {
  if (goalIds.length === 0) return [];
  return measureQuery(db)
    .where(inArray(measures.goalId, [...goalIds]))
    .orderBy(asc(measures.createdAt))
    .all();
}

export function planOf(db: OfficeDb, caseId: string): { assessments: AssessmentView[]; goals: GoalView[] } {
  const as = db.orm.select().from(assessments).where(eq(assessments.caseId, caseId)).orderBy(asc(assessments.domain), asc(assessments.assessedOn)).all();
  const gs = db.orm.select().from(goals).where(eq(goals.caseId, caseId)).orderBy(asc(goals.createdAt)).all();
  const ms = measureViews(db, gs.map((g) => g.id));
  return { assessments: as.map(toAssessmentView), goals: gs.map((g) => goalView(g, ms.filter((m) => m.goalId === g.id))) };
}

export const goalViewOf = (db: OfficeDb, g: GoalRow): GoalView => goalView(g, measureViews(db, [g.id]));

export function measureView(db: OfficeDb, id: string): MeasureView {
  const view = measureQuery(db).where(eq(measures.id, id)).get();
  if (!view) throw new Error('measure vanished inside its transaction');
  return view;
}

/** Counts the phase rules need. */
export function planCounts(db: OfficeDb, caseId: string): { assessments: number; goals: number; openGoals: number } {
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  return {
    assessments: n(db.orm.select({ n: count() }).from(assessments).where(eq(assessments.caseId, caseId)).get()),
    goals: n(db.orm.select({ n: count() }).from(goals).where(eq(goals.caseId, caseId)).get()),
    openGoals: n(
      db.orm
        .select({ n: count() })
        .from(goals)
        .where(and(eq(goals.caseId, caseId), inArray(goals.status, [...OPEN_GOAL_STATUSES])))
        .get(),
    ),
  };
}

export const partnerExists = (db: OfficeDb, id: string): boolean =>
  db.orm.select({ id: partners.id }).from(partners).where(eq(partners.id, id)).get() !== undefined;
