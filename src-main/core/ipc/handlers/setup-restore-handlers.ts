import { pickBackupFileAtSetup, restoreBackupAtSetup, verifyBackupAtSetup } from '../../backup/setup-restore';
import type { HandlerMap } from '../handler-types';

type SetupRestoreChannel = 'setup.verifyBackup' | 'setup.restoreBackup' | 'setup.pickBackupFile';

// Public channels: the service itself refuses them unless the data directory holds no usable office.
export const setupRestoreHandlers: HandlerMap<SetupRestoreChannel> = {
  'setup.verifyBackup': (input, { core }) => verifyBackupAtSetup(core, input),
  'setup.restoreBackup': (input, { core }) => restoreBackupAtSetup(core, input),
  'setup.pickBackupFile': (_input, { core, clientId }) => pickBackupFileAtSetup(core, clientId),
};
