import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { FLAG_FINAL, FRAME_HEADER_SIZE, NONCE_PREFIX_SIZE, TAG_SIZE, TRAILER_SIZE } from './format';

// AES-256-GCM per chunk. Nonce and AAD bind each chunk to its file, its position and whether it is
// the last one, so reordering, dropping, duplicating or cutting chunks fails authentication.

/** What every chunk of one file shares: the subkey, the nonce prefix and SHA-256 of the header bytes. */
export interface ChunkContext {
  key: Buffer;
  noncePrefix: Buffer;
  headerHash: Buffer;
}

export function chunkContext(key: Buffer, noncePrefix: Buffer, headerBytes: Buffer): ChunkContext {
  if (noncePrefix.length !== NONCE_PREFIX_SIZE) throw new RangeError('nonce prefix must be 4 bytes');
  return { key, noncePrefix, headerHash: createHash('sha256').update(headerBytes).digest() };
}

/** 4-byte file prefix ‖ 8-byte big-endian chunk index: unique per chunk within a file (keys are per file). */
function nonceFor(ctx: ChunkContext, index: number): Buffer {
  const nonce = Buffer.alloc(NONCE_PREFIX_SIZE + 8);
  ctx.noncePrefix.copy(nonce, 0);
  nonce.writeBigUInt64BE(BigInt(index), NONCE_PREFIX_SIZE);
  return nonce;
}

/** SHA-256(header bytes) ‖ chunk index (u64 BE) ‖ final flag (u8). */
function aadFor(ctx: ChunkContext, index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(32 + 8 + 1);
  ctx.headerHash.copy(aad, 0);
  aad.writeBigUInt64BE(BigInt(index), 32);
  aad.writeUInt8(final ? 1 : 0, 40);
  return aad;
}

/**
 * Returns the complete frame as its parts: flags ‖ ciphertext length, ciphertext, tag. Written
 * one after the other, without joining them into one more buffer per chunk.
 */
export function encryptChunk(ctx: ChunkContext, index: number, final: boolean, plaintext: Uint8Array): Buffer[] {
  const cipher = createCipheriv('aes-256-gcm', ctx.key, nonceFor(ctx, index), { authTagLength: TAG_SIZE });
  cipher.setAAD(aadFor(ctx, index, final));
  const ciphertext = cipher.update(plaintext);
  cipher.final(); // GCM is a stream mode: final() only computes the tag, all ciphertext came from update()
  const frameHeader = Buffer.alloc(FRAME_HEADER_SIZE);
  frameHeader.writeUInt8(final ? FLAG_FINAL : 0, 0);
  frameHeader.writeUInt32BE(ciphertext.length, 1);
  return [frameHeader, ciphertext, cipher.getAuthTag()];
}

/**
 * Returns the plaintext only once GCM has verified the tag, or null when it does not verify.
 * `body` is ciphertext ‖ tag.
 */
export function decryptChunk(ctx: ChunkContext, index: number, final: boolean, body: Buffer): Buffer | null {
  const ciphertext = body.subarray(0, body.length - TAG_SIZE);
  const decipher = createDecipheriv('aes-256-gcm', ctx.key, nonceFor(ctx, index), { authTagLength: TAG_SIZE });
  decipher.setAAD(aadFor(ctx, index, final));
  decipher.setAuthTag(body.subarray(body.length - TAG_SIZE));
  const plaintext = decipher.update(ciphertext);
  try {
    decipher.final();
    return plaintext;
  } catch {
    plaintext.fill(0); // unauthenticated output must not linger
    return null;
  }
}

export interface TrailerValues {
  contentSha256: Buffer;
  plaintextBytes: number;
  dataChunks: number;
}

/** The final chunk's plaintext: what is only known once all data has been written. */
export function encodeTrailer(t: TrailerValues): Buffer {
  const buf = Buffer.alloc(TRAILER_SIZE);
  t.contentSha256.copy(buf, 0);
  buf.writeBigUInt64BE(BigInt(t.plaintextBytes), 32);
  buf.writeBigUInt64BE(BigInt(t.dataChunks), 40);
  return buf;
}

export function decodeTrailer(buf: Buffer): TrailerValues | null {
  if (buf.length !== TRAILER_SIZE) return null;
  const bytes = buf.readBigUInt64BE(32);
  const chunks = buf.readBigUInt64BE(40);
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER) || chunks > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return { contentSha256: Buffer.from(buf.subarray(0, 32)), plaintextBytes: Number(bytes), dataChunks: Number(chunks) };
}
