import type { Result } from '@contract';
import { ioFailure } from './io-failure';
import { currentToken } from './token';

const isResult = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';

/** Browser mode: POST /api/invoke with the session token; the server answers a JSON Result (also on 401). */
export async function invokeOverHttp(channel: string, payload: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { Authorization: `Bearer ${currentToken() ?? ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, payload }),
      cache: 'no-store',
      credentials: 'omit',
    });
    const body: unknown = await response.json();
    return isResult(body) ? body : ioFailure();
  } catch {
    return ioFailure();
  }
}
