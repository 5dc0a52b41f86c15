import { randomUUID } from 'node:crypto';
import type { Role } from '../../../src-main/contract/roles';
import { berlinToday } from '../../../src-main/core/cases/service-context';
import { caseManagers, cases, households, kommunen, persons } from '../../../src-main/core/db/schema';
import { openTempOffice, setupAndLogin, type TempOffice } from './temp-office';

// Synthetic staff and cases for the network tests, created through the app's own channels.

export const USER_PASSWORD = 'Netzwerk-Passwort-1';

export interface Staff {
  /** Client ids of logged-in users; the setup admin stays on `test-client`. */
  fm: string;
  fm2: string;
  tl: string;
  admin: string;
  userIds: Record<'fm' | 'fm2' | 'tl' | 'admin', string>;
}

/** A set-up office with two case managers, a team lead and the admin, each logged in on its own client. */
export async function officeWithStaff(now?: () => number): Promise<TempOffice & { staff: Staff }> {
  const office = await setupAndLogin(openTempOffice(undefined, now));
  const roles: Record<'fm' | 'fm2' | 'tl', Role> = { fm: 'fallmanagement', fm2: 'fallmanagement', tl: 'teamleitung' };
  const userIds = { admin: office.core.sessions.get('test-client')?.userId ?? '' } as Staff['userIds'];
  for (const [key, role] of Object.entries(roles) as ['fm' | 'fm2' | 'tl', Role][]) {
    const user = await office.must<{ id: string }>('users.create', { username: `net.${key}`, displayName: `Netz ${key} (synthetisch)`, role, password: USER_PASSWORD });
    userIds[key] = user.id;
    await office.must('auth.login', { username: `net.${key}`, password: USER_PASSWORD }, key);
  }
  return Object.assign(office, { staff: { fm: 'fm', fm2: 'fm2', tl: 'tl', admin: 'test-client', userIds } });
}

export interface CaseFixture {
  caseId: string;
  /** The primary person first, then further household members. */
  personIds: string[];
  householdId: string | null;
}

let serial = 0;

/** The office's one synthetic Kommune, created by the administration on first use. */
async function kommuneId(office: TempOffice): Promise<string> {
  const existing = await office.must<{ id: string }[]>('kommunen.list', {}, 'test-client');
  if (existing[0]) return existing[0].id;
  return (await office.must<{ id: string }>('kommunen.save', { name: 'Musterstadt (synthetisch)' }, 'test-client')).id;
}

/**
 * Opens a case through part A's service as `creator` (a case manager's client id), with `persons`
 * synthetic people (more than one makes it a family case) and optional co-managers.
 */
export async function createCase(office: TempOffice, creator: string, opts: { persons?: number; coManagers?: string[] } = {}): Promise<CaseFixture> {
  serial++;
  const persons = opts.persons ?? 1;
  const today = berlinToday(new Date(office.core.now()));
  const members = Array.from({ length: persons }, (_, i) => ({
    person: { familyName: `Testperson${serial}`, givenNames: `Vorname${i}` },
    ...(persons > 1 ? { relation: i === 0 ? 'elternteil' : 'kind' } : {}),
  }));
  const view = await office.must<{ id: string; persons: { id: string }[]; household: { id: string } | null }>(
    'cases.create',
    { kommuneId: await kommuneId(office), intakeReason: 'Erstberatung (synthetisch)', firstContactOn: today, managerIds: opts.coManagers ?? [], members },
    creator,
  );
  return { caseId: view.id, personIds: view.persons.map((p) => p.id), householdId: view.household?.id ?? null };
}

/**
 * The quick way for tests of other features (used by the appointment tests): a case with its
 * primary person (and `members` further household members), managed by `managerIds`, written as
 * minimal rows directly. Prefer `createCase`, which goes through the case service.
 */
export function insertCase(office: TempOffice, managerIds: string[], members = 0): CaseFixture {
  const db = office.core.office.database();
  return db.raw.transaction(() => {
    serial++;
    const kommuneId = db.orm.select({ id: kommunen.id }).from(kommunen).limit(1).get()?.id ?? randomUUID();
    db.orm.insert(kommunen).values({ id: kommuneId, name: 'Musterstadt (synthetisch)' }).onConflictDoNothing().run();
    const householdId = members > 0 ? randomUUID() : null;
    if (householdId) db.orm.insert(households).values({ id: householdId, label: `Familie Test ${serial}` }).run();
    const personIds = Array.from({ length: members + 1 }, (_, i) => {
      const id = randomUUID();
      db.orm.insert(persons).values({ id, familyName: `Testperson${serial}`, givenNames: `Vorname${i}`, householdId }).run();
      return id;
    });
    const caseId = randomUUID();
    db.orm
      .insert(cases)
      .values({ id: caseId, caseNumber: `2026-${String(serial).padStart(5, '0')}-${caseId.slice(0, 4)}`, kommuneId, primaryPersonId: personIds[0] as string, householdId, openedOn: '2026-01-02' })
      .run();
    for (const userId of managerIds) db.orm.insert(caseManagers).values({ caseId, userId }).run();
    return { caseId, personIds, householdId };
  })();
}

export const caseVersion = (office: TempOffice, caseId: string): number =>
  (office.core.office.database().raw.prepare('SELECT version FROM cases WHERE id = ?').get(caseId) as { version: number }).version;

/** Audit rows, oldest first, as stored (to check what was recorded and that no values leaked). */
export const auditRows = (office: TempOffice) =>
  office.core.office.database().raw.prepare('SELECT user_id, action, entity, entity_id FROM audit_events ORDER BY id').all() as {
    user_id: string | null;
    action: string;
    entity: string | null;
    entity_id: string | null;
  }[];
