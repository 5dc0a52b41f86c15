import type { Channel, OutputOf, ParsedInputOf } from '../../contract';
import type { Session } from '../auth/sessions';
import type { AppCore } from './app-core';

export interface HandlerContext {
  core: AppCore;
  clientId: string;
  /** The caller's session; the registry guarantees it is set (and unlocked) where the channel's access needs it. */
  session: Session | null;
}

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: HandlerContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };

/** The session of a channel whose access demands one; the registry has already checked it. */
export function requireSession(ctx: HandlerContext): Session {
  if (!ctx.session) throw new Error('handler called without a session');
  return ctx.session;
}
