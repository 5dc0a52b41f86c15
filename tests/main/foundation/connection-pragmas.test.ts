import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openEncryptedDatabase } from '../../../src-main/core/db/open-encrypted';

// The connection settings are promises about durability and privacy: check the live connection.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

test('an office connection is durable and private', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kim-pragmas-'));
  dirs.push(dir);
  const db = openEncryptedDatabase(join(dir, 'office.db'), randomBytes(32), { create: true });
  try {
    const value = (name: string) => db.raw.pragma(name, { simple: true });
    expect(value('journal_mode')).toBe('wal');
    expect(value('foreign_keys')).toBe(1);
    expect(value('synchronous')).toBe(2); // FULL
    expect(value('temp_store')).toBe(2); // MEMORY: no unencrypted temp files
    expect(value('secure_delete')).toBe(1); // deleted records do not survive in free pages
  } finally {
    db.raw.close();
  }
});
