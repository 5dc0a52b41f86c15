import type { ApiError, Channel, ErrorCode, InputOf, OutputOf, Result } from '@contract';
import { pickTransport, type Transport } from './transport';

/** A failed call as an exception, for react-query and mutations; carries the server's error. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(readonly channel: Channel, readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

export const isApiCallError = (e: unknown): e is ApiCallError => e instanceof ApiCallError;

type FailureListener = (channel: Channel, error: ApiError) => void;
const listeners = new Set<FailureListener>();

/** Hears every failed call: the app uses it to switch to the lock or login screen. */
export function onCallFailure(listener: FailureListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let transport: Transport | null = null;

/** Typed call through whichever transport this window has; never throws. */
export async function invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  transport ??= pickTransport();
  const result = (await transport(channel, input)) as Result<OutputOf<C>>;
  if (!result.ok) for (const listener of listeners) listener(channel, result.error);
  return result;
}

/** Like `invoke`, but answers the value or throws an ApiCallError. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiCallError(channel, result.error);
  return result.value;
}
