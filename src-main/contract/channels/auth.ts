import { z } from 'zod';
import { channel } from '../define';
import { newPassword, password, requiredLine, username } from '../fields';
import type { SessionView } from './app';

export const setupInput = z
  .object({
    officeName: requiredLine(200),
    adminUsername: username,
    adminDisplayName: requiredLine(200),
    adminPassword: newPassword,
  })
  .strict();

export const loginInput = z.object({ username, password }).strict();

/** The code as printed (groups of four with dashes); case, spaces and dashes do not matter. */
export const recoverInput = z.object({ recoveryCode: z.string().trim().min(1).max(100), username, newPassword }).strict();

export const authChannels = {
  /** First run: creates the office, the database key, the first administrator and the recovery code. */
  'auth.setup': channel<{ recoveryCode: string }>()(setupInput, 'public'),
  'auth.login': channel<SessionView>()(loginInput, 'public'),
  'auth.lock': channel<null>()(z.object({}).strict(), 'session'),
  'auth.unlock': channel<SessionView>()(z.object({ password }).strict(), 'session'),
  'auth.logout': channel<null>()(z.object({}).strict(), 'session'),
  'auth.changePassword': channel<null>()(
    z.object({ currentPassword: password, newPassword }).strict(),
    'user',
  ),
  /** Resets a user's password with the office recovery code (forgotten password, left staff). */
  'auth.recover': channel<null>()(recoverInput, 'public'),
};
