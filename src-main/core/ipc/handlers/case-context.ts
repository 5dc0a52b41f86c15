import type { CaseCtx } from '../../cases/service-context';
import { requireSession, type HandlerContext } from '../handler-types';

/** The case-file services' context for one call: open database, acting session, one clock reading. */
export const caseCtx = (ctx: HandlerContext): CaseCtx => ({
  db: ctx.core.office.database(),
  actor: requireSession(ctx),
  at: new Date(ctx.core.now()),
});
