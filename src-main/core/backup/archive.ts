import { open } from 'node:fs/promises';
import { AppError } from '../errors';

// The payload inside a .kimbackup container: a tiny framed archive, written and read as a stream
// so no file is ever held in memory as a whole. Layout (docs/backup-format.md, section 9):
//   magic "KIMARC\0\x01" (8 bytes), then per entry: u16 BE name length (1…255), UTF-8 name,
//   u64 BE size, size bytes; finally a u16 0 as end marker. Nothing may follow the end marker.

const MAGIC = Buffer.from('KIMARC\0\x01', 'latin1');
const MAX_NAME_BYTES = 255;

export interface ArchiveEntry {
  name: string;
  size: number;
  /**
   * The entry's bytes; must deliver exactly `size` bytes. A piece may be overwritten once the next
   * one is asked for (fileBytes reuses one buffer): the container writer copies each piece first.
   */
  bytes: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** A file's bytes for an entry, read into one reused buffer (no large allocation per piece). */
export async function* fileBytes(path: string, pieceSize: number): AsyncGenerator<Buffer> {
  const fh = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(pieceSize);
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buffer, 0, pieceSize, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

const damaged = (what: string) =>
  new AppError('VALIDATION', 'Die Sicherung ist fehlerhaft aufgebaut und kann nicht verwendet werden.', { reason: 'ARCHIVE_DAMAGED', what });

function entryHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length === 0 || nameBytes.length > MAX_NAME_BYTES || !Number.isSafeInteger(size) || size < 0) {
    throw new AppError('INTERNAL', 'Ungültiger Eintrag für die Sicherung.');
  }
  const head = Buffer.alloc(2 + nameBytes.length + 8);
  head.writeUInt16BE(nameBytes.length, 0);
  nameBytes.copy(head, 2);
  head.writeBigUInt64BE(BigInt(size), 2 + nameBytes.length);
  return head;
}

/** Streams the archive; throws if an entry delivers more or fewer bytes than it announced (file changed). */
export async function* archiveStream(entries: readonly ArchiveEntry[]): AsyncGenerator<Uint8Array> {
  yield MAGIC;
  for (const entry of entries) {
    yield entryHeader(entry.name, entry.size);
    let seen = 0;
    for await (const piece of entry.bytes()) {
      seen += piece.length;
      if (seen > entry.size) break;
      yield piece;
    }
    if (seen !== entry.size) {
      throw new AppError('IO', 'Eine Datei hat sich während der Sicherung verändert. Bitte versuchen Sie es erneut.', { entry: entry.name });
    }
  }
  const end = Buffer.alloc(2);
  yield end;
}

/** Receives one entry's bytes in order; `end` is called once all bytes arrived. */
export interface EntrySink {
  write(piece: Buffer): void | Promise<void>;
  end(): void | Promise<void>;
}

/** Buffers queued input and hands out exact byte counts; bodies pass through without copying. */
class ByteQueue {
  private parts: Buffer[] = [];
  private length = 0;

  push(piece: Buffer): void {
    if (piece.length === 0) return;
    this.parts.push(piece);
    this.length += piece.length;
  }

  get size(): number {
    return this.length;
  }

  /** Removes and returns exactly n bytes (n ≤ size), copied so the caller may keep them. */
  take(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const head = this.parts[0]!;
      const used = Math.min(head.length, n - filled);
      head.copy(out, filled, 0, used);
      filled += used;
      this.drop(used);
    }
    return out;
  }

  /** Removes and returns up to n bytes as a view of the queued data (valid until the source moves on). */
  takeView(n: number): Buffer {
    const head = this.parts[0]!;
    const used = Math.min(head.length, n);
    const view = head.subarray(0, used);
    this.drop(used);
    return view;
  }

  private drop(n: number): void {
    const head = this.parts[0]!;
    if (n === head.length) this.parts.shift();
    else this.parts[0] = head.subarray(n);
    this.length -= n;
  }
}

type State =
  | { kind: 'magic' }
  | { kind: 'nameLength' }
  | { kind: 'name'; length: number }
  | { kind: 'size'; name: string }
  | { kind: 'body'; sink: EntrySink; left: number }
  | { kind: 'done' };

/**
 * Parses the archive as it streams in and hands each entry to the sink `open` returns for it.
 * Throws VALIDATION (ARCHIVE_DAMAGED) for a malformed archive, including a missing end marker.
 */
export async function readArchive(source: AsyncIterable<Buffer>, open: (name: string, size: number) => EntrySink): Promise<void> {
  const queue = new ByteQueue();
  let state: State = { kind: 'magic' };
  const step = async (): Promise<boolean> => {
    switch (state.kind) {
      case 'magic':
        if (queue.size < MAGIC.length) return false;
        if (!queue.take(MAGIC.length).equals(MAGIC)) throw damaged('magic');
        state = { kind: 'nameLength' };
        return true;
      case 'nameLength': {
        if (queue.size < 2) return false;
        const length = queue.take(2).readUInt16BE(0);
        if (length > MAX_NAME_BYTES) throw damaged('name');
        state = length === 0 ? { kind: 'done' } : { kind: 'name', length };
        return true;
      }
      case 'name': {
        if (queue.size < state.length) return false;
        let name: string;
        try {
          name = new TextDecoder('utf-8', { fatal: true }).decode(queue.take(state.length));
        } catch {
          throw damaged('name');
        }
        state = { kind: 'size', name };
        return true;
      }
      case 'size': {
        if (queue.size < 8) return false;
        const size = queue.take(8).readBigUInt64BE(0);
        if (size > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('size');
        const sink = open(state.name, Number(size));
        state = { kind: 'body', sink, left: Number(size) };
        return true;
      }
      case 'body': {
        if (state.left > 0) {
          if (queue.size === 0) return false;
          const view = queue.takeView(state.left);
          state.left -= view.length;
          await state.sink.write(view);
          return true;
        }
        await state.sink.end();
        state = { kind: 'nameLength' };
        return true;
      }
      case 'done':
        if (queue.size > 0) throw damaged('trailing');
        return false;
    }
  };
  for await (const piece of source) {
    queue.push(piece);
    while (await step());
  }
  while (await step());
  if ((state as State).kind !== 'done') throw damaged('end');
}
