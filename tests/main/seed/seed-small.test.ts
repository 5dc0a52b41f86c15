import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src-main/contract/channels/search';
import { verifyAuditChain } from '../../../src-main/core/audit/audit-log';
import { EXAMPLE_BARRIERS } from '../../../src-main/core/barriers/examples';
import type { OfficeDb } from '../../../src-main/core/db/open-encrypted';
import { nameKeys } from '../../../src-main/core/names';
import { personNameStrings } from '../../../src-main/core/persons/person-names';
import type { PersonRow } from '../../../src-main/core/persons/persons-repo';
import { allNameWords } from '../../../src-main/core/seed/data/origins';
import { STAFF_FAMILY, STAFF_GIVEN } from '../../../src-main/core/seed/data/texts-network';
import { PROFILES } from '../../../src-main/core/seed/profiles';
import type { SeedReport } from '../../../src-main/core/seed/seed-runner';
import { ADMIN, type TempOffice } from '../helpers/temp-office';
import { REFERENCE_DATE, seededOffice } from './seeded-office';

// Both write paths: the services (small, demo) and the bulk path the large profile takes.
describe.each([
  { path: 'services', bulk: false },
  { path: 'bulk path', bulk: true },
])('the small profile through the $path', ({ bulk }) => {
  let office: TempOffice;
  let db: OfficeDb;
  let report: SeedReport;

  beforeAll(async () => {
    ({ office, db, report } = await seededOffice(3, bulk));
  });
  afterAll(() => office.cleanup());

  const rows = <T,>(sql: string, ...params: unknown[]) => db.raw.prepare(sql).all(...params) as T[];
  const count = (sql: string) => (db.raw.prepare(sql).get() as { n: number }).n;

  /** Logs in as the (first) case manager of the person's case, with the password the seed gave the staff. */
  async function caseManagerOf(personId: string): Promise<string> {
    const [m] = rows<{ username: string }>(
      `SELECT u.username FROM persons p JOIN cases c ON c.primary_person_id = p.id OR (p.household_id IS NOT NULL AND c.household_id = p.household_id)
       JOIN case_managers cm ON cm.case_id = c.id JOIN users u ON u.id = cm.user_id WHERE p.id = ? LIMIT 1`,
      personId,
    );
    const clientId = `cm-${m!.username}`;
    if (!office.core.sessions.get(clientId)) await office.must('auth.login', { username: m!.username, password: ADMIN.password }, clientId);
    return clientId;
  }

  async function searchIds(query: string, personId: string): Promise<string[]> {
    const hits = await office.must<SearchHit[]>('search.global', { query, limit: 50 }, await caseManagerOf(personId));
    return hits.filter((h) => h.entity === 'person').map((h) => h.entityId);
  }

    it('has the profile’s cases, staff, partners and the example barriers', () => {
      const p = PROFILES.small;
      expect(report.counts.cases).toBe(p.householdCases + p.singleCases);
      expect(report.counts.partners).toBe(p.partners);
      expect(report.counts.barriers).toBe(EXAMPLE_BARRIERS.length);
      expect(count(`SELECT count(*) n FROM users WHERE role = 'fallmanagement'`)).toBe(p.caseManagers);
      expect(count(`SELECT count(*) n FROM kommunen`)).toBe(p.towns);
      expect(report.counts.persons ?? 0).toBeGreaterThan(report.counts.cases ?? 0);
      for (const t of ['notes', 'consultations', 'appointments', 'consents', 'referrals', 'follow_ups']) expect(report.counts[t] ?? 0, t).toBeGreaterThan(0);
    });

    it('dates everything up to its reference date, with appointments in the coming weeks', () => {
      expect(count(`SELECT count(*) n FROM notes WHERE noted_on > '${REFERENCE_DATE}'`)).toBe(0);
      expect(count(`SELECT count(*) n FROM consultations WHERE held_on > '${REFERENCE_DATE}'`)).toBe(0);
      expect(count(`SELECT count(*) n FROM appointments WHERE start_utc > '${REFERENCE_DATE}' AND rule IS NULL`)).toBeGreaterThan(0);
      expect(count(`SELECT count(*) n FROM consultations WHERE finalised_at IS NOT NULL`)).toBeGreaterThan(0);
    });

    it('passes the integrity and foreign key checks, and its audit chain verifies', () => {
      expect(db.raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.raw.pragma('foreign_key_check')).toEqual([]);
      expect(verifyAuditChain(db).ok).toBe(true);
    });

    it('holds only names from the lists, fictional contacts and no leftover placeholders', () => {
      const words = allNameWords();
      const persons = rows<PersonRow>(`SELECT family_name AS familyName, given_names AS givenNames, original_script_name AS originalScriptName, alt_spellings AS altSpellings, email, phone FROM persons`);
      for (const p of persons) {
        for (const name of personNameStrings(p)) for (const w of name.split(/\s+/)) expect(words.has(w), w).toBe(true);
        if (p.email) expect(p.email).toMatch(/@example\.org$/);
        if (p.phone) expect(p.phone).toMatch(/^01520 000\d{4}$/);
      }
      for (const u of rows<{ display_name: string; role: string }>(`SELECT display_name, role FROM users WHERE role <> 'administration'`)) {
        const [given, family] = u.display_name.split(' ');
        expect(STAFF_GIVEN).toContain(given);
        expect(STAFF_FAMILY).toContain(family);
      }
      expect(count(`SELECT count(*) n FROM notes WHERE text LIKE '%{%'`)).toBe(0);
      expect(count(`SELECT count(*) n FROM consultations WHERE summary LIKE '%{%'`)).toBe(0);
    });

    it('has name keys and full-text documents exactly as the person service writes them', () => {
      const persons = rows<PersonRow & { id: string }>(`SELECT id, family_name AS familyName, given_names AS givenNames, original_script_name AS originalScriptName, alt_spellings AS altSpellings FROM persons`);
      for (const p of persons) {
        const stored = rows<{ key: string }>(`SELECT key FROM person_name_keys WHERE person_id = ? ORDER BY key`, p.id).map((r) => r.key);
        expect(stored).toEqual(nameKeys(personNameStrings(p)).sort());
        const doc = rows<{ title: string }>(`SELECT s.title FROM search_index s JOIN search_documents d ON d.rowid = s.rowid WHERE d.entity = 'person' AND d.entity_id = ?`, p.id);
        expect(doc).toEqual([{ title: `${p.givenNames} ${p.familyName}` }]);
      }
      const indexed = (entity: string) => count(`SELECT count(*) n FROM search_documents WHERE entity = '${entity}'`);
      expect(indexed('case')).toBe(report.counts.cases);
      expect(indexed('note')).toBe(report.counts.notes);
    });

    it('finds seeded people by another spelling, by the original script and by a variant of the lists', async () => {
      const withAlt = rows<{ id: string; alt: string; script: string | null }>(`SELECT id, alt_spellings alt, original_script_name script FROM persons WHERE alt_spellings <> '[]' LIMIT 5`);
      expect(withAlt.length).toBeGreaterThan(0);
      for (const p of withAlt) expect(await searchIds((JSON.parse(p.alt) as string[])[0]!, p.id)).toContain(p.id);
      const withScript = rows<{ id: string; script: string }>(`SELECT id, original_script_name script FROM persons WHERE original_script_name IS NOT NULL LIMIT 5`);
      expect(withScript.length).toBeGreaterThan(0);
      for (const p of withScript) expect(await searchIds(p.script, p.id)).toContain(p.id);
      // A spelling stored nowhere: the family name spelled as German offices write it (Sch-, -ow).
      const german: Record<string, string> = { Shevchenko: 'Schewtschenko', Kovalenko: 'Kowalenko', Kravchenko: 'Krawtschenko', Savchenko: 'Sawtschenko', Tkachenko: 'Tkatschenko', Yilmaz: 'Jilmas', Mohammadi: 'Muhammadi', Ahmadi: 'Achmadi' };
      const list = Object.keys(german).map((n) => `'${n}'`).join(', ');
      const variants = rows<{ id: string; family: string }>(`SELECT id, family_name family FROM persons WHERE family_name IN (${list}) LIMIT 3`);
      expect(variants.length).toBeGreaterThan(0);
      for (const v of variants) expect(await searchIds(german[v.family]!, v.id)).toContain(v.id);
    });
});
