import type { Result } from '@contract';
import type { KimBridge } from '@contract/bridge';
import { invokeOverHttp } from './http-transport';
import { ioFailure } from './io-failure';

/** Sends one call and answers with its Result; never throws. */
export type Transport = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/** Electron's preload bridge when present, otherwise the browser-mode HTTP endpoint. */
export function pickTransport(): Transport {
  const bridge: KimBridge | undefined = window.kim;
  if (!bridge) return invokeOverHttp;
  return async (channel, payload) => {
    try {
      return await bridge.invoke(channel, payload);
    } catch {
      return ioFailure();
    }
  };
}
