import { describe, expect, it } from 'vitest';
import { nameKeys, queryKeys, wordKeys } from '../../../src-main/core/names';

// Word keys are memoised by the name's text (search ranks the same names again and again), so
// what a caller gets must not be able to change what the next caller gets.

describe('memoised name keys', () => {
  it('answer a repeated name from the memo, unchangeable', () => {
    const first = wordKeys('Olena Shevchenko');
    expect(wordKeys('Olena Shevchenko')).toBe(first);
    expect(wordKeys(['Olena', 'Shevchenko'])).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as unknown[]).push('x')).toThrow(TypeError);
  });

  it('hand out fresh lists from queryKeys and nameKeys', () => {
    const keys = queryKeys('Jusuf Al-Hassan');
    const before = JSON.stringify(keys);
    keys[0]!.push('f:fremd');
    keys.pop();
    expect(JSON.stringify(queryKeys('Jusuf Al-Hassan'))).toBe(before);
    const indexed = nameKeys('Jusuf Al-Hassan');
    indexed.length = 0;
    expect(nameKeys('Jusuf Al-Hassan').length).toBeGreaterThan(0);
  });
});
