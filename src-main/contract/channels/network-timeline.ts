/** Kinds of Verlauf entries the network features add to a case's timeline. */
export const NETWORK_TIMELINE_KINDS = ['referral', 'consent', 'document', 'block', 'dispute'] as const;
export type NetworkTimelineKind = (typeof NETWORK_TIMELINE_KINDS)[number];
