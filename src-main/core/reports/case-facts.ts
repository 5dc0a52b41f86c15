import { z } from 'zod';
import { GENDERS, GOAL_STATUSES, HOUSEHOLD_RELATIONS, LIFE_DOMAINS, type LifeDomain, type Rating } from '../../contract/channels/casefile-fields';
import { PARTNER_KINDS } from '../../contract/channels/partners';
import { RESIDENCE_GROUPS } from './classify';
import { consultationFacts } from './consultation-facts';

// What a report knows about one case: categories and counts, never a name or a person id. Open
// cases are read from the live tables into this shape; closed cases from their snapshot.

const personFacts = z
  .object({
    gender: z.enum(GENDERS),
    /** YYYY-MM, or YYYY when only the year is known. */
    born: z.string().regex(/^\d{4}(-\d{2})?$/).nullable(),
    relation: z.enum(HOUSEHOLD_RELATIONS).nullable(),
    country: z.string().max(100).nullable(),
    languages: z.array(z.string().max(60)),
    residence: z.enum(RESIDENCE_GROUPS),
  })
  .strict();

/** The JSON stored in `case_stat_snapshots.facts`; validated on read. */
export const snapshotFacts = z
  .object({
    persons: z.array(personFacts),
    needsAtAssessment: z.array(z.enum(LIFE_DOMAINS)),
    needsAtClosure: z.array(z.enum(LIFE_DOMAINS)),
    goals: z.array(z.object({ domain: z.enum(LIFE_DOMAINS), status: z.enum(GOAL_STATUSES) }).strict()),
    referrals: z.array(z.object({ kind: z.enum(PARTNER_KINDS), on: z.iso.date() }).strict()),
    /** Finalised consultations (migration 0013 filled this in for snapshots written before). */
    consultations: z.array(consultationFacts),
  })
  .strict();

export type PersonFacts = z.infer<typeof personFacts>;
export type SnapshotFacts = z.infer<typeof snapshotFacts>;

export interface CaseFacts extends SnapshotFacts {
  kommuneId: string;
  openedOn: string;
  closedOn: string | null;
  /** Staff user ids, for a case manager's own-cases scope. */
  managerIds: string[];
}

const NEED: readonly Rating[] = ['unterstuetzung', 'dringend'];

interface Rated {
  personId: string | null;
  domain: LifeDomain;
  rating: Rating;
  assessedOn: string;
  createdAt: string;
}

/**
 * Domains with need at the first assessment (each person's first rating per domain) and at the
 * latest one (each person's last rating per domain, which at closure is the state at closure).
 */
export function needsOf(assessments: readonly Rated[]): { atAssessment: LifeDomain[]; latest: LifeDomain[] } {
  const ordered = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
  const first = new Map<string, Rated>();
  const last = new Map<string, Rated>();
  for (const a of ordered) {
    const key = `${a.personId ?? ''}|${a.domain}`;
    if (!first.has(key)) first.set(key, a);
    last.set(key, a);
  }
  const domains = (m: Map<string, Rated>) => LIFE_DOMAINS.filter((d) => [...m.values()].some((a) => a.domain === d && NEED.includes(a.rating)));
  return { atAssessment: domains(first), latest: domains(last) };
}
