import type { ErrorCode } from '../contract/result';

/**
 * The error domain code throws; the handler registry turns it into `{ok:false,error}`.
 * `message` is German and shown to users, so it must never carry personal data or secrets.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
