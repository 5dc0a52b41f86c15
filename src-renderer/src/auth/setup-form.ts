import { setupInput } from '@contract/channels/auth';
import type { z } from 'zod';
import { withPasswordRepeat } from '../components/password-repeat';

/** The handler's own schema plus the repeated password. */
export const setupFormSchema = withPasswordRepeat(setupInput, 'adminPassword');

export type SetupFormInput = z.input<typeof setupFormSchema>;

export const emptySetupForm: SetupFormInput = {
  officeName: '',
  adminUsername: '',
  adminDisplayName: '',
  adminPassword: '',
  passwordRepeat: '',
};
