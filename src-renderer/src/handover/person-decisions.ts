import type { HandoverPersonPreview, HandoverPreview, PersonDecision } from '@contract/channels/handover';

/** The choice per person of the file (by its ref); null while a person with matches is undecided. */
export type DecisionDraft = Record<string, PersonDecision | null>;

const personsOf = (preview: HandoverPreview): HandoverPersonPreview[] => preview.cases.flatMap((c) => c.persons);

/** Persons without a match are simply new; a match has to be decided by the user, not guessed. */
export function initialDecisions(preview: HandoverPreview): DecisionDraft {
  return Object.fromEntries(personsOf(preview).map((p) => [p.ref, p.matches.length === 0 ? { mode: 'new' } : null]));
}

/** Every decision, or null while one is open. */
export function completeDecisions(draft: DecisionDraft): Record<string, PersonDecision> | null {
  const entries = Object.entries(draft);
  if (entries.some(([, d]) => d === null)) return null;
  return Object.fromEntries(entries) as Record<string, PersonDecision>;
}

/** Radio value of a decision: `new`, `merge:<personId>` or empty. */
export const decisionValue = (d: PersonDecision | null | undefined): string => (!d ? '' : d.mode === 'new' ? 'new' : `merge:${d.existingPersonId}`);

export const decisionOf = (value: string): PersonDecision =>
  value.startsWith('merge:') ? { mode: 'merge', existingPersonId: value.slice('merge:'.length) } : { mode: 'new' };

/** Whether a Kommune must be chosen: some case's Kommune has no namesake in this office. */
export const needsKommune = (preview: HandoverPreview): boolean => preview.cases.some((c) => c.kommuneId === null);
