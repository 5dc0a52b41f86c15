import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, isChannel } from '../../../src-main/contract';
import { ERROR_CODES, type Result } from '../../../src-main/contract/result';
import { verifyAuditChain } from '../../../src-main/core/audit/audit-log';
import { ADMIN, setupAndLogin, type TempOffice } from '../helpers/temp-office';

// Channels whose valid calls change nothing; for all others (and every channel added later) the fuzz
// skips payloads that would pass validation, so "nothing written" stays checkable.
const READ_ONLY = new Set<string>(['app.status', 'settings.get', 'users.list', 'audit.verify']);

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
const FIELD_KEYS = [...new Set(CHANNELS.flatMap((ch) => Object.keys((contract[ch].input as { shape?: object }).shape ?? {})))];

const nest = (depth: number, asArray: boolean): unknown => {
  let v: unknown = 'innen';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
};
const circular: Record<string, unknown> = { username: 'zirkel' };
circular.self = circular;

const payloadArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true }),
  // Real field names with values of any type: the "wrong types" case.
  fc.dictionary(fc.constantFrom(...FIELD_KEYS, ...POLLUTION_KEYS), fc.anything({ withBigInt: true, withNullPrototype: true }), { maxKeys: 6 }),
  // What a hostile JSON transport delivers: own `__proto__` / `constructor` keys.
  fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"username":"a","__proto__":{"isAdmin":true}}').map((s) => JSON.parse(s) as unknown),
  fc.record({ depth: fc.integer({ min: 1, max: 3000 }), asArray: fc.boolean() }).map(({ depth, asArray }) => nest(depth, asArray)),
  fc.record({ field: fc.constantFrom(...FIELD_KEYS), size: fc.constantFrom(300, 70_000, 300_000) }).map(({ field, size }) => ({ [field]: 'ß'.repeat(size) })),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom<unknown>(undefined, null, 0, -0, NaN, Infinity, '', [], true, circular, nest(200_000, true)),
);

const channelArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CHANNELS) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'AUTH.LOGIN', ' app.status', 'app.status\u0000', 'users', 'users.list.') },
  { weight: 1, arbitrary: fc.anything() }, // a broken transport may not even send a string
);

const GERMAN = /[äöüß]|\b(die|der|das|ist|nicht|bitte|sie|unbekannte|anfrage|eingabe)\b/i;
const ENGLISH_LEAK = /\b(Error|undefined|Cannot|Invalid|Expected|is not|stack)\b/;

function expectWellFormed(r: unknown): void {
  expect(r).toBeTypeOf('object');
  const res = r as Result<unknown>;
  expect(typeof res.ok).toBe('boolean');
  if (res.ok) {
    expect(Object.hasOwn(res, 'value')).toBe(true);
  } else {
    expect(ERROR_CODES).toContain(res.error.code);
    expect(res.error.message.trim().length).toBeGreaterThan(0);
    expect(res.error.message).toMatch(GERMAN);
    expect(res.error.message).not.toMatch(ENGLISH_LEAK);
  }
  expect(() => JSON.stringify(r)).not.toThrow(); // it has to cross a transport
}

function wouldRunForReal(channel: unknown, payload: unknown): boolean {
  if (typeof channel !== 'string' || !isChannel(channel) || READ_ONLY.has(channel)) return false;
  try {
    return contract[channel].input.safeParse(payload ?? {}).success; // the registry reads a missing payload as {}
  } catch {
    return false; // the registry must then cope on its own
  }
}

let office: TempOffice;
const snapshot = () => {
  const raw = office.core.office.database().raw;
  return { users: raw.prepare('SELECT * FROM users ORDER BY id').all(), settings: raw.prepare('SELECT * FROM settings ORDER BY key').all() };
};
let before: ReturnType<typeof snapshot>;

/** Runs the property and returns how often each outcome came back, so a degenerate fuzz shows. */
async function fuzz(clientId: string, numRuns: number): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(channelArb, payloadArb, async (channel, payload) => {
      if (wouldRunForReal(channel, payload)) return;
      const r = await office.registry.invoke(channel as string, payload, clientId);
      expectWellFormed(r);
      const outcome = r.ok ? 'ok' : r.error.code;
      seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
    }),
    // Fixed examples besides the random ones, so the gate outcomes below occur in every run.
    { numRuns, examples: [['users.list', {}], ['app.status', {}], ['audit.verify', undefined]] },
  );
  for (const code of ['VALIDATION', 'UNKNOWN_CHANNEL', 'TOO_LARGE']) expect(seen.get(code), code).toBeGreaterThan(10);
  return seen;
}

beforeAll(async () => {
  office = await setupAndLogin();
  await office.must('users.create', { username: 'fm.fuzz', displayName: 'Fuzz FM (synthetisch)', role: 'fallmanagement', password: 'Fallmanagement-1' });
  before = snapshot();
});
afterAll(() => office.cleanup());

describe('registry fuzz: every answer is a well-formed Result, nothing is written', () => {
  it('with a sealed database and no session', async () => {
    await office.must('auth.logout');
    expect(office.core.office.phase).toBe('sealed');
    const seen = await fuzz('anonymous', 400);
    expect(seen.get('UNAUTHENTICATED')).toBeGreaterThan(0);
    expect(office.core.office.phase).toBe('sealed');
    await office.must('auth.login', { username: ADMIN.username, password: ADMIN.password });
  });

  it('with an open database, as a client without a session', async () => {
    await fuzz('anonymous', 400);
  });

  it('as a logged-in administrator', async () => {
    const seen = await fuzz('test-client', 600);
    expect(seen.get('ok')).toBeGreaterThan(0);
    expect(office.core.sessions.get('test-client')?.locked).toBe(false);
  });

  it('as a logged-in Fallmanagement user', async () => {
    await office.must('auth.login', { username: 'fm.fuzz', password: 'Fallmanagement-1' }, 'fm-client');
    const seen = await fuzz('fm-client', 400);
    expect(seen.get('FORBIDDEN')).toBeGreaterThan(0);
  });

  it('leaves the database intact, the chain valid, the rows unchanged and no prototype polluted', () => {
    const raw = office.core.office.database().raw;
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditChain(office.core.office.database()).ok).toBe(true);
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
