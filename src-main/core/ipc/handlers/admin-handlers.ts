import { appendAudit, verifyAuditChain } from '../../audit/audit-log';
import { inTransaction } from '../../db/open-encrypted';
import { readSettings, writeSettings } from '../../settings/settings-repo';
import { setUserPassword } from '../../users/password-service';
import { createUser, removeUser, updateUserAccount } from '../../users/user-admin-service';
import { listUsers } from '../../users/users-repo';
import { requireSession, type HandlerMap } from '../handler-types';

type AdminChannel =
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.remove'
  | 'users.resetPassword'
  | 'settings.get'
  | 'settings.update'
  | 'audit.verify';

export const adminHandlers: HandlerMap<AdminChannel> = {
  'users.list': (_input, { core }) => listUsers(core.office.database()),
  'users.create': (input, ctx) => createUser(ctx.core, requireSession(ctx).userId, input),
  'users.update': (input, ctx) => updateUserAccount(ctx.core, requireSession(ctx).userId, input),
  'users.remove': (input, ctx) => {
    removeUser(ctx.core, requireSession(ctx).userId, input.id);
    return null;
  },
  'users.resetPassword': async (input, ctx) => {
    await setUserPassword(ctx.core, requireSession(ctx).userId, input.id, input.newPassword);
    return null;
  },
  'settings.get': (_input, { core }) => readSettings(core.office.database()),
  'settings.update': (input, ctx) => {
    const db = ctx.core.office.database();
    const next = inTransaction(db, () => {
      appendAudit(db, { userId: requireSession(ctx).userId, action: 'settings.update' });
      return writeSettings(db, input);
    });
    ctx.core.idleLockMinutes = next.idleLockMinutes;
    return next;
  },
  'audit.verify': (_input, { core }) => verifyAuditChain(core.office.database()),
};
