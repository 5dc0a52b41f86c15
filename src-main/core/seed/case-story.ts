import type { Story } from './scheduler';
import { bookAppointment, cancelAppointment, documentConsultation, type Slot } from './case-meetings';
import type { CasePlan, CaseState } from './case-state';
import {
  addFollowUp,
  assess,
  assignVolunteer,
  closeCase,
  completeDueFollowUps,
  consentAndRefer,
  linkBarrier,
  openCase,
  planGoals,
  recordConsent,
  reviewGoals,
  transition,
  uploadDocument,
  writeNote,
} from './case-steps';
import { addDays, berlinDate, berlinMs, officeMoment, officeTime, workday } from './sim-time';
import type { SeedWorld } from './world';

// One case's life as a story: opened at intake, then its steps in time order (phases, plan,
// consultations, notes, appointments, …) until it is closed or the reference date is reached.

interface Step {
  at: number;
  run: () => Promise<unknown>;
}

const MINUTE = 60_000;
/** Mean case length the per-case means of the profile refer to. */
const MEAN_DAYS = 240;

/** How many of something a case of this length gets, around the profile's mean. */
const scaled = (plan: CasePlan, mean: number) => Math.max(0, Math.round(mean * (plan.lengthDays / MEAN_DAYS) * (0.6 + plan.rng.next() * 0.8)));

function planSteps(w: SeedWorld, plan: CasePlan, c: CaseState, consentAtIntake: boolean): Step[] {
  const { rng } = plan;
  const openDate = berlinDate(plan.openedMs);
  const day = (d: number) => officeMoment(rng, addDays(openDate, d));
  const steps: Step[] = [];
  let last = plan.openedMs;
  // The process chain: each step strictly after the one it depends on.
  const chain = (d: number, run: () => Promise<unknown>) => {
    last = Math.max(day(d), last + MINUTE);
    steps.push({ at: last, run });
  };
  const L = plan.lengthDays;
  let d = 0;
  if (!consentAtIntake) chain((d += rng.int(3, 20)), () => recordConsent(w, plan, c));
  chain((d += rng.int(1, 10)), () => transition(w, plan, c, 'assessment'));
  chain((d += rng.int(1, 14)), () => assess(w, plan, c));
  for (let i = rng.int(1, 2); i > 0; i--) chain((d += rng.int(0, 5)), () => consentAndRefer(w, plan, c));
  chain((d += rng.int(2, 10)), () => transition(w, plan, c, 'hilfeplanung'));
  chain((d += rng.int(1, 14)), () => planGoals(w, plan, c));
  chain((d += rng.int(1, 7)), () => transition(w, plan, c, 'umsetzung'));
  const monitorDay = Math.max(d + 30, Math.round(L * 0.75));
  const reachesMonitoring = monitorDay < L;
  if (reachesMonitoring) {
    chain(monitorDay, () => reviewGoals(w, plan, c));
    chain(monitorDay, () => transition(w, plan, c, 'monitoring'));
  }
  // A case closing early stops its chain where it is.
  const chainSteps = steps.splice(0).filter((s) => s.at < berlinMs(addDays(openDate, L), '00:00'));
  steps.push(...chainSteps);

  consultationSteps(w, plan, c, steps);
  const randomDay = (from = 0) => day(rng.int(Math.min(from, L - 1), L - 1));
  for (let i = scaled(plan, w.profile.notesPerCase); i > 0; i--) steps.push({ at: randomDay(), run: () => writeNote(w, plan, c) });
  for (let i = rng.int(0, 2); i > 0; i--) steps.push({ at: randomDay(), run: () => addFollowUp(w, plan, c) });
  extraAppointmentSteps(w, plan, c, steps);
  const cases = w.profile.householdCases + w.profile.singleCases;
  if (rng.chance(w.profile.documents / cases)) steps.push({ at: randomDay(), run: () => uploadDocument(w, plan, c) });
  if (rng.chance(0.1)) steps.push({ at: randomDay(30), run: () => linkBarrier(w, plan, c) });
  if (rng.chance(0.06)) steps.push({ at: randomDay(), run: () => assignVolunteer(w, plan, c) });

  steps.sort((a, b) => a.at - b.at);
  const closeAt = Math.max(day(L), (steps[steps.length - 1]?.at ?? plan.openedMs) + MINUTE);
  steps.push({ at: closeAt, run: () => closeCase(w, plan, c, reachesMonitoring) });
  return steps;
}

