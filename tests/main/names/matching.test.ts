import { describe, expect, it } from 'vitest';
import { MATCH_WEIGHT, matchLevel, nameKeys, nameMatchScore, queryKeys, type MatchLevel } from '../../../src-main/core/names';
import { ARABIC_TO_LATIN, CYRILLIC_TO_LATIN, LATIN_VARIANT_GROUPS, NON_MATCHES } from './name-fixtures';

const atLeast = (level: MatchLevel, minimum: MatchLevel): boolean => MATCH_WEIGHT[level] >= MATCH_WEIGHT[minimum];

/** What a search does with the keys: every query word must share a key with the candidate's index keys. */
function foundBySearch(query: string, candidate: string): boolean {
  const indexed = new Set(nameKeys(candidate));
  const groups = queryKeys(query);
  return groups.length > 0 && groups.every((group) => group.some((key) => indexed.has(key)));
}

const pairsOf = <T>(items: readonly T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

describe('Latin variant groups', () => {
  it.each(LATIN_VARIANT_GROUPS.map((g) => [g.join(' / '), g] as const))('%s match pairwise, both ways, at least phonetically', (_, group) => {
    for (const [a, b] of pairsOf(group)) {
      for (const [q, c] of [
        [a, b],
        [b, a],
      ] as const) {
        expect(atLeast(matchLevel(q, c), 'phonetic'), `${q} → ${c}`).toBe(true);
        expect(foundBySearch(q, c), `${q} finds ${c}`).toBe(true);
      }
    }
  });

  it.each([
    ['Sergey', 'Serhii'],
    ['Sergej', 'Serhiy'],
    ['Shevchenko', 'Schewtschenko'],
    ['Ševčenko', 'Shevchenko'],
    ['Jelena', 'Elena'],
    ['Youssef', 'Yousef'],
    ['Ahmed', 'Achmed'],
    ['Mustafa', 'Mustapha'],
    ['Mohammed', 'Mohamed'],
  ])('%s / %s match on the variant level', (a, b) => {
    expect(matchLevel(a, b)).toBe('variant');
  });

  it.each([
    ['Hüseyin', 'Huseyin'],
    ['Hüseyin', 'Hueseyin'],
    ['Çelik', 'Celik'],
    ['Şahin', 'Sahin'],
    ['Şahin', 'Schahin'],
    ['Erdoğan', 'Erdogan'],
    ['Yıldız', 'Yildiz'],
    ['Strauß', 'Strauss'],
    ['Jäger', 'Jager'],
    ['Jäger', 'Jaeger'],
    ['Ševčenko', 'Sevcenko'],
    ['MÜLLER', 'müller'],
  ])('diacritics: %s / %s match exactly', (a, b) => {
    expect(matchLevel(a, b)).toBe('exact');
    expect(matchLevel(b, a)).toBe('exact');
  });
});

describe('Cyrillic ↔ Latin', () => {
  it.each(CYRILLIC_TO_LATIN)('%s matches %j', (cyrillic, latins) => {
    for (const latin of latins) {
      expect(atLeast(matchLevel(cyrillic, latin), 'phonetic'), `${cyrillic} → ${latin}`).toBe(true);
      expect(atLeast(matchLevel(latin, cyrillic), 'phonetic'), `${latin} → ${cyrillic}`).toBe(true);
      expect(foundBySearch(latin, cyrillic) && foundBySearch(cyrillic, latin), `${latin} ↔ ${cyrillic}`).toBe(true);
    }
  });

  it('matches the passport spelling exactly', () => {
    expect(matchLevel('Олена Шевченко', 'Olena Shevchenko')).toBe('exact');
    expect(matchLevel('Сергій', 'Serhii')).toBe('exact');
    expect(matchLevel('Олександр', 'Oleksandr')).toBe('exact');
  });
});

describe('Arabic script ↔ Latin', () => {
  it.each(ARABIC_TO_LATIN)('%s matches %j at least on the skeleton level', (arabic, latins) => {
    for (const latin of latins) {
      expect(atLeast(matchLevel(arabic, latin), 'skeleton'), `${arabic} → ${latin}`).toBe(true);
      expect(atLeast(matchLevel(latin, arabic), 'skeleton'), `${latin} → ${arabic}`).toBe(true);
      expect(foundBySearch(latin, arabic) && foundBySearch(arabic, latin), `${latin} ↔ ${arabic}`).toBe(true);
    }
  });

  it('reaches only the skeleton level when the Latin spelling has vowels', () => {
    expect(matchLevel('محمد', 'Mohammed')).toBe('skeleton');
    expect(matchLevel('Fatima', 'فاطمة')).toBe('skeleton');
    expect(matchLevel('Fatma', 'فاطمة')).toBe('exact');
  });

  it('matches the same Arabic spelling exactly, with or without harakat', () => {
    expect(matchLevel('محمد', 'محمد')).toBe('exact');
    expect(matchLevel('مُحَمَّد', 'محمد')).toBe('exact');
  });

  it('never links two Latin names by the coarse skeleton alone', () => {
    // Same consonant skeleton (m-h-m-d), but only Arabic script may match by skeleton.
    expect(matchLevel('Mahdi', 'Mohammed')).toBe('none');
    expect(foundBySearch('Mahdi', 'Mohammed')).toBe(false);
    expect(matchLevel('Mahdi', 'محمد')).toBe('skeleton');
  });
});

describe('non-matches', () => {
  it.each(NON_MATCHES)('%s and %s do not match on any level', (a, b) => {
    expect(matchLevel(a, b)).toBe('none');
    expect(matchLevel(b, a)).toBe('none');
    expect(nameMatchScore(a, b)).toBe(0);
    expect(foundBySearch(a, b) || foundBySearch(b, a)).toBe(false);
  });
});

describe('nameMatchScore', () => {
  it('ranks exact above variant above phonetic above skeleton above no match', () => {
    const candidates = ['Ahmed', 'محمد', 'Muhammad', 'Mohamed', 'Mohammed'];
    const ranked = [...candidates].sort((x, y) => nameMatchScore('Mohammed', y) - nameMatchScore('Mohammed', x));
    expect(ranked).toEqual(['Mohammed', 'Mohamed', 'Muhammad', 'محمد', 'Ahmed']);
    expect(candidates.map((c) => matchLevel('Mohammed', c))).toEqual(['none', 'skeleton', 'phonetic', 'variant', 'exact']);
  });

  it('ignores word order and extra candidate words, and averages over the query words', () => {
    expect(nameMatchScore('Shevchenko Olena', 'Olena Petrivna Shevchenko')).toBe(1);
    expect(nameMatchScore('Olena Schewtschenko', 'Olena Shevchenko')).toBeCloseTo((MATCH_WEIGHT.exact + MATCH_WEIGHT.variant) / 2);
    expect(nameMatchScore('Olena Kovalenko', 'Olena Shevchenko')).toBeCloseTo(MATCH_WEIGHT.exact / 2);
    expect(matchLevel('Olena Kovalenko', 'Olena Shevchenko')).toBe('none');
  });

  it('uses each candidate word only once', () => {
    expect(nameMatchScore('Ali Ali', 'Ali')).toBeCloseTo(MATCH_WEIGHT.exact / 2);
    expect(nameMatchScore('Ali Ali', 'Ali Ali')).toBe(1);
  });

  it('scores 0 when either side has no name words', () => {
    expect(nameMatchScore('', 'Olena')).toBe(0);
    expect(nameMatchScore('Olena', ' - ')).toBe(0);
    expect(matchLevel('', '')).toBe('none');
  });
});
