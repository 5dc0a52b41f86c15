import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, seededOffice } from './seeded-office';
import type { TempOffice } from '../helpers/temp-office';

const offices: TempOffice[] = [];
afterAll(() => offices.forEach((o) => o.cleanup()));

describe('seed determinism', () => {
  it('gives the same office for the same seed and another office for another seed', async () => {
    const a = await seededOffice(11);
    const b = await seededOffice(11);
    const c = await seededOffice(12);
    offices.push(a.office, b.office, c.office);
    expect(contentHash(a.db)).toBe(contentHash(b.db));
    expect(contentHash(a.db)).not.toBe(contentHash(c.db));
    expect(a.report.counts).toEqual(b.report.counts);
  });
});
