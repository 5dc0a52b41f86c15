import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLatin, foldLatinSpelledOut, splitNameWords } from '../../../src-main/core/names';

describe('foldLatin', () => {
  it.each([
    ['Hüseyin', 'huseyin'],
    ['ÇELİK', 'celik'],
    ['Şahin', 'sahin'],
    ['Erdoğan', 'erdogan'],
    ['Yıldız', 'yildiz'],
    ['Strauß', 'strauss'],
    ['Ævar Øresund Łukasz Đorđe', 'aevar oresund lukasz dorde'],
    ["O'Brien", 'obrien'],
    ['  Müller-Lüdenscheidt,  Jörg  ', 'muller ludenscheidt jorg'],
    ['Ševčenko', 'sevcenko'],
    ['Анна 42', ''],
  ])('folds %s to %s', (input, expected) => {
    expect(foldLatin(input)).toBe(expected);
  });

  it('treats decomposed and precomposed diacritics alike', () => {
    expect(foldLatin('Hu\u0308seyin')).toBe(foldLatin('Hüseyin'));
  });

  it('is idempotent and only yields a–z words separated by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const folded = foldLatin(s);
        expect(foldLatin(folded)).toBe(folded);
        expect(folded).toMatch(/^([a-z]+( [a-z]+)*)?$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldLatinSpelledOut', () => {
  it.each([
    ['Müller', 'mueller'],
    ['Jäger', 'jaeger'],
    ['Öztürk', 'oeztuerk'],
    ['Ševčenko', 'schevtschenko'],
    ['Şahin', 'schahin'],
    ['Çelik', 'tschelik'],
    ['Strauß', 'strauss'],
  ])('spells out %s as %s', (input, expected) => {
    expect(foldLatinSpelledOut(input)).toBe(expected);
  });

  it('equals the plain fold for text without sound-bearing diacritics and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const spelled = foldLatinSpelledOut(s);
        expect(foldLatinSpelledOut(spelled)).toBe(spelled);
        expect(foldLatinSpelledOut(foldLatin(s))).toBe(foldLatin(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('splitNameWords', () => {
  it('splits on spaces, hyphens and punctuation but keeps apostrophes inside a word', () => {
    expect(splitNameWords("Abd-al Rahman, Mar'jana  Олена\tمحمد")).toEqual(['Abd', 'al', 'Rahman', "Mar'jana", 'Олена', 'محمد']);
  });
});
