import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContainerReader, verifyContainer, writeContainer } from '../../../src-main/core/backup/container';
import { AppError } from '../../../src-main/core/errors';
import { collect, expectAppError, FAST_N, FIELDS, makeTempDir, PASS } from './container-helpers';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('io');
});
afterEach(() => tmp.cleanup());

const OPTIONS = { scryptN: FAST_N, chunkSize: 4096 };

/** Every regular file below `path` (or `path` itself), skipping what vanished or cannot be read. */
function filesBelow(path: string): string[] {
  try {
    const st = lstatSync(path);
    if (st.isFile()) return [path];
    if (!st.isDirectory()) return [];
    return readdirSync(path).flatMap((name) => filesBelow(join(path, name)));
  } catch {
    return [];
  }
}

describe('no plaintext on disk', () => {
  it('neither writing nor verifying leaves the payload readable in the target folder or the temp folder', async () => {
    const marker = `KIM-MARKER-${Date.now()}-Testperson-Erika-Beispiel`;
    const tmpBefore = new Set(readdirSync(tmpdir()));
    const payload = Buffer.from(`${'Vorgeschichte. '.repeat(1000)}${marker}${' Nachtrag.'.repeat(1000)}`, 'utf8');
    const file = join(tmp.dir, 'geheim.kimbackup');

    await writeContainer(file, FIELDS, [payload], PASS, OPTIONS);
    await verifyContainer(file, PASS);

    const created = readdirSync(tmpdir())
      .filter((name) => !tmpBefore.has(name))
      .map((name) => join(tmpdir(), name));
    const scanned = [...filesBelow(tmp.dir), ...created.flatMap(filesBelow)];
    expect(scanned).toContain(file);
    for (const path of scanned) {
      const content = readFileSync(path);
      expect(content.includes(Buffer.from(marker, 'utf8')), path).toBe(false);
      expect(content.includes(Buffer.from(marker, 'utf16le')), path).toBe(false);
    }
  });
});

describe('atomic write', () => {
  async function* failingSource(error: Error): AsyncGenerator<Buffer> {
    yield Buffer.alloc(10_000, 1);
    yield Buffer.alloc(10_000, 2);
    throw error;
  }

  it('removes the partial file and leaves no final file when the source fails midway', async () => {
    const file = join(tmp.dir, 'abbruch.kimbackup');
    await expectAppError(writeContainer(file, FIELDS, failingSource(new Error('Quelle weg')), PASS, OPTIONS), 'IO');
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('lets an AppError of the source through unchanged, still cleaning up', async () => {
    const file = join(tmp.dir, 'abbruch.kimbackup');
    const own = new AppError('DB_UNREADABLE', 'Die Datenbank konnte nicht gelesen werden.');
    const source = Readable.from(failingSource(own));
    const err = await writeContainer(file, FIELDS, source, PASS, OPTIONS).catch((e: unknown) => e);
    expect(err).toBe(own);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('keeps the previous file intact when overwriting it fails', async () => {
    const file = join(tmp.dir, 'bestand.kimbackup');
    const old = Buffer.from('alte Sicherung');
    await writeContainer(file, FIELDS, [old], PASS, OPTIONS);
    const before = readFileSync(file);
    await expectAppError(writeContainer(file, FIELDS, failingSource(new Error('x')), PASS, OPTIONS), 'IO');
    expect(readdirSync(tmp.dir)).toEqual(['bestand.kimbackup']);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await collect(await openContainerReader(file, PASS))).equals(old)).toBe(true);
  });

  it('reports a target folder removed during the write as IO, in German, and leaves nothing behind', async () => {
    const target = join(tmp.dir, 'ziel');
    const file = join(target, 'weg.kimbackup');
    mkdirSync(target);
    async function* removesFolder(): AsyncGenerator<Buffer> {
      yield Buffer.alloc(20_000, 7);
      rmSync(target, { recursive: true, force: true });
      yield Buffer.alloc(20_000, 8);
    }
    const err = await expectAppError(writeContainer(file, FIELDS, removesFolder(), PASS, OPTIONS), 'IO');
    expect(err.message).toContain('Zielordner');
    expect(filesBelow(tmp.dir)).toEqual([]);
  });

  it('reports a missing target folder as IO before writing anything', async () => {
    const file = join(tmp.dir, 'gibt-es-nicht', 'x.kimbackup');
    await expectAppError(writeContainer(file, FIELDS, [Buffer.from('a')], PASS, OPTIONS), 'IO');
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('creates the container with owner-only permissions on POSIX', async () => {
    if (process.platform === 'win32') return;
    const file = join(tmp.dir, 'rechte.kimbackup');
    await writeContainer(file, FIELDS, [Buffer.from('a')], PASS, OPTIONS);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});
