import type { AppStatus } from '@contract/channels/app';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { keyOf, useCallQuery } from '../api/queries';

export const APP_STATUS_KEY = keyOf('app.status');

/** Phase, office name and session: what decides which screen the app shows. */
export const useAppStatus = () => useCallQuery('app.status', {});

/** Helpers that change the cached status at once and then ask the server again. */
export function useStatusUpdates() {
  const queryClient = useQueryClient();
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: APP_STATUS_KEY }), [queryClient]);
  const markLocked = useCallback(() => {
    queryClient.setQueriesData<AppStatus>({ queryKey: APP_STATUS_KEY }, (status) =>
      status?.session ? { ...status, session: { ...status.session, locked: true } } : status,
    );
  }, [queryClient]);
  /** After logout: forget every cached answer (they may hold personal data), then reload the status. */
  const forgetAll = useCallback(async () => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== APP_STATUS_KEY[0] });
    await refresh();
  }, [queryClient, refresh]);
  return { refresh, markLocked, forgetAll };
}
