import { z } from 'zod';
import { channel } from '../define';
import { requiredLine } from '../fields';

/** How a hit matched: by name key level, by prefix (typing) or by full text. */
export type SearchMatch = 'exact' | 'variant' | 'phonetic' | 'skeleton' | 'prefix' | 'text';

export interface SearchHit {
  /** person, case, note, partner, … */
  entity: string;
  entityId: string;
  /** The case to open for this hit (for a person: the first readable case). */
  caseId: string | null;
  caseNumber: string | null;
  title: string;
  /** A short excerpt of the matching text, if any. */
  snippet: string | null;
  match: SearchMatch;
  /** 0..1, exact name matches score 1. */
  score: number;
}

export const searchChannels = {
  'search.global': channel<SearchHit[]>()(
    z.object({ query: requiredLine(200), limit: z.number().int().min(1).max(50).default(20) }).strict(),
    'user',
  ),
};
