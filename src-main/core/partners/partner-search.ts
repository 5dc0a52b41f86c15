import type { OfficeDb } from '../db/open-encrypted';
import { indexDocument, removeDocument } from '../search/search-index';
import type { PartnerRow } from './partners-repo';

// Partners are found by the global search (Ctrl+K) by name, services, town and contact names.

export function indexPartner(db: OfficeDb, p: PartnerRow): void {
  const contacts = (JSON.parse(p.contacts) as { name: string; role: string }[]).map((c) => `${c.name} ${c.role}`);
  indexDocument(db, { entity: 'partner', entityId: p.id, caseId: null, title: p.name, body: [p.services, p.city ?? '', ...contacts].join(' ') });
}

export const removePartnerFromSearch = (db: OfficeDb, id: string): void => removeDocument(db, 'partner', id);
