import { useEffect } from 'react';
import { useLatest } from '../components/use-latest';

/** Ctrl+L (Cmd+L on macOS) locks the session, as the "Sperren" button does. */
export function useLockShortcut(lock: () => void): void {
  const lockRef = useLatest(lock);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lockRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
