// Ranking: how well a candidate's name matches a query, computed from the same keys the index holds,
// so a search hit and its score can never disagree.
import { wordKeys, type WordKeys } from './keys';

export type MatchLevel = 'exact' | 'variant' | 'phonetic' | 'skeleton' | 'none';

/** Weight of each level; the order (exact > variant > phonetic > skeleton) is what callers rely on. */
export const MATCH_WEIGHT: Readonly<Record<MatchLevel, number>> = {
  exact: 1,
  variant: 0.8,
  phonetic: 0.6,
  skeleton: 0.4,
  none: 0,
};

const LEVEL_OF_PREFIX: Readonly<Record<string, MatchLevel>> = { f: 'exact', v: 'variant', p: 'phonetic', s: 'skeleton', a: 'skeleton' };

function wordLevel(query: WordKeys, candidate: WordKeys): MatchLevel {
  const indexed = new Set(candidate.indexed);
  let best: MatchLevel = 'none';
  for (const key of query.query) {
    const level = indexed.has(key) ? (LEVEL_OF_PREFIX[key.slice(0, key.indexOf(':'))] ?? 'none') : 'none';
    if (MATCH_WEIGHT[level] > MATCH_WEIGHT[best]) best = level;
  }
  return best;
}

/**
 * Pairs each query word with a different candidate word (best pairs first; word order does not
 * matter, so "Shevchenko Olena" finds "Olena Shevchenko") and returns the level of each query word.
 */
function assignWords(queryName: string, candidateName: string): MatchLevel[] {
  const query = wordKeys(queryName);
  const candidate = wordKeys(candidateName);
  const pairs = query.flatMap((q, qi) => candidate.map((c, ci) => ({ qi, ci, level: wordLevel(q, c) })));
  pairs.sort((x, y) => MATCH_WEIGHT[y.level] - MATCH_WEIGHT[x.level] || x.qi - y.qi || x.ci - y.ci);
  const levels: MatchLevel[] = query.map(() => 'none');
  const usedQuery = new Set<number>();
  const usedCandidate = new Set<number>();
  for (const { qi, ci, level } of pairs) {
    if (level === 'none' || usedQuery.has(qi) || usedCandidate.has(ci)) continue;
    levels[qi] = level;
    usedQuery.add(qi);
    usedCandidate.add(ci);
  }
  return levels;
}

/**
 * Score in [0, 1] for ranking: the mean weight of the query words' best matches. 1 means every
 * query word matched exactly (after folding); extra candidate words (middle names) cost nothing.
 */
export function nameMatchScore(queryName: string, candidateName: string): number {
  const levels = assignWords(queryName, candidateName);
  if (levels.length === 0) return 0;
  return levels.reduce((sum, level) => sum + MATCH_WEIGHT[level], 0) / levels.length;
}

/** The weakest level at which every query word matches a candidate word ('none' if one does not match). */
export function matchLevel(queryName: string, candidateName: string): MatchLevel {
  const levels = assignWords(queryName, candidateName);
  if (levels.length === 0) return 'none';
  return levels.reduce((worst, level) => (MATCH_WEIGHT[level] < MATCH_WEIGHT[worst] ? level : worst), 'exact');
}
