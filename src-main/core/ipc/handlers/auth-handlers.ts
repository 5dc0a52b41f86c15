import { login, lock, logout, unlock } from '../../auth/login-service';
import { setupOffice } from '../../auth/setup-service';
import { changeOwnPassword, recoverWithCode } from '../../users/password-service';
import { requireSession, type HandlerMap } from '../handler-types';

type AuthChannel = 'auth.setup' | 'auth.login' | 'auth.lock' | 'auth.unlock' | 'auth.logout' | 'auth.changePassword' | 'auth.recover';

export const authHandlers: HandlerMap<AuthChannel> = {
  'auth.setup': (input, { core }) => setupOffice(core, input),
  'auth.login': (input, { core, clientId }) => login(core, clientId, input.username, input.password),
  'auth.lock': (_input, ctx) => {
    lock(ctx.core, requireSession(ctx));
    return null;
  },
  'auth.unlock': (input, ctx) => unlock(ctx.core, requireSession(ctx), input.password),
  'auth.logout': (_input, ctx) => {
    logout(ctx.core, ctx.clientId, requireSession(ctx));
    return null;
  },
  'auth.changePassword': async (input, ctx) => {
    await changeOwnPassword(ctx.core, requireSession(ctx), input.currentPassword, input.newPassword);
    return null;
  },
  'auth.recover': async (input, { core }) => {
    await recoverWithCode(core, input.recoveryCode, input.username, input.newPassword);
    return null;
  },
};
