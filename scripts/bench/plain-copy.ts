import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataFiles } from '../../src-main/core/config/data-dir';
import { applyCipher } from '../../src-main/core/db/open-encrypted';

// An unencrypted copy of the seeded office, to measure what encryption costs. With
// better-sqlite3-multiple-ciphers, VACUUM INTO writes an encrypted file and sqlcipher_export is
// not available; a copy of the file rekeyed to the empty key is plain (rekey needs a rollback
// journal, so the copy leaves WAL first). The key file is copied along, so the copy logs in alike.

export function makePlainCopy(dataDir: string, key: Buffer, targetDir: string): string {
  const src = dataFiles(dataDir);
  const dst = dataFiles(targetDir);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  const db = new Database(src.database);
  applyCipher(db, key);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  copyFileSync(src.database, dst.database);
  copyFileSync(src.keyFile, dst.keyFile);
  const copy = new Database(dst.database);
  applyCipher(copy, key);
  copy.pragma('journal_mode = DELETE');
  copy.pragma(`rekey = ''`);
  copy.close();
  const check = new Database(dst.database, { fileMustExist: true });
  check.prepare('SELECT count(*) FROM cases').get();
  check.close();
  return join(targetDir);
}
