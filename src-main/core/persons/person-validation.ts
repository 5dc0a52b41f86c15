import type { z } from 'zod';
import type { personPatch } from '../../contract/channels/persons';
import { refuse } from '../cases/service-context';

type PersonFields = z.output<typeof personPatch>;

/** Dates that cannot lie in the future: birth and arrival. */
const PAST_DATES = ['birthDate', 'arrivalGermany', 'arrivalKommune'] as const;

/**
 * Rules zod cannot check alone: dates relative to today and birth year vs. birth date.
 * `prefix` puts the issue paths where the caller's input has the person (e.g. `members.1.person`).
 */
export function checkPersonFacts(p: PersonFields, today: string, prefix: string): void {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const future = PAST_DATES.filter((f) => {
    const v = p[f];
    return typeof v === 'string' && v !== '' && v > today;
  });
  if (future.length > 0) {
    refuse(
      future.includes('birthDate') ? 'Das Geburtsdatum darf nicht in der Zukunft liegen.' : 'Das Einreisedatum darf nicht in der Zukunft liegen.',
      future.map((f) => ({ path: at(f), code: 'future_date' })),
    );
  }
  if (typeof p.birthYear === 'number' && p.birthYear > Number(today.slice(0, 4))) {
    refuse('Das Geburtsjahr darf nicht in der Zukunft liegen.', [{ path: at('birthYear'), code: 'future_date' }]);
  }
  if (p.birthDate && typeof p.birthYear === 'number' && Number(p.birthDate.slice(0, 4)) !== p.birthYear) {
    refuse('Geburtsjahr und Geburtsdatum passen nicht zusammen.', [{ path: at('birthYear'), code: 'mismatch' }]);
  }
}
