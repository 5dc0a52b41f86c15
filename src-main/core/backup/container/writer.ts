import { createHash, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { writeFileAtomically } from './atomic-file';
import { chunkContext, encodeTrailer, encryptChunk, type ChunkContext } from './chunk-crypto';
import { writeAll } from './file-io';
import {
  DEFAULT_CHUNK_SIZE,
  FORMAT_VERSION,
  MAX_CHUNK_SIZE,
  MAX_HEADER_JSON_BYTES,
  MIN_CHUNK_SIZE,
  NONCE_PREFIX_SIZE,
  PREAMBLE_SIZE,
  SALT_SIZE,
  type ContainerStats,
} from './format';
import {
  encodeHeaderBytes,
  headerChecksum,
  headerJsonSchema,
  type ContainerHeader,
  type ContainerKind,
  type HeaderJson,
} from './header';
import {
  computeKeyCheck,
  DEFAULT_SCRYPT_N,
  deriveFileKeys,
  isAcceptableScrypt,
  type KdfMemo,
  SCRYPT_P,
  SCRYPT_R,
  wipeKeys,
  type KeyMaterial,
} from './kdf';
import { containerErrors } from './messages';

/** What the caller knows when the write starts; the crypto fields are added here. */
export interface HeaderFields {
  kind: ContainerKind;
  appVersion: string;
  schemaVersion: string;
  recordCounts: Record<string, number>;
  /** ISO 8601; defaults to now. */
  createdAt?: string;
}

export interface WriteOptions {
  /** scrypt cost for passphrase files; default 2^17. Tests may go down to 2^14, never below. */
  scryptN?: number;
  /** Plaintext bytes per data chunk; default 1 MiB. */
  chunkSize?: number;
  /** Shares the passphrase's scrypt result with a read-back of the same file (kdf.ts). */
  kdfMemo?: KdfMemo;
}

export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

function buildHeaderJson(
  fields: HeaderFields,
  km: KeyMaterial,
  options: WriteOptions,
  random: { salt: Buffer; noncePrefix: Buffer },
): HeaderJson {
  const N = options.scryptN ?? DEFAULT_SCRYPT_N;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const kdf = km.source === 'passphrase' ? { name: 'scrypt' as const, N, r: SCRYPT_R, p: SCRYPT_P } : null;
  const chunkSizeOk = Number.isInteger(chunkSize) && chunkSize >= MIN_CHUNK_SIZE && chunkSize <= MAX_CHUNK_SIZE;
  if (!chunkSizeOk || !isAcceptableScrypt({ N, r: SCRYPT_R, p: SCRYPT_P })) throw containerErrors.invalidOptions();
  const parsed = headerJsonSchema.safeParse({
    kind: fields.kind,
    appVersion: fields.appVersion,
    schemaVersion: fields.schemaVersion,
    createdAt: fields.createdAt ?? new Date().toISOString(),
    recordCounts: fields.recordCounts,
    keySource: km.source,
    salt: random.salt.toString('hex'),
    kdf,
    cipher: 'AES-256-GCM',
    chunkSize,
    noncePrefix: random.noncePrefix.toString('hex'),
  });
  if (!parsed.success) throw containerErrors.invalidHeaderFields(parsed.error.issues.map((i) => i.path.join('.')));
  return parsed.data;
}

/**
 * Cuts the source into pieces of exactly `size` bytes (the last one shorter) through one reused
 * buffer, so memory stays at one chunk whatever the source hands us. A yielded piece is only valid
 * until the next one is requested. Each source piece is copied before the next is asked for, so a
 * source may reuse its buffer too.
 */
async function* rechunk(source: ByteSource, size: number): AsyncGenerator<Buffer> {
  const staging = Buffer.allocUnsafe(size);
  let filled = 0;
  try {
    for await (const piece of source) {
      if (!(piece instanceof Uint8Array)) throw containerErrors.invalidSourceData();
      let off = 0;
      while (off < piece.length) {
        const n = Math.min(size - filled, piece.length - off);
        staging.set(piece.subarray(off, off + n), filled);
        filled += n;
        off += n;
        if (filled === size) {
          yield staging;
          filled = 0;
        }
      }
    }
    if (filled > 0) yield staging.subarray(0, filled);
  } finally {
    staging.fill(0);
  }
}

const totalLength = (parts: readonly Uint8Array[]) => parts.reduce((n, b) => n + b.length, 0);

async function writeChunks(fh: FileHandle, ctx: ChunkContext, source: ByteSource, chunkSize: number) {
  const hash = createHash('sha256');
  let index = 0;
  let plaintextBytes = 0;
  let fileBytes = 0;
  for await (const piece of rechunk(source, chunkSize)) {
    hash.update(piece);
    plaintextBytes += piece.length;
    const frame = encryptChunk(ctx, index++, false, piece);
    await writeAll(fh, frame);
    fileBytes += totalLength(frame);
  }
  const contentSha256 = hash.digest();
  const trailer = encryptChunk(ctx, index, true, encodeTrailer({ contentSha256, plaintextBytes, dataChunks: index }));
  await writeAll(fh, trailer);
  fileBytes += totalLength(trailer);
  return { plaintextBytes, dataChunks: index, fileBytes, contentSha256: contentSha256.toString('hex') };
}

/**
 * Encrypts `source` into a new container at `outPath`, atomically: the final name either keeps its
 * old content or gets the complete new file. Memory stays at about one chunk.
 * Throws AppError('VALIDATION') for bad fields/keys/options, AppError('IO') for write failures;
 * an AppError thrown by the source passes through unchanged.
 */
export async function writeContainer(
  outPath: string,
  fields: HeaderFields,
  source: ByteSource,
  keyMaterial: KeyMaterial,
  options: WriteOptions = {},
): Promise<{ header: ContainerHeader; stats: ContainerStats }> {
  const salt = randomBytes(SALT_SIZE);
  const noncePrefix = randomBytes(NONCE_PREFIX_SIZE);
  const json = buildHeaderJson(fields, keyMaterial, options, { salt, noncePrefix });
  const headerBytes = encodeHeaderBytes(json);
  if (headerBytes.length - PREAMBLE_SIZE > MAX_HEADER_JSON_BYTES) throw containerErrors.invalidHeaderFields(['recordCounts']);

  const keys = await deriveFileKeys(keyMaterial, salt, json.kdf, options.kdfMemo);
  try {
    const keyCheck = computeKeyCheck(keys, headerBytes);
    const ctx = chunkContext(keys.encryptionKey, noncePrefix, headerBytes);
    const stats = await writeFileAtomically(outPath, async (fh) => {
      const prefix = [headerBytes, keyCheck, headerChecksum(headerBytes, keyCheck)];
      await writeAll(fh, prefix);
      const body = await writeChunks(fh, ctx, source, json.chunkSize);
      return { ...body, fileBytes: body.fileBytes + totalLength(prefix) };
    });
    return { header: { ...json, formatVersion: FORMAT_VERSION }, stats };
  } finally {
    wipeKeys(keys);
  }
}
