import { parseJson, type PersonRow } from './persons-repo';

/** Every spelling a person is known by: the name as written in Latin, the original script and the alternatives. */
export function personNameStrings(p: Pick<PersonRow, 'givenNames' | 'familyName' | 'originalScriptName' | 'altSpellings'>): string[] {
  const alt = parseJson<unknown>(p.altSpellings, []);
  const alternatives = Array.isArray(alt) ? alt.filter((a): a is string => typeof a === 'string') : [];
  return [`${p.givenNames} ${p.familyName}`, p.originalScriptName ?? '', ...alternatives].filter((n) => n.trim().length > 0);
}

/** "Given Family" for titles and lists. */
export const displayName = (p: Pick<PersonRow, 'givenNames' | 'familyName'>): string => `${p.givenNames} ${p.familyName}`;
