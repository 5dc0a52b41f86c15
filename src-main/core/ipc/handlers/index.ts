import type { HandlerMap } from '../handler-types';
import { adminHandlers } from './admin-handlers';
import { appHandlers } from './app-handlers';
import { authHandlers } from './auth-handlers';
import { backupHandlers } from './backup-handlers';
import { calendarHandlers } from './calendar-handlers';
import { consultationHandlers } from './consultation-handlers';
import { caseFileHandlers } from './case-file-handlers';
import { documentsHandlers } from './documents-handlers';
import { handoverHandlers } from './handover-handlers';
import { networkHandlers } from './network-handlers';
import { printHandlers } from './print-handlers';
import { reportHandlers } from './report-handlers';
import { setupRestoreHandlers } from './setup-restore-handlers';

/** The one handler map both transports serve; the type forces a handler for every channel. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...authHandlers,
  ...adminHandlers,
  ...caseFileHandlers,
  ...networkHandlers,
  ...documentsHandlers,
  ...backupHandlers,
  ...setupRestoreHandlers,
  ...calendarHandlers,
  ...reportHandlers,
  ...consultationHandlers,
  ...printHandlers,
  ...handoverHandlers,
};
