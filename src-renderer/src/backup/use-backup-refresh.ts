import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { keyOf } from '../api/queries';

/** Reloads everything the backup screens show (status, list, settings, warnings). */
export function useBackupRefresh(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const channel of ['backup.status', 'backup.list', 'backup.settings.get', 'backup.warnings'] as const) {
      void queryClient.invalidateQueries({ queryKey: keyOf(channel) });
    }
  }, [queryClient]);
}
