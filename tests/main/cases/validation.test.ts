import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import { failure, openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
beforeAll(async () => {
  o = await openCaseOffice();
});
afterAll(() => o?.office.cleanup());

const create = (members: unknown[], extra: Record<string, unknown> = {}) =>
  o.as<CaseView>('fm1', 'cases.create', { kommuneId: o.kommuneId, intakeReason: 'Beratung', firstContactOn: '2026-03-02', members, ...extra });

const paths = (details: Record<string, unknown> | undefined) => (details?.issues as { path: string }[]).map((i) => i.path);

function counts() {
  const db = o.office.core.office.database();
  const n = (t: string) => (db.raw.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { persons: n('persons'), households: n('households'), cases: n('cases'), keys: n('person_name_keys'), docs: n('search_documents') };
}

describe('bad input', () => {
  it('refuses missing required fields with their paths', async () => {
    const err = failure(await create([{ person: { familyName: '', givenNames: 'Amal' } }], { intakeReason: undefined }), 'VALIDATION');
    expect(paths(err.details).sort()).toEqual(['intakeReason', 'members.0.person.familyName']);
    expect(err.message).toMatch(/ungültig|unvollständig/);
  });

  it('refuses impossible calendar dates', async () => {
    for (const date of ['2026-02-30', '2025-02-29', '2026-13-01', '03.02.2026']) {
      const err = failure(await create([{ person: person('Haddad', 'Amal', { birthDate: date }) }]), 'VALIDATION');
      expect(paths(err.details)).toEqual(['members.0.person.birthDate']);
    }
    expect((await create([{ person: person('Haddad', 'Amal', { birthDate: '2024-02-29' }) }])).ok).toBe(true);
  });

  it('refuses a birth date, birth year or first contact in the future (Berlin today)', async () => {
    expect(paths(failure(await create([{ person: person('Haddad', 'Amal', { birthDate: '2026-03-11' }) }]), 'VALIDATION').details)).toEqual(['members.0.person.birthDate']);
    expect(paths(failure(await create([{ person: person('Haddad', 'Amal', { birthYear: 2027 }) }]), 'VALIDATION').details)).toEqual(['members.0.person.birthYear']);
    expect(paths(failure(await create([{ person: person('Haddad', 'Amal') }], { firstContactOn: '2026-03-11' }), 'VALIDATION').details)).toEqual(['firstContactOn']);
    const err = failure(await create([{ person: person('Haddad', 'Amal', { birthDate: '2026-03-11' }) }]), 'VALIDATION');
    expect(err.message).toBe('Das Geburtsdatum darf nicht in der Zukunft liegen.');
  });

  it('refuses oversized text', async () => {
    expect(paths(failure(await create([{ person: person('H'.repeat(101), 'Amal') }]), 'VALIDATION').details)).toEqual(['members.0.person.familyName']);
    expect(paths(failure(await create([{ person: person('Haddad', 'Amal') }], { intakeReason: 'x'.repeat(4001) }), 'VALIDATION').details)).toEqual(['intakeReason']);
    const c = await openCase(o, [{ person: person('Haddad', 'Samir') }]);
    expect(paths(failure(await o.as('fm1', 'notes.create', { caseId: c.id, text: 'x'.repeat(20_001) }), 'VALIDATION').details)).toEqual(['text']);
  });

  it('validates the children’s needs', async () => {
    const kid = (childNeeds: unknown) => create([{ person: person('Haddad', 'Lina', { childNeeds } as never) }]);
    expect((await kid({ kita: { status: 'gesucht' }, uUntersuchungen: { last: 'U7a', nextDue: '2026-06-01' } })).ok).toBe(true);
    expect(paths(failure(await kid({ uUntersuchungen: { last: 'U10' } }), 'VALIDATION').details)).toEqual(['members.0.person.childNeeds.uUntersuchungen.last']);
    expect(paths(failure(await kid({ schule: { status: 'angemeldet', note: 'x' } }), 'VALIDATION').details)).toEqual(['members.0.person.childNeeds.schule']);
  });

  it('saves nothing when one member of a family is invalid', async () => {
    const before = counts();
    const err = failure(
      await create([
        { person: person('Haddad', 'Amal'), relation: 'elternteil' },
        { person: person('Haddad', 'Omar'), relation: 'elternteil' },
        { person: person('Haddad', 'Yara', { birthDate: '2030-01-01' }), relation: 'kind' },
      ]),
      'VALIDATION',
    );
    expect(paths(err.details)).toEqual(['members.2.person.birthDate']);
    expect(counts()).toEqual(before);
  });

  it('refuses a primary index outside the members and unknown managers', async () => {
    expect(paths(failure(await create([{ person: person('Haddad', 'Amal') }], { primaryIndex: 1 }), 'VALIDATION').details)).toEqual(['primaryIndex']);
    expect(paths(failure(await create([{ person: person('Haddad', 'Amal') }], { managerIds: [o.userIds.tl] }), 'VALIDATION').details)).toEqual(['managerIds']);
  });
});
