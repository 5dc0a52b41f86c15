import { performance } from 'node:perf_hooks';
import type { Channel, InputOf, OutputOf } from '../../contract';
import type { Role } from '../../contract/roles';
import { SessionStore } from '../auth/sessions';
import type { AppCore } from '../ipc/app-core';
import { handlers } from '../ipc/handlers';
import { createRegistry, type Registry } from '../ipc/registry';
import type { CaseCtx } from '../cases/service-context';
import { hasFastPath, runFast } from './fast-channels';
import type { SimClock } from './sim-time';

// The seed writes through the same registry the UI calls: contract validation, role checks,
// services, their indexes and audit events. It runs on a copy of the core with the simulated
// clock and its own sessions (one per staff member it acts as), so nothing else is affected.
// The large profile sends its high-volume channels down the bulk path instead (fast-channels.ts).

export interface SeedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/** Idle locking would lock the staff sessions whenever the simulated clock jumps ahead. */
const NEVER_IDLE_MINUTES = Number.MAX_SAFE_INTEGER / 60_000;

export class SeedApi {
  private readonly registry: Registry;
  readonly core: AppCore;
  /** Calls made, for the report. */
  calls = 0;
  /** Calls and milliseconds per channel, to see where seeding time goes. */
  readonly perChannel = new Map<string, { calls: number; ms: number }>();

  /** `bulk`: the high-volume channels take the bulk path (fast-channels.ts) instead of the registry. */
  constructor(core: AppCore, readonly clock: SimClock, private readonly bulk = false) {
    this.core = { ...core, now: clock.now, sessions: new SessionStore(), idleLockMinutes: NEVER_IDLE_MINUTES };
    this.registry = createRegistry(this.core, handlers);
  }

  /** Lets the seed act as this user (the users are created by the seed itself). */
  actAs(user: SeedUser): void {
    this.core.sessions.set(`seed:${user.id}`, { userId: user.id, username: user.username, displayName: user.displayName, role: user.role, locked: false, lastActivity: this.clock.now() });
  }

  async call<C extends Channel>(user: SeedUser, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
    this.calls++;
    const started = performance.now();
    if (this.bulk && hasFastPath(channel)) {
      const value = runFast(this.ctxOf(user), channel, input);
      this.count(channel, started);
      return value;
    }
    const r = await this.registry.invoke(channel, input, `seed:${user.id}`);
    this.count(channel, started);
    // Codes and field paths only: the seed's data is synthetic, but messages stay free of values.
    if (!r.ok) throw new Error(`Seed-Schritt ${channel} abgelehnt: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.details ?? {})}`);
    return r.value as OutputOf<C>;
  }

  private ctxOf(user: SeedUser): CaseCtx {
    return { db: this.core.office.database(), actor: { userId: user.id, role: user.role }, at: new Date(this.clock.now()) };
  }

  private count(channel: string, started: number): void {
    const stat = this.perChannel.get(channel) ?? { calls: 0, ms: 0 };
    stat.calls++;
    stat.ms += performance.now() - started;
    this.perChannel.set(channel, stat);
  }
}
