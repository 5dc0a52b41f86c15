import { EventEmitter } from 'node:events';

// The window half of the fake `electron` module (see fake-electron.ts): BrowserWindow and its
// webContents, with helpers that fire the events Chromium would.

export interface FakeWindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FakeNavigationEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

const makeEvent = (url = ''): FakeNavigationEvent => ({
  url,
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  pdfOptions: unknown[] = [];
  pdfBytes = Buffer.from('%PDF-1.7 synthetic\n');
  printCalls: unknown[] = [];
  /** What the next print() reports back: [success, failureReason]. */
  printOutcome: [boolean, string] = [true, ''];

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires will-navigate like Chromium does; returns true when a listener prevented it. */
  navigate(url: string): boolean {
    const event = makeEvent(url);
    this.emit('will-navigate', event, url);
    return event.defaultPrevented;
  }

  /** Fires will-attach-webview; returns true when a listener prevented it. */
  attachWebview(): boolean {
    const event = makeEvent();
    this.emit('will-attach-webview', event, {}, { src: 'https://example.invalid/' });
    return event.defaultPrevented;
  }

  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfOptions.push(options);
    return this.pdfBytes;
  }

  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    this.printCalls.push(options);
    queueMicrotask(() => callback(...this.printOutcome));
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;

  static fromWebContents(contents: FakeWebContents): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }

  constructor(readonly options: FakeWindowOptions) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.instances.push(this);
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }

  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  minimize() {
    this.minimized = true;
  }
  restore() {
    this.minimized = false;
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  isDestroyed() {
    return this.destroyed;
  }

  /** Closes like a user would: 'close', then the page goes away, then 'closed'. */
  close(): void {
    this.emit('close', makeEvent());
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
}

