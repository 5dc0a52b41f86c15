import { QueryClient } from '@tanstack/react-query';

// Failed calls carry a typed code (LOCKED, FORBIDDEN, …): retrying them blindly would only repeat it.
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
