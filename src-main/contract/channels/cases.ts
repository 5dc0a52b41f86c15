import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, line, requiredLine, text, version } from '../fields';
import {
  CASE_PHASES,
  CLOSURE_REASONS,
  GOAL_ATTAINMENTS,
  HOUSEHOLD_RELATIONS,
  LIFE_DOMAINS,
  type CasePhase,
  type ClosureReason,
  type GoalAttainment,
} from './casefile-fields';
import { householdAddress, type HouseholdView } from './households';
import { personInput, type PersonView } from './persons';

export interface UserRef {
  id: string;
  displayName: string;
}

/** One row of the case list (and of the recent cases on Heute). */
export interface CaseSummary {
  id: string;
  caseNumber: string;
  phase: CasePhase;
  kommuneId: string;
  kommuneName: string;
  primaryPerson: { id: string; familyName: string; givenNames: string };
  householdLabel: string | null;
  managers: UserRef[];
  openFollowUps: number;
  overdueFollowUps: number;
  blocked: boolean;
  updatedAt: string;
}

export interface PhaseEventView {
  id: string;
  fromPhase: CasePhase | null;
  toPhase: CasePhase;
  at: string;
  userName: string | null;
  reason: string | null;
  explanation: string | null;
  goalAttainment: GoalAttainment | null;
}

/** Why a transition is not possible yet; the renderer shows a German text per code. */
export const TRANSITION_BLOCKERS = ['consent_missing', 'no_assessment', 'no_goal', 'blocked'] as const;
export type TransitionBlocker = (typeof TRANSITION_BLOCKERS)[number];

export interface TransitionOption {
  to: CasePhase;
  kind: 'forward' | 'back' | 'close' | 'reopen';
  /** Empty when the transition is possible now. */
  blockers: TransitionBlocker[];
  /** Closing: open goals or follow-ups exist, so an explanation is required. */
  needsExplanation: boolean;
}

export interface CaseView extends CaseSummary {
  intakeReason: string | null;
  firstContactOn: string | null;
  consentRecorded: boolean;
  consentRecordedOn: string | null;
  openedOn: string;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  goalAttainment: GoalAttainment | null;
  blockedReason: string | null;
  version: number;
  persons: PersonView[];
  household: HouseholdView | null;
  phaseEvents: PhaseEventView[];
  transitions: TransitionOption[];
  /** Whether the caller may change this case (case manager, not read-only, not blocked). */
  canEdit: boolean;
}

export interface CaseListResult {
  total: number;
  rows: CaseSummary[];
}

const intakeFields = {
  kommuneId: id,
  intakeReason: requiredLine(4_000),
  firstContactOn: isoDate,
  consentRecorded: z.boolean(),
  /** Required when consentRecorded is true. */
  consentRecordedOn: z.union([z.literal(''), isoDate]).optional(),
  /** Further case managers besides the creator (team cases). */
  managerIds: z.array(id).max(10),
};

export const caseCreateInput = z
  .object({
    ...intakeFields,
    consentRecorded: intakeFields.consentRecorded.default(false),
    managerIds: intakeFields.managerIds.default([]),
    /** One person, or the members of a family (then a household is created). */
    members: z
      .array(z.object({ person: personInput, relation: z.enum(HOUSEHOLD_RELATIONS).optional() }).strict())
      .min(1)
      .max(20),
    /** Which member the case is filed under. */
    primaryIndex: z.number().int().min(0).max(19).default(0),
    household: z.object({ label: line(200).optional(), ...householdAddress }).strict().optional(),
  })
  .strict();

export const caseUpdateInput = z
  .object({ id, version, ...z.object(intakeFields).partial().shape })
  .strict();

export const caseTransitionInput = z
  .object({
    id,
    version,
    to: z.enum(CASE_PHASES),
    /** Required for going back and for reopening. */
    reason: text(2_000).optional(),
    closureReason: z.enum(CLOSURE_REASONS).optional(),
    goalAttainment: z.enum(GOAL_ATTAINMENTS).optional(),
    /** Required to close while goals or follow-ups are still open. */
    openItemsExplanation: text(2_000).optional(),
  })
  .strict();

export const CASE_SORTS = ['caseNumber', 'updated', 'name'] as const;

export const caseListInput = z
  .object({
    phase: z.enum(CASE_PHASES).optional(),
    kommuneId: id.optional(),
    managerId: id.optional(),
    /** Cases with an assessment rated unterstuetzung or dringend in this life domain. */
    needDomain: z.enum(LIFE_DOMAINS).optional(),
    followUps: z.enum(['open', 'overdue']).optional(),
    query: line(200).optional(),
    sort: z.enum(CASE_SORTS).default('updated'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type CaseListInput = z.input<typeof caseListInput>;

const caseWorkers = ['fallmanagement', 'administration'] as const;

export const casesChannels = {
  /** Opens a case in Klärung with its person or family; the caller becomes a case manager. */
  'cases.create': channel<CaseView>()(caseCreateInput, ['fallmanagement']),
  'cases.update': channel<CaseView>()(caseUpdateInput, caseWorkers),
  'cases.transition': channel<CaseView>()(caseTransitionInput, caseWorkers),
  'cases.get': channel<CaseView>()(z.object({ id }).strict(), 'user'),
  'cases.list': channel<CaseListResult>()(caseListInput, 'user'),
  /** Users who can be case managers, for the manager picker and the list filter. */
  'cases.managerOptions': channel<UserRef[]>()(z.object({}).strict(), 'user'),
};

