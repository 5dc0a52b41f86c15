import type { ConsultationContent } from '@contract/channels/consultation-fields';

/** What every part of the editor gets: the current content and a way to change some of it. */
export interface EditorPartProps {
  content: ConsultationContent;
  change: (patch: Partial<ConsultationContent>) => void;
  /** Input paths the server refused on finalising (e.g. `content.date`), to mark the fields. */
  invalid: ReadonlySet<string>;
}

/** True when the server named this path (or one below it) as invalid. */
export const isInvalid = (invalid: ReadonlySet<string>, path: string): boolean => [...invalid].some((p) => p === path || p.startsWith(`${path}.`));
