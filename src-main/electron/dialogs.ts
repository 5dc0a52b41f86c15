import { dialog, type BaseWindow, type FileFilter } from 'electron';

export interface FileDialogOptions {
  title: string;
  /** Suggested file name or folder for the save dialog, start folder for the open dialog. */
  defaultPath?: string;
  filters?: FileFilter[];
}

/** Asks where to save (backups, exports); null when the user cancels. */
export async function chooseSavePath(parent: BaseWindow | null, opts: FileDialogOptions): Promise<string | null> {
  const options = { title: opts.title, defaultPath: opts.defaultPath, filters: opts.filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Asks for one existing file (restoring a backup, importing); null when the user cancels. */
export async function chooseOpenPath(parent: BaseWindow | null, opts: FileDialogOptions): Promise<string | null> {
  const options = { title: opts.title, defaultPath: opts.defaultPath, filters: opts.filters, properties: ['openFile' as const] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
