import type { CaseView } from '../../contract/channels/cases';
import type { OfficeDb } from '../db/open-encrypted';
import { openFollowUpCount, overdueFollowUpCount } from '../followups/followups-repo';
import { kommuneName } from '../kommunen/kommunen-service';
import { householdView } from '../persons/households-repo';
import { personsOfCase, toPersonView } from '../persons/persons-repo';
import { planCounts } from '../plan/plan-repo';
import { writeRefusal, type CaseRow } from './case-access';
import { managersOfCases, phaseEventsOf } from './cases-repo';
import { transitionOptions, type PhaseFacts } from './phase-rules';
import { berlinToday, type CaseCtx } from './service-context';

/** What the phase rules need to know about a case, read in a few counting queries. */
export function phaseFacts(db: OfficeDb, c: CaseRow): PhaseFacts {
  const plan = planCounts(db, c.id);
  return {
    phase: c.phase,
    consentRecorded: c.consentRecorded,
    assessments: plan.assessments,
    goals: plan.goals,
    openItems: plan.openGoals + openFollowUpCount(db, c.id),
    blocked: c.blocked,
  };
}

/** Everything the case page shows about the case itself (plan, notes and timeline load separately). */
export function buildCaseView(ctx: CaseCtx, c: CaseRow): CaseView {
  const { db } = ctx;
  const members = personsOfCase(db, c);
  const primary = members.find((p) => p.id === c.primaryPersonId);
  const household = c.householdId ? householdView(db, c.householdId) : null;
  const facts = phaseFacts(db, c);
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    phase: c.phase,
    kommuneId: c.kommuneId,
    kommuneName: kommuneName(db, c.kommuneId),
    primaryPerson: { id: c.primaryPersonId, familyName: primary?.familyName ?? '', givenNames: primary?.givenNames ?? '' },
    householdLabel: household?.label ?? null,
    managers: managersOfCases(db, [c.id]).get(c.id) ?? [],
    openFollowUps: openFollowUpCount(db, c.id),
    overdueFollowUps: overdueFollowUpCount(db, c.id, berlinToday(ctx.at)),
    blocked: c.blocked,
    updatedAt: c.updatedAt,
    intakeReason: c.intakeReason,
    firstContactOn: c.firstContactOn,
    consentRecorded: c.consentRecorded,
    consentRecordedOn: c.consentRecordedOn,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    closureReason: c.closureReason,
    goalAttainment: c.goalAttainment,
    blockedReason: c.blockedReason,
    version: c.version,
    persons: members.map(toPersonView),
    household,
    phaseEvents: phaseEventsOf(db, c.id),
    transitions: transitionOptions(facts),
    canEdit: writeRefusal(db, c, ctx.actor) === null,
  };
}
