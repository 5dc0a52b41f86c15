import { and, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { inTransaction } from '../db/open-encrypted';
import { indexVersions, personNameKeys, persons } from '../db/schema';
import { NAME_KEY_VERSION, nameKeys, queryKeys } from '../names';
import { personNameStrings } from '../persons/person-names';

// The name-key index (person_name_keys) behind transliteration-tolerant search and the duplicate
// check: each person's keys come from nameKeys() over all their spellings, written with every
// person write. When the key algorithm changes (NAME_KEY_VERSION), all keys are rebuilt once.

const INDEX_NAME = 'person_name_keys';
const checked = new WeakSet<OfficeDb>();

/** Replaces the keys of one person. Call inside the transaction of the person write. */
export function writePersonNameKeys(db: OfficeDb, personId: string, names: readonly string[]): void {
  db.orm.delete(personNameKeys).where(eq(personNameKeys.personId, personId)).run();
  const keys = [...new Set(names.flatMap((n) => nameKeys(n)))];
  if (keys.length > 0) db.orm.insert(personNameKeys).values(keys.map((key) => ({ personId, key }))).run();
}

function rebuildAll(db: OfficeDb): void {
  db.orm.delete(personNameKeys).run();
  for (const p of db.orm.select().from(persons).all()) writePersonNameKeys(db, p.id, personNameStrings(p));
  db.orm
    .insert(indexVersions)
    .values({ name: INDEX_NAME, version: NAME_KEY_VERSION })
    .onConflictDoUpdate({ target: indexVersions.name, set: { version: NAME_KEY_VERSION } })
    .run();
}

/** Rebuilds the keys if they were made by another key version (checked once per open database). */
export function ensureNameKeysCurrent(db: OfficeDb): void {
  if (checked.has(db)) return;
  const row = db.orm.select().from(indexVersions).where(eq(indexVersions.name, INDEX_NAME)).get();
  if (row?.version !== NAME_KEY_VERSION) inTransaction(db, () => rebuildAll(db));
  checked.add(db);
}

/** Key rows matching one query word: its keys exactly, or (typing) any key starting with its folded spelling. */
function wordCondition(group: readonly string[], asPrefix: boolean): SQL | undefined {
  const exact = inArray(personNameKeys.key, [...group]);
  if (!asPrefix) return exact;
  const prefixes = group.filter((k) => k.startsWith('f:') && k.length > 3);
  return or(exact, ...prefixes.map((k) => and(gte(personNameKeys.key, k), lt(personNameKeys.key, `${k}\uffff`))));
}

/**
 * Persons whose keys match every word of the query (each word group shares at least one key);
 * with `typing`, the last word may also be the beginning of a name word. One indexed query: an
 * INTERSECT of one key lookup per word.
 */
export function personIdsMatchingName(db: OfficeDb, query: string, limit = 500, typing = false): string[] {
  const groups = queryKeys(query).filter((g) => g.length > 0);
  const parts = groups.map((g, i) =>
    db.orm
      .selectDistinct({ id: personNameKeys.personId })
      .from(personNameKeys)
      .where(wordCondition(g, typing && i === groups.length - 1))
      .$dynamic(),
  );
  const [first, ...rest] = parts;
  if (!first) return [];
  return rest
    .reduce((acc, part) => acc.intersect(part).$dynamic(), first)
    .limit(limit)
    .all()
    .map((r) => r.id);
}
