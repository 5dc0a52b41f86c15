import { useEffect } from 'react';

/**
 * Marks (Performance API, `kim:<name>:ready`) the moment a page has painted its data, so the UI
 * benchmark (scripts/bench) can measure time from navigation to a usable page. No effect otherwise.
 */
export function useReadyMark(name: string, data: unknown): void {
  useEffect(() => {
    if (!data) return;
    // After the next frame is painted, not merely committed.
    const frame = requestAnimationFrame(() => setTimeout(() => performance.mark(`kim:${name}:ready`), 0));
    return () => cancelAnimationFrame(frame);
  }, [name, data]);
}
