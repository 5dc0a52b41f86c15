// Kölner Phonetik (Postel 1969), coded like the widely used Apache Commons Codec implementation:
// a leading H is skipped, a later H codes "-" (no digit, but it separates equal digits),
// equal neighbouring digits collapse, and "0" (vowel) is kept only as the very first digit.
import { foldLatin } from './fold';

const VOWELS = new Set('aeijouy');
const isOneOf = (letters: string, ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && letters.includes(ch);

/** "-" marks an H: no digit, but a separator. */
const H_CODE = '-';

/** The code of each letter of an a–z word, in order (X yields two codes, 4 and 8). */
function letterCodes(word: string): string[] {
  const codes: string[] = [];
  let started = false; // "im Anlaut": no letter other than a leading H coded yet
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const prev = word[i - 1];
    const next = word[i + 1];
    if (ch === 'h') {
      if (started) codes.push(H_CODE);
      continue;
    }
    codes.push(...codeOf(ch, prev, next, !started));
    started = true;
  }
  return codes;
}

function codeOf(ch: string, prev: string | undefined, next: string | undefined, initial: boolean): string[] {
  if (VOWELS.has(ch)) return ['0'];
  switch (ch) {
    case 'b':
      return ['1'];
    case 'p':
      return [next === 'h' ? '3' : '1'];
    case 'd':
    case 't':
      return [isOneOf('csz', next) ? '8' : '2'];
    case 'f':
    case 'v':
    case 'w':
      return ['3'];
    case 'g':
    case 'k':
    case 'q':
      return ['4'];
    case 'x':
      return isOneOf('ckq', prev) ? ['8'] : ['4', '8'];
    case 'l':
      return ['5'];
    case 'm':
    case 'n':
      return ['6'];
    case 'r':
      return ['7'];
    case 's':
    case 'z':
      return ['8'];
    case 'c':
      if (initial) return [isOneOf('ahkloqrux', next) ? '4' : '8'];
      return [isOneOf('sz', prev) || !isOneOf('ahkoqux', next) ? '8' : '4'];
    default:
      return [];
  }
}

/** The letters of a name as one a–z word: folded, spaces and hyphens dropped (Müller-Lüdenscheidt is one code). */
const lettersOf = (text: string): string => foldLatin(text).replace(/ /g, '');

/** Kölner Phonetik code of a text, e.g. "Müller-Lüdenscheidt" → "65752682". Empty for a text without letters. */
export function koelnerPhonetik(text: string): string {
  let out = '';
  let last = '';
  for (const code of letterCodes(lettersOf(text))) {
    if (code !== H_CODE && code !== last && (code !== '0' || last === '')) out += code;
    last = code;
  }
  return out;
}

/**
 * Vowel-blind variant for comparing with scripts that omit vowels (Arabic): the same letter codes
 * with every vowel and H dropped before equal digits collapse, so "mhmd" and "mohammed" both give
 * "62". A leading "0" records only that the word starts with a vowel letter (Ahmed "062" ≠ Mohammed "62").
 */
export function consonantSkeleton(text: string): string {
  const letters = lettersOf(text);
  let out = VOWELS.has(letters[0] ?? '') ? '0' : '';
  for (const code of letterCodes(letters)) {
    if (code !== H_CODE && code !== '0' && !out.endsWith(code)) out += code;
  }
  return out;
}
