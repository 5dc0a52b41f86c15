import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';

export function useConsentMutations() {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: keyOf('consents.listForPerson') });
  return {
    create: useMutation({ mutationFn: (input: InputOf<'consents.create'>) => call('consents.create', input), onSuccess: reload }),
    withdraw: useMutation({ mutationFn: (input: InputOf<'consents.withdraw'>) => call('consents.withdraw', input), onSettled: reload }),
  };
}
