import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { readAt, withReadHandle } from './file-io';
import {
  FORMAT_VERSION,
  HEADER_CHECKSUM_SIZE,
  KEY_CHECK_SIZE,
  MAGIC,
  MAX_CHUNK_SIZE,
  MAX_HEADER_JSON_BYTES,
  MIN_CHUNK_SIZE,
  PREAMBLE_SIZE,
} from './format';
import { isAcceptableScrypt } from './kdf';
import { containerErrors } from './messages';

// The header: everything known when writing starts, authenticated (key check + every chunk's AAD)
// but not secret, so a file can be identified without a key.

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

const scryptSchema = z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int() });

export const headerJsonSchema = z
  .object({
    kind: z.enum(['backup', 'case']),
    appVersion: z.string().min(1).max(64),
    schemaVersion: z.string().min(1).max(64),
    createdAt: z.iso.datetime({ offset: true }),
    recordCounts: z.record(z.string().min(1).max(64), z.number().int().nonnegative()),
    keySource: z.enum(['passphrase', 'recovery']),
    salt: hex(16),
    kdf: scryptSchema.nullable(),
    cipher: z.literal('AES-256-GCM'),
    chunkSize: z.number().int().min(MIN_CHUNK_SIZE).max(MAX_CHUNK_SIZE),
    noncePrefix: hex(4),
  })
  .refine((h) => (h.keySource === 'passphrase') === (h.kdf !== null), { message: 'kdf must be set exactly for passphrase' });

export type HeaderJson = z.infer<typeof headerJsonSchema>;
export type ContainerKind = HeaderJson['kind'];
export type KeySource = HeaderJson['keySource'];
export type ScryptHeaderParams = z.infer<typeof scryptSchema>;
export type ContainerHeader = HeaderJson & { formatVersion: number };

/** A header as read from disk, with the raw bytes the key check and the chunk AAD are bound to. */
export interface HeaderBlock {
  header: ContainerHeader;
  /** magic ‖ version ‖ JSON length ‖ JSON: the "header bytes" H of docs/backup-format.md. */
  headerBytes: Buffer;
  keyCheck: Buffer;
  /** File offset of the first chunk frame. */
  dataOffset: number;
}

/** Builds H: the exact bytes hashed into every chunk's AAD. */
export function encodeHeaderBytes(json: HeaderJson): Buffer {
  const body = Buffer.from(JSON.stringify(json), 'utf8');
  const preamble = Buffer.alloc(PREAMBLE_SIZE);
  MAGIC.copy(preamble, 0);
  preamble.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  preamble.writeUInt32BE(body.length, MAGIC.length + 2);
  return Buffer.concat([preamble, body]);
}

/** SHA-256(H ‖ key check): unkeyed, only there to report accidental damage as such. */
export const headerChecksum = (headerBytes: Buffer, keyCheck: Buffer): Buffer =>
  createHash('sha256').update(headerBytes).update(keyCheck).digest();

export function assertKind(header: ContainerHeader, expected: ContainerKind | undefined): void {
  if (expected && header.kind !== expected) throw containerErrors.wrongKind(expected, header.kind);
}

// A newer format keeps the preamble and JSON header in place (see docs), so we can try to name
// the app version that wrote it. Anything odd just leaves the version out of the message.
async function appVersionOfNewerFile(fh: FileHandle, jsonLength: number): Promise<string | null> {
  if (jsonLength === 0 || jsonLength > MAX_HEADER_JSON_BYTES) return null;
  try {
    const json: unknown = JSON.parse((await readAt(fh, jsonLength, PREAMBLE_SIZE)).toString('utf8'));
    const v = (json as { appVersion?: unknown }).appVersion;
    return typeof v === 'string' && /^[0-9A-Za-z.+-]{1,32}$/.test(v) ? v : null;
  } catch {
    return null;
  }
}

function parseHeaderJson(bytes: Buffer): HeaderJson {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw containerErrors.damagedHeader();
  }
  const parsed = headerJsonSchema.safeParse(raw);
  if (!parsed.success) throw containerErrors.damagedHeader();
  return parsed.data;
}

/** Reads and checks everything up to the first chunk. Nothing here needs (or proves) the key. */
export async function readHeaderBlock(fh: FileHandle): Promise<HeaderBlock> {
  const preamble = await readAt(fh, PREAMBLE_SIZE, 0);
  const magicPart = Math.min(preamble.length, MAGIC.length);
  if (preamble.length === 0 || !preamble.subarray(0, magicPart).equals(MAGIC.subarray(0, magicPart))) {
    throw containerErrors.notKimFile();
  }
  if (preamble.length < PREAMBLE_SIZE) throw containerErrors.truncated();

  const version = preamble.readUInt16BE(MAGIC.length);
  const jsonLength = preamble.readUInt32BE(MAGIC.length + 2);
  if (version > FORMAT_VERSION) {
    throw containerErrors.newerFormat(version, FORMAT_VERSION, await appVersionOfNewerFile(fh, jsonLength));
  }
  if (version < 1 || jsonLength === 0 || jsonLength > MAX_HEADER_JSON_BYTES) throw containerErrors.damagedHeader();

  const rest = await readAt(fh, jsonLength + KEY_CHECK_SIZE + HEADER_CHECKSUM_SIZE, PREAMBLE_SIZE);
  if (rest.length < jsonLength + KEY_CHECK_SIZE + HEADER_CHECKSUM_SIZE) throw containerErrors.truncated();
  const headerBytes = Buffer.concat([preamble, rest.subarray(0, jsonLength)]);
  const keyCheck = rest.subarray(jsonLength, jsonLength + KEY_CHECK_SIZE);
  const checksum = rest.subarray(jsonLength + KEY_CHECK_SIZE);
  if (!headerChecksum(headerBytes, keyCheck).equals(checksum)) throw containerErrors.damagedHeader();

  const json = parseHeaderJson(rest.subarray(0, jsonLength));
  if (json.kdf && !isAcceptableScrypt(json.kdf)) throw containerErrors.insecureKdf();
  return {
    header: { ...json, formatVersion: version },
    headerBytes,
    keyCheck,
    dataOffset: PREAMBLE_SIZE + rest.length,
  };
}

/**
 * Identifies a file without a key: its kind, the key source it needs, counts and versions.
 * The result is NOT authenticated yet; only opening with the key proves it (see reader).
 */
export function readHeader(path: string, options: { expectedKind?: ContainerKind } = {}): Promise<ContainerHeader> {
  return withReadHandle(path, async (fh) => {
    const { header } = await readHeaderBlock(fh);
    assertKind(header, options.expectedKind);
    return header;
  });
}
