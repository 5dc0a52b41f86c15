import { EventEmitter } from 'node:events';

// The download half of the fake `electron` module (see fake-electron.ts): a DownloadItem that
// records what the shell set on it, and ends the way the test says.

export type FakeDownloadState = 'completed' | 'cancelled' | 'interrupted';

export class FakeDownloadItem extends EventEmitter {
  saveDialogOptions: Record<string, unknown> | null = null;
  savePath = '';

  constructor(
    private readonly url: string,
    private readonly filename: string,
  ) {
    super();
  }

  getURL(): string {
    return this.url;
  }

  getFilename(): string {
    return this.filename;
  }

  setSaveDialogOptions(options: Record<string, unknown>): void {
    this.saveDialogOptions = options;
  }

  setSavePath(path: string): void {
    this.savePath = path;
  }

  /** Ends the download like Chromium does: 'done' with the final state. */
  finish(state: FakeDownloadState): void {
    this.emit('done', {}, state);
  }
}

export interface FakeDownload {
  item: FakeDownloadItem;
  /** True when a will-download listener called event.preventDefault() (the download is cancelled). */
  prevented: boolean;
}
