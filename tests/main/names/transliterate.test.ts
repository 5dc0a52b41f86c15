import { describe, expect, it } from 'vitest';
import { toLatin, toLatinReadings } from '../../../src-main/core/names';

describe('Cyrillic', () => {
  it.each([
    ['Олена Шевченко', 'olena shevchenko'],
    ['Олександр', 'oleksandr'],
    ['Сергій', 'serhii'],
    ['Дмитро', 'dmytro'],
    ['Євген', 'yevhen'],
    ['Юлія', 'yuliia'],
    ['Ярина', 'yaryna'],
    ['Щербак', 'shcherbak'],
    ['Їжак', 'yizhak'],
    ['Ґалаґан', 'galagan'],
    ['Мар’яна', 'mariana'],
    ['Хмельницький', 'khmelnytskyi'],
    ['Цибулько', 'tsybulko'],
  ])('reads Ukrainian %s as %s (passport transliteration)', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it.each([
    ['Ёлкин', 'elkin'],
    ['Эдуард Мышкин', 'eduard myshkin'],
    ['Подъячев', 'podiachev'],
  ])('reads Russian %s as %s', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it('returns the Ukrainian and the Russian reading when no letter decides the language', () => {
    expect(toLatinReadings('Сергей')).toEqual(['serhei', 'sergei']);
    expect(toLatinReadings('Григорий')).toEqual(['hryhoryi', 'grigorii']);
    expect(toLatinReadings('Олена')).toEqual(['olena']);
  });

  it('is case-insensitive', () => {
    expect(toLatin('ОЛЕНА ШЕВЧЕНКО')).toBe(toLatin('олена шевченко'));
  });
});

describe('Arabic script', () => {
  it.each([
    ['محمد', 'mhmd'],
    ['مُحَمَّد', 'mhmd'],
    ['أحمد', 'ahmd'],
    ['علي', 'aly'],
    ['مروان', 'mrvan'],
    ['محمود', 'mhmud'],
    ['وليد', 'vlyd'],
    ['خالد', 'hald'],
    ['شيماء', 'shyma'],
    ['ﷲ', 'allh'],
    ['چمن', 'tshmn'],
  ])('reads %s as the consonant skeleton %s', (arabic, latin) => {
    expect(toLatin(arabic)).toBe(latin);
  });

  it('adds the regional reading of ث ذ ج', () => {
    expect(toLatinReadings('عثمان')).toEqual(['atman', 'asman']);
    expect(toLatinReadings('جمال')).toEqual(['ymal', 'gmal']);
  });

  it('leaves Latin text untouched apart from folding', () => {
    expect(toLatin('Müller')).toBe('muller');
  });
});
