import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';

/** Partner changes reload every partner list (directory, pickers in dialogs). */
export function usePartnerMutations() {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: keyOf('partners.list') });
  return {
    create: useMutation({ mutationFn: (input: InputOf<'partners.create'>) => call('partners.create', input), onSuccess: reload }),
    update: useMutation({ mutationFn: (input: InputOf<'partners.update'>) => call('partners.update', input), onSettled: reload }),
  };
}
