import type { DuplicateCandidate, DuplicateCheckResult } from '../../contract/channels/persons';
import { appendAudit } from '../audit/audit-log';
import { readableCaseIds } from '../cases/case-access';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction } from '../db/open-encrypted';
import { matchLevel, nameMatchScore } from '../names';
import { ensureNameKeysCurrent, personIdsMatchingName } from '../search/name-key-index';
import { personNameStrings } from './person-names';
import { casesOfPersons, findPersons, type PersonRow } from './persons-repo';

const MAX_CANDIDATES = 20;

/** Levels that count as "the same name" for a duplicate; vowel-blind skeletons alone are too loose. */
const SAME_NAME = new Set(['exact', 'variant', 'phonetic']);

function sameName(query: string, p: PersonRow): number {
  const names = personNameStrings(p).filter((n) => SAME_NAME.has(matchLevel(query, n)));
  return Math.max(0, ...names.map((n) => nameMatchScore(query, n)));
}

/**
 * Persons who may be the one being entered: every name word matches by key (variant or phonetic,
 * any transliteration) and the birth year is the same or unknown on either side. Candidates in
 * cases the caller may not read are only counted.
 */
export function findDuplicates(
  ctx: CaseCtx,
  input: { familyName: string; givenNames: string; birthYear?: number | null | undefined; excludePersonId?: string | undefined },
): DuplicateCheckResult {
  const { db } = ctx;
  ensureNameKeysCurrent(db);
  const query = `${input.givenNames} ${input.familyName}`.trim();
  return inTransaction(db, () => {
    appendAudit(db, { userId: ctx.actor.userId, action: 'person.duplicateCheck' }, ctx.at);
    const year = input.birthYear ?? null;
    const matches = findPersons(db, personIdsMatchingName(db, query))
      .filter((p) => p.id !== input.excludePersonId)
      .filter((p) => year === null || p.birthYear === null || p.birthYear === year)
      .map((p) => ({ p, score: sameName(query, p) }))
      .filter((m) => m.score > 0);
    const refs = casesOfPersons(db, matches.map((m) => m.p.id));
    const readableIds = readableCaseIds(db, ctx.actor, refs.map((r) => r.caseId));
    let hiddenMatches = 0;
    const candidates: DuplicateCandidate[] = [];
    for (const { p, score } of matches) {
      const readable = refs.filter((r) => r.personId === p.id && readableIds.has(r.caseId));
      if (readable.length === 0) {
        hiddenMatches++;
        continue;
      }
      candidates.push({
        personId: p.id,
        familyName: p.familyName,
        givenNames: p.givenNames,
        birthYear: p.birthYear,
        score,
        cases: readable.map((r) => ({ caseId: r.caseId, caseNumber: r.caseNumber })),
      });
    }
    candidates.sort((a, b) => b.score - a.score || a.familyName.localeCompare(b.familyName, 'de'));
    return { candidates: candidates.slice(0, MAX_CANDIDATES), hiddenMatches };
  });
}
