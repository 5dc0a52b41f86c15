import { timingSafeEqual } from 'node:crypto';
import type { SessionView } from '../../contract/channels/app';
import { appendAudit } from '../audit/audit-log';
import { unlockWithPassword } from '../crypto/key-slots';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import type { AppCore } from '../ipc/app-core';
import { readSetting } from '../settings/settings-repo';
import { findUserById } from '../users/users-repo';
import { rateLimitedError } from './login-throttle';
import { toSessionView } from './session-view';
import type { Session } from './sessions';

function assertUsable(core: AppCore): void {
  const { office } = core;
  if (office.phase === 'failed') {
    const f = office.failureInfo!;
    throw new AppError(f.code, f.message);
  }
  if (office.phase === 'setup') throw new AppError('NOT_SETUP', 'KIM Fallakte ist noch nicht eingerichtet.');
}

function audit(core: AppCore, userId: string | null, action: string): void {
  if (core.office.phase !== 'open') return;
  const db = core.office.database();
  inTransaction(db, () => appendAudit(db, { userId, action }));
}

/**
 * Checks a password against the user's key slot, with a growing delay after failures.
 * Returns the database key the slot holds; the caller must zero it.
 */
export async function checkPassword(core: AppCore, username: string, password: string): Promise<{ dbKey: Buffer; userId: string }> {
  const wait = core.throttle.waitFor(username, core.now());
  if (wait > 0) throw rateLimitedError(wait);
  try {
    const result = await unlockWithPassword(core.office.keyFile(), username, password);
    core.throttle.succeed(username);
    return result;
  } catch (e) {
    if (e instanceof AppError && e.code === 'WRONG_PASSWORD') {
      const attempt = core.throttle.fail(username, core.now());
      core.logger.log('warn', 'auth.failed', { attempt });
      audit(core, null, 'auth.failed');
    }
    throw e;
  }
}

export async function login(core: AppCore, clientId: string, username: string, password: string): Promise<SessionView> {
  assertUsable(core);
  const { dbKey, userId } = await checkPassword(core, username, password);
  try {
    const { office } = core;
    if (office.phase === 'sealed') office.open(dbKey);
    else if (!timingSafeEqual(office.key(), dbKey)) throw new AppError('KEYFILE_DAMAGED', 'Die Schlüsseldatei passt nicht zur geöffneten Datenbank.');
  } finally {
    dbKey.fill(0);
  }
  const db = core.office.database();
  const user = findUserById(db, userId);
  if (!user || !user.active) {
    if (core.sessions.size === 0) core.office.seal();
    throw new AppError('FORBIDDEN', 'Dieses Benutzerkonto ist deaktiviert. Bitte wenden Sie sich an die Administration.');
  }
  core.idleLockMinutes = readSetting(db, 'idleLockMinutes');
  const session: Session = { userId, username: user.username, displayName: user.displayName, role: user.role, locked: false, lastActivity: core.now() };
  core.sessions.set(clientId, session);
  audit(core, userId, 'auth.login');
  core.logger.log('info', 'auth.login', { role: user.role });
  return toSessionView(session, core.idleLockMinutes);
}

export function lock(core: AppCore, session: Session): void {
  session.locked = true;
  audit(core, session.userId, 'auth.lock');
}

export async function unlock(core: AppCore, session: Session, password: string): Promise<SessionView> {
  const { dbKey, userId } = await checkPassword(core, session.username, password);
  dbKey.fill(0);
  if (userId !== session.userId) throw new AppError('WRONG_PASSWORD', 'Benutzername oder Passwort ist falsch.');
  session.locked = false;
  session.lastActivity = core.now();
  audit(core, session.userId, 'auth.unlock');
  return toSessionView(session, core.idleLockMinutes);
}

/** Ends the caller's session; the last one out closes the database and forgets its key. */
export function logout(core: AppCore, clientId: string, session: Session): void {
  audit(core, session.userId, 'auth.logout');
  core.sessions.delete(clientId);
  if (core.sessions.size === 0) core.office.seal();
}
