// Synthetic case-file fixtures: an office with case managers, a team lead, a Kommune and helpers
// to open cases. No real persons.
import type { CaseView } from '../../../src-main/contract/channels/cases';
import type { PersonInput } from '../../../src-main/contract/channels/persons';
import type { Result } from '../../../src-main/contract/result';
import { openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';

export const PASSWORD = 'Fall-Passwort-123';
export const ADMIN_CLIENT = 'test-client';

/** A settable clock: tests move it to check dates relative to "today". */
export class TestClock {
  constructor(public ms = Date.parse('2026-03-10T09:00:00Z')) {}
  set(iso: string) {
    this.ms = Date.parse(iso);
  }
  now = () => this.ms;
}

export interface CaseOffice {
  office: TempOffice;
  clock: TestClock;
  kommuneId: string;
  userIds: Record<'fm1' | 'fm2' | 'tl' | 'admin', string>;
  /** Calls a channel as one of the test users (each has its own client id). */
  as<T = unknown>(who: 'fm1' | 'fm2' | 'tl' | 'admin', channel: string, input?: unknown): Promise<Result<T>>;
  must<T = unknown>(who: 'fm1' | 'fm2' | 'tl' | 'admin', channel: string, input?: unknown): Promise<T>;
  /** settings.update as the administrator, keeping the tests' idle lock out of the way. */
  updateSettings(patch: Record<string, unknown>): Promise<void>;
}

const clientOf = (who: string) => (who === 'admin' ? ADMIN_CLIENT : `client-${who}`);

/** An office with two case managers (fm1, fm2), a team lead (tl), the administrator and one Kommune. */
export async function openCaseOffice(clock = new TestClock()): Promise<CaseOffice> {
  const office = await setupAndLogin(openTempOffice(undefined, clock.now));
  const users = [
    ['fm1', 'Fiona Fall (synthetisch)', 'fallmanagement'],
    ['fm2', 'Felix Fall (synthetisch)', 'fallmanagement'],
    ['tl', 'Tina Team (synthetisch)', 'teamleitung'],
  ] as const;
  const userIds: Record<string, string> = {};
  for (const [name, displayName, role] of users) {
    const username = `user.${name}`;
    const u = await office.must<{ id: string }>('users.create', { username, displayName, role, password: PASSWORD });
    userIds[name] = u.id;
    await office.must('auth.login', { username, password: PASSWORD }, clientOf(name));
  }
  userIds.admin = office.core.sessions.get(ADMIN_CLIENT)?.userId ?? '';
  // The tests move the clock by days and years; the idle lock is tested elsewhere (set after the logins, which reload it).
  office.core.idleLockMinutes = 1e9;
  const kommune = await office.must<{ id: string }>('kommunen.save', { name: 'Musterstadt' });
  return {
    office,
    clock,
    kommuneId: kommune.id,
    userIds: userIds as CaseOffice['userIds'],
    as: (who, channel, input = {}) => office.call(channel, input, clientOf(who)),
    must: (who, channel, input = {}) => office.must(channel, input, clientOf(who)),
    async updateSettings(patch) {
      await office.must('settings.update', patch);
      office.core.idleLockMinutes = 1e9;
    },
  };
}

export const person = (familyName: string, givenNames: string, extra: Partial<PersonInput> = {}): PersonInput => ({ familyName, givenNames, ...extra });

/** Opens a one-person case (or a family when more members are given) as `who`. */
export function openCase(
  o: CaseOffice,
  members: { person: PersonInput; relation?: string }[],
  extra: Record<string, unknown> = {},
  who: 'fm1' | 'fm2' = 'fm1',
): Promise<CaseView> {
  return o.must<CaseView>(who, 'cases.create', {
    kommuneId: o.kommuneId,
    intakeReason: 'Unterstützung bei Wohnungssuche',
    firstContactOn: '2026-03-02',
    members,
    ...extra,
  });
}

/** Expects a failed call with the given code and returns its error. */
export function failure<T>(r: Result<T>, code: string) {
  if (r.ok) throw new Error(`expected ${code}, got success`);
  if (r.error.code !== code) throw new Error(`expected ${code}, got ${r.error.code}: ${r.error.message}`);
  return r.error;
}
