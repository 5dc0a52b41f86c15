import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_KEY_VERSION, nameKeys, phoneticKey, queryKeys } from '../../../src-main/core/names';
import { ARABIC_TO_LATIN, CYRILLIC_TO_LATIN, LATIN_VARIANT_GROUPS } from './name-fixtures';

/** Letters names are typed with here: Latin with diacritics, Ukrainian/Russian Cyrillic, Arabic and Persian. */
const NAME_LETTERS = [
  ...'abcdefghijklmnopqrstuvwxyzäöüßçğışéèáàâêîôûñøåæœłđčšžćřý',
  ...'абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя',
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةپچژگی',
];
const nameWord = fc.array(fc.constantFrom(...NAME_LETTERS), { minLength: 1, maxLength: 12 }).map((l) => l.join(''));
const name = fc
  .tuple(fc.array(nameWord, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '-', ', '))
  .map(([words, separator]) => words.join(separator));
const fixtureNames = [...LATIN_VARIANT_GROUPS.flat(), ...CYRILLIC_TO_LATIN.flatMap(([c, l]) => [c, ...l]), ...ARABIC_TO_LATIN.flatMap(([a, l]) => [a, ...l])];
const anyName = fc.oneof(name, fc.constantFrom(...fixtureNames), fc.string({ unit: 'binary', maxLength: 30 }));

describe('nameKeys / queryKeys', () => {
  it('exposes a positive integer version for rebuilding the stored index', () => {
    expect(Number.isInteger(NAME_KEY_VERSION) && NAME_KEY_VERSION > 0).toBe(true);
  });

  it('gives the prefixed, deduplicated keys of every word', () => {
    const keys = nameKeys('Olena Olena Schewtschenko');
    expect(keys).toEqual([...new Set(keys)].sort());
    expect(keys).toEqual(expect.arrayContaining(['f:olena', 'f:schewtschenko', 'v:shevtshenko', 'p:056', 'p:83864']));
    expect(nameKeys(['Olena', 'Schewtschenko'])).toEqual(keys);
  });

  it('returns one key group per query word', () => {
    expect(queryKeys('Olena Shevchenko')).toHaveLength(2);
    expect(queryKeys(' ,- ')).toEqual([]);
  });

  it('only ever produces keys of the form prefix:[a-z0-9 ]', () => {
    fc.assert(
      fc.property(anyName, (n) => {
        for (const key of [...nameKeys(n), ...queryKeys(n).flat()]) expect(key).toMatch(/^[fvpsa]:[a-z0-9 ]+$/);
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic: the same name gives the same keys whatever was computed before', () => {
    fc.assert(
      fc.property(fc.array(anyName, { minLength: 2, maxLength: 6 }), (names) => {
        const forward = names.map((n) => nameKeys(n));
        const backward = [...names].reverse().map((n) => nameKeys(n)).reverse();
        expect(backward).toEqual(forward);
        expect(names.map((n) => queryKeys(n))).toEqual(names.map((n) => queryKeys(n)));
      }),
      { numRuns: 300 },
    );
  });

  it('lets every name find itself through its own keys', () => {
    fc.assert(
      fc.property(anyName, (n) => {
        const indexed = new Set(nameKeys(n));
        for (const group of queryKeys(n)) expect(group.some((k) => indexed.has(k))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on letter case', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(nameKeys(n.toUpperCase())).toEqual(nameKeys(n.toLowerCase()));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('phoneticKey', () => {
  const latinWord = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 1, maxLength: 12 }).map((l) => l.join(''));
  const combiningMark = fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCodePoint(c));

  it('does not change with case', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(phoneticKey(n.toUpperCase())).toBe(phoneticKey(n.toLowerCase()));
      }),
      { numRuns: 1000 },
    );
  });

  it('does not change with diacritics', () => {
    fc.assert(
      fc.property(latinWord, fc.array(fc.option(combiningMark), { minLength: 12, maxLength: 12 }), (word, marks) => {
        const decorated = [...word].map((ch, i) => ch + (marks[i] ?? '')).join('');
        expect(phoneticKey(decorated.normalize('NFC'))).toBe(phoneticKey(word));
      }),
      { numRuns: 1000 },
    );
    expect(phoneticKey('Ševčenko')).toBe(phoneticKey('Sevcenko'));
    expect(phoneticKey('Hüseyin')).toBe(phoneticKey('Huseyin'));
  });

  it('is the Kölner Phonetik of the canonical spelling', () => {
    expect(phoneticKey('Schewtschenko')).toBe('83864');
    expect(phoneticKey('Jewgeni')).toBe(phoneticKey('Yevhen'));
    expect(phoneticKey('Олександр')).toBe(phoneticKey('Alexander'));
  });
});
