import { contract, type Channel, type OutputOf } from '../../contract';
import type { CaseCtx } from '../cases/service-context';
import {
  createNoteFast,
  saveAssessmentFast,
  saveGoalFast,
  saveMeasureFast,
  transitionFast,
  updateCaseFast,
} from './fast-casework';
import { createCaseFast } from './fast-intake';
import { completeFollowUpFast, createFollowUpFast, listFollowUpsFast } from './fast-followups';
import { createConsentFast, createReferralFast } from './fast-network';
import { cancelAppointmentFast, getAppointmentFast, saveAppointmentFast } from './fast-calendar';
import { createConsultationFast, finaliseFast, saveDraftFast } from './fast-meetings';

// The channels the large profile writes in bulk (the high-volume ones); every other channel goes
// through the registry as in the small and demo profiles. Inputs are parsed by the contract.

type FastHandler = (ctx: CaseCtx, input: never) => unknown;

const FAST: Partial<Record<Channel, FastHandler>> = {
  'cases.create': createCaseFast,
  'cases.update': updateCaseFast,
  'cases.transition': transitionFast,
  'assessments.save': saveAssessmentFast,
  'goals.save': saveGoalFast,
  'measures.save': saveMeasureFast,
  'notes.create': createNoteFast,
  'consents.create': createConsentFast,
  'referrals.create': createReferralFast,
  'followups.create': createFollowUpFast,
  'followups.complete': completeFollowUpFast,
  'followups.list': listFollowUpsFast,
  'appointments.save': saveAppointmentFast,
  'appointments.get': getAppointmentFast,
  'appointments.cancel': cancelAppointmentFast,
  'consultations.create': createConsultationFast,
  'consultations.saveDraft': saveDraftFast,
  'consultations.finalise': finaliseFast,
};

export const hasFastPath = (channel: Channel): boolean => FAST[channel] !== undefined;

/**
 * Runs a bulk-path channel. The answer carries the fields the seed's stories read (ids,
 * versions, a few names), not the full view the UI gets.
 */
export function runFast<C extends Channel>(ctx: CaseCtx, channel: C, payload: unknown): OutputOf<C> {
  const input = contract[channel].input.parse(payload);
  return (FAST[channel] as (ctx: CaseCtx, input: unknown) => unknown)(ctx, input) as OutputOf<C>;
}
