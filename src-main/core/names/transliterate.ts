// One entry point for "make this name Latin", whatever script it was typed in.
import { foldLatin } from './fold';
import { hasArabicScript, transliterateArabic, type ArabicReading } from './transliterate-arabic';
import { cyrillicLanguages, transliterateCyrillic, type CyrillicLanguage } from './transliterate-cyrillic';

/**
 * All Latin spellings of a text, not yet folded (Latin diacritics are kept for the spelled-out
 * fold). Several when the source is ambiguous: Cyrillic without a language-specific letter
 * (uk/ru), Arabic letters with regional readings. The primary spelling comes first.
 * `languages` lets a caller decide the Cyrillic language once for a whole name.
 */
export function latinSpellings(text: string, languages: readonly CyrillicLanguage[] = cyrillicLanguages(text)): string[] {
  const arabicReadings: ArabicReading[] = hasArabicScript(text) ? [0, 1] : [0];
  const spellings = languages.flatMap((language) => {
    const cyrillicDone = transliterateCyrillic(text, language);
    return arabicReadings.map((reading) => transliterateArabic(cyrillicDone, reading));
  });
  return [...new Set(spellings)];
}

/** All folded Latin readings of a text (see {@link latinSpellings}), primary first. */
export function toLatinReadings(text: string): string[] {
  return [...new Set(latinSpellings(text).map(foldLatin))];
}

/** The primary folded Latin reading of a text in Latin, Cyrillic or Arabic script. */
export function toLatin(text: string): string {
  return toLatinReadings(text)[0] ?? '';
}
