import { open, type FileHandle } from 'node:fs/promises';
import { isAppError } from '../../errors';
import { containerErrors } from './messages';

// Positioned reads and complete writes on a FileHandle: the container code never holds a whole
// file in memory, only the piece it is working on.

const errnoCode = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
    ? (err as { code: string }).code
    : undefined;

/** Leaves our own errors alone and turns Node I/O errors into a German AppError('IO'). */
export const toReadError = (err: unknown): Error => (isAppError(err) ? err : containerErrors.readFailed(errnoCode(err)));
export const toWriteError = (err: unknown): Error => (isAppError(err) ? err : containerErrors.writeFailed(errnoCode(err)));

/**
 * Reads `length` bytes at `position`; the result is shorter only when the file ends first. With
 * `into` (at least `length` bytes) the bytes land there, so a loop can reuse one buffer instead
 * of leaving a large one per call to the garbage collector.
 */
export async function readAt(fh: FileHandle, length: number, position: number, into?: Buffer): Promise<Buffer> {
  const buf = into ? into.subarray(0, length) : Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await fh.read(buf, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buf : buf.subarray(0, filled);
}

/** Appends every buffer completely: a single write may legally be short. */
export async function writeAll(fh: FileHandle, buffers: readonly Uint8Array[]): Promise<void> {
  for (const buf of buffers) {
    let off = 0;
    while (off < buf.length) {
      const { bytesWritten } = await fh.write(buf, off, buf.length - off);
      off += bytesWritten;
    }
  }
}

export async function openForRead(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (err) {
    throw toReadError(err);
  }
}

/** Runs `fn` with a read handle that is always closed; I/O errors become AppError('IO'). */
export async function withReadHandle<T>(path: string, fn: (fh: FileHandle) => Promise<T>): Promise<T> {
  const fh = await openForRead(path);
  try {
    return await fn(fh);
  } catch (err) {
    throw toReadError(err);
  } finally {
    await fh.close().catch(() => undefined);
  }
}
