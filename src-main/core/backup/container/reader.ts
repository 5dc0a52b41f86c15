import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { chunkContext, decodeTrailer, decryptChunk, type ChunkContext } from './chunk-crypto';
import { openForRead, readAt, toReadError, withReadHandle } from './file-io';
import { FLAG_FINAL, FRAME_HEADER_SIZE, TAG_SIZE, TRAILER_SIZE, type ContainerStats } from './format';
import { assertKind, readHeaderBlock, type ContainerHeader, type ContainerKind, type HeaderBlock } from './header';
import { deriveFileKeys, keyCheckMatches, wipeKeys, type KdfMemo, type KeyMaterial } from './kdf';
import { containerErrors } from './messages';

export interface ReadOptions {
  /** Refuse a file of the other kind (a .kimcase handed to restore, or the reverse). */
  expectedKind?: ContainerKind;
  /** Reuses the scrypt result of the write that made this file (kdf.ts). */
  kdfMemo?: KdfMemo;
}

/**
 * An opened container whose key is already proven (key check passed), so `header` is authentic.
 *
 * Iterating yields plaintext chunks, each only after its GCM tag verified. The content hash, the
 * chunk count and the end of file are checked after the last data chunk: a caller that writes the
 * plaintext somewhere MUST treat an error at any point of the iteration (including after the last
 * chunk) as failure of the whole read and discard what it wrote. The generator's return value
 * (`chunks()`) carries the statistics. `Readable.from(reader)` gives a Node stream.
 * Every iteration reopens the file and starts at the first chunk.
 */
export interface ContainerReader extends AsyncIterable<Buffer> {
  readonly header: ContainerHeader;
  chunks(): AsyncGenerator<Buffer, ContainerStats, undefined>;
}

/**
 * Reads one frame at `pos`, its body into `bodyBuffer` (valid until the next frame is read).
 * Running out of file, even at a frame boundary, means the final chunk is missing.
 */
async function readFrame(fh: FileHandle, pos: number, index: number, chunkSize: number, bodyBuffer: Buffer) {
  const frameHeader = await readAt(fh, FRAME_HEADER_SIZE, pos);
  if (frameHeader.length < FRAME_HEADER_SIZE) throw containerErrors.truncated();
  const flags = frameHeader.readUInt8(0);
  const length = frameHeader.readUInt32BE(1);
  const final = flags === FLAG_FINAL;
  const lengthOk = final ? length === TRAILER_SIZE : length > 0 && length <= chunkSize;
  if ((flags !== 0 && !final) || !lengthOk) throw containerErrors.damagedChunk(index);
  const body = await readAt(fh, length + TAG_SIZE, pos + FRAME_HEADER_SIZE, bodyBuffer);
  if (body.length < length + TAG_SIZE) throw containerErrors.truncated();
  return { final, body, next: pos + FRAME_HEADER_SIZE + body.length };
}

async function* readChunks(
  path: string,
  block: HeaderBlock,
  ctx: ChunkContext,
): AsyncGenerator<Buffer, ContainerStats, undefined> {
  const fh = await openForRead(path);
  try {
    // The file was reopened: it must still carry exactly the header the key check proved.
    const current = await readHeaderBlock(fh);
    if (!current.headerBytes.equals(block.headerBytes) || !current.keyCheck.equals(block.keyCheck)) {
      throw containerErrors.damagedHeader();
    }
    const hash = createHash('sha256');
    // Ciphertext only, and decryption makes a new buffer for the plaintext: one buffer serves every frame.
    const bodyBuffer = Buffer.allocUnsafe(Math.max(block.header.chunkSize, TRAILER_SIZE) + TAG_SIZE);
    let pos = block.dataOffset;
    let plaintextBytes = 0;
    for (let index = 0; ; index++) {
      const frame = await readFrame(fh, pos, index, block.header.chunkSize, bodyBuffer);
      pos = frame.next;
      const plaintext = decryptChunk(ctx, index, frame.final, frame.body);
      if (!plaintext) throw containerErrors.damagedChunk(index);
      if (!frame.final) {
        hash.update(plaintext);
        plaintextBytes += plaintext.length;
        yield plaintext;
        continue;
      }
      const trailer = decodeTrailer(plaintext);
      const contentSha256 = hash.digest();
      const consistent =
        trailer !== null &&
        trailer.contentSha256.equals(contentSha256) &&
        trailer.plaintextBytes === plaintextBytes &&
        trailer.dataChunks === index;
      if (!consistent) throw containerErrors.damagedTrailer();
      if ((await readAt(fh, 1, pos)).length > 0) throw containerErrors.trailingData();
      return { plaintextBytes, dataChunks: index, fileBytes: pos, contentSha256: contentSha256.toString('hex') };
    }
  } catch (err) {
    throw toReadError(err);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/**
 * Reads the header, derives the key and proves it against the key check before any chunk is
 * touched: a wrong passphrase fails here with WRONG_PASSWORD, a damaged file with VALIDATION.
 */
export async function openContainerReader(
  path: string,
  keyMaterial: KeyMaterial,
  options: ReadOptions = {},
): Promise<ContainerReader> {
  const block = await withReadHandle(path, readHeaderBlock);
  assertKind(block.header, options.expectedKind);
  const keys = await deriveFileKeys(keyMaterial, Buffer.from(block.header.salt, 'hex'), block.header.kdf, options.kdfMemo);
  if (!keyCheckMatches(keys, block.headerBytes, block.keyCheck)) {
    wipeKeys(keys);
    throw containerErrors.wrongPassword(block.header.keySource);
  }
  keys.keyCheckKey.fill(0);
  const ctx = chunkContext(keys.encryptionKey, Buffer.from(block.header.noncePrefix, 'hex'), block.headerBytes);
  return {
    header: block.header,
    chunks: () => readChunks(path, block, ctx),
    [Symbol.asyncIterator]: () => readChunks(path, block, ctx),
  };
}

/** Decrypts and checks the whole file (every chunk, content hash, end of file) without keeping or writing plaintext. */
export async function verifyContainer(
  path: string,
  keyMaterial: KeyMaterial,
  options: ReadOptions = {},
): Promise<{ header: ContainerHeader; stats: ContainerStats }> {
  const reader = await openContainerReader(path, keyMaterial, options);
  const chunks = reader.chunks();
  for (;;) {
    const step = await chunks.next();
    if (step.done) return { header: reader.header, stats: step.value };
    step.value.fill(0);
  }
}
