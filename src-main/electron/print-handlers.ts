import type { BrowserWindow } from 'electron';
import { AppError } from '../core/errors';
import type { HandlerMap } from '../core/ipc/handler-types';
import type { ShellPrintChannel } from '../core/ipc/handlers/print-handlers';
import { chooseSavePath } from './dialogs';
import { printToPdf, printWithDialog } from './print';

/** The window a client id (`window:<webContents id>`) belongs to, or null when it is gone. */
export type WindowOfClient = (clientId: string) => BrowserWindow | null;

/**
 * The desktop app's answers to the print channels: the page the user is looking at (the print
 * preview route) goes to the system print dialog or, after a save dialog, into an A4 PDF.
 */
export function shellPrintHandlers(windowOf: WindowOfClient): HandlerMap<ShellPrintChannel> {
  const windowFor = (clientId: string): BrowserWindow => {
    const win = windowOf(clientId);
    if (!win || win.isDestroyed()) throw new AppError('NOT_FOUND', 'Das Fenster zum Drucken ist nicht mehr geöffnet.');
    return win;
  };
  return {
    'print.toPdf': async (input, ctx) => {
      const win = windowFor(ctx.clientId);
      const path = await chooseSavePath(win, { title: 'Als PDF speichern', defaultPath: input.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!path) return { path: null };
      await printToPdf(win.webContents, path);
      return { path };
    },
    'print.dialog': async (_input, ctx) => ({ printed: await printWithDialog(windowFor(ctx.clientId).webContents) }),
  };
}
