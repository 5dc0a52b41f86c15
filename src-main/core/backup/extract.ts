import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dataFiles } from '../config/data-dir';
import type { ContainerHeader, KeyMaterial } from './container';
import type { EntrySink } from './archive';
import { readBackupContents, type ReadContentsOptions } from './backup-contents';
import type { BackupManifest } from './manifest';
import { removeQuietly } from './fs-steps';

// Decrypts a backup into a folder: the database bytes (still SQLCipher-encrypted, so no plaintext
// reaches the disk) and the key file go to files, the manifest and the database key stay in memory.
// Anything written is deleted again if the read fails at any point (backup-contents.ts).

export interface ExtractedBackup {
  /** Holds `kim-fallakte.db` and `kim-fallakte.keys` under their data-directory names. */
  dir: string;
  dbKey: Buffer;
  manifest: BackupManifest;
  header: ContainerHeader;
  fileBytes: number;
  /** Deletes the folder and zeroes the key. */
  discard(): void;
}

export type ExtractOptions = ReadContentsOptions;

function fileSink(path: string, track: (fh: FileHandle | null) => void): EntrySink {
  let fh: FileHandle | null = null;
  return {
    async write(piece) {
      if (!fh) {
        fh = await open(path, 'wx', 0o600);
        track(fh);
      }
      let off = 0;
      while (off < piece.length) off += (await fh.write(piece, off, piece.length - off)).bytesWritten;
    },
    async end() {
      fh ??= await open(path, 'wx', 0o600);
      await fh.sync();
      await fh.close();
      fh = null;
      track(null);
    },
  };
}

async function writeKeyFileBytes(path: string, bytes: Buffer): Promise<void> {
  const fh = await open(path, 'wx', 0o600);
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Decrypts `file` into the new folder `dir` (must not exist); on any failure the folder is removed. */
export async function extractBackup(file: string, km: KeyMaterial, dir: string, opts: ExtractOptions = {}): Promise<ExtractedBackup> {
  const target = dataFiles(dir);
  let openHandle: FileHandle | null = null;
  let dbKey: Buffer | null = null;
  // Made only once key, manifest and compatibility passed: a refused file leaves no trace.
  let made = false;
  const databaseSink = () => {
    mkdirSync(dir, { mode: 0o700 });
    made = true;
    return fileSink(target.database, (fh) => (openHandle = fh));
  };
  try {
    const c = await readBackupContents(file, km, databaseSink, opts);
    const k = (dbKey = c.dbKey);
    await writeKeyFileBytes(target.keyFile, c.keyFile);
    return {
      dir,
      dbKey: k,
      manifest: c.manifest,
      header: c.header,
      fileBytes: c.stats.fileBytes,
      discard() {
        k.fill(0);
        removeQuietly(dir);
      },
    };
  } catch (e) {
    await (openHandle as FileHandle | null)?.close().catch(() => undefined);
    (dbKey as Buffer | null)?.fill(0);
    if (made) removeQuietly(dir);
    throw e;
  }
}
