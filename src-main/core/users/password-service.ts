import { appendAudit } from '../audit/audit-log';
import { checkPassword } from '../auth/login-service';
import type { Session } from '../auth/sessions';
import { unlockWithRecoveryCode, withUserSlot } from '../crypto/key-slots';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import type { AppCore } from '../ipc/app-core';
import { findUserById, findUserByName } from './users-repo';

/** Rewraps one user's slot under a new password and records it, in one transaction with the key file write. */
export async function setUserPassword(core: AppCore, actorId: string | null, userId: string, newPassword: string): Promise<void> {
  const { office } = core;
  const db = office.database();
  const user = findUserById(db, userId);
  if (!user) throw new AppError('NOT_FOUND', 'Dieser Benutzer existiert nicht.');
  const body = await withUserSlot(office.keyFile(), {
    dbKey: office.key(),
    userId,
    username: user.username,
    password: newPassword,
    ...(office.opts.scrypt ? { scrypt: office.opts.scrypt } : {}),
  });
  inTransaction(db, () => {
    appendAudit(db, { userId: actorId, action: 'user.password_set', entity: 'user', entityId: userId });
    office.saveKeyFile(body);
  });
}

export async function changeOwnPassword(core: AppCore, session: Session, currentPassword: string, newPassword: string): Promise<void> {
  const { dbKey } = await checkPassword(core, session.username, currentPassword);
  dbKey.fill(0);
  await setUserPassword(core, session.userId, session.userId, newPassword);
}

/**
 * Forgotten password: the office recovery code opens the recovery slot, and the user's slot is
 * rewrapped under the new password. Opens the database for the moment if nobody is logged in.
 */
export async function recoverWithCode(core: AppCore, code: string, username: string, newPassword: string): Promise<void> {
  const { office } = core;
  if (office.phase === 'setup') throw new AppError('NOT_SETUP', 'KIM Fallakte ist noch nicht eingerichtet.');
  const wait = core.throttle.waitFor('#recovery', core.now());
  if (wait > 0) throw new AppError('RATE_LIMITED', `Zu viele Fehlversuche. Bitte warten Sie ${Math.ceil(wait / 1000)} Sekunden.`);
  let dbKey: Buffer;
  try {
    dbKey = await unlockWithRecoveryCode(office.keyFile(), code);
  } catch (e) {
    if (e instanceof AppError && e.code === 'WRONG_PASSWORD') core.throttle.fail('#recovery', core.now());
    throw e;
  }
  const openedHere = office.phase === 'sealed';
  try {
    if (openedHere) office.open(dbKey);
    const user = findUserByName(office.database(), username);
    if (!user) throw new AppError('NOT_FOUND', 'Diesen Benutzer gibt es nicht.');
    await setUserPassword(core, null, user.id, newPassword);
    core.logger.log('warn', 'auth.recovered');
  } finally {
    dbKey.fill(0);
    if (openedHere && core.sessions.size === 0) office.seal();
  }
}
