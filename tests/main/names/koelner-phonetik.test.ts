import { describe, expect, it } from 'vitest';
import { consonantSkeleton, koelnerPhonetik } from '../../../src-main/core/names';

// Reference values: the examples of the Kölner Phonetik article and the Apache Commons Codec test suite.
describe('koelnerPhonetik', () => {
  it.each([
    ['Müller-Lüdenscheidt', '65752682'],
    ['Wikipedia', '3412'],
    ['Breschnew', '17863'],
    ['bergisch-gladbach', '174845214'],
    ['mönchengladbach', '664645214'],
    ['Müller', '657'],
    ['schmidt', '862'],
    ['schneider', '8627'],
    ['fischer', '387'],
    ['weber', '317'],
    ['wagner', '3467'],
    ['becker', '147'],
    ['hoffmann', '0366'],
    ['schÄfer', '837'],
    ['peter', '127'],
    ['pharma', '376'],
    ['deutsch', '28'],
    ['deutz', '28'],
    ['hamburg', '06174'],
    ['hannover', '0637'],
    ['christstollen', '478256'],
    ['Xanthippe', '48621'],
    ['Zacharias', '8478'],
    ['Holzbau', '0581'],
    ['matsch', '68'],
    ['matz', '68'],
    ['Arbeitsamt', '071862'],
    ['Eberhard', '01772'],
    ['Eberhardt', '01772'],
    ['heithabu', '021'],
    ['Aabjoe', '01'],
    ['Aaclan', '0856'],
    ['Aychlmajr', '04567'],
  ])('codes %s as %s', (word, code) => {
    expect(koelnerPhonetik(word)).toBe(code);
  });

  it.each([
    ['a', '0'],
    ['aa', '0'],
    ['ha', '0'],
    ['h', ''],
    ['aha', '0'],
    ['b', '1'],
    ['p', '1'],
    ['ph', '3'],
    ['f', '3'],
    ['v', '3'],
    ['w', '3'],
    ['g', '4'],
    ['k', '4'],
    ['q', '4'],
    ['x', '48'],
    ['ax', '048'],
    ['cx', '48'],
    ['l', '5'],
    ['cl', '45'],
    ['acl', '085'],
    ['mn', '6'],
    ['r', '7'],
    ['', ''],
    // A non-leading H codes nothing but still separates equal digits (Apache Commons semantics).
    ['mhm', '66'],
    ['hmhm', '66'],
  ])('edge case %j → %j', (word, code) => {
    expect(koelnerPhonetik(word)).toBe(code);
  });

  it.each([
    ['67', ['Meier', 'Maier', 'Mair', 'Meyer', 'Meyr', 'Mejer', 'Major']],
    ['65', ['mella', 'milah', 'moulla', 'mellah', 'muehle', 'mule']],
  ])('gives %s to every spelling of one name', (code, words) => {
    for (const w of words) expect(koelnerPhonetik(w)).toBe(code);
  });
});

describe('consonantSkeleton', () => {
  it('ignores vowels and h entirely, so vowel-less script matches vowelled spellings', () => {
    expect(consonantSkeleton('mhmd')).toBe('62');
    expect(consonantSkeleton('mohammed')).toBe('62');
    expect(consonantSkeleton('mnsur')).toBe(consonantSkeleton('mansur'));
    expect(koelnerPhonetik('mnsur')).not.toBe(koelnerPhonetik('mansur'));
  });

  it('keeps a leading 0 only for a word that starts with a vowel letter', () => {
    expect(consonantSkeleton('ahmed')).toBe('062');
    expect(consonantSkeleton('hussein')).toBe('86');
    expect(consonantSkeleton('')).toBe('');
  });
});
