// Arabic script → Latin consonant skeleton, written directly in the canonical spelling of
// variants.ts (kh→h, sh, j→y, w→v, q→k), because Arabic-script names skip the variant rules.
//
// Honest limits: Arabic writes no short vowels, so "محمد" only yields "mhmd". Such a key can
// only be compared vowel-blind (consonantSkeleton), which also makes different names with the
// same consonants collide (محمد ~ Mahmud ~ Mehmed). Names written with harakat are read without
// them. ح/ه/خ all become h, ص/س both s, ط/ت both t, the article (al-/el-) stays part of the word,
// and the Persian/Kurdish letters get a plain one-letter reading. It is a search aid, not a
// transliteration standard.

export type ArabicReading = 0 | 1;

/** Letters whose Latin spelling differs by region: [Arabic/Levantine usage, Egyptian/Turkish/Persian usage]. */
const TWO_READINGS: Readonly<Record<string, readonly [string, string]>> = {
  ث: ['t', 's'], // Uthman / Osman
  ذ: ['d', 'z'], // Dhikra / Zikra
  ج: ['y', 'g'], // Jamal / Gamal (canonical j is y, see variants.ts)
};

const ONE_READING: Readonly<Record<string, string>> = {
  // Alif, hamza carriers, ta marbuta and ayn stand for vowels in Latin spellings (Ali, Omar, Fatima).
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ى: 'a',
  ة: 'a',
  ع: 'a',
  ؤ: 'u',
  ئ: 'y',
  ي: 'y',
  ی: 'y',
  ب: 'b',
  ت: 't',
  ح: 'h',
  خ: 'h',
  د: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ہ: 'h',
  ھ: 'h',
  ۀ: 'a',
  // Persian, Urdu and Kurdish (Sorani) additions.
  پ: 'p',
  چ: 'tsh',
  ژ: 'sh',
  گ: 'g',
  ڤ: 'v',
  ڕ: 'r',
  ڵ: 'l',
  ٹ: 't',
  ڈ: 'd',
  ڑ: 'r',
  ں: 'n',
  ە: 'e',
  ۆ: 'o',
  ێ: 'e',
  ۇ: 'u',
  ے: 'e',
};

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Letters after which و is the consonant w (Marwan, Nawal) rather than the long vowel u (Mahmud). */
const LONG_A = new Set(['ا', 'آ', 'ى']);

export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

/**
 * Transliterates the Arabic-script letters of a text (reading 0: Arabic usage, 1: the regional
 * alternative). Harakat, shadda, tatweel and other signs are dropped; non-Arabic characters pass through.
 */
export function transliterateArabic(text: string, reading: ArabicReading): string {
  // NFKC turns presentation forms and ligatures (ﷲ) into plain letters; harakat and tatweel
  // go first so that the neighbours of و are letters.
  const chars = [...text.normalize('NFKC').replace(/[\p{M}\u0640]/gu, '')];
  let out = '';
  chars.forEach((ch, i) => {
    if (ch === 'و') {
      const wordStart = i === 0 || !ARABIC_SCRIPT.test(chars[i - 1] ?? '');
      out += wordStart || LONG_A.has(chars[i + 1] ?? '') ? 'v' : 'u';
      return;
    }
    const latin = TWO_READINGS[ch]?.[reading] ?? ONE_READING[ch];
    if (latin !== undefined) out += latin;
    else if (!ARABIC_SCRIPT.test(ch)) out += ch;
  });
  return out;
}
