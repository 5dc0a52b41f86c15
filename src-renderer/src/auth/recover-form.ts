import { recoverInput } from '@contract/channels/auth';
import type { z } from 'zod';
import { withPasswordRepeat } from '../components/password-repeat';

/** The handler's own schema plus the repeated new password. */
export const recoverFormSchema = withPasswordRepeat(recoverInput, 'newPassword');

export type RecoverFormInput = z.input<typeof recoverFormSchema>;

export const emptyRecoverForm = (username: string): RecoverFormInput => ({
  username,
  recoveryCode: '',
  newPassword: '',
  passwordRepeat: '',
});
