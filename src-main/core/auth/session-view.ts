import type { SessionView } from '../../contract/channels/app';
import type { Session } from './sessions';

export const toSessionView = (s: Session, idleLockMinutes: number): SessionView => ({
  userId: s.userId,
  username: s.username,
  displayName: s.displayName,
  role: s.role,
  locked: s.locked,
  idleLockMinutes,
});
