import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeDownloadItem, type FakeDownload } from './fake-electron-download';
import { BrowserWindow, FakeWebContents } from './fake-electron-window';

export { BrowserWindow, FakeWebContents, type FakeNavigationEvent, type FakeWindowOptions } from './fake-electron-window';
export { FakeDownloadItem, type FakeDownload, type FakeDownloadState } from './fake-electron-download';

// A stand-in for the `electron` module (no Electron runtime on the test machines): just the API
// surface the shell uses, recording every call. Tests inject it with
//   vi.mock('electron', () => import('./fake-electron'));
// and reset it with `resetFakeElectron()` between tests.

type Listener = (...args: unknown[]) => unknown;

/** Electron names the app after package.json's productName (else name); userData is appData/<name>. */
const packageJson = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { name: string; productName?: string };
export const electronAppName = packageJson.productName ?? packageJson.name;

/** Electron's documented appData folder per platform. */
export function electronAppData(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

export interface FakeIpcEvent {
  sender: FakeWebContents;
  senderFrame: { url: string } | null;
}

class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Calls a handler the way Electron does for `ipcRenderer.invoke` from `sender` showing `frameUrl`. */
  async invokeFrom(sender: FakeWebContents, frameUrl: string | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event: FakeIpcEvent = { sender, senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return handler(event, ...args);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  lockGranted = true;
  lockRequests = 0;
  quitCalls = 0;
  aboutPanelOptions: unknown = null;
  readonly paths = new Map<string, string>();
  /** Order of calls that must happen before or after `ready` (scheme registration). */
  ready = false;

  getPath(name: string): string {
    const set = this.paths.get(name);
    if (set) return set;
    if (name === 'userData') return join(electronAppData(process.platform, process.env), electronAppName);
    throw new Error(`fake app.getPath('${name}') not supported`);
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  requestSingleInstanceLock(): boolean {
    this.lockRequests++;
    return this.lockGranted;
  }

  quit(): void {
    this.quitCalls++;
  }

  async whenReady(): Promise<void> {
    this.ready = true;
  }

  setAboutPanelOptions(options: unknown): void {
    this.aboutPanelOptions = options;
  }
}

class FakeSession extends EventEmitter {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;

  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }

  /** Asks the request handler like Chromium would; resolves with its decision. */
  requestPermission(permission: string, requestingUrl: string): Promise<boolean> {
    return new Promise((done) => this.permissionRequestHandler!(null, permission, done, { requestingUrl, isMainFrame: true }));
  }

  /** Starts a download like Chromium does for <a download href=url> in `contents`: fires will-download. */
  download(url: string, filename: string, contents: FakeWebContents = renderer.contents): FakeDownload {
    const item = new FakeDownloadItem(url, filename);
    const result: FakeDownload = { item, prevented: false };
    this.emit('will-download', { preventDefault: () => (result.prevented = true) }, item, contents);
    return result;
  }
}

interface SchemeRegistration {
  schemes: unknown;
  beforeReady: boolean;
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const session = { defaultSession: new FakeSession() };

export const protocol = {
  registrations: [] as SchemeRegistration[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown): void {
    this.registrations.push({ schemes, beforeReady: !app.ready });
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};

/** What the page would see in its main world after the preload ran. */
export const mainWorld: Record<string, unknown> = {};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (Object.hasOwn(mainWorld, key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    mainWorld[key] = api;
  },
};

/** The renderer side of IPC: one page (`rendererContents`) showing `rendererFrameUrl`. */
export const renderer = { contents: new FakeWebContents(), frameUrl: 'app://kim/index.html' as string | null };

export const ipcRenderer = {
  /** Forwards to the fake ipcMain like Electron does, including the structured-clone copy both ways. */
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const result = await ipcMain.invokeFrom(renderer.contents, renderer.frameUrl, channel, ...structuredClone(args));
    return structuredClone(result);
  },
};

export const Menu = {
  current: null as { template: unknown[] } | null,
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    this.current = menu;
  },
};

export const dialog = {
  /** Scripted answers of the next dialogs; each call records its arguments. */
  saveResult: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  openResult: { canceled: true, filePaths: [] as string[] },
  calls: [] as Array<{ kind: string; parent: unknown; options: unknown }>,
  errorBoxes: [] as Array<[string, string]>,
  messageBoxes: [] as Array<{ parent: unknown; options: Record<string, unknown> }>,
  async showSaveDialog(...args: unknown[]) {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.calls.push({ kind: 'save', parent, options });
    return this.saveResult;
  },
  async showOpenDialog(...args: unknown[]) {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.calls.push({ kind: 'open', parent, options });
    return this.openResult;
  },
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push([title, content]);
  },
  async showMessageBox(...args: unknown[]) {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.messageBoxes.push({ parent, options: options as Record<string, unknown> });
    return { response: 0, checkboxChecked: false };
  },
};

export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays() {
    return this.displays;
  },
};

/** Back to a fresh Electron: no handlers, windows, menus or recorded calls. */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  Object.assign(app, { isPackaged: false, lockGranted: true, lockRequests: 0, quitCalls: 0, aboutPanelOptions: null, ready: false });
  app.paths.clear();
  ipcMain.handlers.clear();
  session.defaultSession = new FakeSession();
  protocol.registrations.length = 0;
  protocol.handlers.clear();
  for (const key of Object.keys(mainWorld)) delete mainWorld[key];
  renderer.contents = new FakeWebContents();
  renderer.frameUrl = 'app://kim/index.html';
  Menu.current = null;
  Object.assign(dialog, { saveResult: { canceled: true, filePath: '' }, openResult: { canceled: true, filePaths: [] }, calls: [], errorBoxes: [], messageBoxes: [] });
  screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  BrowserWindow.instances.length = 0;
}
