import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Browser mode listens on loopback only, but any web page the user visits could still aim requests
 * at it: Host (DNS rebinding), Origin (cross-site requests) and a per-launch token keep them out.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAndOriginOk(req: IncomingMessage, port: number): boolean {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host.toLowerCase())) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...hosts].some((h) => origin.toLowerCase() === `http://${h}`);
}

export function tokenOk(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
