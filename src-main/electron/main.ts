import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { APP_NAME } from '../core/config/app-info';
import { defaultMigrationsDir } from '../core/config/migrations-dir';
import { createAppCore } from '../core/ipc/app-core';
import { handlers } from '../core/ipc/handlers';
import { createRegistry } from '../core/ipc/registry';
import { createFileLogger } from '../core/log/logger';
import { installBackupShell } from './backup-shell';
import { shellDataDir } from './data-location';
import { installDownloads } from './downloads';
import { clientIdOf, registerIpc } from './ipc';
import { installMenu } from './menu';
import { restrictPermissions } from './permissions';
import { shellPrintHandlers } from './print-handlers';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { createMainWindow, focusWindow } from './window';

// Entry of the desktop app (built to out/main/index.js). The renderer and preload are built next to it.
const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(here, '..', 'renderer');
const PRELOAD = join(here, '..', 'preload', 'index.cjs');

registerAppScheme();
const dataDir = shellDataDir(process.argv, process.env, app.getPath('userData'));
// Chromium's profile and the single-instance lock follow the office data: one app per data folder.
app.setPath('userData', dataDir);
const logger = createFileLogger(dataDir);

async function start(): Promise<void> {
  // The packaged app ships its migrations as a resource next to app.asar.
  const migrationsDir = app.isPackaged ? join(process.resourcesPath, 'drizzle') : defaultMigrationsDir();
  const core = createAppCore({ dataDir, migrationsDir, logger });
  let mainWindow: BrowserWindow | null = null;
  // The shell answers the print channels itself (system dialog, PDF of the window's page).
  const windowOf = (clientId: string) => (mainWindow && clientIdOf(mainWindow.webContents) === clientId ? mainWindow : null);
  registerIpc(core, createRegistry(core, { ...handlers, ...shellPrintHandlers(windowOf) }));
  installBackupShell(core);

  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core.office.seal());

  await app.whenReady();
  serveAppProtocol(RENDERER_DIR);
  restrictPermissions(session.defaultSession);
  installDownloads(session.defaultSession, logger);
  installMenu(app.isPackaged);
  mainWindow = createMainWindow({ dataDir, preload: PRELOAD, logger });
  logger.log('info', 'app.started', { packaged: app.isPackaged });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((e: unknown) => {
    logger.log('error', 'app.start-failed', { error: e instanceof Error ? e.name : 'unknown' });
    dialog.showErrorBox(APP_NAME, 'KIM Fallakte konnte nicht gestartet werden. Bitte wenden Sie sich an die IT.');
    app.quit();
  });
}
