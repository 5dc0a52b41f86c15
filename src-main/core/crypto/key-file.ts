import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';

// The key file beside the database: one wrapped copy of the database key per user and one under the
// recovery code. It holds no names: user slots are found by a salted hash of the user name.

const hex = z.string().regex(/^[0-9a-f]*$/);

const slotSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['user', 'recovery']),
  userId: z.string().nullable(),
  label: hex.nullable(),
  kdf: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: hex }),
  iv: hex,
  tag: hex,
  wrapped: hex,
});

const bodySchema = z.object({
  format: z.literal('kim-keyfile'),
  version: z.literal(1),
  cipher: z.literal('sqlcipher4-rawkey'),
  labelSalt: hex,
  slots: z.array(slotSchema),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type KeyFileBody = z.infer<typeof bodySchema>;

const DAMAGED = 'Die Schlüsseldatei ist beschädigt. Bitte stellen Sie sie aus einer Sicherung wieder her oder wenden Sie sich an die IT.';

const checksumOf = (body: KeyFileBody) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

export function readKeyFile(file: string): KeyFileBody {
  if (!existsSync(file)) {
    throw new AppError('KEYFILE_DAMAGED', 'Die Schlüsseldatei fehlt. Ohne sie lässt sich die Datenbank nicht öffnen. Bitte wenden Sie sich an die IT oder stellen Sie eine Sicherung wieder her.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('KEYFILE_DAMAGED', DAMAGED);
  }
  const outer = z.object({ body: bodySchema, checksum: hex }).safeParse(parsed);
  if (!outer.success || checksumOf(outer.data.body) !== outer.data.checksum) {
    throw new AppError('KEYFILE_DAMAGED', DAMAGED);
  }
  return outer.data.body;
}

export function writeKeyFile(file: string, body: KeyFileBody): void {
  // Parsing puts keys in schema order, so the checksum written matches the one read back.
  const canonical = bodySchema.parse(body);
  writeFileAtomic(file, JSON.stringify({ body: canonical, checksum: checksumOf(canonical) }, null, 2));
}
