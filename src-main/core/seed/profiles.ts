// How big a seeded office is. small: tests (seconds); demo: a believable office to click through;
// large: the benchmark office (≥ 25,000 people, 12,000 cases, 150,000 notes, …).

export const PROFILE_NAMES = ['small', 'demo', 'large'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface SeedProfile {
  name: ProfileName;
  towns: number;
  caseManagers: number;
  teamLeads: number;
  /** Cases of a household (one or more people with an address). */
  householdCases: number;
  /** Cases of a single person without a household. */
  singleCases: number;
  /** Cases open during the last this many months before the reference date. */
  historyMonths: number;
  /** Means per case; the actual numbers vary with the case's length. */
  notesPerCase: number;
  consultationsPerCase: number;
  extraAppointmentsPerCase: number;
  partners: number;
  volunteers: number;
  documents: number;
  /** Mean size of a synthetic document. */
  documentBytes: number;
  /** Service calls per database transaction while seeding (one commit each). */
  stepsPerCommit: number;
  /** High-volume channels through the bulk path (fast-channels.ts) instead of the registry. */
  bulk: boolean;
}

export const PROFILES: Readonly<Record<ProfileName, SeedProfile>> = {
  small: {
    name: 'small',
    towns: 3,
    caseManagers: 3,
    teamLeads: 1,
    householdCases: 22,
    singleCases: 8,
    historyMonths: 12,
    notesPerCase: 4,
    consultationsPerCase: 2,
    extraAppointmentsPerCase: 1,
    partners: 14,
    volunteers: 3,
    documents: 4,
    documentBytes: 40_000,
    stepsPerCommit: 500,
    bulk: false,
  },
  demo: {
    name: 'demo',
    towns: 7,
    caseManagers: 6,
    teamLeads: 1,
    householdCases: 290,
    singleCases: 70,
    historyMonths: 24,
    notesPerCase: 8,
    consultationsPerCase: 3,
    extraAppointmentsPerCase: 1.5,
    partners: 80,
    volunteers: 15,
    documents: 60,
    documentBytes: 300_000,
    stepsPerCommit: 2_000,
    bulk: false,
  },
  large: {
    name: 'large',
    towns: 10,
    caseManagers: 40,
    teamLeads: 2,
    householdCases: 10_000,
    singleCases: 2_000,
    historyMonths: 36,
    // Cases still open at the reference date have not lived their whole length yet: the means
    // are set so that the totals reach the figures (150,000 notes, 40,000 records, …).
    notesPerCase: 14.5,
    consultationsPerCase: 3.7,
    extraAppointmentsPerCase: 1.9,
    partners: 2_000,
    volunteers: 120,
    documents: 300,
    documentBytes: 500_000,
    // A few large commits: most indexes are keyed by random ids, so each commit rewrites (and
    // encrypts) most of their pages whatever its size. The seed's page cache (seed-connection.ts)
    // keeps them in memory in between; the WAL grows to a few hundred MB until each commit.
    stepsPerCommit: 200_000,
    bulk: true,
  },
};

export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}
