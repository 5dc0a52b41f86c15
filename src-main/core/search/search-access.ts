import type { Actor } from '../cases/service-context';
import { readsAllCases } from '../cases/case-access';

// Which search documents a caller may see, as one SQL condition over search_index (alias s):
// documents of a case → the case must be readable; persons (indexed without a case) → one of
// their cases must be readable; other documents without a case (partners, …) are office-wide
// master data that every user may find. Correlated EXISTS probes (all by index) per hit are
// cheaper than materialising every person of the user's cases.

const MANAGED = 'SELECT 1 FROM case_managers m WHERE m.case_id = c.id AND m.user_id = :userId';
const PERSON_READABLE = `(
  EXISTS (SELECT 1 FROM cases c WHERE c.primary_person_id = s.entity_id AND EXISTS (${MANAGED}))
  OR EXISTS (SELECT 1 FROM persons p JOIN cases c ON c.household_id = p.household_id WHERE p.id = s.entity_id AND EXISTS (${MANAGED}))
)`;

export function searchAccessSql(actor: Actor): string {
  if (readsAllCases(actor)) return '1';
  return `(
    (s.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM case_managers m WHERE m.case_id = s.case_id AND m.user_id = :userId))
    OR (s.entity = 'person' AND ${PERSON_READABLE})
    OR (s.case_id IS NULL AND s.entity <> 'person')
  )`;
}
