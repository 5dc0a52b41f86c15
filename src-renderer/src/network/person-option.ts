import type { PersonView } from '@contract/channels/persons';

/** A person as the case sections need them: id and display name. */
export interface PersonOption {
  id: string;
  name: string;
}

export const personOptions = (persons: Pick<PersonView, 'id' | 'familyName' | 'givenNames'>[]): PersonOption[] =>
  persons.map((p) => ({ id: p.id, name: `${p.givenNames} ${p.familyName}` }));
