import { contextBridge, ipcRenderer } from 'electron';
import type { KimBridge } from '../contract/bridge';
import { INVOKE_CHANNEL } from './ipc-channel';

// Runs sandboxed before the page. The page gets exactly one function into the main process and a
// platform tag: never ipcRenderer itself, so it cannot reach any other channel.
const bridge: KimBridge = {
  invoke: (channel: string, payload: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload),
  platform: 'electron',
};

contextBridge.exposeInMainWorld('kim', bridge);
