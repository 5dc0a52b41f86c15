import type { AvailabilitySlotInput } from '../../contract/channels/calendar-fields';
import { foldLatin } from '../names';
import { PARTNER_TEMPLATES, PARTNER_WORDS, STAFF_FAMILY, STAFF_GIVEN, VOLUNTEER_HELPS } from './data/texts-network';
import { TOWNS } from './data/places';
import type { Prng } from './prng';
import type { SeedUser } from './seed-api';
import type { SeedWorld } from './world';

// The office before its first case: Kommunen (administration), staff accounts with their office
// days, the partner directory and the volunteers. All through the regular channels.

function staffNames(rng: Prng, count: number): { username: string; displayName: string }[] {
  const seen = new Set<string>();
  const out: { username: string; displayName: string }[] = [];
  while (out.length < count) {
    const given = rng.pick(STAFF_GIVEN);
    const family = rng.pick(STAFF_FAMILY);
    const base = `${foldLatin(given)}.${foldLatin(family)}`.replace(/ /g, '');
    let username = base;
    for (let n = 2; seen.has(username); n++) username = `${base}${n}`;
    seen.add(username);
    out.push({ username, displayName: `${given} ${family}` });
  }
  return out;
}

async function createStaff(w: SeedWorld, role: SeedUser['role'], names: { username: string; displayName: string }[]): Promise<SeedUser[]> {
  const users: SeedUser[] = [];
  for (const n of names) {
    const view = await w.api.call(w.admin, 'users.create', { ...n, role, password: w.staffPassword });
    const user: SeedUser = { id: view.id, username: view.username, displayName: view.displayName, role };
    w.api.actAs(user);
    users.push(user);
  }
  return users;
}

/** Office days: four days a week, one of them in an outpost (Sprechstunde in a town hall). */
function officeDays(rng: Prng, outpost: string): AvailabilitySlotInput[] {
  const off = rng.int(1, 5);
  return [1, 2, 3, 4, 5]
    .filter((d) => d !== off)
    .map((weekday, i) => ({ weekday, from: rng.pick(['07:30', '08:00', '08:30']), to: rng.pick(['15:30', '16:00', '16:30']), place: i === 1 ? `Rathaus ${outpost}` : 'Büro Kreishaus' }));
}

const fill = (template: string, rng: Prng, town: string, n: number) =>
  template.replace('{town}', town).replace('{word}', rng.pick(PARTNER_WORDS)).replace('{n}', String(n));

async function createPartners(w: SeedWorld): Promise<void> {
  const { rng } = w;
  const weighted = PARTNER_TEMPLATES.map((t) => [t, t.weight] as const);
  for (let i = 0; i < w.profile.partners; i++) {
    // The first partners cover every kind, so small offices have each kind at least once.
    const t = i < PARTNER_TEMPLATES.length ? PARTNER_TEMPLATES[i]! : rng.weighted(weighted);
    const town = rng.pick(w.kommunen).town;
    const name = fill(rng.pick(t.names), rng, town.name, Math.floor(i / 10) + 1);
    const contact = `${rng.pick(STAFF_GIVEN)} ${rng.pick(STAFF_FAMILY)}`;
    const view = await w.api.call(rng.pick(w.caseManagers), 'partners.create', {
      name,
      kind: t.kind,
      services: rng.pick(t.services),
      contacts: [{ name: contact, role: rng.pick(t.contactRoles), phone: `0${town.postalCode} ${rng.int(100, 999)}-${rng.int(10, 99)}`, email: `kontakt${i}@example.org` }],
      street: `${rng.pick(['Markt', 'Bahnhof', 'Rathaus', 'Schul'])}platz ${rng.int(1, 30)}`,
      postalCode: String(town.postalCode),
      city: town.name,
      phone: `0${town.postalCode} ${rng.int(1000, 9999)}`,
      email: `info${i}@example.org`,
    });
    w.partners.push({ id: view.id, kind: t.kind, name: view.name });
  }
}

async function createVolunteers(w: SeedWorld): Promise<void> {
  const { rng } = w;
  for (let i = 0; i < w.profile.volunteers; i++) {
    const view = await w.api.call(rng.pick(w.caseManagers), 'volunteers.create', {
      displayName: `${rng.pick(STAFF_GIVEN)} ${rng.pick(STAFF_FAMILY).slice(0, 1)}.`,
      helpsWith: rng.pick(VOLUNTEER_HELPS),
      contact: `ehrenamt${i}@example.org`,
    });
    w.volunteerIds.push(view.id);
  }
}

export async function setUpOffice(w: SeedWorld): Promise<void> {
  const { rng, profile } = w;
  for (const town of TOWNS.slice(0, profile.towns)) {
    const k = await w.api.call(w.admin, 'kommunen.save', { name: town.name });
    w.kommunen.push({ id: k.id, town });
  }
  const names = staffNames(rng, profile.teamLeads + profile.caseManagers);
  w.teamLeads.push(...(await createStaff(w, 'teamleitung', names.slice(0, profile.teamLeads))));
  w.caseManagers.push(...(await createStaff(w, 'fallmanagement', names.slice(profile.teamLeads))));
  for (const [i, cm] of w.caseManagers.entries()) {
    const outpost = w.kommunen[i % w.kommunen.length]!.town.name;
    await w.api.call(cm, 'availability.save', { staffId: cm.id, version: 0, slots: officeDays(rng, outpost) });
  }
  await createPartners(w);
  await createVolunteers(w);
}
