import { useEffect } from 'react';
import { onCallFailure } from '../api/client';
import { useStatusUpdates } from './use-app-status';

/**
 * Any call answering LOCKED shows the lock screen at once; UNAUTHENTICATED (session ended,
 * account deactivated) reloads the status, which leads to the login screen.
 */
export function useSessionGuard(): void {
  const { refresh, markLocked } = useStatusUpdates();
  useEffect(
    () =>
      onCallFailure((channel, error) => {
        if (channel === 'app.status') return; // The status query handles its own failures.
        if (error.code === 'LOCKED') markLocked();
        if (error.code === 'LOCKED' || error.code === 'UNAUTHENTICATED') void refresh();
      }),
    [refresh, markLocked],
  );
}
