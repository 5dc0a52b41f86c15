import type { SearchHit } from '../../contract/channels/search';
import { appendAudit } from '../audit/audit-log';
import { readableCaseIds } from '../cases/case-access';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { displayName } from '../persons/person-names';
import { casesOfPersons, findPersons } from '../persons/persons-repo';
import { PREFIX_SCORE, rankPerson } from './person-ranking';
import { caseLabels, ftsHits, type FtsHit } from './search-queries';
import { ensureNameKeysCurrent, personIdsMatchingName } from './name-key-index';
import { toFtsQuery } from './fts-query';

// Global search (Ctrl+K): full-text prefix search over every indexed entity plus the name-key
// index for persons, merged and ranked: exact name matches first, then prefix (typing), variant,
// phonetic and skeleton matches, then plain text hits. Only what the caller may read comes back.

const TEXT_SCORE = 0.5;
/** Name-key candidates to rank; more than a screenful of people is noise while typing. */
const MAX_NAME_HITS = 200;
const ENTITY_ORDER: Record<string, number> = { person: 0, case: 1, note: 2 };

interface Scored extends SearchHit {
  rank: number;
}

function personHits(db: OfficeDb, ctx: CaseCtx, query: string, ids: string[], fts: Map<string, FtsHit>): Scored[] {
  const persons = findPersons(db, ids);
  const all = casesOfPersons(db, ids);
  const readable = readableCaseIds(db, ctx.actor, all.map((r) => r.caseId));
  const refs = all.filter((r) => readable.has(r.caseId));
  // Name-key candidates are not access-filtered yet: a person without a readable case is left out.
  return persons.flatMap((p) => {
    const hit = fts.get(p.id);
    const ref = refs.filter((r) => r.personId === p.id).sort((a, b) => b.caseNumber.localeCompare(a.caseNumber))[0];
    if (!ref) return [];
    const year = p.birthYear ? ` (${p.birthYear})` : '';
    return {
      entity: 'person',
      entityId: p.id,
      caseId: ref.caseId,
      caseNumber: ref.caseNumber,
      title: `${displayName(p)}${year}`,
      snippet: p.originalScriptName,
      ...rankPerson(query, p, hit !== undefined),
      rank: hit?.rank ?? 0,
    };
  });
}

function otherHits(db: OfficeDb, query: string, hits: FtsHit[]): Scored[] {
  const labels = caseLabels(db, hits.flatMap((h) => (h.caseId ? [h.caseId] : [])));
  const typed = query.trim().toLowerCase();
  return hits.map((h) => {
    const label = h.caseId ? labels.get(h.caseId) : undefined;
    const titleMatch = h.title.toLowerCase() === typed ? 1 : h.title.toLowerCase().startsWith(typed) ? PREFIX_SCORE : 0;
    const title = h.entity === 'case' && label ? `${label.caseNumber} – ${label.personName}` : h.entity === 'note' && label ? label.caseNumber : h.title;
    return {
      entity: h.entity,
      entityId: h.entityId,
      caseId: h.caseId,
      caseNumber: label?.caseNumber ?? null,
      title,
      snippet: h.entity === 'case' && titleMatch > 0 ? null : h.snippet,
      match: titleMatch === 1 ? 'exact' : titleMatch > 0 ? 'prefix' : 'text',
      score: titleMatch || TEXT_SCORE,
      rank: h.rank,
    };
  });
}

export function searchAll(ctx: CaseCtx, input: { query: string; limit: number }): SearchHit[] {
  const { db } = ctx;
  ensureNameKeysCurrent(db);
  return inTransaction(db, () => {
    appendAudit(db, { userId: ctx.actor.userId, action: 'search.global' }, ctx.at);
    const fts = toFtsQuery(input.query);
    const hits = fts ? ftsHits(db, ctx.actor, fts) : [];
    const personFts = new Map(hits.filter((h) => h.entity === 'person').map((h) => [h.entityId, h]));
    const byKey = personIdsMatchingName(db, input.query, MAX_NAME_HITS, true);
    const personIds = [...new Set([...personFts.keys(), ...byKey])];
    const all = [...personHits(db, ctx, input.query, personIds, personFts), ...otherHits(db, input.query, hits.filter((h) => h.entity !== 'person'))];
    return all
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score || (ENTITY_ORDER[a.entity] ?? 9) - (ENTITY_ORDER[b.entity] ?? 9) || a.rank - b.rank || a.title.localeCompare(b.title, 'de'))
      .slice(0, input.limit)
      .map(({ rank: _rank, ...hit }) => hit);
  });
}
