import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { kommunen } from './people';

/**
 * The anonymous facts of a closed case that reports need, written at closure, so reports for past
 * periods stay the same when the case is later deleted or anonymised. No person ids, no names:
 * `facts` holds categories and counts only (see core/reports/case-facts.ts). `case_id` only ties
 * the snapshot to a case that still exists (replaced when the case is closed again) and becomes
 * NULL when the case is deleted. `manager_ids` are staff user ids, for the case managers' scope.
 */
export const caseStatSnapshots = sqliteTable(
  'case_stat_snapshots',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').references(() => cases.id, { onDelete: 'set null' }),
    kommuneId: text('kommune_id')
      .notNull()
      .references(() => kommunen.id),
    openedOn: text('opened_on').notNull(),
    closedOn: text('closed_on').notNull(),
    managerIds: text('manager_ids').notNull().default('[]'),
    facts: text('facts').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('case_stat_snapshots_case').on(t.caseId), index('case_stat_snapshots_period').on(t.closedOn, t.openedOn)],
);
