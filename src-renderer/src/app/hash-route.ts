import { useSyncExternalStore } from 'react';

// A tiny hash router: the route lives in `location.hash` (#/faelle/123), which works the same
// under Electron's app:// protocol and in browser mode, and survives reloads.
const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentPath = () => window.location.hash.replace(/^#/, '') || '/';

/** The current path, e.g. `/einstellungen`; re-renders on every hash change. */
export const useHashPath = (): string => useSyncExternalStore(subscribe, currentPath);

export const hrefOf = (path: string): string => `#${path}`;

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Goes to `path` without a new history entry (start page after sign-out, default route). */
export function replacePath(path: string): void {
  window.location.replace(`#${path}`);
}
