import type { Role } from '../../contract/roles';

export interface Session {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  locked: boolean;
  lastActivity: number;
}

/** Logged-in sessions by transport client (one Electron window, one browser-mode token). */
export class SessionStore {
  private readonly byClient = new Map<string, Session>();

  get(clientId: string): Session | undefined {
    return this.byClient.get(clientId);
  }

  set(clientId: string, session: Session): void {
    this.byClient.set(clientId, session);
  }

  delete(clientId: string): void {
    this.byClient.delete(clientId);
  }

  get size(): number {
    return this.byClient.size;
  }

  /** Locks every session whose last call is longer ago than the idle limit. */
  lockIdle(now: number, idleMs: number): void {
    for (const s of this.byClient.values()) if (!s.locked && now - s.lastActivity > idleMs) s.locked = true;
  }

  /** Ends every session of a user (account removed or deactivated). */
  dropUser(userId: string): void {
    for (const [clientId, s] of this.byClient) if (s.userId === userId) this.byClient.delete(clientId);
  }
}
