// Matching keys of a person's name, for the search index and the duplicate check.
//
// Every word of a name gets keys on four levels, prefixed so they never collide:
//   f:<folded>     the word folded to a–z (both plain and spelled-out diacritics: muller, mueller)
//   v:<variant>    its canonical transliteration (variants.ts), once per reading of "ch"
//   p:<phonetic>   Kölner Phonetik of each variant
//   s:/a:<skeleton> vowel-blind consonant code (consonantSkeleton); Latin words are indexed as s:,
//                  Arabic-script words as a:. A query asks for the other script's prefix, so the
//                  coarse skeleton only ever links Latin/Cyrillic to Arabic, never Latin to Latin.
// Arabic-script words have no short vowels, so they only get f: (their consonant transliteration)
// and a: keys.
import { memoize } from '../memo';
import { foldLatin, foldLatinSpelledOut, splitNameWords } from './fold';
import { consonantSkeleton, koelnerPhonetik } from './koelner-phonetik';
import { latinSpellings, toLatin } from './transliterate';
import { hasArabicScript } from './transliterate-arabic';
import { cyrillicLanguages } from './transliterate-cyrillic';
import { variantFold, variantReadings } from './variants';

/** Bump whenever any step changes a key, so stored name keys are rebuilt. */
export const NAME_KEY_VERSION = 1;

/**
 * Kölner Phonetik of the canonical spelling ({@link variantFold}) of a name's primary Latin
 * reading. The index holds the codes of all readings (see wordKeys); this is the single-value view.
 */
export function phoneticKey(text: string): string {
  return koelnerPhonetik(variantFold(toLatin(text)));
}

/** The keys of one word of a name, on both sides of a lookup. */
export interface WordKeys {
  /** Keys stored in the index for this word. */
  readonly indexed: readonly string[];
  /** Keys a search for this word looks up. */
  readonly query: readonly string[];
}

const unique = (values: readonly string[]): string[] => [...new Set(values.filter((v) => v.length > 0))];
const prefixed = (prefix: string, values: readonly string[]): string[] => values.map((v) => `${prefix}:${v}`);

function latinWordKeys(folded: readonly string[]): WordKeys {
  const variants = unique(folded.flatMap(variantReadings));
  const skeletons = unique(variants.map(consonantSkeleton));
  const shared = [...prefixed('f', folded), ...prefixed('v', variants), ...prefixed('p', unique(variants.map(koelnerPhonetik)))];
  return { indexed: [...shared, ...prefixed('s', skeletons)], query: [...shared, ...prefixed('a', skeletons)] };
}

function arabicWordKeys(folded: readonly string[]): WordKeys {
  const skeletons = unique(folded.map(consonantSkeleton));
  const exact = prefixed('f', folded);
  const arabicSide = prefixed('a', skeletons);
  return { indexed: [...exact, ...arabicSide], query: [...exact, ...arabicSide, ...prefixed('s', skeletons)] };
}

// Memoised: ranking a search computes the keys of the query and of every candidate's spellings,
// and the same names come back search after search; transliteration is the expensive part.
const wordKeysOfText = memoize(
  (text: string): WordKeys[] => {
    const languages = cyrillicLanguages(text);
    return splitNameWords(text).flatMap((word) => {
      const spellings = latinSpellings(word, languages);
      if (hasArabicScript(word)) {
        const folded = unique(spellings.map(foldLatin));
        return folded.length > 0 ? [arabicWordKeys(folded)] : [];
      }
      const folded = unique(spellings.flatMap((s) => [foldLatin(s), foldLatinSpelledOut(s)]));
      return folded.length > 0 ? [latinWordKeys(folded)] : [];
    });
  },
  (text) => text,
);

/**
 * Keys of every word of a name (any script; a string or the name's parts). Words that fold to
 * nothing (punctuation, unsupported scripts) are left out. The Cyrillic language is decided
 * once for the whole name, since first name and surname share it.
 */
export function wordKeys(name: string | readonly string[]): readonly WordKeys[] {
  return wordKeysOfText(typeof name === 'string' ? name : name.join(' '));
}

/** The keys to store in the search index for one name: all words, deduplicated, sorted. */
export function nameKeys(name: string | readonly string[]): string[] {
  return [...new Set(wordKeys(name).flatMap((w) => w.indexed))].sort();
}

/**
 * The keys to look up for a search, one group per query word. A person matches when every group
 * shares at least one key with the person's {@link nameKeys}; rank the hits with nameMatchScore.
 */
export function queryKeys(query: string): string[][] {
  return wordKeys(query).map((w) => [...w.query]);
}
