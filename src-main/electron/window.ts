import { BrowserWindow, screen, type WebContents } from 'electron';
import { APP_NAME } from '../core/config/app-info';
import type { Logger } from '../core/log/logger';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';
import { DEFAULT_SIZE, MIN_SIZE, loadWindowState, restorableState, saveWindowState } from './window-state';

/** The window shows our own pages only: no navigation elsewhere, no pop-ups, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function rememberState(win: BrowserWindow, dataDir: string, logger: Logger): void {
  win.on('close', () => {
    try {
      saveWindowState(dataDir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch {
      // Losing the window position must never keep the window from closing.
      logger.log('warn', 'window.state-not-saved');
    }
  });
}

export function createMainWindow(opts: { dataDir: string; preload: string; logger: Logger }): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const state = restorableState(loadWindowState(opts.dataDir), workAreas);
  const win = new BrowserWindow({
    ...(state ? state.bounds : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // Middle clicks would open links in new windows; those are denied anyway, this removes the event.
      disableBlinkFeatures: 'Auxclick',
      preload: opts.preload,
    },
  });
  hardenWebContents(win.webContents);
  rememberState(win, opts.dataDir, opts.logger);
  win.once('ready-to-show', () => {
    if (state?.maximized) win.maximize();
    win.show();
  });
  win.loadURL(APP_ENTRY_URL).catch(() => opts.logger.log('error', 'window.load-failed'));
  return win;
}

/** A second launch brings the existing window to the front instead of opening the data twice. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
