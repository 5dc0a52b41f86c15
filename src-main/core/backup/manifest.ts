import { z } from 'zod';
import { AppError } from '../errors';

// The first archive entry of a backup: what it holds, written by the app that made it.
// Parsed before anything else, so a backup from a newer app is refused before its database is extracted.

export const ENTRY = {
  manifest: 'manifest.json',
  keyFile: 'kim-fallakte.keys',
  dbKey: 'db.key',
  database: 'kim-fallakte.db',
} as const;

export const MAX_MANIFEST_BYTES = 1024 * 1024;
export const MAX_KEY_FILE_BYTES = 1024 * 1024;
export const DB_KEY_BYTES = 32;

const ledgerEntry = z.object({ createdAt: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{1,128}$/) }).strict();

export const manifestSchema = z
  .object({
    format: z.literal('kim-fallakte-backup'),
    version: z.literal(1),
    appVersion: z.string().min(1).max(64),
    createdAt: z.iso.datetime({ offset: true }),
    schema: z.object({ migrations: z.number().int().nonnegative(), latestTag: z.string().min(1).max(64), ledger: z.array(ledgerEntry).max(10_000) }).strict(),
    recordCounts: z.record(z.string().min(1).max(64), z.number().int().nonnegative()),
    databaseBytes: z.number().int().nonnegative(),
  })
  .strict()
  .refine((m) => m.schema.migrations === m.schema.ledger.length, { message: 'migrations must equal the ledger length' });

export type BackupManifest = z.infer<typeof manifestSchema>;

export function parseManifest(bytes: Buffer): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    raw = null;
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'Die Inhaltsangabe der Sicherung ist fehlerhaft. Die Sicherung kann nicht verwendet werden.', {
      reason: 'MANIFEST_INVALID',
    });
  }
  return parsed.data;
}
