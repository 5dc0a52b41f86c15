// Browser mode: the server prints a URL with `?token=…`. The token moves into sessionStorage
// (survives reloads of this tab, not the browser) and out of the address bar and history.
const STORAGE_KEY = 'kim.token';

export function adoptTokenFromUrl(): void {
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token');
  if (!token) return;
  sessionStorage.setItem(STORAGE_KEY, token);
  params.delete('token');
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

export const currentToken = (): string | null => sessionStorage.getItem(STORAGE_KEY);
