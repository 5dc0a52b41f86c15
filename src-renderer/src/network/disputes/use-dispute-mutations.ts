import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';

export function useDisputeMutations() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: keyOf('disputes.listForCase') }), queryClient.invalidateQueries({ queryKey: keyOf('disputes.list') })]);
  return {
    mark: useMutation({ mutationFn: (input: InputOf<'disputes.mark'>) => call('disputes.mark', input), onSuccess: reload }),
    resolve: useMutation({ mutationFn: (input: InputOf<'disputes.resolve'>) => call('disputes.resolve', input), onSettled: reload }),
  };
}
