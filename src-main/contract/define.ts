import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a channel:
 * - `public`: anyone holding the transport (setup, login, start status);
 * - `session`: a logged-in session, even while locked (unlock, logout);
 * - `user`: a logged-in, unlocked session of any role;
 * - a list of roles: a logged-in, unlocked session with one of them.
 */
export type Access = 'public' | 'session' | 'user' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O> {
  readonly input: I;
  readonly access: Access;
  /** Upper bound of the serialised input in bytes; the registry refuses bigger payloads unread. */
  readonly maxInputBytes: number;
  /** Phantom field carrying the result type; never set at run time. */
  readonly _output?: O;
}

export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024;

/** Largest request body browser mode's HTTP endpoint reads: a call's JSON, base64 content included. */
export const MAX_HTTP_BODY_BYTES = 40 * 1024 * 1024;

/** Declares one call: its input schema, who may call it and (as a type parameter) what it returns. */
export function channel<O>() {
  return <I extends z.ZodType>(
    input: I,
    access: Access,
    maxInputBytes: number = DEFAULT_MAX_INPUT_BYTES,
  ): ChannelDef<I, O> => ({ input, access, maxInputBytes });
}
