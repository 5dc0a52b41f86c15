import type { CaseView } from '../../contract/channels/cases';
import type { GoalStatus, LifeDomain } from '../../contract/channels/casefile-fields';
import type { Prng } from './prng';
import type { SeedUser } from './seed-api';
import type { SeedKommune } from './world';

// What one case's story knows about its case between steps: ids and versions the next call needs.

export interface CasePlan {
  index: number;
  rng: Prng;
  kommune: SeedKommune;
  managers: SeedUser[];
  withHousehold: boolean;
  openedMs: number;
  /** Days from opening to closing (the case is closed only if that lies before the reference date). */
  lengthDays: number;
}

export interface GoalState {
  id: string;
  version: number;
  domain: LifeDomain;
  description: string;
  status: GoalStatus;
  measures: { id: string; version: number; description: string }[];
}

export interface CaseState {
  id: string;
  version: number;
  primaryId: string;
  primaryName: string;
  memberIds: string[];
  interpreterLanguage: string | null;
  domains: LifeDomain[];
  goals: GoalState[];
  consentedPartnerIds: string[];
  /** The appointment the next consultation starts from. */
  nextAppointmentId: string | null;
}

export function stateOf(view: CaseView): CaseState {
  const primary = view.persons.find((p) => p.id === view.primaryPerson.id) ?? view.persons[0]!;
  return {
    id: view.id,
    version: view.version,
    primaryId: primary.id,
    primaryName: `${primary.givenNames} ${primary.familyName}`,
    memberIds: view.persons.map((p) => p.id),
    interpreterLanguage: primary.interpreterNeeded ? primary.interpreterLanguage : null,
    domains: [],
    goals: [],
    consentedPartnerIds: [],
    nextAppointmentId: null,
  };
}

/** The manager acting in a step: the lead manager mostly, a co-manager of a team case sometimes. */
export const actor = (plan: CasePlan): SeedUser => (plan.managers.length > 1 && plan.rng.chance(0.3) ? plan.managers[1]! : plan.managers[0]!);
