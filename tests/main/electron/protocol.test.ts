import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/core/security/csp';
import { registerAppScheme, serveAppProtocol } from '../../../src-main/electron/protocol';
import { app, protocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let root: string;
let rendererDir: string;
const SECRET = 'synthetic-secret-do-not-serve';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kim-protocol-'));
  rendererDir = join(root, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KIM</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'out', 'secret.txt'), SECRET);
  writeFileSync(join(root, 'secret.txt'), SECRET);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  resetFakeElectron();
  serveAppProtocol(rendererDir);
});

const get = (url: string, method = 'GET') => protocol.handlers.get('app')!({ url, method } as Request);

describe('app:// protocol', () => {
  it('registers app:// as a standard, secure scheme before ready', () => {
    registerAppScheme();
    expect(app.ready).toBe(false);
    expect(protocol.registrations).toEqual([
      { schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }], beforeReady: true },
    ]);
  });

  it('serves index.html with the CSP, nosniff and the right MIME type', async () => {
    const res = await get('app://kim/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>KIM</title>');
    expect((await get('app://kim/')).status).toBe(200);
  });

  it('sets MIME types for scripts, styles and images', async () => {
    expect((await get('app://kim/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://kim/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://kim/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('refuses path traversal in every spelling', async () => {
    for (const url of [
      'app://kim/../secret.txt',
      'app://kim/../../secret.txt',
      'app://kim/../../etc/passwd',
      'app://kim/%2e%2e/secret.txt',
      'app://kim/%2e%2e/%2e%2e/secret.txt',
      'app://kim/..%2fsecret.txt',
      'app://kim/assets/..%2f..%2fsecret.txt',
      'app://kim/..%5csecret.txt',
      'app://kim/%2fetc%2fpasswd',
      'app://kim/index.html%00.js',
      'app://kim/%E0%A4%A',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(await res.text(), url).not.toContain(SECRET);
    }
  });

  it('serves only host kim, GET and HEAD, and existing files', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://user@kim/index.html')).status).toBe(404);
    expect((await get('app://kim/missing.js')).status).toBe(404);
    expect((await get('app://kim/assets')).status).toBe(404);
    expect((await get('app://kim/index.html', 'POST')).status).toBe(405);
    const head = await get('app://kim/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
