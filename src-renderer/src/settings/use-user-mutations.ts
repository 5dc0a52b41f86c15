import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { keyOf } from '../api/queries';

/** The user-administration calls; each reloads the user list when it is done. */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: keyOf('users.list') });
  return {
    create: useMutation({ mutationFn: (input: InputOf<'users.create'>) => call('users.create', input), onSuccess: reload }),
    update: useMutation({ mutationFn: (input: InputOf<'users.update'>) => call('users.update', input), onSettled: reload }),
    remove: useMutation({ mutationFn: (input: InputOf<'users.remove'>) => call('users.remove', input), onSettled: reload }),
    resetPassword: useMutation({ mutationFn: (input: InputOf<'users.resetPassword'>) => call('users.resetPassword', input) }),
  };
}
