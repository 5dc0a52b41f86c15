import type { CasePhase, LifeDomain } from '../../contract/channels/casefile-fields';
import type { CaseView } from '../../contract/channels/cases';
import { CLOSURE_EXPLANATIONS, DOMAIN_TEXTS, GENERAL_NOTES, INTAKE_REASONS } from './data/texts-casework';
import { DOCUMENT_KINDS } from './data/texts-network';
import { syntheticDocument } from './documents';
import { address, householdSize, makeMembers, pickOrigin } from './people';
import { actor, stateOf, type CasePlan, type CaseState, type GoalState } from './case-state';
import { addDays, berlinDate } from './sim-time';
import { partnersOfKind, type SeedWorld } from './world';

// The single steps of a case's story, each one or a few calls of the regular channels.

const today = (w: SeedWorld) => berlinDate(w.api.clock.now());

export async function openCase(w: SeedWorld, plan: CasePlan, consent: boolean): Promise<CaseState> {
  const { rng } = plan;
  const intakeDate = today(w);
  const origin = pickOrigin(rng);
  const addr = address(rng, plan.kommune.town);
  const arrival = addDays(intakeDate, -rng.int(20, 2_500));
  const members = makeMembers({ rng, origin, intakeDate, referenceDate: w.referenceDate, address: addr, kommuneId: plan.kommune.id, arrival }, plan.withHousehold ? householdSize(rng) : 1);
  const firstContactOn = addDays(intakeDate, -rng.int(0, 10));
  const view = await w.api.call(plan.managers[0]!, 'cases.create', {
    kommuneId: plan.kommune.id,
    intakeReason: rng.pick(INTAKE_REASONS),
    firstContactOn,
    consentRecorded: consent,
    ...(consent ? { consentRecordedOn: intakeDate } : {}),
    managerIds: plan.managers.slice(1).map((m) => m.id),
    members,
    primaryIndex: 0,
    ...(plan.withHousehold ? { household: addr } : {}),
  });
  return stateOf(view);
}

const keep = (c: CaseState, view: CaseView) => {
  c.version = view.version;
};

export async function recordConsent(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  keep(c, await w.api.call(plan.managers[0]!, 'cases.update', { id: c.id, version: c.version, consentRecorded: true, consentRecordedOn: today(w) }));
}

export async function transition(w: SeedWorld, plan: CasePlan, c: CaseState, to: CasePhase): Promise<void> {
  keep(c, await w.api.call(actor(plan), 'cases.transition', { id: c.id, version: c.version, to }));
}

const DOMAIN_WEIGHTS: readonly (readonly [LifeDomain, number])[] = [
  ['wohnen', 14], ['arbeit', 14], ['sprache', 14], ['aufenthalt', 12], ['bildung', 10], ['finanzen', 10], ['gesundheit', 9], ['familie', 7], ['mobilitaet', 5], ['digitales', 5],
];

export async function assess(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const { rng } = plan;
  const count = rng.int(2, 5);
  while (c.domains.length < count) {
    const d = rng.weighted(DOMAIN_WEIGHTS);
    if (!c.domains.includes(d)) c.domains.push(d);
  }
  for (const domain of c.domains) {
    const t = DOMAIN_TEXTS[domain];
    await w.api.call(actor(plan), 'assessments.save', {
      caseId: c.id,
      personId: rng.chance(0.7) ? c.primaryId : null,
      domain,
      situation: rng.pick(t.situation),
      resources: rng.pick(t.resources),
      needs: rng.pick(t.needs),
      rating: rng.pick(['stabil', 'unterstuetzung', 'unterstuetzung', 'dringend'] as const),
      assessedOn: today(w),
    });
  }
}

export async function planGoals(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const { rng } = plan;
  for (const domain of c.domains.slice(0, rng.int(1, Math.min(4, c.domains.length)))) {
    const t = DOMAIN_TEXTS[domain];
    const goal = await w.api.call(actor(plan), 'goals.save', {
      caseId: c.id,
      domain,
      description: rng.pick(t.goals),
      dueOn: addDays(today(w), rng.int(60, 240)),
      responsible: rng.pick(['Klient:in', 'Fallmanagement', 'Familie']),
      status: 'in_arbeit',
    });
    const state: GoalState = { id: goal.id, version: goal.version, domain, description: goal.description, status: goal.status, measures: [] };
    for (const description of rng.sample(t.measures, rng.int(1, 2))) {
      const partner = rng.chance(0.6) ? rng.pick(w.partners) : null;
      const m = await w.api.call(actor(plan), 'measures.save', {
        goalId: goal.id,
        description,
        ...(partner ? { partnerId: partner.id } : {}),
        dueOn: addDays(today(w), rng.int(14, 120)),
        status: 'laufend',
      });
      state.measures.push({ id: m.id, version: m.version, description });
    }
    c.goals.push(state);
  }
}

/** Goals and measures reach their outcome at the end of the plan. */
export async function reviewGoals(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const { rng } = plan;
  for (const g of c.goals) {
    for (const m of g.measures) {
      const saved = await w.api.call(actor(plan), 'measures.save', { id: m.id, version: m.version, goalId: g.id, description: m.description, status: rng.chance(0.85) ? 'erledigt' : 'abgebrochen' });
      m.version = saved.version;
    }
    const status = rng.weighted([['erreicht', 55], ['teilweise', 25], ['nicht_erreicht', 10], ['in_arbeit', 10]] as const);
    const saved = await w.api.call(actor(plan), 'goals.save', { id: g.id, version: g.version, caseId: c.id, domain: g.domain, description: g.description, status });
    g.version = saved.version;
    g.status = saved.status;
  }
}

