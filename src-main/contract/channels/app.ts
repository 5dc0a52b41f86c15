import { z } from 'zod';
import { channel } from '../define';
import type { Role } from '../roles';

export type AppPhase = 'setup' | 'sealed' | 'open' | 'failed';

export interface SessionView {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  locked: boolean;
  idleLockMinutes: number;
}

export interface AppStatus {
  phase: AppPhase;
  appVersion: string;
  officeName: string | null;
  /** Set when phase is `failed`: what happened and what to do, in German. */
  failure: { code: string; message: string; technical: string } | null;
  session: SessionView | null;
}

export const appChannels = {
  'app.status': channel<AppStatus>()(z.object({}).strict(), 'public'),
};
