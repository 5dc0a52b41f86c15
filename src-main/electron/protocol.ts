import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp';
import { mimeTypeOf, resolveStaticFile } from '../transport/static-files';
import { APP_SCHEME, isAppUrl } from './app-origin';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** Must run before `app.ready`: app:// becomes a secure, standard origin (fetch, relative URLs, CSP 'self'). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const refuse = (status: number) =>
  new Response(null, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Answers one app:// request from the built renderer folder: host `kim` only, GET/HEAD only, and
 * never a file outside `rendererDir` (resolveStaticFile refuses `..` and encoded separators).
 */
export async function appResponse(rendererDir: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  if (!isAppUrl(request.url)) return refuse(404);
  // resolveStaticFile decodes the path and checks the result stays inside the folder, so `%2e%2e`,
  // `..%2f` and `..%5c` (which the URL parser leaves alone) cannot climb out either.
  const file = resolveStaticFile(rendererDir, new URL(request.url).pathname);
  if (!file) return refuse(404);
  const body = request.method === 'HEAD' ? null : await readFile(file);
  return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) } });
}

/** Serves the renderer on app://kim/ (after `app.ready`). */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}
