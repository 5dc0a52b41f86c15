import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dataFiles } from '../../../src-main/core/config/data-dir';

// Offices whose files can no longer be opened, made by damaging the files of a real office the
// way a disk error or a failed copy would; and the checks that such files are kept, not lost.

/** Overwrites 64 bytes of the database file at `offset` (page 1 from 0, page 2 from 4096). */
export function damageDatabase(dataDir: string, offset: number): void {
  const fd = openSync(dataFiles(dataDir).database, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, offset);
  } finally {
    closeSync(fd);
  }
}

/** The database, its WAL companions and the key file, as far as they exist: name → SHA-256. */
export function officeFileHashes(dir: string): Record<string, string> {
  const { database, keyFile } = dataFiles(dir);
  const names = [database, `${database}-wal`, `${database}-shm`, keyFile].map((f) => basename(f));
  return Object.fromEntries(
    names.filter((n) => existsSync(join(dir, n))).map((n) => [n, createHash('sha256').update(readFileSync(join(dir, n))).digest('hex')]),
  );
}

/** The `beschaedigt-*` folders of a data directory. */
export const damagedFolders = (dataDir: string): string[] => readdirSync(dataDir).filter((n) => n.startsWith('beschaedigt-'));
