import { AppError } from '../errors';

export const STALE_MESSAGE = 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie die Ansicht neu.';

/**
 * Optimistic concurrency for a row read inside the writing transaction: the change only applies to
 * the version the caller has seen, otherwise CONFLICT with the current version for a reload.
 */
export function expectVersion<T extends { version: number }>(row: T | undefined, expected: number, notFound: string): T {
  if (!row) throw new AppError('NOT_FOUND', notFound);
  if (row.version !== expected) throw new AppError('CONFLICT', STALE_MESSAGE, { currentVersion: row.version });
  return row;
}

/** Columns every versioned update sets: the next version and the change time. */
export const nextVersion = (row: { version: number }, at: Date) => ({ version: row.version + 1, updatedAt: at.toISOString() });
