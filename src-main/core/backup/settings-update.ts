import { resolve } from 'node:path';
import type { z } from 'zod';
import type { backupSettingsPatch, BackupSettingsView } from '../../contract/channels/backup';
import { appendAudit } from '../audit/audit-log';
import { inTransaction } from '../db/open-encrypted';
import type { AppCore } from '../ipc/app-core';
import { readBackupSettings, toSettingsView, wrapAutoPassphrase, writeBackupSettings } from './backup-settings';
import { backupErrors } from './messages';
import { isInside, isReachableFolder } from './target-folder';

/** Changes the backup settings; a new target folder must be reachable and outside the data directory. */
export function updateBackupSettings(core: AppCore, actorId: string, patch: z.output<typeof backupSettingsPatch>): BackupSettingsView {
  const { office } = core;
  const dataDir = office.opts.dataDir;
  const db = office.database();
  const next = readBackupSettings(dataDir);
  if (patch.targetDir !== undefined) {
    const dir = patch.targetDir === null ? null : resolve(patch.targetDir);
    if (dir !== null && isInside(dir, dataDir)) throw backupErrors.outputInDataDir();
    if (dir !== null && !isReachableFolder(dir)) throw backupErrors.targetUnreachable();
    next.targetDir = dir;
  }
  if (patch.automatic !== undefined) next.automatic = patch.automatic;
  if (patch.rotation) next.rotation = { ...patch.rotation };
  if (patch.warnAfterDays !== undefined) next.warnAfterDays = patch.warnAfterDays;
  if (patch.autoPassphrase !== undefined) next.autoPassphrase = wrapAutoPassphrase(patch.autoPassphrase, office.key());
  writeBackupSettings(dataDir, next);
  inTransaction(db, () => appendAudit(db, { userId: actorId, action: 'backup.settings_update' }));
  return toSettingsView(next);
}
