import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, openContainerReader, readHeader, verifyContainer } from '../../../src-main/core/backup/container';
import { MAGIC, PREAMBLE_SIZE } from '../../../src-main/core/backup/container/format';
import { AppError } from '../../../src-main/core/errors';
import {
  collect,
  expectAppError,
  FIELDS,
  fixHeaderChecksum,
  makeTempDir,
  parseLayout,
  PASS,
  writeSmall,
  writeVariant,
  type Layout,
} from './container-helpers';

// One real container with 4 data chunks (+ trailer), damaged in every way the format must catch.
const CHUNK = 1024;
const payload = randomBytes(3 * CHUNK + 100);
let original: Buffer;
let layout: Layout;
let sourceDir: ReturnType<typeof makeTempDir>;
let tmp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  sourceDir = makeTempDir('tamper-src');
  original = (await writeSmall(join(sourceDir.dir, 'ok.kimbackup'), payload, { chunkSize: CHUNK })).bytes;
  layout = parseLayout(original);
  sourceDir.cleanup();
});
beforeEach(() => {
  tmp = makeTempDir('tamper');
});
afterEach(() => tmp.cleanup());

const variant = (bytes: Uint8Array) => writeVariant(join(tmp.dir, 'variant.kimbackup'), bytes);
const flipBit = (at: number, bit = 0) => {
  const copy = Buffer.from(original);
  copy[at] = copy[at]! ^ (1 << bit);
  return copy;
};
const frameBytes = (i: number) => original.subarray(layout.frames[i]!.start, layout.frames[i]!.end);
const withFrames = (order: number[]) =>
  Buffer.concat([original.subarray(0, layout.dataOffset), ...order.map((i) => frameBytes(i))]);

describe('the test fixture', () => {
  it('is a valid container of 4 data chunks and a trailer', async () => {
    expect(layout.frames).toHaveLength(5);
    expect((await verifyContainer(variant(original), PASS)).stats.dataChunks).toBe(4);
  });
});

describe('wrong key', () => {
  const wrong = { source: 'passphrase' as const, passphrase: 'Geheimnis-XYZ' };

  it('reports a wrong passphrase up front as WRONG_PASSWORD, without echoing it', async () => {
    const err = await expectAppError(openContainerReader(variant(original), wrong), 'WRONG_PASSWORD');
    expect(err.message).toContain('Passwort');
    expect(JSON.stringify({ message: err.message, details: err.details })).not.toContain('Geheimnis');
  });

  it('tells a wrong passphrase from a damaged chunk: the key check comes first', async () => {
    const file = variant(flipBit(layout.frames[0]!.start + 30));
    await expectAppError(verifyContainer(file, wrong), 'WRONG_PASSWORD');
    await expectAppError(verifyContainer(file, PASS), 'VALIDATION', 'DAMAGED');
  });

  it('reports a wrong recovery key as WRONG_PASSWORD', async () => {
    const key = { source: 'recovery' as const, key: randomBytes(32) };
    const file = join(tmp.dir, 'recovery.kimbackup');
    await writeSmall(file, payload, { key });
    await expectAppError(verifyContainer(file, { source: 'recovery', key: randomBytes(32) }), 'WRONG_PASSWORD');
  });
});

describe('not a KIM file', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a random file', randomBytes(5000)],
    ['a text file', Buffer.from('Hallo, dies ist keine Sicherung.\n')],
    ['a file of one byte', Buffer.from('X')],
  ])('refuses %s as "keine KIM-Sicherung"', async (_label, bytes) => {
    const file = variant(bytes);
    const err = await expectAppError(readHeader(file), 'VALIDATION', 'NOT_KIM_FILE');
    expect(err.message).toBe('Die Datei ist keine KIM-Sicherung.');
    await expectAppError(verifyContainer(file, PASS), 'VALIDATION', 'NOT_KIM_FILE');
  });

  it('reports a missing file as IO', async () => {
    await expectAppError(readHeader(join(tmp.dir, 'fehlt.kimbackup')), 'IO');
  });
});

describe('truncation', () => {
  it('rejects the file cut at every interesting point', async () => {
    const cuts = [
      3,
      MAGIC.length + 1,
      PREAMBLE_SIZE + 10,
      layout.dataOffset - 1,
      layout.dataOffset, // header only, no chunk at all
      layout.frames[1]!.start + 2,
      layout.frames[2]!.start, // clean frame boundary, final chunk missing
      layout.frames[4]!.start, // every data chunk, no trailer
      original.length - 1,
    ];
    for (const cut of cuts) {
      await expectAppError(verifyContainer(variant(original.subarray(0, cut)), PASS), 'VALIDATION', 'TRUNCATED');
    }
  });
});

