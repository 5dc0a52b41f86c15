import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dataFiles } from '../config/data-dir';
import { openContainerReader, readHeader, type ContainerHeader, type KeyMaterial } from './container';
import { readArchive, type EntrySink } from './archive';
import { DB_KEY_BYTES, ENTRY, MAX_KEY_FILE_BYTES, MAX_MANIFEST_BYTES, parseManifest, type BackupManifest } from './manifest';
import { removeQuietly } from './fs-steps';
import { backupErrors } from './messages';

// Decrypts a backup into a folder: the database bytes (still SQLCipher-encrypted, so no plaintext
// reaches the disk) and the key file go to files, the manifest and the database key stay in memory.
// The container only confirms the content hash and the end of file after the last chunk, so
// anything written is deleted again if the read fails at any point.

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

export interface ExtractOptions {
  /** Runs as soon as the manifest is read, before the database is written (e.g. to refuse a newer backup). */
  onManifest?: (manifest: BackupManifest) => void;
}

function memorySink(limit: number, what: string, done: (bytes: Buffer) => void): EntrySink {
  const parts: Buffer[] = [];
  let size = 0;
  return {
    write(piece) {
      size += piece.length;
      if (size > limit) throw backupErrors.entryTooLarge(what);
      parts.push(Buffer.from(piece));
    },
    end: () => done(Buffer.concat(parts)),
  };
}

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

/** Refuses a case handover with its own message before any key is derived. */
export async function assertBackupFile(file: string): Promise<ContainerHeader> {
  const header = await readHeader(file);
  if (header.kind === 'case') throw backupErrors.caseFile();
  return header;
}

/** Decrypts `file` into the new folder `dir` (must not exist); on any failure the folder is removed. */
export async function extractBackup(file: string, km: KeyMaterial, dir: string, opts: ExtractOptions = {}): Promise<ExtractedBackup> {
  await assertBackupFile(file);
  const reader = await openContainerReader(file, km, { expectedKind: 'backup' });
  const target = dataFiles(dir);
  mkdirSync(dir, { mode: 0o700 });
  let manifest: BackupManifest | null = null;
  let keyFile: Buffer | null = null;
  let dbKey: Buffer | null = null;
  let dbBytes = -1;
  let openHandle: FileHandle | null = null;
  try {
    const chunks = reader.chunks();
    const stats = { fileBytes: 0 };
    const source = (async function* () {
      try {
        for (;;) {
          const step = await chunks.next();
          if (step.done) {
            stats.fileBytes = step.value.fileBytes;
            return;
          }
          yield step.value;
        }
      } finally {
        // Stopping early (a refused manifest) must still close the container file.
        await chunks.return(undefined as never);
      }
    })();
    await readArchive(source, (name, size) => {
      // The manifest must come first: everything after it is judged against it.
      if (name !== ENTRY.manifest && !manifest) throw backupErrors.incomplete(ENTRY.manifest);
      switch (name) {
        case ENTRY.manifest:
          return memorySink(MAX_MANIFEST_BYTES, name, (b) => {
            manifest = parseManifest(b);
            opts.onManifest?.(manifest);
          });
        case ENTRY.keyFile:
          return memorySink(MAX_KEY_FILE_BYTES, name, (b) => (keyFile = b));
        case ENTRY.dbKey:
          return memorySink(DB_KEY_BYTES, name, (b) => (dbKey = b));
        case ENTRY.database:
          dbBytes = size;
          return fileSink(target.database, (fh) => (openHandle = fh));
        default:
          // Entries of later versions that this one does not need are read past.
          return { write() {}, end() {} };
      }
    });
    const m = manifest as BackupManifest | null;
    const kf = keyFile as Buffer | null;
    const k = dbKey as Buffer | null;
    if (!m) throw backupErrors.incomplete(ENTRY.manifest);
    if (!kf) throw backupErrors.incomplete(ENTRY.keyFile);
    if (!k || k.length !== DB_KEY_BYTES) throw backupErrors.incomplete(ENTRY.dbKey);
    if (dbBytes < 0) throw backupErrors.incomplete(ENTRY.database);
    if (dbBytes !== m.databaseBytes) throw backupErrors.inconsistent('databaseBytes');
    const keyHandle = await open(target.keyFile, 'wx', 0o600);
    try {
      await keyHandle.writeFile(kf);
      await keyHandle.sync();
    } finally {
      await keyHandle.close();
    }
    return {
      dir,
      dbKey: k,
      manifest: m,
      header: reader.header,
      fileBytes: stats.fileBytes,
      discard() {
        k.fill(0);
        removeQuietly(dir);
      },
    };
  } catch (e) {
    await (openHandle as FileHandle | null)?.close().catch(() => undefined);
    (dbKey as Buffer | null)?.fill(0);
    removeQuietly(dir);
    throw e;
  }
}
