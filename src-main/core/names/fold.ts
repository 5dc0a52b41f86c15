// Latin folding: the first step of every name key. Locale-independent on purpose, so the same
// name gives the same key on every machine (Turkish ı/İ are handled explicitly, not via locale).

/** Letters that NFKD does not decompose into an ASCII base letter. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŋ: 'ng',
  ə: 'e',
  ĸ: 'k',
  ŧ: 't',
  ƒ: 'f',
  ʒ: 'z',
};

/**
 * Diacritics that carry a sound people also spell out with letters: German writes Müller as
 * Mueller, Ševčenko as Schewtschenko, Şahin as Schahin. Stripping them (the plain fold) and
 * spelling them out (this table) are both legitimate spellings, so keys are built from both.
 */
const SPELLED_OUT_DIACRITICS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  š: 'sch',
  ş: 'sch',
  ș: 'sch',
  ś: 'sch',
  ž: 'sch',
  ż: 'sch',
  ź: 'sch',
  č: 'tsch',
  ć: 'tsch',
  ç: 'tsch',
  ř: 'rsch',
  đ: 'dsch',
};

/** Apostrophe-like marks join the parts of a name (O'Brien, Mar'jana, Sa'ad) instead of splitting it. */
const APOSTROPHES = /['’ʼʻʿʾ`´]/gu;

/** Everything that separates two name words: anything but letters, combining marks, format chars (ZWNJ) and apostrophes. */
const TOKEN_SEPARATOR = /[^\p{L}\p{M}\p{Cf}'’ʼʻʿʾ`´]+/u;

/**
 * Folds Latin text to lower-case a–z words separated by single spaces: decomposes (NFKD),
 * drops combining marks, maps special letters (ß, ı, ø, ł …). Anything else (digits, other
 * scripts, punctuation) becomes a word break. Idempotent.
 */
export function foldLatin(text: string): string {
  const bare = text.replace(APOSTROPHES, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of bare) {
    out += ch >= 'a' && ch <= 'z' ? ch : (SPECIAL_LETTERS[ch] ?? ' ');
  }
  return out.replace(/ +/g, ' ').trim();
}

/** Like {@link foldLatin}, but spells out sound-bearing diacritics the German way (ü→ue, š→sch, č→tsch). */
export function foldLatinSpelledOut(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) out += SPELLED_OUT_DIACRITICS[ch] ?? ch;
  return foldLatin(out);
}

/** Splits a raw name (any script) into its words; hyphens, commas and spaces separate, apostrophes do not. */
export function splitNameWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(TOKEN_SEPARATOR)
    .filter((w) => w.length > 0);
}
