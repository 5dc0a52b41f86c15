import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { cases, persons } from '../db/schema';
import { searchAccessSql } from './search-access';

export interface FtsHit {
  entity: string;
  entityId: string;
  caseId: string | null;
  title: string;
  snippet: string | null;
  /** bm25: lower is better. */
  rank: number;
}


/** Full-text hits the actor may read, best first (title weighs ten times the body). */
export function ftsHits(db: OfficeDb, actor: Actor, match: string, limit = 200): FtsHit[] {
  const sql = `
    SELECT s.entity AS entity, s.entity_id AS entityId, s.case_id AS caseId, s.title AS title,
           snippet(search_index, 4, '', '', '…', 12) AS snippet, bm25(search_index, 0, 0, 0, 10.0, 1.0) AS rank
    FROM search_index s
    WHERE search_index MATCH :match AND ${searchAccessSql(actor)}
    ORDER BY rank LIMIT :limit`;
  return db.raw.prepare(sql).all({ match, userId: actor.userId, limit }) as FtsHit[];
}

/** Case number and primary person's name of some cases, for hit titles. */
export function caseLabels(db: OfficeDb, caseIds: readonly string[]): Map<string, { caseNumber: string; personName: string }> {
  if (caseIds.length === 0) return new Map();
  const rows = db.orm
    .select({ id: cases.id, caseNumber: cases.caseNumber, given: persons.givenNames, family: persons.familyName })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.primaryPersonId))
    .where(inArray(cases.id, [...new Set(caseIds)]))
    .all();
  return new Map(rows.map((r) => [r.id, { caseNumber: r.caseNumber, personName: `${r.given} ${r.family}` }]));
}
