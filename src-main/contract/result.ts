// The one shape every call returns across a transport: plain JSON, never a thrown exception.

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'NOT_SETUP',
  'ALREADY_SETUP',
  'WRONG_PASSWORD',
  'RATE_LIMITED',
  'KEYFILE_DAMAGED',
  'DB_NEWER',
  'DB_UNREADABLE',
  'CONSENT_REQUIRED',
  'TOO_LARGE',
  'UNKNOWN_CHANNEL',
  'IO',
  /** The feature needs the desktop app (printing through the shell); browser mode has a fallback. */
  'NOT_AVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** German, safe to show to the user; never contains personal data or secrets. */
  message: string;
  /** Optional machine-readable details (field paths of a validation error, a current version). */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: Record<string, unknown>): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
