import type { OfficeDb } from '../db/open-encrypted';
import { indexDocument } from '../search/search-index';
import type { CaseRow } from './case-access';

/** The case's search document: its number (title) and the intake reason. */
export function indexCase(db: OfficeDb, c: CaseRow): void {
  indexDocument(db, { entity: 'case', entityId: c.id, caseId: c.id, title: c.caseNumber, body: c.intakeReason ?? '' });
}
