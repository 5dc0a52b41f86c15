import type { PartnerKind } from '../../contract/channels/partners';
import type { Town } from './data/places';
import type { SeedProfile } from './profiles';
import type { Prng } from './prng';
import type { SeedApi, SeedUser } from './seed-api';

// What the seed's stories share: the API, the office's staff, Kommunen, partners, barriers, and
// the dates that frame the simulated history.

export interface SeedKommune {
  id: string;
  town: Town;
}

export interface SeedPartner {
  id: string;
  kind: PartnerKind;
  name: string;
}

export interface SeedBarrier {
  id: string;
  /** The instant it was created: cases link to it only afterwards. */
  createdAt: number;
}

export interface SeedCounts {
  documents: number;
  documentBytes: number;
  barrierLinks: number;
}

export interface SeedWorld {
  api: SeedApi;
  rng: Prng;
  profile: SeedProfile;
  /** "Today" of the seeded office (Berlin date); the history ends at its morning. */
  referenceDate: string;
  startMs: number;
  endMs: number;
  admin: SeedUser;
  staffPassword: string;
  teamLeads: SeedUser[];
  caseManagers: SeedUser[];
  kommunen: SeedKommune[];
  partners: SeedPartner[];
  volunteerIds: string[];
  barriers: SeedBarrier[];
  counts: SeedCounts;
}

export const partnersOfKind = (w: SeedWorld, kinds: readonly PartnerKind[]): SeedPartner[] => w.partners.filter((p) => kinds.includes(p.kind));
