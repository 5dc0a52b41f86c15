// The renderer's own origin: files are served from app://kim/, and only frames from there may call
// the main process or stay loaded in the window.

export const APP_SCHEME = 'app';
export const APP_HOST = 'kim';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs on app://kim/ (exact host: `app://kim.evil`, `app://x@kim` and the like are refused). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
