import type { Result } from '@contract';

/** What a call answers when the transport itself fails (server gone, bridge broken). */
export const ioFailure = (): Result<never> => ({
  ok: false,
  error: { code: 'IO', message: 'Die Verbindung zur Anwendung ist unterbrochen. Bitte versuchen Sie es erneut.' },
});
