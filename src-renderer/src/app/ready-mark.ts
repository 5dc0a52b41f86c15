import { useEffect } from 'react';

/**
 * Marks (Performance API, `kim:<name>:ready`) the moment a page has rendered its data, so the UI
 * benchmark (scripts/bench) can measure time from navigation to a usable page. No effect otherwise.
 */
export function useReadyMark(name: string, data: unknown): void {
  useEffect(() => {
    if (data) performance.mark(`kim:${name}:ready`);
  }, [name, data]);
}
