import { openContainerReader, readHeader, type ContainerHeader, type ContainerStats, type KdfMemo, type KeyMaterial } from './container';
import { readArchive, type EntrySink } from './archive';
import { DB_KEY_BYTES, ENTRY, MAX_KEY_FILE_BYTES, MAX_MANIFEST_BYTES, parseManifest, type BackupManifest } from './manifest';
import { backupErrors } from './messages';

// Reads a backup file through once: every chunk authenticated, the archive parsed, the small
// entries kept in memory and the database entry handed to a sink the caller chooses (a file for
// a restore, nothing for the check right after writing). The container only confirms the content
// hash and the end of file after the last chunk, so a sink that wrote something must have it
// deleted again if this read fails at any point.

export interface BackupContents {
  header: ContainerHeader;
  manifest: BackupManifest;
  keyFile: Buffer;
  /** The raw SQLCipher key; the caller zeroes it. */
  dbKey: Buffer;
  /** What the container read found: payload SHA-256, payload and file size. */
  stats: ContainerStats;
}

export interface ReadContentsOptions {
  /** Runs as soon as the manifest is read, before the database entry (e.g. to refuse a newer backup). */
  onManifest?: (manifest: BackupManifest) => void;
  /** Reuses the passphrase's scrypt result of the write that made the file. */
  kdfMemo?: KdfMemo;
}

/** Receives the database entry's bytes; `size` is what the archive announces. */
export type DatabaseSink = (size: number) => EntrySink;

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

/** Passes the database bytes by: the container's content hash already covers them. */
export const discardSink: DatabaseSink = () => ({ write() {}, end() {} });

/** Refuses a case handover with its own message before any key is derived. */
export async function assertBackupFile(file: string): Promise<ContainerHeader> {
  const header = await readHeader(file);
  if (header.kind === 'case') throw backupErrors.caseFile();
  return header;
}

/** The container's chunks as an archive source; stopping early (a refused manifest) still closes the file. */
async function* payloadOf(chunks: AsyncGenerator<Buffer, ContainerStats>, done: (stats: ContainerStats) => void): AsyncGenerator<Buffer> {
  try {
    for (;;) {
      const step = await chunks.next();
      if (step.done) return done(step.value);
      yield step.value;
    }
  } finally {
    await chunks.return(undefined as never);
  }
}

/** Reads and checks the whole file; throws VALIDATION/WRONG_PASSWORD/IO errors saying what is wrong. */
export async function readBackupContents(file: string, km: KeyMaterial, database: DatabaseSink, opts: ReadContentsOptions = {}): Promise<BackupContents> {
  await assertBackupFile(file);
  const reader = await openContainerReader(file, km, { expectedKind: 'backup', kdfMemo: opts.kdfMemo });
  let manifest: BackupManifest | null = null;
  let keyFile: Buffer | null = null;
  let dbKey: Buffer | null = null;
  let stats: ContainerStats | null = null;
  let dbBytes = -1;
  try {
    await readArchive(payloadOf(reader.chunks(), (s) => (stats = s)), (name, size) => {
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
          return database(size);
        default:
          // Entries of later versions that this one does not need are read past.
          return { write() {}, end() {} };
      }
    });
    const m = manifest as BackupManifest | null;
    const kf = keyFile as Buffer | null;
    const k = dbKey as Buffer | null;
    const s = stats as ContainerStats | null;
    if (!m) throw backupErrors.incomplete(ENTRY.manifest);
    if (!kf) throw backupErrors.incomplete(ENTRY.keyFile);
    if (!k || k.length !== DB_KEY_BYTES) throw backupErrors.incomplete(ENTRY.dbKey);
    if (dbBytes < 0) throw backupErrors.incomplete(ENTRY.database);
    if (dbBytes !== m.databaseBytes) throw backupErrors.inconsistent('databaseBytes');
    if (!s) throw backupErrors.incomplete('trailer'); // readArchive only returns after the container's end
    return { header: reader.header, manifest: m, keyFile: kf, dbKey: k, stats: s };
  } catch (e) {
    (dbKey as Buffer | null)?.fill(0);
    throw e;
  }
}
