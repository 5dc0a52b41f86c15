import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import type { SearchHit } from '../../../src-main/contract/channels/search';
import { openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
let mohammed: CaseView;
let olena: CaseView;
let jelena: CaseView;
beforeAll(async () => {
  o = await openCaseOffice();
  mohammed = await openCase(o, [{ person: person('Al-Hassan', 'Mohammed', { birthYear: 1985, originalScriptName: 'محمد الحسن' }) }], { intakeReason: 'Anerkennung Berufsabschluss' });
  olena = await openCase(o, [{ person: person('Shevchenko', 'Olena', { originalScriptName: 'Олена Шевченко' }) }]);
  // Entered with German transliteration only, no original script.
  jelena = await openCase(o, [{ person: person('Schewtschenko', 'Jelena') }]);
  await openCase(o, [{ person: person('Müller', 'Jürgen') }]);
  await openCase(o, [{ person: person('Öztürk', 'Yusuf', { altSpellings: ['Oeztuerk'] }) }]);
  await openCase(o, [{ person: person('Petrenko', 'Elena') }]);
  await openCase(o, [{ person: person('Petrenko', 'Olena') }]);
  await o.must('fm1', 'notes.create', { caseId: mohammed.id, text: 'Termin beim Jobcenter am Montag vereinbart.' });
});
afterAll(() => o?.office.cleanup());

const search = (query: string, who: 'fm1' | 'fm2' = 'fm1') => o.must<SearchHit[]>(who, 'search.global', { query });
const people = async (query: string) => (await search(query)).filter((h) => h.entity === 'person').map((h) => h.title);

describe('global search', () => {
  it.each(['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Muhammed', 'mohammed al hassan', 'محمد'])('finds Mohammed Al-Hassan as "%s"', async (q) => {
    expect(await people(q)).toContain('Mohammed Al-Hassan (1985)');
  });

  it.each(['Olena Shevchenko', 'Elena Shevchenko', 'Jelena Schewtschenko', 'Alena Ševčenko', 'Олена Шевченко', 'Shevchenko Olena'])(
    'finds both spellings of Olena Shevchenko as "%s"',
    async (q) => {
      const found = await people(q);
      expect(found).toContain('Olena Shevchenko');
      expect(found).toContain('Jelena Schewtschenko');
    },
  );

  it('finds a person entered only in Latin from Cyrillic input', async () => {
    const hits = await search('Шевченко');
    expect(hits.find((h) => h.title === 'Jelena Schewtschenko')).toMatchObject({ caseId: jelena.id, caseNumber: jelena.caseNumber });
  });

  it.each(['Müller', 'Muller', 'Mueller', 'MÜLLER', 'jurgen muller'])('folds diacritics: "%s" finds Jürgen Müller', async (q) => {
    expect(await people(q)).toContain('Jürgen Müller');
  });

  it.each(['Ozturk', 'Öztürk', 'Oeztuerk'])('finds Yusuf Öztürk as "%s"', async (q) => {
    expect(await people(q)).toContain('Yusuf Öztürk');
  });

  it.each(['Shev', 'Olen Shev', 'Al-Has', 'Schewt', 'Шевч'])('finds as you type: "%s"', async (q) => {
    const found = await people(q);
    expect(found.some((t) => t === 'Olena Shevchenko' || t === 'Jelena Schewtschenko' || t.startsWith('Mohammed'))).toBe(true);
  });

  it('ranks exact matches first, then prefix and transliteration variants', async () => {
    const hits = (await search('Olena Petrenko')).filter((h) => h.entity === 'person');
    expect(hits.map((h) => [h.title, h.match])).toEqual([
      ['Olena Petrenko', 'exact'],
      ['Elena Petrenko', 'phonetic'],
    ]);
    expect(hits[0]?.score).toBe(1);
    expect(hits[1]?.score).toBeLessThan(1);
    // While typing, a prefix of the exact spelling ranks above a transliteration variant.
    const typing = (await search('Olena Petr')).filter((h) => h.entity === 'person');
    expect(typing.map((h) => [h.title, h.match])).toEqual([
      ['Olena Petrenko', 'prefix'],
      ['Elena Petrenko', 'prefix'],
    ]);
    expect(typing[0]?.score).toBeGreaterThan(typing[1]?.score ?? 1);
    const jelenaFirst = (await search('Jelena Schewtschenko')).filter((h) => h.entity === 'person');
    expect(jelenaFirst[0]).toMatchObject({ title: 'Jelena Schewtschenko', match: 'exact' });
    expect(jelenaFirst[1]?.title).toBe('Olena Shevchenko');
  });

  it('finds cases by number prefix and intake reason, and notes by their text', async () => {
    const byNumber = await search(mohammed.caseNumber);
    expect(byNumber[0]).toMatchObject({ entity: 'case', entityId: mohammed.id, match: 'exact', title: `${mohammed.caseNumber} – Mohammed Al-Hassan` });
    expect((await search(mohammed.caseNumber.slice(0, 7))).filter((h) => h.entity === 'case').length).toBeGreaterThanOrEqual(7);
    expect((await search('Berufsabschl')).map((h) => h.entityId)).toContain(mohammed.id);
    const note = (await search('jobcent')).find((h) => h.entity === 'note');
    expect(note).toMatchObject({ caseId: mohammed.id, caseNumber: mohammed.caseNumber });
    expect(note?.snippet).toContain('Jobcenter');
  });

  it('returns nothing the caller may not read and survives FTS syntax in the query', async () => {
    expect(await search('Mohammed', 'fm2')).toEqual([]);
    expect(await search('"OR* NEAR(')).toEqual([]);
    expect((await search('Olena AND Shevchenko')).length).toBe(0);
    expect(olena.caseNumber).toMatch(/^2026-\d{5}$/);
  });

  it('finds the person again after a rename, and not under the old name', async () => {
    const p = olena.persons[0];
    await o.must('fm1', 'persons.update', { id: p?.id, version: p?.version, patch: { familyName: 'Kravets', originalScriptName: '' } });
    expect(await people('Kravets')).toContain('Olena Kravets');
    expect(await people('Shevchenko')).not.toContain('Olena Shevchenko');
    expect(await people('Shevchenko')).not.toContain('Olena Kravets');
  });
});
