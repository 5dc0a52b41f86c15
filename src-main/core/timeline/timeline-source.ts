import type { TimelineEntry } from '../../contract/channels/timeline';
import type { OfficeDb } from '../db/open-encrypted';

/** One kind of record that shows up in a case's Verlauf; each source runs one query per case. */
export interface TimelineSource {
  kind: string;
  entries(db: OfficeDb, caseId: string): TimelineEntry[];
}

type EntryInput = Omit<TimelineEntry, 'key' | 'kind' | 'userName' | 'summary' | 'details'> &
  Partial<Pick<TimelineEntry, 'userName' | 'summary' | 'details'>>;

/** Builds an entry with a unique key and empty optional parts. */
export const entry = (kind: string, e: EntryInput): TimelineEntry => ({
  key: `${kind}:${e.event}:${e.entityId}:${e.at}`,
  kind,
  userName: null,
  summary: null,
  details: {},
  ...e,
});
