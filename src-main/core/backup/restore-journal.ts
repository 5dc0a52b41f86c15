import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { dataFiles } from '../config/data-dir';
import { DAMAGED_FOLDER_PATTERN } from './damaged-files';
import { isProcessAlive, moveIfPresent, removeOrphans, removeQuietly, syncDir, writeFileTagged } from './fs-steps';

// The file swap at the end of a restore, driven by a journal so that a crash at any moment leaves
// either the old or the new database whole. Before the journal is written, the new files sit
// complete, verified and fsynced in `<dataDir>/.restore-<pid>-<random>/`. Then:
//   1. journal `restore-journal.json` (atomic write),
//   2. old files → `rollback/<stamp>/`: `-wal` and `-shm` first (a stale WAL beside a new database
//      would be replayed into it), then the database, then the key file,
//   3. new database and key file → data directory,
//   4. journal deleted, staging folder removed. The rollback copy stays until the next successful open.
// A restore that replaces files the office could not open names another folder in the journal
// (`keptIn`, e.g. `beschaedigt-<time>/` directly in the data directory): the old files go there
// instead and stay, because nothing removes that folder (see damaged-files.ts).
// All moves are renames within one volume. At the next start `recoverInterruptedRestore` finishes
// the swap (the staged files are complete, so rolling forward is always possible) unless a new file
// is missing entirely, in which case it rolls back.

const JOURNAL = 'restore-journal.json';
export const STAGING_PREFIX = '.restore-';
export const ROLLBACK_DIR = 'rollback';
/** A journal younger than this whose process still runs belongs to a restore in progress. */
const IN_PROGRESS_MS = 60_000;

const journalSchema = z.object({
  version: z.literal(1),
  pid: z.number().int(),
  startedAt: z.number(),
  staging: z.string().regex(/^\.restore-[0-9]+-[0-9a-f]{16}$/),
  rollback: z.string().regex(/^[0-9A-Za-z-]+$/),
  keptIn: z.string().regex(DAMAGED_FOLDER_PATTERN).optional(),
});

export type RestoreJournal = z.infer<typeof journalSchema>;

/** Step names handed to the test hook before each step runs. */
export type SwapStep = 'journal' | `move-old:${string}` | `move-new:${string}` | 'finish';
export interface SwapHooks {
  beforeStep?: (step: SwapStep) => void;
}
export interface SwapOptions extends SwapHooks {
  /** Folder directly in the data directory that keeps the old files for good (instead of `rollback/<stamp>/`). */
  keepOldIn?: string;
}

function names(dataDir: string) {
  const live = dataFiles(dataDir);
  const db = basename(live.database);
  const keys = basename(live.keyFile);
  return { db, keys, oldFiles: [`${db}-wal`, `${db}-shm`, db, keys], newFiles: [db, keys] };
}

export const journalPath = (dataDir: string) => join(dataDir, JOURNAL);

/** Where this swap puts the old files. */
const oldFilesDir = (dataDir: string, j: RestoreJournal) => (j.keptIn ? join(dataDir, j.keptIn) : join(dataDir, ROLLBACK_DIR, j.rollback));

export function readJournal(dataDir: string): RestoreJournal | 'none' | 'damaged' {
  const file = journalPath(dataDir);
  if (!existsSync(file)) return 'none';
  try {
    return journalSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return 'damaged';
  }
}

/** Moves every old file out and every new file in; idempotent, so it also finishes a crashed swap. */
function rollForward(dataDir: string, j: RestoreJournal, hooks: SwapHooks): void {
  const { db, keys, newFiles } = names(dataDir);
  const staging = join(dataDir, j.staging);
  const rollback = oldFilesDir(dataDir, j);
  mkdirSync(rollback, { recursive: true });
  // A live file is old as long as its replacement still waits in staging.
  const oldOut = [
    ...(existsSync(join(staging, db)) ? [`${db}-wal`, `${db}-shm`, db] : []),
    ...(existsSync(join(staging, keys)) ? [keys] : []),
  ];
  for (const name of oldOut) {
    hooks.beforeStep?.(`move-old:${name}`);
    moveIfPresent(join(dataDir, name), join(rollback, name));
  }
  syncDir(rollback);
  syncDir(dataDir);
  for (const name of newFiles) {
    hooks.beforeStep?.(`move-new:${name}`);
    moveIfPresent(join(staging, name), join(dataDir, name));
  }
  syncDir(dataDir);
  hooks.beforeStep?.('finish');
  finish(dataDir, j);
}

/** Puts the old files back; a live file whose staged twin is gone is the new one and goes back to staging. */
export function rollBack(dataDir: string, j: RestoreJournal): void {
  const { oldFiles, newFiles } = names(dataDir);
  const staging = join(dataDir, j.staging);
  const rollback = oldFilesDir(dataDir, j);
  if (existsSync(staging)) {
    for (const name of newFiles) {
      if (!existsSync(join(staging, name))) moveIfPresent(join(dataDir, name), join(staging, name));
    }
  }
  for (const name of oldFiles) {
    if (!existsSync(join(dataDir, name))) moveIfPresent(join(rollback, name), join(dataDir, name));
  }
  syncDir(dataDir);
  finish(dataDir, j);
  if (existsSync(rollback) && readdirSync(rollback).length === 0) rmdirSync(rollback);
}

function finish(dataDir: string, j: RestoreJournal): void {
  rmSync(journalPath(dataDir), { force: true });
  syncDir(dataDir);
  removeQuietly(join(dataDir, j.staging));
}

/** Runs the swap for files staged in `<dataDir>/<stagingName>/`; the office must be sealed. */
export function swapIn(dataDir: string, stagingName: string, now: number, opts: SwapOptions = {}): RestoreJournal {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const journal: RestoreJournal = {
    version: 1,
    pid: process.pid,
    startedAt: now,
    staging: stagingName,
    rollback: `${stamp}-${stagingName.slice(-8)}`,
    ...(opts.keepOldIn ? { keptIn: opts.keepOldIn } : {}),
  };
  opts.beforeStep?.('journal');
  writeFileTagged(journalPath(dataDir), JSON.stringify(journal));
  rollForward(dataDir, journal, opts);
  return journal;
}

export type RecoveryOutcome = 'none' | 'rolled-forward' | 'rolled-back' | 'in-progress' | 'journal-damaged';

/**
 * Called when the office starts, before its files are checked: completes (or, if impossible,
 * undoes) a swap that a crash interrupted, and removes staging folders nobody will use any more.
 */
export function recoverInterruptedRestore(dataDir: string): RecoveryOutcome {
  const j = readJournal(dataDir);
  if (j === 'damaged') return 'journal-damaged';
  if (j === 'none') {
    removeOrphans(dataDir, STAGING_PREFIX);
    return 'none';
  }
  if (j.pid !== process.pid && isProcessAlive(j.pid) && Date.now() - j.startedAt < IN_PROGRESS_MS) return 'in-progress';
  const { newFiles } = names(dataDir);
  const staging = join(dataDir, j.staging);
  const complete = newFiles.every((n) => existsSync(join(staging, n)) || existsSync(join(dataDir, n)));
  if (existsSync(staging) && complete) {
    rollForward(dataDir, j, {});
    return 'rolled-forward';
  }
  rollBack(dataDir, j);
  return 'rolled-back';
}

/** The previous files of the last restore are kept until the office has opened successfully once after it. */
export function removeRollbackCopies(dataDir: string): void {
  // Tried again at the next open if it fails; never a reason to refuse opening.
  removeQuietly(join(dataDir, ROLLBACK_DIR));
}
