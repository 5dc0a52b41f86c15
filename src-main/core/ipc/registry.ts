import { contract, isChannel, type Channel } from '../../contract';
import type { Access } from '../../contract/define';
import { fail, ok, type Result } from '../../contract/result';
import type { Session } from '../auth/sessions';
import { isAppError } from '../errors';
import type { AppCore } from './app-core';
import type { HandlerMap } from './handler-types';

export interface Registry {
  /** Validates, checks the caller's session and role, runs the handler; never throws. */
  invoke(channel: string, payload: unknown, clientId: string): Promise<Result<unknown>>;
}

const byteLength = (payload: unknown) => {
  try {
    return Buffer.byteLength(JSON.stringify(payload ?? {}) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

function checkAccess(access: Access, session: Session | undefined): Result<null> {
  if (access === 'public') return ok(null);
  if (!session) return fail('UNAUTHENTICATED', 'Bitte melden Sie sich an.');
  if (access === 'session') return ok(null);
  if (session.locked) return fail('LOCKED', 'Die Sitzung ist gesperrt. Bitte entsperren Sie sie mit Ihrem Passwort.');
  if (access !== 'user' && !access.includes(session.role)) {
    return fail('FORBIDDEN', 'Für diese Aktion fehlt Ihnen die Berechtigung.');
  }
  return ok(null);
}

export function createRegistry(core: AppCore, handlers: HandlerMap): Registry {
  return {
    async invoke(name, payload, clientId) {
      if (typeof name !== 'string' || !isChannel(name)) return fail('UNKNOWN_CHANNEL', 'Unbekannte Anfrage.');
      const channel: Channel = name;
      const def = contract[channel];
      if (byteLength(payload) > def.maxInputBytes) return fail('TOO_LARGE', 'Die Eingabe ist zu groß.');

      const parsed = def.input.safeParse(payload ?? {});
      if (!parsed.success) {
        // Paths and issue codes only: echoing values could leak personal data into logs or screens.
        const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code }));
        return fail('VALIDATION', 'Die Eingabe ist unvollständig oder ungültig.', { issues });
      }

      const now = core.now();
      core.sessions.lockIdle(now, core.idleLockMinutes * 60_000);
      const session = core.sessions.get(clientId);
      const access = checkAccess(def.access, session);
      if (!access.ok) {
        if (access.error.code === 'FORBIDDEN') core.logger.log('warn', 'ipc.forbidden', { channel });
        return access;
      }
      if (session && !session.locked) session.lastActivity = now;

      try {
        const handler = handlers[channel] as (input: unknown, ctx: unknown) => unknown;
        const value = await handler(parsed.data, { core, clientId, session: session ?? null });
        return ok(value);
      } catch (e) {
        if (isAppError(e)) return fail(e.code, e.message, e.details);
        core.logger.log('error', 'ipc.internal', { channel, error: e instanceof Error ? e.name : 'unknown' });
        return fail('INTERNAL', 'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts gespeichert.');
      }
    },
  };
}
