import { LoginThrottle } from '../auth/login-throttle';
import { SessionStore } from '../auth/sessions';
import { Office, type OfficeOptions } from '../runtime/office';
import { DEFAULT_SETTINGS } from '../settings/settings-repo';

/** Everything the handlers share for one running app: the office data, sessions and clock. */
export interface AppCore {
  office: Office;
  sessions: SessionStore;
  throttle: LoginThrottle;
  logger: OfficeOptions['logger'];
  now: () => number;
  /** Cached from the settings when the database opens or the setting changes. */
  idleLockMinutes: number;
}

export function createAppCore(opts: OfficeOptions & { now?: () => number }): AppCore {
  return {
    office: new Office(opts),
    sessions: new SessionStore(),
    throttle: new LoginThrottle(),
    logger: opts.logger,
    now: opts.now ?? Date.now,
    idleLockMinutes: DEFAULT_SETTINGS.idleLockMinutes,
  };
}
