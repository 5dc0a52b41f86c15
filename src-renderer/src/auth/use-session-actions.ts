import type { InputOf } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { call } from '../api/client';
import { replacePath } from '../app/hash-route';
import { START_PATH } from '../app/routes';
import { useStatusUpdates } from '../app/use-app-status';

/** Login, lock, unlock and logout; each refreshes the app status that picks the screen. */
export function useSessionActions() {
  const { refresh, markLocked, forgetAll } = useStatusUpdates();
  const login = useMutation({
    mutationFn: (input: InputOf<'auth.login'>) => call('auth.login', input),
    // Also after an error: opening may find the data damaged, and the status then shows the failure screen.
    onSettled: refresh,
  });
  const unlock = useMutation({
    mutationFn: (input: InputOf<'auth.unlock'>) => call('auth.unlock', input),
    onSuccess: refresh,
  });
  const lock = useMutation({
    mutationFn: () => call('auth.lock', {}),
    onMutate: markLocked,
    onSettled: refresh,
  });
  const logout = useMutation({
    mutationFn: () => call('auth.logout', {}),
    onSettled: () => {
      replacePath(START_PATH); // The next person starts on the start page, not on the last one's.
      return forgetAll();
    },
  });
  return { login, unlock, lock, logout };
}
