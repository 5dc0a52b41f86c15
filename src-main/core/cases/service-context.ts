import type { Role } from '../../contract/roles';
import { utcToBerlin } from '../calendar/berlin-time';
import type { OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';

/** Who is acting: a logged-in session satisfies this. */
export interface Actor {
  userId: string;
  role: Role;
}

/** What every case-file service call needs: the database, the actor and the one clock reading of the call. */
export interface CaseCtx {
  db: OfficeDb;
  actor: Actor;
  at: Date;
}

/** The office's calendar date (Europe/Berlin) at `at`, as YYYY-MM-DD. */
export const berlinToday = (at: Date): string => utcToBerlin(at.toISOString()).date;

/** Empty optional text means "not set": stored as NULL; undefined means "leave unchanged". */
export const orNull = <T extends string>(v: T | '' | null | undefined): T | null | undefined =>
  v === undefined ? undefined : v === '' || v === null ? null : v;

/** Drops undefined entries, so a patch only touches the columns the caller sent. */
export const definedOnly = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Throws VALIDATION with a German message and the offending input paths (never the values). */
export function refuse(message: string, issues: { path: string; code: string }[]): never {
  throw new AppError('VALIDATION', message, { issues });
}
