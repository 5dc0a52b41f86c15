import type { Channel, InputOf, OutputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../api/client';

/** Every read that shows part of a case; a change anywhere in a case reloads them. */
const CASE_READS: ReadonlySet<string> = new Set([
  'cases.get',
  'cases.list',
  'plan.get',
  'followups.list',
  'notes.list',
  'notes.history',
  'timeline.get',
  'today.overview',
  'persons.get',
  'search.global',
]);

/** Reloads every case view (after a change, or after a CONFLICT to show the current state). */
export function useReloadCase(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ predicate: (q) => CASE_READS.has(String(q.queryKey[0])) }), [queryClient]);
}

/** A case-file write as a mutation; on success (and on failure, which may mean "changed meanwhile") the case views reload. */
export function useCaseMutation<C extends Channel>(channel: C) {
  const reload = useReloadCase();
  return useMutation<OutputOf<C>, Error, InputOf<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => reload(),
  });
}
