import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import type { DuplicateCheckResult } from '../../../src-main/contract/channels/persons';
import { openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
let ahmed: CaseView;
beforeAll(async () => {
  o = await openCaseOffice();
  ahmed = await openCase(o, [{ person: person('Haddad', 'Ahmed', { birthDate: '1979-04-12' }) }]);
  await openCase(o, [{ person: person('Haddad', 'Rania', { birthYear: 1983 }) }]);
  await openCase(o, [{ person: person('Kuznetsova', 'Natalja') }]);
});
afterAll(() => o?.office.cleanup());

const check = (familyName: string, givenNames: string, birthYear?: number | null, excludePersonId?: string) =>
  o.must<DuplicateCheckResult>('fm1', 'persons.findDuplicates', { familyName, givenNames, birthYear, excludePersonId });
const names = (r: DuplicateCheckResult) => r.candidates.map((c) => `${c.givenNames} ${c.familyName}`);

describe('duplicate check', () => {
  it('finds the same person under another transliteration with the same birth year', async () => {
    const r = await check('Hadad', 'Achmed', 1979);
    expect(names(r)).toEqual(['Ahmed Haddad']);
    expect(r.candidates[0]).toMatchObject({ birthYear: 1979, cases: [{ caseId: ahmed.id, caseNumber: ahmed.caseNumber }] });
    expect(r.candidates[0]?.score).toBeGreaterThan(0.5);
    expect(r.candidates[0]?.score).toBeLessThan(1);
    expect((await check('Haddad', 'Ahmed', 1979)).candidates[0]?.score).toBe(1);
  });

  it('ignores a different birth year but matches when either year is unknown', async () => {
    expect(names(await check('Haddad', 'Ahmed', 1980))).toEqual([]);
    expect(names(await check('Haddad', 'Ahmed', null))).toEqual(['Ahmed Haddad']);
    expect(names(await check('Haddad', 'Rania', 1983))).toEqual(['Rania Haddad']);
    expect(names(await check('Kusnezowa', 'Natalia', 1990))).toEqual(['Natalja Kuznetsova']);
  });

  it('needs every name word to match: relatives with the same family name are not duplicates', async () => {
    expect(names(await check('Haddad', 'Omar', null))).toEqual([]);
    expect(names(await check('Haddad', '', 1983)).sort()).toEqual(['Rania Haddad']);
  });

  it('leaves out the person being edited', async () => {
    expect(names(await check('Haddad', 'Ahmed', 1979, ahmed.persons[0]?.id))).toEqual([]);
  });
});
