import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';

export function useVolunteerMutations() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: keyOf('volunteers.list') }), queryClient.invalidateQueries({ queryKey: keyOf('volunteers.listForCase') })]);
  return {
    create: useMutation({ mutationFn: (input: InputOf<'volunteers.create'>) => call('volunteers.create', input), onSuccess: reload }),
    update: useMutation({ mutationFn: (input: InputOf<'volunteers.update'>) => call('volunteers.update', input), onSettled: reload }),
    assign: useMutation({ mutationFn: (input: InputOf<'volunteers.assign'>) => call('volunteers.assign', input), onSettled: reload }),
    unassign: useMutation({ mutationFn: (input: InputOf<'volunteers.unassign'>) => call('volunteers.unassign', input), onSettled: reload }),
  };
}
