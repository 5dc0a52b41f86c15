import type { BackupListEntry, BackupStatus, BackupWarning } from '../../contract/channels/backup';
import type { AppCore } from '../ipc/app-core';
import { formatBerlin } from './berlin-clock';
import { readBackupSettings, unwrapAutoPassphrase, type BackupSettings } from './backup-settings';
import { readBackupState } from './backup-state';
import { isReachableFolder, listAutoBackups } from './target-folder';

// What the office should know about its backups: when the last good one was made, whether the
// target folder is there, and the warnings the Heute page and the settings show.

const DAY_MS = 24 * 60 * 60_000;

function autoPassphraseUsable(core: AppCore, settings: BackupSettings): boolean {
  if (!settings.autoPassphrase) return false;
  // Sealed, the key is unknown: trust that it is set (it is checked again when the office opens).
  return core.office.phase !== 'open' || unwrapAutoPassphrase(settings, core.office.key()) !== null;
}

export function backupStatus(core: AppCore): BackupStatus {
  const { dataDir } = core.office.opts;
  const settings = readBackupSettings(dataDir);
  const state = readBackupState(dataDir);
  const now = core.now();
  const targetReachable = settings.targetDir ? isReachableFolder(settings.targetDir) : null;
  const autoPassphraseSet = autoPassphraseUsable(core, settings);
  const warnings: BackupWarning[] = [];
  const lastGoodMs = state.lastGood ? Date.parse(state.lastGood.at) : null;
  if (lastGoodMs === null) {
    warnings.push({ code: 'NO_BACKUP', message: 'Es gibt noch keine Datensicherung. Bitte legen Sie jetzt eine an.' });
  } else if (now - lastGoodMs > settings.warnAfterDays * DAY_MS) {
    const days = Math.floor((now - lastGoodMs) / DAY_MS);
    warnings.push({
      code: 'BACKUP_OVERDUE',
      days,
      message: `Die letzte Datensicherung ist ${days} Tage alt (vom ${formatBerlin(lastGoodMs)}). Bitte sichern Sie die Daten.`,
    });
  }
  if (targetReachable === false) {
    warnings.push({ code: 'TARGET_UNREACHABLE', message: 'Der Zielordner für Sicherungen ist nicht erreichbar. Bitte prüfen Sie das Laufwerk oder die Netzwerkverbindung.' });
  }
  if (settings.automatic && (!settings.targetDir || !autoPassphraseSet)) {
    warnings.push({ code: 'AUTO_NOT_CONFIGURED', message: 'Die automatische Datensicherung ist noch nicht eingerichtet (Zielordner und Sicherungspasswort).' });
  }
  const failure = state.lastAutoFailure;
  if (failure && (lastGoodMs === null || Date.parse(failure.at) > lastGoodMs)) {
    warnings.push({ code: 'LAST_AUTO_FAILED', message: 'Die letzte automatische Datensicherung ist fehlgeschlagen.' });
  }
  return {
    lastGoodAt: state.lastGood?.at ?? null,
    lastFailure: failure,
    targetDir: settings.targetDir,
    targetReachable,
    automatic: settings.automatic,
    autoPassphraseSet,
    warnings,
  };
}

/** The backup section of the Heute overview: empty when all is well. */
export const backupWarnings = (core: AppCore): BackupWarning[] => backupStatus(core).warnings;

/** Time of the last good backup (ISO), readable without logging in. */
export const lastGoodBackupAt = (dataDir: string): string | null => readBackupState(dataDir).lastGood?.at ?? null;

/** The automatic backups in the configured target folder, newest first. */
export function listTargetBackups(dataDir: string): { targetDir: string | null; backups: BackupListEntry[] } {
  const { targetDir } = readBackupSettings(dataDir);
  if (!targetDir) return { targetDir: null, backups: [] };
  const { verified } = readBackupState(dataDir);
  return {
    targetDir,
    backups: listAutoBackups(targetDir).map((f) => ({
      name: f.name,
      localDateTime: f.localDateTime,
      fileBytes: f.bytes,
      verified: verified[f.name]?.bytes === f.bytes,
    })),
  };
}
