import type { Channel, InputOf } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { call } from './client';

/** Query key of one call: the channel first, so invalidating by channel catches every input. */
export const keyOf = <C extends Channel>(channel: C, input?: InputOf<C>) =>
  input === undefined ? ([channel] as const) : ([channel, input] as const);

/** A read call as a react-query query; errors arrive as ApiCallError. */
export function useCallQuery<C extends Channel>(channel: C, input: InputOf<C>, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: keyOf(channel, input), queryFn: () => call(channel, input), ...options });
}
