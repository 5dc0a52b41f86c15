import type { HandlerMap } from '../handler-types';
import { adminHandlers } from './admin-handlers';
import { appHandlers } from './app-handlers';
import { authHandlers } from './auth-handlers';

/** The one handler map both transports serve; the type forces a handler for every channel. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...authHandlers,
  ...adminHandlers,
};
