import { z } from 'zod';
import { channel } from '../define';
import { id, newPassword, requiredLine, username, version } from '../fields';
import { ROLES, type Role } from '../roles';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  version: number;
  createdAt: string;
}

const admin = ['administration'] as const;

export const usersChannels = {
  'users.list': channel<UserView[]>()(z.object({}).strict(), admin),
  'users.create': channel<UserView>()(
    z
      .object({ username, displayName: requiredLine(200), role: z.enum(ROLES), password: newPassword })
      .strict(),
    admin,
  ),
  'users.update': channel<UserView>()(
    z
      .object({
        id,
        version,
        displayName: requiredLine(200).optional(),
        role: z.enum(ROLES).optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    admin,
  ),
  /** Removes the user's key slot and deactivates the account; their records stay attributed. */
  'users.remove': channel<null>()(z.object({ id }).strict(), admin),
  /** Sets a new password for another user (admin), rewrapping that user's key slot. */
  'users.resetPassword': channel<null>()(z.object({ id, newPassword }).strict(), admin),
};
