// Byte-level constants of the .kimbackup / .kimcase container, format version 1.
// docs/backup-format.md describes the same layout for people writing an independent reader.

/** "KIMBAK" followed by a NUL byte: identifies the file before anything else is parsed. */
export const MAGIC = Buffer.from('KIMBAK\0', 'latin1');
/** The one format version this code writes and the newest it can read. */
export const FORMAT_VERSION = 1;

/** magic (7) + format version (u16 BE) + header JSON length (u32 BE). */
export const PREAMBLE_SIZE = MAGIC.length + 2 + 4;
/** Upper bound for the header JSON so a damaged length field cannot make us allocate gigabytes. */
export const MAX_HEADER_JSON_BYTES = 64 * 1024;
/** HMAC-SHA-256 of the header bytes under the key-check subkey. */
export const KEY_CHECK_SIZE = 32;
/** Unkeyed SHA-256 over header bytes + key check: tells a damaged header from a wrong passphrase. */
export const HEADER_CHECKSUM_SIZE = 32;

/** Per chunk: flags (u8) + ciphertext length (u32 BE), then ciphertext, then the GCM tag. */
export const FRAME_HEADER_SIZE = 1 + 4;
export const TAG_SIZE = 16;
export const FLAG_FINAL = 0x01;

/** Trailer plaintext: SHA-256 of the payload (32) + payload bytes (u64 BE) + data chunks (u64 BE). */
export const TRAILER_SIZE = 32 + 8 + 8;

export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
export const MIN_CHUNK_SIZE = 64;
/** Bounds reader memory: a frame longer than the header's chunk size is rejected before reading it. */
export const MAX_CHUNK_SIZE = 16 * 1024 * 1024;

export const SALT_SIZE = 16;
export const NONCE_PREFIX_SIZE = 4;
export const KEY_SIZE = 32;

/** Highest scrypt N a reader accepts (1 GiB of memory at r = 8); caps what a crafted file can demand. */
export const MAX_SCRYPT_N = 2 ** 20;

// HKDF-SHA-256 info strings: one subkey per purpose, never the same key for two jobs.
export const HKDF_INFO_ENCRYPTION = 'KIM Fallakte container v1 chunk encryption';
export const HKDF_INFO_KEY_CHECK = 'KIM Fallakte container v1 key check';

/** What a write produced or a verification found. */
export interface ContainerStats {
  plaintextBytes: number;
  dataChunks: number;
  /** Size of the container file. */
  fileBytes: number;
  /** SHA-256 of the plaintext payload, hex. */
  contentSha256: string;
}
