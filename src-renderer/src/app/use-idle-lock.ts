import { useEffect } from 'react';
import { useLatest } from '../components/use-latest';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Calls `lock` after `minutes` without mouse or keyboard input. The server locks idle sessions
 * too, but only on the next call; this puts the lock screen up while nobody is at the desk.
 */
export function useIdleLock(minutes: number, lock: () => void): void {
  const lockRef = useLatest(lock);
  useEffect(() => {
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) {
        last = Date.now();
        lockRef.current();
      }
    }, Math.min(CHECK_EVERY_MS, minutes * 60_000));
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
    };
  }, [minutes]);
}
