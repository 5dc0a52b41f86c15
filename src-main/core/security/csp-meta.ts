import { CONTENT_SECURITY_POLICY } from './csp';

// The build writes the CSP meta tag into index.html from CONTENT_SECURITY_POLICY, so the page, the
// app:// protocol and browser mode cannot drift apart.

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>\s*/gi;
const CONTENT = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i;

const normalise = (policy: string) => policy.replace(/\s+/g, ' ').trim();

/**
 * Returns `html` with exactly one CSP meta tag (first in <head>) carrying CONTENT_SECURITY_POLICY.
 * A hand-written tag with a different policy is an error, not something to overwrite silently.
 */
export function withCspMeta(html: string): string {
  for (const tag of html.match(CSP_META) ?? []) {
    const m = CONTENT.exec(tag);
    const policy = m?.[1] ?? m?.[2] ?? '';
    if (normalise(policy) !== CONTENT_SECURITY_POLICY) {
      throw new Error('index.html: the CSP meta tag differs from src-main/core/security/csp.ts; remove the tag, the build inserts it.');
    }
  }
  const stripped = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  if (!/<head[^>]*>/i.test(stripped)) throw new Error('index.html has no <head> for the CSP meta tag.');
  // After <meta charset>, which must stay within the first bytes of the document.
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;
  return charset.test(stripped) ? stripped.replace(charset, (c) => `${c}\n    ${meta}`) : stripped.replace(/<head[^>]*>/i, (h) => `${h}\n    ${meta}`);
}
