import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';

/** Every change of the register reloads its list, the open barrier and the case-side links. */
export function useBarrierMutations() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all(
      (['barriers.list', 'barriers.get', 'barriers.linksForCase'] as const).map((channel) => queryClient.invalidateQueries({ queryKey: keyOf(channel) })),
    );
  return {
    create: useMutation({ mutationFn: (input: InputOf<'barriers.create'>) => call('barriers.create', input), onSuccess: reload }),
    update: useMutation({ mutationFn: (input: InputOf<'barriers.update'>) => call('barriers.update', input), onSettled: reload }),
    setStatus: useMutation({ mutationFn: (input: InputOf<'barriers.setStatus'>) => call('barriers.setStatus', input), onSettled: reload }),
    addLog: useMutation({ mutationFn: (input: InputOf<'barriers.addLog'>) => call('barriers.addLog', input), onSuccess: reload }),
    linkCase: useMutation({ mutationFn: (input: InputOf<'barriers.linkCase'>) => call('barriers.linkCase', input), onSuccess: reload }),
    createFromCase: useMutation({ mutationFn: (input: InputOf<'barriers.createFromCase'>) => call('barriers.createFromCase', input), onSuccess: reload }),
    unlinkCase: useMutation({ mutationFn: (input: InputOf<'barriers.unlinkCase'>) => call('barriers.unlinkCase', input), onSuccess: reload }),
  };
}
