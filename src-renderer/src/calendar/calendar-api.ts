import type { InputOf } from '@contract';
import type { CalendarScope } from '@contract/channels/calendar-fields';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { keyOf, useCallQuery } from '../api/queries';

// The calendar's calls. Every change reloads the views (ranges, today, office days).

export interface VisibleRange {
  from: string;
  to: string;
}

export function useRange(range: VisibleRange | null, scope: CalendarScope, staffIds: string[]) {
  const input: InputOf<'appointments.range'> = { from: range?.from ?? '', to: range?.to ?? '', scope, ...(staffIds.length > 0 ? { staffIds } : {}) };
  return useQuery({
    queryKey: keyOf('appointments.range', input),
    queryFn: () => call('appointments.range', input),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}

export const useStaffOptions = () => useCallQuery('calendar.staffOptions', {});

/** Reloads everything the calendar shows after a change. */
export function useCalendarReload(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all(
      (['appointments.range', 'appointments.get', 'availability.list', 'appointments.checkConflicts'] as const).map((channel) =>
        queryClient.invalidateQueries({ queryKey: keyOf(channel) }),
      ),
    );
  };
}

