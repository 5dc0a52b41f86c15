import type { Actor } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { casesOfPersons } from '../persons/persons-repo';
import { toFtsQuery } from './fts-query';
import { personIdsMatchingName } from './name-key-index';
import { ftsHits } from './search-queries';

/** A text query in the list may match many people; the list pages them. */
const MAX_LIST_HITS = 5_000;

/**
 * Cases whose number, intake reason or persons' names match a text query (the case list's search
 * box): full-text prefix hits plus name-key matches of any transliteration. Access is checked by
 * the caller's list query. Call ensureNameKeysCurrent before the caller's transaction.
 */
export function caseIdsMatching(db: OfficeDb, actor: Actor, query: string): string[] {
  const fts = toFtsQuery(query);
  const hits = fts ? ftsHits(db, actor, fts, MAX_LIST_HITS).filter((h) => h.entity === 'case' || h.entity === 'person') : [];
  const personIds = [...new Set([...hits.filter((h) => h.entity === 'person').map((h) => h.entityId), ...personIdsMatchingName(db, query, MAX_LIST_HITS, true)])];
  const fromPersons = casesOfPersons(db, personIds).map((r) => r.caseId);
  const fromCases = hits.flatMap((h) => (h.entity === 'case' && h.caseId ? [h.caseId] : []));
  return [...new Set([...fromCases, ...fromPersons])];
}
