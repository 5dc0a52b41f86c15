import type { OfficeDb } from '../db/open-encrypted';
import { writePersonNameKeys } from '../search/name-key-index';
import { indexDocument } from '../search/search-index';
import { displayName, personNameStrings } from './person-names';
import type { PersonRow } from './persons-repo';

/**
 * Keeps both search paths of a person current: the name keys (any transliteration) and the
 * full-text document (prefix search while typing, original script). Persons are indexed without
 * a case: their cases are resolved, and access checked, at search time.
 */
export function indexPerson(db: OfficeDb, p: PersonRow): void {
  const names = personNameStrings(p);
  writePersonNameKeys(db, p.id, names);
  indexDocument(db, { entity: 'person', entityId: p.id, caseId: null, title: displayName(p), body: names.slice(1).join(' ') });
}
