import { app, BrowserWindow, dialog, webContents } from 'electron';
import { runShutdownBackup } from '../core/backup/auto-backup';
import { setPathPicker, type PickPurpose } from '../core/backup/backup-runtime';
import { startBackupScheduler } from '../core/backup/scheduler';
import type { AppCore } from '../core/ipc/app-core';
import { chooseOpenPath, chooseSavePath } from './dialogs';

// Backups in the desktop app: the file dialogs behind `backup.pickPath`, the daily timer, and one
// last automatic backup when the window closes — before its session logs out and the office is
// sealed (after that the database key is gone and nothing can be backed up).

const BACKUP_FILTER = [{ name: 'KIM-Sicherung', extensions: ['kimbackup'] }];

/** The window behind a registry client id (`window:<webContents id>`, see ipc.ts). */
function windowOf(clientId: string): BrowserWindow | null {
  const id = Number(/^window:(\d+)$/.exec(clientId)?.[1]);
  const contents = Number.isInteger(id) ? webContents.fromId(id) : undefined;
  return contents ? BrowserWindow.fromWebContents(contents) : null;
}

async function pickPath(purpose: PickPurpose, parent: BrowserWindow | null, suggestedName: string): Promise<string | null> {
  if (purpose === 'save') return chooseSavePath(parent, { title: 'Sicherung speichern', defaultPath: suggestedName, filters: BACKUP_FILTER });
  if (purpose === 'open') return chooseOpenPath(parent, { title: 'Sicherung auswählen', filters: BACKUP_FILTER });
  const options = { title: 'Zielordner für Sicherungen', properties: ['openDirectory' as const, 'createDirectory' as const] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
}

/**
 * Holds the window's first close while the office is open, runs the shutdown backup, then closes
 * it for real. Later closes (and closes while sealed) pass straight through.
 */
export function backupBeforeClose(core: AppCore, win: ClosableWindow, backup = runShutdownBackup): void {
  let state: 'idle' | 'running' | 'done' = 'idle';
  win.on('close', (event) => {
    if (state === 'done' || core.office.phase !== 'open') return;
    event.preventDefault();
    if (state === 'running') return;
    state = 'running';
    void backup(core)
      .catch(() => undefined)
      .finally(() => {
        state = 'done';
        win.close();
      });
  });
}

export function installBackupShell(core: AppCore): void {
  setPathPicker(core, (purpose, clientId, suggestedName) => pickPath(purpose, windowOf(clientId), suggestedName));
  const stopScheduler = startBackupScheduler(core);
  app.on('browser-window-created', (_event, win) => backupBeforeClose(core, win));
  app.on('will-quit', stopScheduler);
}
