import { AppError } from '../errors';

// Slows password guessing down: after each failure for a name the next attempt must wait longer
// (1 s, 2 s, 4 s … capped at 5 minutes). Kept in memory: the database may still be sealed.

const BASE_MS = 1000;
const MAX_MS = 5 * 60 * 1000;

interface Entry {
  failures: number;
  nextAllowedAt: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  private keyOf(name: string) {
    return name.trim().toLowerCase();
  }

  /** Milliseconds until `name` may try again (0 when allowed). */
  waitFor(name: string, now: number): number {
    const e = this.entries.get(this.keyOf(name));
    return e ? Math.max(0, e.nextAllowedAt - now) : 0;
  }

  /** Records a failure and returns how many failures in a row there now are. */
  fail(name: string, now: number): number {
    const key = this.keyOf(name);
    const failures = (this.entries.get(key)?.failures ?? 0) + 1;
    this.entries.set(key, { failures, nextAllowedAt: now + Math.min(BASE_MS * 2 ** (failures - 1), MAX_MS) });
    return failures;
  }

  succeed(name: string): void {
    this.entries.delete(this.keyOf(name));
  }
}

/** The refusal while a name must still wait; `retryAfterMs` lets the screen say how long in its language. */
export function rateLimitedError(waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  return new AppError('RATE_LIMITED', `Zu viele Fehlversuche. Bitte warten Sie ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}.`, { retryAfterMs: waitMs });
}