const CONSENT_PARTNERS = [['jobcenter'], ['sprachkurstraeger'], ['kita', 'schule'], ['beratungsstelle', 'gesundheit'], ['auslaenderbehoerde']] as const;

/** A consent for one partner, then the referral it allows a few days later (same step: the referral is dated now). */
export async function consentAndRefer(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const { rng } = plan;
  const candidates = partnersOfKind(w, rng.pick(CONSENT_PARTNERS));
  if (candidates.length === 0) return;
  const partner = rng.pick(candidates);
  const given = today(w);
  await w.api.call(actor(plan), 'consents.create', {
    personId: c.primaryId,
    partnerId: partner.id,
    purpose: `Abstimmung mit ${partner.name} zur Unterstützung im Fall`,
    dataCategories: ['stammdaten', 'kontaktdaten', ...(rng.chance(0.4) ? (['aufenthaltsstatus'] as const) : [])],
    bidirectional: rng.chance(0.5),
    givenOn: given,
    validUntil: addDays(given, rng.int(180, 730)),
  });
  c.consentedPartnerIds.push(partner.id);
  if (rng.chance(0.8)) {
    await w.api.call(actor(plan), 'referrals.create', { caseId: c.id, personId: c.primaryId, partnerId: partner.id, purpose: `Vermittlung an ${partner.name}` });
  }
}

export async function writeNote(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const { rng } = plan;
  const partner = rng.pick(w.partners);
  const domainNote = c.domains.length > 0 && rng.chance(0.6) ? rng.pick(DOMAIN_TEXTS[rng.pick(c.domains)].notes) : '';
  const sentences = [rng.pick(GENERAL_NOTES), domainNote].filter(Boolean).join(' ');
  await w.api.call(actor(plan), 'notes.create', { caseId: c.id, text: sentences.replace(/\{name\}/g, c.primaryName).replace(/\{partner\}/g, partner.name) });
}

export async function addFollowUp(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const { rng } = plan;
  await w.api.call(actor(plan), 'followups.create', { caseId: c.id, dueOn: addDays(today(w), rng.int(5, 35)), note: rng.pick(['Unterlagen nachfragen', 'Rückmeldung des Partners prüfen', 'Frist der Behörde prüfen', 'Termin nachhalten']) });
}

/** Opens the follow-ups tab and ticks off what is done: most due items, all of them when closing. */
export async function completeDueFollowUps(w: SeedWorld, plan: CasePlan, c: CaseState, share: number): Promise<number> {
  const open = await w.api.call(actor(plan), 'followups.list', { caseId: c.id, includeDone: false });
  let left = 0;
  for (const f of open) {
    if (f.dueOn <= today(w) && plan.rng.chance(share)) await w.api.call(plan.managers[0]!, 'followups.complete', { id: f.id, version: f.version });
    else left++;
  }
  return left;
}

export async function closeCase(w: SeedWorld, plan: CasePlan, c: CaseState, reachedPlan: boolean): Promise<void> {
  const { rng } = plan;
  const openFollowUps = await completeDueFollowUps(w, plan, c, 0.95);
  const openGoals = c.goals.some((g) => g.status === 'offen' || g.status === 'in_arbeit');
  const reason = reachedPlan ? rng.weighted([['ziele_erreicht', 70], ['uebergabe', 15], ['wegzug', 15]] as const) : rng.pick(['wegzug', 'kein_bedarf', 'kontaktabbruch', 'uebergabe', 'sonstiges'] as const);
  keep(c, await w.api.call(plan.managers[0]!, 'cases.transition', {
    id: c.id,
    version: c.version,
    to: 'abschluss',
    closureReason: reason,
    goalAttainment: reachedPlan ? rng.weighted([['erreicht', 60], ['teilweise', 35], ['nicht_erreicht', 5]] as const) : rng.pick(['teilweise', 'nicht_erreicht'] as const),
    ...(openFollowUps > 0 || openGoals ? { openItemsExplanation: rng.pick(CLOSURE_EXPLANATIONS) } : {}),
  }));
}

export async function uploadDocument(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const { rng } = plan;
  const kind = rng.pick(DOCUMENT_KINDS);
  const size = Math.round(w.profile.documentBytes * (0.3 + rng.next() * 1.4));
  const bytes = syntheticDocument(rng, kind.kind, size, kind.description);
  await w.api.call(actor(plan), 'documents.upload', {
    caseId: c.id,
    personId: c.primaryId,
    fileName: `${kind.fileName}_${w.counts.documents + 1}.${kind.kind === 'pdf' ? 'pdf' : 'jpg'}`,
    description: kind.description,
    contentBase64: bytes.toString('base64'),
  });
  w.counts.documents++;
  w.counts.documentBytes += bytes.length;
}

export async function linkBarrier(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  const known = w.barriers.filter((b) => b.createdAt <= w.api.clock.now());
  if (known.length === 0) return;
  const barrier = plan.rng.pick(known);
  const goal = c.goals.length > 0 && plan.rng.chance(0.5) ? plan.rng.pick(c.goals) : null;
  await w.api.call(plan.managers[0]!, 'barriers.linkCase', { barrierId: barrier.id, caseId: c.id, ...(goal ? { goalId: goal.id } : {}), note: 'Betrifft die Familie unmittelbar.' });
  w.counts.barrierLinks++;
}

export async function assignVolunteer(w: SeedWorld, plan: CasePlan, c: CaseState): Promise<void> {
  if (w.volunteerIds.length === 0) return;
  await w.api.call(plan.managers[0]!, 'volunteers.assign', { volunteerId: plan.rng.pick(w.volunteerIds), caseId: c.id });
}
