import type { Logger } from '../log/logger';
import { settingsFile } from './backup-settings';
import { backupStateFile } from './backup-state';
import { removeOrphans, taggedTempPrefix } from './fs-steps';
import { journalPath, recoverInterruptedRestore } from './restore-journal';
import { backupTempDir, SNAPSHOT_PREFIX } from './snapshot';
import { VERIFY_PREFIX } from './verify';

/**
 * Runs when an Office is constructed, before its files are checked: finishes or undoes a restore
 * a crash interrupted, and removes temporary backup copies of processes that no longer run.
 * Never throws: whatever it cannot repair, the office's own file check then reports.
 */
export function recoverDataDirAtStart(dataDir: string, logger: Logger): void {
  try {
    const outcome = recoverInterruptedRestore(dataDir);
    if (outcome !== 'none') logger.log(outcome === 'journal-damaged' ? 'error' : 'warn', 'restore.recovered', { outcome });
    removeOrphans(backupTempDir(dataDir), SNAPSHOT_PREFIX);
    removeOrphans(backupTempDir(dataDir), VERIFY_PREFIX);
    for (const file of [journalPath(dataDir), settingsFile(dataDir), backupStateFile(dataDir)]) removeOrphans(dataDir, taggedTempPrefix(file));
  } catch (e) {
    logger.log('error', 'restore.recovery-failed', { error: (e as { code?: string }).code ?? 'unknown' });
  }
}
