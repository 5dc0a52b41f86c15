import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

/** The only browser permissions the app uses (reminders as desktop notifications). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

const allowed = (permission: string, url: string | undefined) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(url);

/** Camera, microphone, geolocation, USB and every other permission are refused without asking. */
export function restrictPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details.requestingUrl)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}
