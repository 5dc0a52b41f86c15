import { afterEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src-main/contract/channels/search';
import { NAME_KEY_VERSION } from '../../../src-main/core/names';
import type { TempOffice } from '../helpers/temp-office';
import { openCase, openCaseOffice, PASSWORD, person } from './case-fixtures';

let office: TempOffice | undefined;
afterEach(() => office?.cleanup());

describe('name-key index versions', () => {
  it('rebuilds stale name keys once, when the database is next searched', async () => {
    const o = await openCaseOffice();
    office = o.office;
    await openCase(o, [{ person: person('Yousef', 'Mustafa') }]);
    const db = o.office.core.office.database();
    // Simulate keys written by an older key algorithm.
    db.raw.prepare("UPDATE person_name_keys SET key = 'old:' || key").run();
    db.raw.prepare('UPDATE index_versions SET version = version - 1').run();

    office = o.office.restart();
    await office.must('auth.login', { username: 'user.fm1', password: PASSWORD }, 'fm1');
    const hits = await office.must<SearchHit[]>('search.global', { query: 'Jusuf Mustapha' }, 'fm1');
    expect(hits.map((h) => h.title)).toEqual(['Mustafa Yousef']);
    const db2 = office.core.office.database();
    expect(db2.raw.prepare("SELECT count(*) AS n FROM person_name_keys WHERE key LIKE 'old:%'").get()).toEqual({ n: 0 });
    expect(db2.raw.prepare("SELECT version FROM index_versions WHERE name = 'person_name_keys'").get()).toEqual({ version: NAME_KEY_VERSION });
  });
});
