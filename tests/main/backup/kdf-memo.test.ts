import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { KdfMemo, openContainerReader, writeContainer, type KeyMaterial } from '../../../src-main/core/backup/container';
import { collect, expectAppError, FAST_N, FIELDS, makeTempDir, PASS } from './container-helpers';

// The scrypt result shared between writing a file and reading it straight back: it saves the slow
// KDF, but must never open a file for any other key material than the one it was made for.

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('kdf-memo');
});
afterEach(() => tmp.cleanup());

it('reads back with the write’s key, opens nothing for other key material, and works again after wipe()', async () => {
  const payload = randomBytes(3000);
  const file = join(tmp.dir, 'memo.kimbackup');
  const memo = new KdfMemo(PASS);
  await writeContainer(file, FIELDS, [payload], PASS, { scryptN: FAST_N, kdfMemo: memo });
  expect((await collect(await openContainerReader(file, PASS, { kdfMemo: memo }))).equals(payload)).toBe(true);

  // Same salt, same memo, another passphrase: derived afresh, so the key check fails.
  const wrong: KeyMaterial = { source: 'passphrase', passphrase: 'Ein ganz anderes Passwort' };
  await expectAppError(openContainerReader(file, wrong, { kdfMemo: memo }), 'WRONG_PASSWORD');
  // An equal passphrase in another object is derived afresh too, and of course opens the file.
  const equal: KeyMaterial = { source: 'passphrase', passphrase: PASS.source === 'passphrase' ? PASS.passphrase : '' };
  expect((await collect(await openContainerReader(file, equal, { kdfMemo: memo }))).equals(payload)).toBe(true);

  memo.wipe();
  expect((await collect(await openContainerReader(file, PASS, { kdfMemo: memo }))).equals(payload)).toBe(true);
  memo.wipe();
});
