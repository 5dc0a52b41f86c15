import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/core/security/csp';
import { withCspMeta } from '../../../src-main/core/security/csp-meta';

const metas = (html: string) => [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);

describe('CSP meta tag in index.html', () => {
  it('inserts the shared policy right after <meta charset>', () => {
    const html = withCspMeta('<!doctype html><html><head>\n<meta charset="UTF-8" />\n<title>x</title></head><body></body></html>');
    expect(metas(html)).toEqual([CONTENT_SECURITY_POLICY]);
    expect(html.indexOf('charset')).toBeLessThan(html.indexOf('Content-Security-Policy'));
  });

  it('replaces a hand-written tag with the same policy, keeping exactly one', () => {
    const source = readFileSync(resolve(__dirname, '../../../src-renderer/index.html'), 'utf8');
    const html = withCspMeta(source);
    expect(metas(html)).toEqual([CONTENT_SECURITY_POLICY]);
    expect(withCspMeta(html)).toBe(html);
  });

  it('refuses a hand-written tag with a different policy', () => {
    const weaker = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src *" /></head></html>`;
    expect(() => withCspMeta(weaker)).toThrow(/differs/);
  });
});
