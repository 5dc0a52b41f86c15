import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory } from '../../fs/atomic-write';
import { toWriteError } from './file-io';

/**
 * Streams a new file into `<finalPath>.partial-<random>` in the same folder, fsyncs it and renames
 * it over `finalPath`, so the final name only ever holds a complete file. On any failure the
 * partial file is removed and the error surfaces as AppError('IO') (our own AppErrors pass through).
 */
export async function writeFileAtomically<T>(finalPath: string, fill: (fh: FileHandle) => Promise<T>): Promise<T> {
  const partialPath = `${finalPath}.partial-${randomBytes(8).toString('hex')}`;
  let fh: FileHandle | undefined;
  try {
    fh = await open(partialPath, 'wx', 0o600);
    const result = await fill(fh);
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(partialPath, finalPath);
    syncDirectoryBestEffort(dirname(finalPath));
    return result;
  } catch (err) {
    await fh?.close().catch(() => undefined);
    await rm(partialPath, { force: true }).catch(() => undefined);
    throw toWriteError(err);
  }
}

// The file's own data is already fsynced; the folder fsync only makes the rename itself durable.
// Windows cannot open folders (fsyncDirectory skips it) and some file systems refuse: the complete
// file is in place either way, so failing the whole write here would be wrong.
function syncDirectoryBestEffort(dir: string): void {
  try {
    fsyncDirectory(dir);
  } catch {
    /* not supported here: see above */
  }
}
