// Person-name matching keys for search and duplicate detection (pure, no I/O).
export { foldLatin, foldLatinSpelledOut, splitNameWords } from './fold';
export { toLatin, toLatinReadings, latinSpellings } from './transliterate';
export { variantFold, variantReadings, type ChReading } from './variants';
export { koelnerPhonetik, consonantSkeleton } from './koelner-phonetik';
export { NAME_KEY_VERSION, nameKeys, queryKeys, phoneticKey, wordKeys, type WordKeys } from './keys';
export { nameMatchScore, matchLevel, MATCH_WEIGHT, type MatchLevel } from './score';
