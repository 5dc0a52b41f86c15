import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyContainer } from '../../../src-main/core/backup/container';
import { AppError } from '../../../src-main/core/errors';
import { makeTempDir, parseLayout, PASS, writeSmall, writeVariant } from './container-helpers';

// Whatever bytes change, verify must refuse with one of our errors: never accept, never crash.
const REJECTION_CODES = ['VALIDATION', 'WRONG_PASSWORD', 'DB_NEWER'];

let tmp: ReturnType<typeof makeTempDir>;
let original: Buffer;

beforeAll(async () => {
  tmp = makeTempDir('property');
  original = (await writeSmall(join(tmp.dir, 'klein.kimbackup'), randomBytes(300), { chunkSize: 64 })).bytes;
});
afterAll(() => tmp.cleanup());

async function expectRejected(bytes: Buffer): Promise<void> {
  const outcome = await verifyContainer(writeVariant(join(tmp.dir, 'variant.kimbackup'), bytes), PASS).then(
    () => 'accepted',
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  expect(REJECTION_CODES).toContain((outcome as AppError).code);
}

describe('container under random damage', () => {
  it('the fixture spans header, several data chunks and a trailer', async () => {
    expect(parseLayout(original).frames.length).toBe(6);
    expect((await verifyContainer(writeVariant(join(tmp.dir, 'ok.kimbackup'), original), PASS)).stats.plaintextBytes).toBe(300);
  });

  it('rejects every variant with 1–4 bytes changed at random positions', async () => {
    const edit = fc.record({ at: fc.nat({ max: original.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const bytes = Buffer.from(original);
        for (const { at, xor } of edits) bytes[at] = bytes[at]! ^ xor;
        // Two edits of the same byte can cancel out; such a variant is the original, not damage.
        fc.pre(!bytes.equals(original));
        await expectRejected(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects every truncation and every appended tail', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: original.length - 1 }).map((cut) => original.subarray(0, cut)),
          fc.uint8Array({ minLength: 1, maxLength: 200 }).map((tail) => Buffer.concat([original, tail])),
        ),
        expectRejected,
      ),
      { numRuns: 100 },
    );
  });
});
