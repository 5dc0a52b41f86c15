// Turns what a user types into a safe FTS5 query: every word becomes a quoted prefix term
// ("olen"* "shev"*), so typing finds as you type and no FTS5 syntax in the input can break the
// query. Diacritics are folded by the tokenizer (unicode61 remove_diacritics 2) on both sides.

const MAX_TERMS = 8;

/** The words of a query (letters and digits in any script). */
export const queryWords = (input: string): string[] => (input.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);

/** A MATCH expression with every word as a prefix term, or null when there is nothing to search for. */
export function toFtsQuery(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '')}"*`).join(' ');
}
