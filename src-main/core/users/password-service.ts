import { appendAudit } from '../audit/audit-log';
import { checkPassword } from '../auth/login-service';
import { rateLimitedError } from '../auth/login-throttle';
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

// One throttle for the office's one code; '#' cannot occur in a user name, so no login shares it.
const RECOVERY_THROTTLE = '#recovery';

/**
 * Forgotten password: the office recovery code opens the recovery slot, and the user's slot is
 * rewrapped under the new password. Opens the database for the moment if nobody is logged in.
 * The code is checked before the name, so only a holder of the code (who could open the whole
 * database anyway) learns whether a user name exists.
 */
export async function recoverWithCode(core: AppCore, code: string, username: string, newPassword: string): Promise<void> {
  const { office } = core;
  if (office.phase === 'setup') throw new AppError('NOT_SETUP', 'KIM Fallakte ist noch nicht eingerichtet.');
  const wait = core.throttle.waitFor(RECOVERY_THROTTLE, core.now());
  if (wait > 0) throw rateLimitedError(wait);
  let dbKey: Buffer;
  try {
    dbKey = await unlockWithRecoveryCode(office.keyFile(), code);
  } catch (e) {
    if (e instanceof AppError && e.code === 'WRONG_PASSWORD') core.throttle.fail(RECOVERY_THROTTLE, core.now());
    throw e;
  }
  core.throttle.succeed(RECOVERY_THROTTLE);
  const openedHere = office.phase === 'sealed';
  try {
    if (openedHere) office.open(dbKey);
    const user = findUserByName(office.database(), username);
    if (!user) throw new AppError('NOT_FOUND', 'Diesen Benutzer gibt es nicht.');
    await setUserPassword(core, null, user.id, newPassword);
    // The forgotten password usually left a growing login wait behind; the new one works at once.
    core.throttle.succeed(user.username);
    core.logger.log('warn', 'auth.recovered');
  } finally {
    dbKey.fill(0);
    if (openedHere && core.sessions.size === 0) office.seal();
  }
}
