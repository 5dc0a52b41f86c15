import type { Result } from './result';

/**
 * What the Electron preload exposes to the renderer as `window.kim`: one generic call into the
 * handler registry and the platform tag, nothing else (no ipcRenderer, no Node).
 */
export interface KimBridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  platform: 'electron';
}

declare global {
  interface Window {
    /** Set in the desktop app; absent in browser mode, which talks HTTP instead. */
    kim?: KimBridge;
  }
}
