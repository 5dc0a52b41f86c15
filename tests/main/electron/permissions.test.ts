import { beforeEach, describe, expect, it, vi } from 'vitest';
import { restrictPermissions } from '../../../src-main/electron/permissions';
import { resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

const PAGE = 'app://kim/index.html';

describe('permissions', () => {
  it('refuses every permission request except notifications from the app itself', async () => {
    const ses = session.defaultSession;
    restrictPermissions(ses as never);
    for (const p of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'usb', 'serial', 'hid', 'midi', 'fullscreen', 'unknown']) {
      expect(await ses.requestPermission(p, PAGE), p).toBe(false);
    }
    expect(await ses.requestPermission('notifications', PAGE)).toBe(true);
    expect(await ses.requestPermission('notifications', 'https://example.invalid/')).toBe(false);
  });

  it('answers synchronous permission checks the same way', () => {
    const ses = session.defaultSession;
    restrictPermissions(ses as never);
    const check = ses.permissionCheckHandler!;
    expect(check(null, 'media', 'app://kim', {})).toBe(false);
    expect(check(null, 'notifications', 'app://kim', {})).toBe(true);
    expect(check(null, 'notifications', 'https://example.invalid', {})).toBe(false);
  });
});
