import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, requiredLine, text, version } from '../fields';
import {
  GOAL_STATUSES,
  LIFE_DOMAINS,
  MEASURE_STATUSES,
  RATINGS,
  optDate,
  optLine,
  type GoalStatus,
  type LifeDomain,
  type MeasureStatus,
  type Rating,
} from './casefile-fields';

export interface AssessmentView {
  id: string;
  caseId: string;
  personId: string | null;
  domain: LifeDomain;
  situation: string;
  resources: string;
  needs: string;
  rating: Rating;
  assessedOn: string;
  version: number;
  updatedAt: string;
}

export interface MeasureView {
  id: string;
  goalId: string;
  description: string;
  partnerId: string | null;
  /** Name of the partner organisation, for display. */
  partnerName: string | null;
  dueOn: string | null;
  status: MeasureStatus;
  version: number;
}

export interface GoalView {
  id: string;
  caseId: string;
  personId: string | null;
  domain: LifeDomain;
  description: string;
  dueOn: string | null;
  responsible: string | null;
  status: GoalStatus;
  attainment: string | null;
  version: number;
  measures: MeasureView[];
}

export interface PlanView {
  assessments: AssessmentView[];
  goals: GoalView[];
}

/** A save either creates (no id) or updates (id and the version the caller has seen). */
const existing = { id: id.optional(), version: version.optional() };
const versionWithId = (v: { id?: string; version?: number }) => (v.id === undefined) === (v.version === undefined);
const versionIssue = { message: 'id und version gehören zusammen', path: ['version'] };

/** The editable fields of an assessment (forms build on these; the save input adds case, id and version). */
export const assessmentFields = z.object({
  personId: id.nullable().optional(),
  domain: z.enum(LIFE_DOMAINS),
  situation: text(10_000).default(''),
  resources: text(10_000).default(''),
  needs: text(10_000).default(''),
  rating: z.enum(RATINGS),
  assessedOn: isoDate,
});

export const assessmentSaveInput = assessmentFields.extend({ ...existing, caseId: id }).strict().refine(versionWithId, versionIssue);

export const goalFields = z.object({
  personId: id.nullable().optional(),
  domain: z.enum(LIFE_DOMAINS),
  description: requiredLine(2_000),
  dueOn: optDate,
  responsible: optLine(200),
  status: z.enum(GOAL_STATUSES).default('offen'),
  attainment: text(2_000).optional(),
});

export const goalSaveInput = goalFields.extend({ ...existing, caseId: id }).strict().refine(versionWithId, versionIssue);

export const measureFields = z.object({
  description: requiredLine(2_000),
  partnerId: id.nullable().optional(),
  dueOn: optDate,
  status: z.enum(MEASURE_STATUSES).default('geplant'),
});

export const measureSaveInput = measureFields.extend({ ...existing, goalId: id }).strict().refine(versionWithId, versionIssue);

const caseWorkers = ['fallmanagement', 'administration'] as const;

export const planChannels = {
  'plan.get': channel<PlanView>()(z.object({ caseId: id }).strict(), 'user'),
  'assessments.save': channel<AssessmentView>()(assessmentSaveInput, caseWorkers),
  'goals.save': channel<GoalView>()(goalSaveInput, caseWorkers),
  'measures.save': channel<MeasureView>()(measureSaveInput, caseWorkers),
};
