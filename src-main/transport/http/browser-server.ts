import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_HTTP_BODY_BYTES } from '../../contract/define';
import { fail, type Result } from '../../contract/result';
import type { Registry } from '../../core/ipc/registry';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';
import { mimeTypeOf, resolveStaticFile } from '../static-files';
import { hostAndOriginOk, tokenOk } from './request-guard';

export const BROWSER_CLIENT_ID = 'browser';

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Documents travel base64-encoded inside the JSON; the registry applies each channel's own limit.
      if (size > MAX_HTTP_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleInvoke(req: IncomingMessage, res: ServerResponse, registry: Registry): Promise<void> {
  const raw = await readBody(req);
  if (raw === null) return sendJson(res, 413, fail('TOO_LARGE', 'Die Eingabe ist zu groß.'));
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return sendJson(res, 400, fail('VALIDATION', 'Die Anfrage ist kein gültiges JSON.'));
  }
  if (typeof body !== 'object' || body === null || typeof (body as { channel?: unknown }).channel !== 'string') {
    return sendJson(res, 400, fail('VALIDATION', 'Die Anfrage ist unvollständig.'));
  }
  const { channel, payload } = body as { channel: string; payload?: unknown };
  sendJson(res, 200, await registry.invoke(channel, payload, BROWSER_CLIENT_ID));
}

function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string): void {
  const file = resolveStaticFile(rendererDir, req.url ?? '/');
  if (!file) {
    res.writeHead(404, SECURITY_HEADERS);
    res.end();
    return;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) });
  createReadStream(file).pipe(res);
}

/**
 * Serves the built renderer and the handler registry on 127.0.0.1 for browser mode and end-to-end
 * tests: the same handlers and validation as Electron's IPC, behind a random per-launch token.
 */
export async function startBrowserServer(opts: { registry: Registry; rendererDir: string; port?: number }): Promise<BrowserServer> {
  const token = randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    if (!hostAndOriginOk(req, port)) return sendJson(res, 403, fail('FORBIDDEN', 'Zugriff verweigert.'));
    if (req.url === '/api/invoke') {
      if (req.method !== 'POST') return sendJson(res, 405, fail('VALIDATION', 'Nur POST ist erlaubt.'));
      if (!tokenOk(req, token)) return sendJson(res, 401, fail('UNAUTHENTICATED', 'Ungültiges Zugriffstoken. Bitte öffnen Sie die beim Start ausgegebene Adresse.'));
      handleInvoke(req, res, opts.registry).catch(() => sendJson(res, 500, fail('INTERNAL', 'Ein unerwarteter Fehler ist aufgetreten.')));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('VALIDATION', 'Methode nicht erlaubt.'));
    serveStatic(req, res, opts.rendererDir);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
