import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileTagged } from './fs-steps';

// What the app knows about past backups, beside the database (a restore must not make the office
// forget its newest backups). Holds times, codes, sizes and backup file names: nothing personal.

const FILE = 'backup-state.json';
export const backupStateFile = (dataDir: string) => join(dataDir, FILE);

const stateSchema = z.object({
  version: z.literal(1),
  lastGood: z.object({ at: z.string(), automatic: z.boolean() }).nullable(),
  /** Berlin date of the last good automatic backup: the scheduler makes one per day. */
  lastAutoDay: z.string().nullable(),
  lastAutoFailure: z.object({ at: z.string(), code: z.string() }).nullable(),
  /** Automatic backups that passed verification after writing, by file name in the target folder. */
  verified: z.record(z.string(), z.object({ at: z.string(), bytes: z.number().int().nonnegative() })),
});

export type BackupState = z.infer<typeof stateSchema>;

const EMPTY: BackupState = { version: 1, lastGood: null, lastAutoDay: null, lastAutoFailure: null, verified: {} };

/** A missing or unreadable state file means "nothing known": the warnings then ask for a backup. */
export function readBackupState(dataDir: string): BackupState {
  const file = join(dataDir, FILE);
  if (!existsSync(file)) return structuredClone(EMPTY);
  try {
    return stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return structuredClone(EMPTY);
  }
}

export function updateBackupState(dataDir: string, change: (s: BackupState) => void): BackupState {
  const state = readBackupState(dataDir);
  change(state);
  writeFileTagged(backupStateFile(dataDir), JSON.stringify(state, null, 2));
  return state;
}
