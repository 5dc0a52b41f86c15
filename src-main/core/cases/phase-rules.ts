import type { TransitionBlocker, TransitionOption } from '../../contract/channels/cases';
import { CASE_PHASES, type CasePhase } from '../../contract/channels/casefile-fields';

// The case-management process as pure rules (no database): which phase changes exist from a
// phase and what blocks them. The phase service loads the facts and applies the change.

export interface PhaseFacts {
  phase: CasePhase;
  consentRecorded: boolean;
  assessments: number;
  goals: number;
  /** Goals still offen / in_arbeit plus follow-ups not done. */
  openItems: number;
  blocked: boolean;
}

/** Phases a closed case can be reopened into. */
export const REOPEN_TARGETS: readonly CasePhase[] = ['monitoring', 'assessment'];

const indexOf = (p: CasePhase) => CASE_PHASES.indexOf(p);

/** What must hold before the case may enter `to` going forward. */
function forwardBlockers(f: PhaseFacts, to: CasePhase): TransitionBlocker[] {
  const out: TransitionBlocker[] = [];
  // First contact and reason are required when the case is opened; the consent may come later.
  if (f.phase === 'klaerung' && !f.consentRecorded) out.push('consent_missing');
  if (to === 'hilfeplanung' && f.assessments === 0) out.push('no_assessment');
  // A plan without a single goal has nothing to implement.
  if (to === 'umsetzung' && f.goals === 0) out.push('no_goal');
  return out;
}

/** Every phase change possible from the current phase, with what still blocks it. */
export function transitionOptions(f: PhaseFacts): TransitionOption[] {
  const blocked: TransitionBlocker[] = f.blocked ? ['blocked'] : [];
  const option = (to: CasePhase, kind: TransitionOption['kind'], blockers: TransitionBlocker[] = []): TransitionOption => ({
    to,
    kind,
    blockers: [...blocked, ...blockers],
    needsExplanation: kind === 'close' && f.openItems > 0,
  });
  if (f.phase === 'abschluss') return REOPEN_TARGETS.map((to) => option(to, 'reopen'));
  const i = indexOf(f.phase);
  const out: TransitionOption[] = [];
  const next = CASE_PHASES[i + 1];
  if (next && next !== 'abschluss') out.push(option(next, 'forward', forwardBlockers(f, next)));
  const previous = CASE_PHASES[i - 1];
  if (previous) out.push(option(previous, 'back'));
  // Closing is possible from every phase (moved away, no longer needed …), with its own rules.
  out.push(option('abschluss', 'close'));
  return out;
}

/** The option for `to`, or undefined if the process has no such step from the current phase. */
export const findOption = (f: PhaseFacts, to: CasePhase): TransitionOption | undefined =>
  transitionOptions(f).find((o) => o.to === to);
