import { BARRIER_STATUSES } from '../../contract/channels/barriers';
import { EXAMPLE_BARRIERS, type ExampleBarrier } from '../barriers/examples';
import type { Story } from './scheduler';
import { addDays, berlinDate, DAY_MS, officeMoment, weekdayOf } from './sim-time';
import type { SeedWorld } from './world';

// Stories of the office itself, interleaved with the cases: the barrier register growing from
// the examples, and the weekly series in the calendar (open office hours, team meeting).

const BARRIER_ACTIONS = ['Thema in der Dienstbesprechung vorgestellt.', 'Fallzahlen für den Arbeitskreis zusammengestellt.', 'Gespräch mit der zuständigen Stelle geführt.'];

async function* barrierStory(w: SeedWorld, example: ExampleBarrier, index: number): Story {
  const rng = w.rng.fork(`barrier-${index}`);
  const noticed = addDays(w.referenceDate, -Math.round(example.noticedMonthsAgo * 30.4));
  const start = Math.max(officeMoment(rng, noticed), w.startMs + DAY_MS);
  yield start;
  const author = rng.pick(w.caseManagers);
  let view = await w.api.call(author, 'barriers.create', {
    title: example.title,
    category: example.category,
    description: example.description,
    kommuneIds: rng.sample(w.kommunen, rng.int(1, Math.min(4, w.kommunen.length))).map((k) => k.id),
    firstNoticedOn: berlinDate(start),
    responsible: example.responsible,
  });
  w.barriers.push({ id: view.id, createdAt: start });
  const path = BARRIER_STATUSES.slice(1, BARRIER_STATUSES.indexOf(example.status) + 1);
  const span = (w.endMs - start) / (path.length + 2);
  for (const [i, status] of path.entries()) {
    yield start + span * (i + 1);
    const on = berlinDate(w.api.clock.now());
    if (rng.chance(0.7)) view = await w.api.call(author, 'barriers.addLog', { id: view.id, on, kind: 'aktion', text: rng.pick(BARRIER_ACTIONS) });
    const toGroup = status === 'an_arbeitskreis' && example.workingGroup ? { workingGroup: example.workingGroup } : {};
    view = await w.api.call(rng.pick(w.teamLeads.length > 0 ? w.teamLeads : w.caseManagers), 'barriers.setStatus', { id: view.id, version: view.version, status, on, note: '', ...toGroup });
  }
}

/** Weekly open office hours in each town's town hall, and the Monday team meeting. */
async function* seriesStory(w: SeedWorld): Story {
  yield w.startMs + DAY_MS;
  const lead = w.teamLeads[0] ?? w.caseManagers[0]!;
  const first = addDays(berlinDate(w.startMs), 7);
  const until = addDays(w.referenceDate, 120);
  const mondayAfter = (date: string) => addDays(date, (8 - weekdayOf(date)) % 7);
  for (const [i, k] of w.kommunen.entries()) {
    const staff = w.caseManagers.filter((_, j) => j % w.kommunen.length === i).slice(0, 3);
    if (staff.length === 0) continue;
    const weekday = (i % 4) + 2;
    const date = addDays(mondayAfter(first), weekday - 1);
    await w.api.call(lead, 'appointments.save', {
      appointment: {
        title: 'Offene Sprechstunde',
        type: 'Sprechstunde',
        start: { date, time: '09:00' },
        end: { date, time: '12:00' },
        placeKind: 'adresse',
        location: `Rathaus ${k.town.name}`,
        staffIds: staff.map((s) => s.id),
        recurrence: { freq: 'weekly', interval: 1, weekdays: [weekday], until },
      },
      confirmConflicts: true,
      confirmOutsideAvailability: true,
    });
  }
  const monday = mondayAfter(first);
  await w.api.call(lead, 'appointments.save', {
    appointment: {
      title: 'Teamsitzung',
      type: 'Intern',
      start: { date: monday, time: '13:30' },
      end: { date: monday, time: '15:00' },
      placeKind: 'raum',
      room: 'Besprechungsraum EG',
      staffIds: [lead.id, ...w.caseManagers.slice(0, 19).map((s) => s.id)],
      recurrence: { freq: 'weekly', interval: 1, weekdays: [1], until },
    },
    confirmConflicts: true,
    confirmOutsideAvailability: true,
  });
}

export function officeStories(w: SeedWorld): Story[] {
  return [seriesStory(w), ...EXAMPLE_BARRIERS.map((b, i) => barrierStory(w, b, i))];
}
