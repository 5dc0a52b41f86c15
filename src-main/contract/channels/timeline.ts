import { z } from 'zod';
import { channel } from '../define';
import { id } from '../fields';

/**
 * Kinds of timeline entries this issue provides; later features (consultations, appointments,
 * referrals, documents) register more sources in the main process and add their kind here.
 */
export const CORE_TIMELINE_KINDS = ['phase', 'note', 'assessment', 'goal', 'followup'] as const;

export interface TimelineEntry {
  /** Unique within one timeline: kind, event and record id. */
  key: string;
  kind: string;
  /** What happened to the record: created, edited, done, transition, … */
  event: string;
  /** ISO date or date-time; the timeline sorts by it, newest first. */
  at: string;
  entityId: string;
  userName: string | null;
  /** The main text (a note, a goal, a follow-up) or null. */
  summary: string | null;
  /** Small display facts (phase names, domain, rating, due date); codes, not German text. */
  details: Record<string, string | null>;
}

export const timelineChannels = {
  'timeline.get': channel<TimelineEntry[]>()(
    z
      .object({
        caseId: id,
        /** Only these kinds; all when absent. */
        kinds: z.array(z.string().min(1).max(40)).max(20).optional(),
        limit: z.number().int().min(1).max(1_000).default(500),
      })
      .strict(),
    'user',
  ),
};
