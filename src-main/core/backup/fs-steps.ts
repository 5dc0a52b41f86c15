import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncDirectory } from '../fs/atomic-write';

// Small file-system steps the backup and restore code composes. Everything that must survive a
// power cut is fsynced: the file's data first, then the folder entry that names it.

/** Folder fsync where the platform allows it (not on Windows, not on some network shares). */
export function syncDir(dir: string): void {
  try {
    fsyncDirectory(dir);
  } catch {
    /* not supported here; the rename itself is still atomic */
  }
}

export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Deletes a temporary file or folder without letting a failure (Windows: still open elsewhere)
 * hide the error being reported; leftovers are removed at the next start (startup.ts).
 */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    /* see above */
  }
}

/** Renames if `from` exists; true when something moved. Both paths are on one volume. */
export function moveIfPresent(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  renameSync(from, to);
  return true;
}

/**
 * Names of temporary files and folders carry the creating process id, so a later start can tell
 * a leftover of a crashed process from the work of one that is still running.
 */
export const tempName = (prefix: string, suffix = '') => `${prefix}${process.pid}-${randomBytes(8).toString('hex')}${suffix}`;

export function pidOfTempName(name: string, prefix: string): number | null {
  if (!name.startsWith(prefix)) return null;
  const m = /^(\d+)-[0-9a-f]{16}/.exec(name.slice(prefix.length));
  return m ? Number(m[1]) : null;
}

export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp entries in `dir` named with `prefix` whose process is gone; `keep` protects named ones. */
export function removeOrphans(dir: string, prefix: string, keep: ReadonlySet<string> = new Set()): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = pidOfTempName(name, prefix);
    if (pid === null || keep.has(name) || isProcessAlive(pid)) continue;
    removeQuietly(join(dir, name));
  }
}

/** Prefix of the temporary file `writeFileTagged` uses for `file`. */
export const taggedTempPrefix = (file: string) => `.${basename(file)}.tmp-`;

/**
 * Replaces `file` atomically (temp file, fsync, rename, folder fsync) like writeFileAtomic, but the
 * temp file carries the process id, so a start after a crash can remove what the crash left.
 */
export function writeFileTagged(file: string, data: string): void {
  const tmp = join(dirname(file), tempName(taggedTempPrefix(file), ''));
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    const buf = Buffer.from(data, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, file);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    rmSync(tmp, { force: true });
    throw e;
  }
  syncDir(dirname(file));
}
