import { expect } from 'vitest';
import type { Result } from '../../../src-main/contract/result';
import { ADMIN } from '../helpers/temp-office';

// One list of calls every transport (Electron IPC, preload bridge, browser-mode HTTP) must answer
// exactly like the registry does. An adapter supplies `invoke` for one client and a clock it can
// move (the office's `now`, so the login throttle's wait passes without sleeping).

export type Invoke = (channel: string, payload: unknown) => Promise<Result<unknown>>;

export interface ConformanceTarget {
  invoke: Invoke;
  /** Moves the clock the target's AppCore uses (`openTempOffice(dir, clock.now)`). */
  clock: ManualClock;
}

export class ManualClock {
  private t = Date.parse('2026-03-02T08:00:00Z');
  readonly now = () => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

interface Scenario {
  name: string;
  channel: string;
  payload: unknown;
  /** Partial match on the whole Result. */
  expected: unknown;
  /** Clock movement before the call. */
  advanceMs?: number;
}

const WRONG_PASSWORD = 'falsches-Passwort-9';
const fails = (code: string) => ({ ok: false, error: { code, message: expect.any(String) } });

export const CONFORMANCE_SCENARIOS: readonly Scenario[] = [
  { name: 'status before setup', channel: 'app.status', payload: {}, expected: { ok: true, value: { phase: 'setup', session: null } } },
  {
    name: 'setup',
    channel: 'auth.setup',
    payload: { officeName: 'Fachdienst Soziales Musterstadt', adminUsername: ADMIN.username, adminDisplayName: ADMIN.displayName, adminPassword: ADMIN.password },
    expected: { ok: true, value: { recoveryCode: expect.stringMatching(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/) } },
  },
  { name: 'wrong password', channel: 'auth.login', payload: { username: ADMIN.username, password: WRONG_PASSWORD }, expected: fails('WRONG_PASSWORD') },
  {
    name: 'login',
    channel: 'auth.login',
    payload: { username: ADMIN.username, password: ADMIN.password },
    advanceMs: 60_000,
    expected: { ok: true, value: { username: ADMIN.username, role: 'administration', locked: false } },
  },
  { name: 'users.list', channel: 'users.list', payload: {}, expected: { ok: true, value: [expect.objectContaining({ username: ADMIN.username })] } },
  { name: 'unknown channel', channel: 'no.such.channel', payload: {}, expected: fails('UNKNOWN_CHANNEL') },
  { name: 'malformed payload', channel: 'auth.login', payload: { username: 42, extra: true }, expected: fails('VALIDATION') },
  { name: 'oversized payload', channel: 'auth.login', payload: { username: ADMIN.username, password: 'x'.repeat(300 * 1024) }, expected: fails('TOO_LARGE') },
  { name: 'lock', channel: 'auth.lock', payload: {}, expected: { ok: true, value: null } },
  { name: 'locked session refuses data', channel: 'users.list', payload: {}, expected: fails('LOCKED') },
];

const SECRETS = [ADMIN.password, WRONG_PASSWORD];

/** Runs every scenario in order against one fresh office, asserting each Result as it comes. */
export async function runConformanceScenarios(target: ConformanceTarget): Promise<void> {
  for (const s of CONFORMANCE_SCENARIOS) {
    if (s.advanceMs) target.clock.advance(s.advanceMs);
    const result = await target.invoke(s.channel, s.payload);
    expect(result, s.name).toMatchObject(s.expected as object);
    // Results are plain JSON (they cross process and HTTP boundaries) and never echo a password.
    expect(JSON.parse(JSON.stringify(result)), s.name).toStrictEqual(result);
    for (const secret of SECRETS) expect(JSON.stringify(result), s.name).not.toContain(secret);
  }
}
