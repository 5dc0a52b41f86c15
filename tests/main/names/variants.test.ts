import { describe, expect, it } from 'vitest';
import { variantFold, variantReadings } from '../../../src-main/core/names';

describe('variantFold', () => {
  it.each([
    // German and English spellings of one sound meet in one canonical spelling.
    [['Schewtschenko', 'Schevtschenko'], 'shevtshenko'],
    [['Schukow', 'Zhukov', 'Shukov'], 'shukov'],
    [['Schtscherbak', 'Shcherbak'], 'shtsherbak'],
    [['Dschamal', 'Dzhamal', 'Djamal', 'Jamal', 'Yamal'], 'yamal'],
    [['Khaled', 'Chaled', 'Haled'], 'haled'],
    [['Mustapha', 'Mustafa'], 'mustafa'],
    [['Thomas', 'Tomas'], 'tomas'],
    [['Alexander', 'Aleksander'], 'aleksander'],
    [['Kutsenko', 'Kuzenko', 'Kutzenko'], 'kuzenko'],
    [['Wiktor', 'Viktor'], 'viktor'],
    [['Youssef', 'Yusef', 'Jusef'], 'yusef'],
    [['Mueller', 'Muller'], 'muler'],
    [['Sergey', 'Sergej', 'Sergei', 'Serhii', 'Serhiy', 'Serhij'], 'sergi'],
    [['Dmitry', 'Dmitriy', 'Dmitrii', 'Dmitrij'], 'dmitri'],
    [['Jelena', 'Yelena', 'Ielena', 'Elena'], 'elena'],
    [['Natalija', 'Nataliya', 'Nataliia', 'Natalya', 'Natalia'], 'natalia'],
    [['Mychajlo', 'Mykhailo', 'Michailo'], 'mihailo'],
    [['Olha', 'Olga'], 'olga'],
    [['Abdullah', 'Abdulla'], 'abdula'],
    [['Mohammed', 'Mohamed'], 'mohamed'],
  ])('folds %j to %s', (spellings, canonical) => {
    for (const s of spellings) expect(variantFold(s)).toBe(canonical);
  });

  it('folds every word of a text on its own', () => {
    expect(variantFold('Jelena Schewtschenko')).toBe('elena shevtshenko');
  });
});

describe('variantReadings', () => {
  it('reads an ambiguous "ch" both the German (kh) and the English (č) way, German first', () => {
    expect(variantReadings('Shevchenko')).toEqual(['shevhenko', 'shevtshenko']);
    expect(variantReadings('Achmed')).toEqual(['ahmed', 'atshmed']);
  });

  it('reads a word-initial "chr"/"chl" as k in the English reading (Christina, Chloe)', () => {
    expect(variantReadings('Christina')).toContain(variantFold('Kristina'));
    expect(variantReadings('Chrystyna')).toContain(variantFold('Khrystyna'));
  });

  it('has a single reading when nothing is ambiguous', () => {
    expect(variantReadings('Schewtschenko')).toEqual(['shevtshenko']);
  });
});
