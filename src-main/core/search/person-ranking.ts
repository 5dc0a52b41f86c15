import type { SearchMatch } from '../../contract/channels/search';
import { matchLevel, nameMatchScore } from '../names';
import { personNameStrings } from '../persons/person-names';
import type { PersonRow } from '../persons/persons-repo';

/** A prefix hit while typing ranks just below an exact match and above a transliteration variant. */
export const PREFIX_SCORE = 0.9;
/** Only the beginning of a name word matched through a transliteration: a weak hit while typing. */
const TYPING_SCORE = 0.45;

/** The best full-word score over all of a person's spellings (one scoring call per spelling). */
function bestName(query: string, p: PersonRow): { score: number; name: string } {
  let best = { score: 0, name: '' };
  for (const name of personNameStrings(p)) {
    const score = nameMatchScore(query, name);
    if (score > best.score) best = { score, name };
  }
  return best;
}

/**
 * How well a person matches: exact and close full-word matches keep their level; a typed beginning
 * of the exact spelling (full-text prefix hit) ranks as prefix; a beginning matched only through
 * the name keys ranks last. The match level is only computed where the score cannot tell it.
 */
export function rankPerson(query: string, p: PersonRow, ftsHit: boolean): { score: number; match: SearchMatch } {
  const best = bestName(query, p);
  if (best.score === 1) return { score: 1, match: 'exact' };
  const level = best.score > 0 ? matchLevel(query, best.name) : 'none';
  if (level !== 'none' && best.score >= PREFIX_SCORE) return { score: best.score, match: level };
  if (ftsHit) return { score: PREFIX_SCORE, match: 'prefix' };
  return level === 'none' ? { score: TYPING_SCORE, match: 'prefix' } : { score: best.score, match: level };
}
