import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openContainerReader, writeContainer } from '../../../src-main/core/backup/container';
import { FIELDS, makeTempDir } from './container-helpers';

// 200 MiB through writer and reader, generated on the fly: memory must stay at a few chunks.
const TOTAL = 200 * 1024 * 1024;
const PIECE = 256 * 1024;
const MAX_RSS_GROWTH = 64 * 1024 * 1024;

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('memory');
});
afterEach(() => tmp.cleanup());

/** Random data made on the fly in one reused buffer, hashed as it goes out so the read can be compared. */
async function* generated(hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  const piece = Buffer.allocUnsafe(PIECE);
  for (let sent = 0; sent < TOTAL; sent += PIECE) {
    randomFillSync(piece);
    hash.update(piece);
    yield piece;
  }
}

it('keeps RSS flat while streaming 200 MiB in and out', async () => {
  const key = { source: 'recovery' as const, key: randomBytes(32) };
  const file = join(tmp.dir, 'gross.kimbackup');
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const sent = createHash('sha256');
    const { stats } = await writeContainer(file, FIELDS, generated(sent), key);
    expect(stats.plaintextBytes).toBe(TOTAL);

    const received = createHash('sha256');
    let bytes = 0;
    for await (const chunk of await openContainerReader(file, key)) {
      received.update(chunk);
      bytes += chunk.length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(bytes).toBe(TOTAL);
    expect(received.digest('hex')).toBe(sent.digest('hex'));
  } finally {
    clearInterval(sampler);
  }
  expect(peak - baseline).toBeLessThan(MAX_RSS_GROWTH);
}, 30_000);
