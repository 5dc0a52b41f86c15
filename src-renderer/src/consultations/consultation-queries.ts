import type { ConsultationView } from '@contract/channels/consultations';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { keyOf } from '../api/queries';

/**
 * One record, always fresh from the database when a screen opens it (no cached copy: the editor
 * starts from the stored version, so its autosave never begins with a stale one).
 */
export const useConsultation = (id: string) =>
  useQuery({ queryKey: keyOf('consultations.get', { id }), queryFn: () => call('consultations.get', { id }), gcTime: 0 });

/** After a change: the record itself, the case's list, its follow-ups, timeline and calendar. */
export function useConsultationReload(): (view?: ConsultationView) => Promise<void> {
  const queryClient = useQueryClient();
  return async (view) => {
    if (view) queryClient.setQueryData(keyOf('consultations.get', { id: view.id }), view);
    await Promise.all(
      (['consultations.listForCase', 'followups.list', 'timeline.get', 'appointments.range', 'today.overview'] as const).map((channel) =>
        queryClient.invalidateQueries({ queryKey: keyOf(channel) }),
      ),
    );
  };
}
