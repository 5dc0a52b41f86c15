// Cyrillic → Latin. Ukrainian follows the official passport transliteration (KMU 2010), Russian
// the ICAO passport scheme, because the Latin names in our files mostly come from passports.
// German spellings (Schewtschenko, Jelena) are reached later by the variant rules, not here.

export type CyrillicLanguage = 'uk' | 'ru';

/** Letters that read the same in Ukrainian and Russian passports (and Belarusian ў). */
const COMMON: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  і: 'i',
  ґ: 'g',
};

/** Ukrainian: г is h (Serhii, Olha), и is y (Dmytro); iotated vowels differ at the word start. */
const UKRAINIAN: Readonly<Record<string, string>> = { г: 'h', и: 'y', й: 'i', ї: 'i', є: 'ie', ю: 'iu', я: 'ia' };
const UKRAINIAN_WORD_START: Readonly<Record<string, string>> = { й: 'y', ї: 'yi', є: 'ye', ю: 'yu', я: 'ya' };

const RUSSIAN: Readonly<Record<string, string>> = { г: 'g', и: 'i', й: 'i', ю: 'iu', я: 'ia' };

const UKRAINIAN_ONLY_LETTERS = /[іїєґ]/iu;
const RUSSIAN_ONLY_LETTERS = /[ыэёъ]/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Which transliteration(s) a text needs. Ukrainian and Russian write г and и differently in
 * Latin (h/g, y/i); when the text contains no letter that only one language has, both are returned.
 */
export function cyrillicLanguages(text: string): CyrillicLanguage[] {
  if (!CYRILLIC.test(text)) return ['uk'];
  if (UKRAINIAN_ONLY_LETTERS.test(text)) return ['uk'];
  if (RUSSIAN_ONLY_LETTERS.test(text)) return ['ru'];
  return ['uk', 'ru'];
}

/** Transliterates the Cyrillic letters of a text; everything else is passed through unchanged (lower-cased). */
export function transliterateCyrillic(text: string, language: CyrillicLanguage): string {
  const chars = [...text.normalize('NFC').toLowerCase()];
  let out = '';
  chars.forEach((ch, i) => {
    // An apostrophe (Мар'яна) sits inside the word, so я after it is not word-initial.
    const wordStart = i === 0 || !/[\p{L}'’ʼ]/u.test(chars[i - 1] ?? '');
    const latin =
      language === 'uk'
        ? ((wordStart ? UKRAINIAN_WORD_START[ch] : undefined) ?? UKRAINIAN[ch] ?? COMMON[ch])
        : (RUSSIAN[ch] ?? COMMON[ch]);
    out += latin ?? ch;
  });
  return out;
}
