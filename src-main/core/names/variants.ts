// Variant folding: rewrites the many transliterations of one name (Schewtschenko / Shevchenko,
// Jewgeni / Yevhen, Youssef / Yusuf) to one canonical spelling. The rules run in the fixed order
// below, each over the whole word, so the result is deterministic. Upper-case letters are
// placeholders while the rules run, so a sound that has been recognised cannot be re-read by
// a later rule:
//   S = š/ž  (sh, sch, zh, shch's first half)    C = č  (tsch, tsh, tch, cz, English ch)
//   X = kh   (kh, German ch — merges with h)     J = dž (dsch, dzh, word-initial dj)
import { foldLatin } from './fold';

type Rule = readonly [pattern: RegExp, replacement: string];

/**
 * "ch" is ambiguous: German and Arabic-German spellings mean kh (Chalid, Achmed, Charkiw),
 * English spellings mean č (Shevchenko, Chernenko). Every word is folded once per reading.
 */
export type ChReading = 'kh' | 'tsch';
const CH_READINGS: readonly ChReading[] = ['kh', 'tsch'];

// 1. Consonant clusters, longest first (shch before sch/sh, dsch and tsch before sch).
const CLUSTERS: readonly Rule[] = [
  [/shch|schtsch|shtsh/g, 'SC'],
  [/dsch|dzh|^dj/g, 'J'],
  [/tsch|tsh|tch|cz/g, 'C'],
  [/sch|sh|zh/g, 'S'],
  [/kh/g, 'X'],
];

const CH: Readonly<Record<ChReading, readonly Rule[]>> = {
  kh: [[/ch/g, 'X']],
  // In English spellings a word-initial ch before r/l is k (Christina, Chloe), never č.
  tsch: [
    [/^ch(?=[rl])/g, 'k'],
    [/ch/g, 'C'],
  ],
};

// 2. Remaining spelling pairs of one consonant sound.
const CONSONANTS: readonly Rule[] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/gh/g, 'g'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/c(?=[aouklrq]|$)/g, 'k'],
  [/t[sz]/g, 'z'],
  [/w/g, 'v'],
];

// 3. Vowels: German umlaut spellings and ou/oo for u (Youssef, Mahmoud).
const VOWELS: readonly Rule[] = [
  [/ou|oo|ue/g, 'u'],
  [/ae/g, 'a'],
  [/oe/g, 'o'],
];

// 4. j/y/i: j is the German spelling of y (Jusuf, Sergej); y is i unless it is a glide between
//    vowels or at the word start (Dmytro→dmitro, Serhiy→serhii, Mariya→mariia); Russian initial
//    е is written e or ye (Elena / Yelena / Jelena); trailing -ei is -i (Sergei / Serhii).
const GLIDES: readonly Rule[] = [
  [/j/g, 'y'],
  [/^i(?=[aeiou])/g, 'y'],
  [/^ye/g, 'e'],
  [/(?<=[^aeou])y/g, 'i'],
  [/y(?![aeiou])/g, 'i'],
  [/ei$/g, 'i'],
];

// 5. h: Ukrainian г is h where Russian has g (Serhii / Sergei, Yevhen / Evgeny, Olha / Olga,
//    Hlib / Gleb); a final h after a vowel is silent (Abdullah / Abdulla, Fatemeh).
const H_SOUNDS: readonly Rule[] = [
  [/(?<=[bdfgklmnprstvz])h(?=[aeiouy])/g, 'g'],
  [/^h(?=[lr])/g, 'g'],
  [/(?<=[aeiouy])h$/g, ''],
];

// 6. Double letters are single (Mohammed / Mohamed, Youssef / Yusuf), then placeholders are spelled.
const FINISH: readonly Rule[] = [
  [/(.)\1+/g, '$1'],
  [/S/g, 'sh'],
  [/C/g, 'tsh'],
  [/X/g, 'h'],
  [/J/g, 'y'],
];

function foldWord(word: string, reading: ChReading): string {
  const pipeline = [CLUSTERS, CH[reading], CONSONANTS, VOWELS, GLIDES, H_SOUNDS, FINISH];
  return pipeline.flat().reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/** Folds each word of a Latin text; the rules above are written for a single word. */
function foldText(text: string, reading: ChReading): string {
  return foldLatin(text)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => foldWord(w, reading))
    .join(' ');
}

/** Canonical spelling of a Latin name (or several words), German reading of "ch". */
export function variantFold(text: string): string {
  return foldText(text, 'kh');
}

/** All canonical spellings of a Latin name, one per reading of "ch" (deduplicated, {@link variantFold} first). */
export function variantReadings(text: string): string[] {
  return [...new Set(CH_READINGS.map((reading) => foldText(text, reading)))];
}
