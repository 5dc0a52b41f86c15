import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ErrorCode } from '../../../src-main/contract/result';
import { AppError } from '../../../src-main/core/errors';
import { writeContainer, type HeaderFields, type KeyMaterial } from '../../../src-main/core/backup/container';
import {
  FRAME_HEADER_SIZE,
  HEADER_CHECKSUM_SIZE,
  KEY_CHECK_SIZE,
  MAGIC,
  PREAMBLE_SIZE,
  TAG_SIZE,
} from '../../../src-main/core/backup/container/format';

// Shared fixtures for the container tests: temp dirs, synthetic payloads, and a tiny layout parser
// (written from docs/backup-format.md) to cut, swap and patch real files.

export const FAST_N = 2 ** 14;
export const PASS: KeyMaterial = { source: 'passphrase', passphrase: 'Übungs-Passwort 1' };
export const FIELDS: HeaderFields = {
  kind: 'backup',
  appVersion: '0.1.0',
  schemaVersion: '0001_init',
  recordCounts: { cases: 3, appointments: 7 },
};

export function makeTempDir(label: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `kim-container-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export async function collect(iterable: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of iterable) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

/** Writes `payload` with a small N (and optionally small chunks) and returns the file's bytes. */
export async function writeSmall(
  path: string,
  payload: Buffer,
  opts: { chunkSize?: number; key?: KeyMaterial; fields?: HeaderFields } = {},
) {
  const result = await writeContainer(path, opts.fields ?? FIELDS, [payload], opts.key ?? PASS, {
    scryptN: FAST_N,
    chunkSize: opts.chunkSize,
  });
  return { ...result, bytes: readFileSync(path) };
}

export interface Layout {
  jsonLength: number;
  dataOffset: number;
  /** [start, end) of each frame; the last one is the final (trailer) chunk. */
  frames: Array<{ start: number; end: number }>;
}

export function parseLayout(bytes: Buffer): Layout {
  const jsonLength = bytes.readUInt32BE(MAGIC.length + 2);
  const dataOffset = PREAMBLE_SIZE + jsonLength + KEY_CHECK_SIZE + HEADER_CHECKSUM_SIZE;
  const frames: Layout['frames'] = [];
  for (let pos = dataOffset; pos < bytes.length; ) {
    const end = pos + FRAME_HEADER_SIZE + bytes.readUInt32BE(pos + 1) + TAG_SIZE;
    frames.push({ start: pos, end });
    pos = end;
  }
  return { jsonLength, dataOffset, frames };
}

/** Recomputes the unkeyed header checksum: what a deliberate attacker (not bit rot) would do. */
export function fixHeaderChecksum(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const { jsonLength } = parseLayout(out);
  const end = PREAMBLE_SIZE + jsonLength + KEY_CHECK_SIZE;
  createHash('sha256').update(out.subarray(0, end)).digest().copy(out, end);
  return out;
}

export function writeVariant(path: string, bytes: Uint8Array): string {
  writeFileSync(path, bytes);
  return path;
}

export async function expectAppError(promise: Promise<unknown>, code: ErrorCode, reason?: string): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const appError = err as AppError;
  expect(appError.code).toBe(code);
  if (reason) expect(appError.details?.reason).toBe(reason);
  return appError;
}