describe('flipped bits', () => {
  it('reports a flipped bit anywhere in the header (JSON, key check, checksum) as damaged', async () => {
    const positions = [MAGIC.length + 3, PREAMBLE_SIZE, PREAMBLE_SIZE + 40, PREAMBLE_SIZE + layout.jsonLength + 5, layout.dataOffset - 1];
    for (const at of positions) {
      const file = variant(flipBit(at, 3));
      await expectAppError(readHeader(file), 'VALIDATION', 'DAMAGED');
      await expectAppError(verifyContainer(file, PASS), 'VALIDATION', 'DAMAGED');
    }
  });

  it('reports a flipped bit in each chunk (trailer included) as damage of that chunk', async () => {
    for (const [i, frame] of layout.frames.entries()) {
      const err = await expectAppError(verifyContainer(variant(flipBit(frame.start + 20, 6)), PASS), 'VALIDATION', 'DAMAGED');
      expect(err.details?.chunk).toBe(i);
      expect(err.message).toContain('beschädigt');
    }
  });

  it('never yields the plaintext of a damaged chunk: only the chunks before it come out', async () => {
    const reader = await openContainerReader(variant(flipBit(layout.frames[2]!.start + 100)), PASS);
    const seen: Buffer[] = [];
    await expect(async () => {
      for await (const chunk of reader) seen.push(Buffer.from(chunk));
    }).rejects.toBeInstanceOf(AppError);
    expect(Buffer.concat(seen).equals(payload.subarray(0, 2 * CHUNK))).toBe(true);
  });
});

describe('chunk reordering, dropping, duplicating, appending', () => {
  it.each([
    ['two chunks swapped', [1, 0, 2, 3, 4]],
    ['a middle chunk dropped', [0, 2, 3, 4]],
    ['the last data chunk dropped', [0, 1, 2, 4]],
    ['a chunk duplicated', [0, 1, 1, 2, 3, 4]],
    ['the trailer moved forward', [0, 4, 1, 2, 3]],
  ])('rejects %s', async (_label, order) => {
    await expectAppError(verifyContainer(variant(withFrames(order)), PASS), 'VALIDATION', 'DAMAGED');
  });

  it('rejects the file without its trailer as truncated', async () => {
    await expectAppError(verifyContainer(variant(withFrames([0, 1, 2, 3])), PASS), 'VALIDATION', 'TRUNCATED');
  });

  it.each([
    ['one zero byte', () => Buffer.alloc(1)],
    ['a copy of the trailer', () => frameBytes(4)],
    ['a whole second container', () => original],
  ])('rejects appended data: %s', async (_label, tail) => {
    await expectAppError(verifyContainer(variant(Buffer.concat([original, tail()])), PASS), 'VALIDATION', 'DAMAGED');
  });
});

describe('kind, version and KDF checks', () => {
  it('refuses a .kimcase where a backup is expected, and the reverse', async () => {
    const caseFile = join(tmp.dir, 'fall.kimcase');
    await writeSmall(caseFile, payload, { fields: { ...FIELDS, kind: 'case' } });
    expect((await readHeader(caseFile)).kind).toBe('case');
    const caseErr = await expectAppError(readHeader(caseFile, { expectedKind: 'backup' }), 'VALIDATION', 'WRONG_KIND');
    expect(caseErr.message).toContain('.kimcase');
    await expectAppError(openContainerReader(caseFile, PASS, { expectedKind: 'backup' }), 'VALIDATION', 'WRONG_KIND');
    await expectAppError(verifyContainer(caseFile, PASS, { expectedKind: 'backup' }), 'VALIDATION', 'WRONG_KIND');

    const backupErr = await expectAppError(verifyContainer(variant(original), PASS, { expectedKind: 'case' }), 'VALIDATION', 'WRONG_KIND');
    expect(backupErr.message).toContain('.kimbackup');
  });

  it('names the needed format version for a file from a newer app', async () => {
    const newer = Buffer.from(original);
    newer.writeUInt16BE(FORMAT_VERSION + 1, MAGIC.length);
    const err = await expectAppError(readHeader(variant(newer)), 'DB_NEWER');
    expect(err.message).toContain(`Dateiformat ${FORMAT_VERSION + 1}`);
    expect(err.message).toContain('0.1.0');
    expect(err.details).toMatchObject({ formatVersion: FORMAT_VERSION + 1, supportedFormatVersion: FORMAT_VERSION });
    await expectAppError(verifyContainer(variant(newer), PASS), 'DB_NEWER');
  });

  it('refuses a header whose scrypt N was lowered below 2^14, even with a recomputed checksum', async () => {
    const text = original.toString('latin1');
    const at = text.indexOf('"N":16384');
    expect(at).toBeGreaterThan(0);
    const downgraded = Buffer.from(original);
    downgraded.write('"N":1024 ', at, 'latin1'); // same length, still valid JSON
    const file = variant(fixHeaderChecksum(downgraded));
    await expectAppError(readHeader(file), 'VALIDATION', 'INSECURE_KDF');
    await expectAppError(verifyContainer(file, PASS), 'VALIDATION', 'INSECURE_KDF');
  });

  it('refuses a deliberately edited header (checksum recomputed) before decrypting anything', async () => {
    const text = original.toString('latin1');
    const at = text.indexOf('"cases":3');
    const edited = Buffer.from(original);
    edited.write('"cases":9', at, 'latin1');
    // The key check covers the header, so the edit looks exactly like a wrong key.
    await expectAppError(openContainerReader(variant(fixHeaderChecksum(edited)), PASS), 'WRONG_PASSWORD');
  });
});

it('a valid file still verifies after all this (the fixture was not mutated)', async () => {
  expect((await collect(await openContainerReader(variant(original), PASS))).equals(payload)).toBe(true);
});
