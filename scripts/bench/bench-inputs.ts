import { addDays, weekdayOf } from '../../src-main/core/calendar/berlin-time';
import type { OfficeDb } from '../../src-main/core/db/open-encrypted';
import { ORIGINS } from '../../src-main/core/seed/data/origins';
import { Prng } from '../../src-main/core/seed/prng';

// What the operations are run with: real ids and names of the seeded office, chosen once and
// deterministically, so the encrypted and the plain database get the very same inputs.

export interface BenchInputs {
  today: string;
  leadUsername: string;
  managerUsername: string;
  managerCaseIds: string[];
  /** Cases of the manager not closed: consultations are written there. */
  managerOpenCaseIds: string[];
  allCaseIds: string[];
  kommuneIds: string[];
  textQueries: string[];
  nameQueries: string[];
  /** The 6-week grid of the month view around today. */
  month: { from: string; to: string };
  reportPeriod: { from: string; to: string };
  /** Occurrences in the team's month view (filled in by the benchmark). */
  monthOccurrences: number;
}

const TEXT_QUERIES = ['Wohnberechtigungsschein', 'Ausländerbehörde', 'Sprachkurs', 'Kita', 'Bewerbung', 'Jobcenter', 'Schuldnerberatung', 'Familiennachzug', 'Krankenkasse', 'Zeugnis', 'Dolmetscherin', 'Mietvertrag'];

const rows = <T>(db: OfficeDb, sql: string, ...p: unknown[]) => db.raw.prepare(sql).all(...p) as T[];

/** Other spellings of seeded people's names, as a colleague might type them. */
function variantQueries(db: OfficeDb, rng: Prng): string[] {
  const entries = ORIGINS.flatMap((o) => [...o.male, ...o.female, ...o.family, ...o.family.flatMap((f) => (f.female ? [f.female] : []))]);
  const bySpelling = new Map(entries.flatMap((e) => e.spellings.map((s) => [s, e] as const)));
  const other = (name: string) => {
    const e = bySpelling.get(name);
    const alts = e ? e.spellings.filter((s) => s !== name) : [];
    return alts.length > 0 ? rng.pick(alts) : name;
  };
  const people = rows<{ g: string; f: string }>(db, `SELECT given_names g, family_name f FROM persons ORDER BY id LIMIT 2000`);
  return rng.sample(people, 120).map((p) => `${other(p.g)} ${other(p.f)}`);
}

function monthGrid(today: string): { from: string; to: string } {
  const first = `${today.slice(0, 8)}01`;
  const from = addDays(first, -(weekdayOf(first) - 1));
  return { from, to: addDays(from, 42) };
}

export function benchInputs(db: OfficeDb, today: string): BenchInputs {
  const rng = new Prng(4711);
  const [manager] = rows<{ username: string; id: string }>(
    db,
    `SELECT u.username, u.id FROM users u JOIN case_managers cm ON cm.user_id = u.id WHERE u.role = 'fallmanagement' GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const [lead] = rows<{ username: string }>(db, `SELECT username FROM users WHERE role = 'teamleitung' ORDER BY username LIMIT 1`);
  if (!manager || !lead) throw new Error('Das Büro hat keine Fallmanager:innen oder keine Teamleitung.');
  const ids = (sql: string, ...p: unknown[]) => rows<{ id: string }>(db, sql, ...p).map((r) => r.id);
  return {
    today,
    leadUsername: lead.username,
    managerUsername: manager.username,
    managerCaseIds: rng.sample(ids(`SELECT case_id id FROM case_managers WHERE user_id = ? ORDER BY case_id`, manager.id), 200),
    managerOpenCaseIds: ids(`SELECT c.id FROM cases c JOIN case_managers cm ON cm.case_id = c.id WHERE cm.user_id = ? AND c.phase <> 'abschluss' AND c.blocked = 0 ORDER BY c.id`, manager.id),
    allCaseIds: rng.sample(ids(`SELECT id FROM cases ORDER BY id`), 400),
    kommuneIds: ids(`SELECT id FROM kommunen ORDER BY name`),
    textQueries: TEXT_QUERIES,
    nameQueries: variantQueries(db, rng),
    month: monthGrid(today),
    reportPeriod: { from: addDays(today, -365), to: today },
    monthOccurrences: 0,
  };
}
