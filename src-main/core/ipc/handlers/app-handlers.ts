import { APP_VERSION } from '../../config/app-info';
import { toSessionView } from '../../auth/session-view';
import { readSetting } from '../../settings/settings-repo';
import type { HandlerMap } from '../handler-types';

export const appHandlers: HandlerMap<'app.status'> = {
  'app.status': (_input, { core, session }) => {
    const { office } = core;
    const phase = office.phase;
    return {
      phase,
      appVersion: APP_VERSION,
      officeName: phase === 'open' ? readSetting(office.database(), 'officeName') : null,
      failure: office.failureInfo,
      session: session ? toSessionView(session, core.idleLockMinutes) : null,
    };
  },
};
