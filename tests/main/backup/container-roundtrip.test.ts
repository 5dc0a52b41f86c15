import { randomBytes } from 'node:crypto';
import { createReadStream, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_SCRYPT_N,
  FORMAT_VERSION,
  openContainerReader,
  readHeader,
  verifyContainer,
  writeContainer,
  type KeyMaterial,
} from '../../../src-main/core/backup/container';
import { collect, expectAppError, FAST_N, FIELDS, makeTempDir, PASS, sha256 } from './container-helpers';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('roundtrip');
});
afterEach(() => tmp.cleanup());

const textPayload = Buffer.from('Fallakte Testperson Müller-Öztürk: Beratung am 03.02.2025 um 09:30 Uhr.\n'.repeat(500), 'utf8');

describe('container round trip', () => {
  it.each([
    ['empty payload', Buffer.alloc(0), 0],
    ['one byte', Buffer.from([0x2a]), 1],
    ['exactly one chunk', randomBytes(DEFAULT_CHUNK_SIZE), 1],
    ['one byte more than a chunk', randomBytes(DEFAULT_CHUNK_SIZE + 1), 2],
    ['5 MiB random plus text', Buffer.concat([randomBytes(5 * 1024 * 1024), textPayload]), 6],
  ])('%s comes back byte for byte', async (_label, payload, expectedChunks) => {
    const file = join(tmp.dir, 'daten.kimbackup');
    const written = await writeContainer(file, FIELDS, [payload], PASS, { scryptN: FAST_N });
    expect(written.stats).toMatchObject({ plaintextBytes: payload.length, dataChunks: expectedChunks, contentSha256: sha256(payload) });

    const reader = await openContainerReader(file, PASS, { expectedKind: 'backup' });
    const plain = await collect(reader);
    expect(plain.equals(payload)).toBe(true);

    const verified = await verifyContainer(file, PASS);
    expect(verified.stats).toEqual(written.stats);
    expect(verified.header).toEqual(written.header);
  });

  it('keeps the header fields and tells what key the file needs without a key', async () => {
    const file = join(tmp.dir, 'uebergabe.kimcase');
    const createdAt = '2025-03-01T08:15:00.000Z';
    await writeContainer(file, { ...FIELDS, kind: 'case', createdAt }, [textPayload], PASS, { scryptN: FAST_N });
    const header = await readHeader(file);
    expect(header).toMatchObject({
      formatVersion: FORMAT_VERSION,
      kind: 'case',
      appVersion: FIELDS.appVersion,
      schemaVersion: FIELDS.schemaVersion,
      createdAt,
      recordCounts: FIELDS.recordCounts,
      keySource: 'passphrase',
      kdf: { name: 'scrypt', N: FAST_N, r: 8, p: 1 },
      cipher: 'AES-256-GCM',
      chunkSize: DEFAULT_CHUNK_SIZE,
    });
    expect(header.salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('accepts a Node Readable (a file stream) as source, cut into many small chunks', async () => {
    const source = join(tmp.dir, 'quelle.bin');
    const payload = randomBytes(300_000);
    writeFileSync(source, payload);
    const file = join(tmp.dir, 'stream.kimbackup');
    const { stats } = await writeContainer(file, FIELDS, createReadStream(source, { highWaterMark: 7_000 }), PASS, {
      scryptN: FAST_N,
      chunkSize: 4096,
    });
    expect(stats.dataChunks).toBe(Math.ceil(payload.length / 4096));
    expect((await collect(Readable.from(await openContainerReader(file, PASS)))).equals(payload)).toBe(true);
  });

  it('opens a recovery-key file with the same 32-byte key and no scrypt parameters', async () => {
    const key: KeyMaterial = { source: 'recovery', key: randomBytes(32) };
    const file = join(tmp.dir, 'recovery.kimbackup');
    await writeContainer(file, FIELDS, [textPayload], key);
    const header = await readHeader(file);
    expect(header.keySource).toBe('recovery');
    expect(header.kdf).toBeNull();
    expect((await collect(await openContainerReader(file, key))).equals(textPayload)).toBe(true);
    await expectAppError(openContainerReader(file, PASS), 'VALIDATION', 'KEY_SOURCE_MISMATCH');
  });

  it('normalises the passphrase to NFC (composed and decomposed umlauts open the same file)', async () => {
    const file = join(tmp.dir, 'nfc.kimbackup');
    await writeContainer(file, FIELDS, [textPayload], { source: 'passphrase', passphrase: 'Gr\u00fc\u00dfe' }, { scryptN: FAST_N });
    const decomposed: KeyMaterial = { source: 'passphrase', passphrase: 'Gru\u0308\u00dfe' };
    expect((await verifyContainer(file, decomposed)).stats.plaintextBytes).toBe(textPayload.length);
  });

  it('gives each file its own salt and nonce prefix, so equal input never gives equal output', async () => {
    const a = await writeContainer(join(tmp.dir, 'a.kimbackup'), FIELDS, [textPayload], PASS, { scryptN: FAST_N });
    const b = await writeContainer(join(tmp.dir, 'b.kimbackup'), FIELDS, [textPayload], PASS, { scryptN: FAST_N });
    expect(a.header.salt).not.toBe(b.header.salt);
    expect(a.header.noncePrefix).not.toBe(b.header.noncePrefix);
  });
});

describe('KDF strength', () => {
  it('defaults to scrypt N >= 2^17 and a default-cost file opens', async () => {
    expect(DEFAULT_SCRYPT_N).toBeGreaterThanOrEqual(2 ** 17);
    const file = join(tmp.dir, 'default.kimbackup');
    await writeContainer(file, FIELDS, [Buffer.from('kurz')], PASS);
    expect((await readHeader(file)).kdf?.N).toBeGreaterThanOrEqual(2 ** 17);
    expect((await verifyContainer(file, PASS)).stats.plaintextBytes).toBe(4);
  });

  it.each([2 ** 13, 1000, 2 ** 21])('refuses to write with scrypt N = %i', async (scryptN) => {
    await expectAppError(writeContainer(join(tmp.dir, 'x.kimbackup'), FIELDS, [], PASS, { scryptN }), 'VALIDATION', 'INVALID_OPTIONS');
  });

  it('refuses empty passphrases and recovery keys of the wrong length', async () => {
    const file = join(tmp.dir, 'x.kimbackup');
    await expectAppError(writeContainer(file, FIELDS, [], { source: 'passphrase', passphrase: '' }), 'VALIDATION', 'INVALID_KEY');
    await expectAppError(writeContainer(file, FIELDS, [], { source: 'recovery', key: randomBytes(16) }), 'VALIDATION', 'INVALID_KEY');
  });

  it('refuses invalid header fields before creating any file', async () => {
    const file = join(tmp.dir, 'x.kimbackup');
    const err = await expectAppError(
      writeContainer(file, { ...FIELDS, createdAt: 'gestern', recordCounts: { cases: -1 } }, [], PASS, { scryptN: FAST_N }),
      'VALIDATION',
      'INVALID_HEADER_FIELDS',
    );
    expect(err.details?.issues).toEqual(expect.arrayContaining(['createdAt', 'recordCounts.cases']));
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});