/** Consultations spread over the case; the first appointment is booked at intake, each record books the next. */
function consultationSteps(w: SeedWorld, plan: CasePlan, c: CaseState, steps: Step[]): void {
  const { rng } = plan;
  const openDate = berlinDate(plan.openedMs);
  const count = Math.max(1, scaled(plan, w.profile.consultationsPerCase));
  const gap = Math.max(3, Math.floor((plan.lengthDays - 7) / count));
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) slots.push({ date: workday(addDays(openDate, rng.int(1, 6) + i * gap)), time: officeTime(rng) });
  const heldAt = slots.map((s) => berlinMs(s.date, s.time) + 75 * MINUTE);
  steps.push({
    at: plan.openedMs + MINUTE,
    run: async () => {
      c.nextAppointmentId = await bookAppointment(w, plan, c, slots[0]!, 'Beratung', 90);
    },
  });
  slots.forEach((_, i) => {
    const closing = plan.openedMs + plan.lengthDays * 86_400_000 < w.endMs && i === count - 1;
    const lastBeforeEnd = heldAt[i]! < w.endMs && (heldAt[i + 1] ?? Infinity) >= w.endMs;
    // A future next date comes from the plan; the last one of a case still open gets one too.
    const next = slots[i + 1] ?? (closing ? null : { date: workday(addDays(berlinDate(heldAt[i]!), rng.int(14, 35))), time: officeTime(rng) });
    const draft = lastBeforeEnd && w.endMs - heldAt[i]! < 10 * 86_400_000 && rng.chance(0.25);
    steps.push({
      at: heldAt[i]!,
      run: async () => {
        await documentConsultation(w, plan, c, next, i === 0 ? 'erstgespraech' : 'folgeberatung', !draft);
        await completeDueFollowUps(w, plan, c, 0.85);
      },
    });
  });
}

/** Accompaniments and home visits booked a few days ahead; some are called off. */
function extraAppointmentSteps(w: SeedWorld, plan: CasePlan, c: CaseState, steps: Step[]): void {
  const { rng } = plan;
  const openDate = berlinDate(plan.openedMs);
  for (let i = scaled(plan, w.profile.extraAppointmentsPerCase); i > 0; i--) {
    const booked = rng.int(0, Math.max(0, plan.lengthDays - 20));
    const slot = { date: workday(addDays(openDate, booked + rng.int(2, 20))), time: officeTime(rng) };
    const type = rng.weighted([['Begleitung', 5], ['Hausbesuch', 3], ['Beratung', 2]] as const);
    let id = '';
    steps.push({ at: officeMoment(rng, addDays(openDate, booked)), run: async () => (id = await bookAppointment(w, plan, c, slot, type, type === 'Beratung' ? 60 : 120)) });
    if (rng.chance(0.12)) steps.push({ at: berlinMs(slot.date, '07:00') - 86_400_000, run: () => (id ? cancelAppointment(w, plan, id) : Promise.resolve()) });
  }
}

export async function* caseStory(w: SeedWorld, plan: CasePlan): Story {
  yield plan.openedMs;
  const consentAtIntake = plan.rng.chance(0.75);
  const c = await openCase(w, plan, consentAtIntake);
  for (const step of planSteps(w, plan, c, consentAtIntake)) {
    if (step.at >= w.endMs) break;
    yield step.at;
    await step.run();
  }
}
