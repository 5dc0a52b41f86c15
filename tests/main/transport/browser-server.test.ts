import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../src-main/transport/http/browser-server';
import { openTempOffice, type TempOffice } from '../helpers/temp-office';

let office: TempOffice;
let server: BrowserServer;
let rendererDir: string;
let token: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const invoke = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  send('/api/invoke', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ channel, payload }),
  });

beforeAll(async () => {
  office = openTempOffice();
  rendererDir = mkdtempSync(join(tmpdir(), 'kim-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KIM</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startBrowserServer({ registry: office.registry, rendererDir });
  token = new URL(server.url).searchParams.get('token')!;
});

afterAll(async () => {
  await server.close();
  office.cleanup();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('browser-mode HTTP transport', () => {
  it('listens on loopback only and prints a URL with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('answers a registry call with the same Result as the registry', async () => {
    const r = await invoke('app.status', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { phase: 'setup' } });
    expect(JSON.parse((await invoke('nope.nothing', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses a missing or wrong token', async () => {
    const wrong = await invoke('app.status', {}, { authorization: 'Bearer falsch' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const none = await send('/api/invoke', { method: 'POST', body: '{"channel":"app.status"}' });
    expect(none.status).toBe(401);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, cross-site requests)', async () => {
    expect((await invoke('app.status', {}, { host: 'evil.example:80' })).status).toBe(403);
    expect((await invoke('app.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await send('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await invoke('app.status', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses malformed and oversized bodies with typed errors', async () => {
    const bad = await send('/api/invoke', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{kein json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('VALIDATION');
    const huge = await send('/api/invoke', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel: 'app.status', payload: { x: 'a'.repeat(41 * 1024 * 1024) } }),
    }).catch(() => null);
    // The server may cut the connection while the client still writes; either way nothing is processed.
    if (huge) expect(huge.status).toBe(413);
    const big = await invoke('auth.login', { username: 'admin', password: 'x'.repeat(300_000) });
    expect(JSON.parse(big.body).error.code).toBe('TOO_LARGE');
  });

  it('serves the renderer with CSP and nosniff, and nothing outside its folder', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/assets/app.js')).headers['content-type']).toContain('javascript');
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/%00']) {
      expect((await send(p)).status, p).toBe(404);
    }
    expect((await send('/api/invoke')).status).toBe(405);
  });
});
