import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { fail } from '../contract/result';
import { logout } from '../core/auth/login-service';
import type { AppCore } from '../core/ipc/app-core';
import type { Registry } from '../core/ipc/registry';
import { isAppUrl } from './app-origin';
import { INVOKE_CHANNEL } from './ipc-channel';

/** One window is one client of the session store. */
export const clientIdOf = (contents: Pick<WebContents, 'id'>) => `window:${contents.id}`;

/** A closed window logs its user out; the last one out seals the database (see `logout`). */
export function endWindowSession(core: AppCore, clientId: string): void {
  const session = core.sessions.get(clientId);
  if (!session) return;
  try {
    logout(core, clientId, session);
  } catch (e) {
    // The app quits with its last window and seals the office then, so nothing stays open for long.
    core.logger.log('error', 'window.logout-failed', { error: e instanceof Error ? e.name : 'unknown' });
  }
}

/**
 * Binds the registry to the single IPC channel. Only frames served from app://kim/ may call it:
 * anything else that ends up in a window (a navigation we failed to stop, an injected frame) gets
 * FORBIDDEN without the registry ever seeing the payload.
 */
export function registerIpc(core: AppCore, registry: Registry): void {
  const watched = new WeakSet<WebContents>();
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, channel: unknown, payload: unknown) => {
    if (!isAppUrl(event.senderFrame?.url)) {
      core.logger.log('warn', 'ipc.foreign-sender');
      return fail('FORBIDDEN', 'Diese Anfrage kommt nicht aus KIM Fallakte und wurde abgelehnt.');
    }
    const clientId = clientIdOf(event.sender);
    if (!watched.has(event.sender)) {
      watched.add(event.sender);
      event.sender.once('destroyed', () => endWindowSession(core, clientId));
    }
    // The registry refuses a non-string channel name itself (UNKNOWN_CHANNEL).
    return registry.invoke(channel as string, payload, clientId);
  });
}
