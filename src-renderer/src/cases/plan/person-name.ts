import type { CaseView } from '@contract/channels/cases';

/** "Given Family" of a case's person, or the fallback (e.g. "ganzer Haushalt") for none. */
export const personNameIn = (kase: CaseView, personId: string | null, fallback: string): string => {
  const p = personId ? kase.persons.find((x) => x.id === personId) : undefined;
  return p ? `${p.givenNames} ${p.familyName}` : fallback;
};
