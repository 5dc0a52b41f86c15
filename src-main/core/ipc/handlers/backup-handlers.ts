import { backupRuntime } from '../../backup/backup-runtime';
import { readBackupSettings, toSettingsView } from '../../backup/backup-settings';
import { backupStatus, backupWarnings, listTargetBackups } from '../../backup/backup-status';
import { createBackupNow, restoreBackupNow, verifyBackup } from '../../backup/office-backup';
import { updateBackupSettings } from '../../backup/settings-update';
import { autoBackupName } from '../../backup/target-folder';
import { requireSession, type HandlerMap } from '../handler-types';

type BackupChannel =
  | 'backup.create'
  | 'backup.verify'
  | 'backup.restore'
  | 'backup.status'
  | 'backup.warnings'
  | 'backup.list'
  | 'backup.settings.get'
  | 'backup.settings.update'
  | 'backup.pickPath';

export const backupHandlers: HandlerMap<BackupChannel> = {
  'backup.create': (input, ctx) => createBackupNow(ctx.core, { path: input.path, secret: input.secret, actorId: requireSession(ctx).userId }),
  'backup.verify': (input, { core }) => verifyBackup(core, input),
  'backup.restore': async (input, ctx) => ({
    restored: await restoreBackupNow(ctx.core, { path: input.path, secret: input.secret, actorId: requireSession(ctx).userId }),
  }),
  'backup.status': (_input, { core }) => backupStatus(core),
  'backup.warnings': (_input, { core }) => backupWarnings(core),
  'backup.list': (_input, { core }) => listTargetBackups(core.office.opts.dataDir),
  'backup.settings.get': (_input, { core }) => toSettingsView(readBackupSettings(core.office.opts.dataDir)),
  'backup.settings.update': (input, ctx) => updateBackupSettings(ctx.core, requireSession(ctx).userId, input),
  'backup.pickPath': async (input, { core, clientId }) => {
    const picker = backupRuntime(core).picker;
    if (!picker) return { supported: false, path: null };
    return { supported: true, path: await picker(input.purpose, clientId, autoBackupName(core.now(), () => false)) };
  },
};
