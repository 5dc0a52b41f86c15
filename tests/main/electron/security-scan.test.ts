import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withCspMeta } from '../../../src-main/core/security/csp-meta';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts', 'security-scan.mjs');
const work = mkdtempSync(join(tmpdir(), 'kim-scan-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
const builtPage = () => withCspMeta(readFileSync(join(ROOT, 'src-renderer', 'index.html'), 'utf8'));

/** A copy of the real shell and of the page as the build writes it, with `edits` applied. */
function variant(edits: Array<{ file: string; from: string | RegExp; to: string }> = [], page = builtPage()) {
  const dir = join(work, String(n++));
  cpSync(join(ROOT, 'src-main', 'electron'), join(dir, 'shell'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  for (const edit of edits) {
    const file = join(dir, 'shell', edit.file);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(edit.from, edit.to);
    if (after === before) throw new Error(`edit did not apply to ${edit.file}: ${String(edit.from)}`);
    writeFileSync(file, after);
  }
  return dir;
}

function runScan(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SCRIPT, '--shell', join(dir, 'shell'), '--page', join(dir, 'index.html')], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

type Edit = { file: string; from: string | RegExp; to: string };

// Each scan takes a few seconds (the scanner first tries to download translations), so the
// variants run in parallel and related mutations share one scan, each still reported on its own line.
describe.concurrent('security scan', { timeout: 180_000 }, () => {
  it('passes on the shell as it is', async () => {
    const r = await runScan(variant());
    expect(r.output).toContain('security scan passed');
    expect(r.code).toBe(0);
  });

  it.each<[string, Edit[], string[]]>([
    [
      'nodeIntegration: true alone (Electronegativity misses it next to sandbox: true)',
      [{ file: 'window.ts', from: 'nodeIntegration: false', to: 'nodeIntegration: true' }],
      ['WEB_PREFERENCES', 'webPreferences.nodeIntegration must be the literal false'],
    ],
    [
      'weakened window settings and an inline eng-disable',
      [
        { file: 'window.ts', from: 'sandbox: true', to: 'sandbox: false' },
        { file: 'window.ts', from: 'contextIsolation: true', to: 'contextIsolation: false' },
        { file: 'window.ts', from: 'webSecurity: true', to: 'webSecurity: false' },
        { file: 'window.ts', from: 'webviewTag: false,', to: 'webviewTag: false, nodeIntegrationInSubFrames: true,' },
        { file: 'window.ts', from: 'const win = new', to: '/* eng-disable SANDBOX_JS_CHECK */ const win = new' },
      ],
      ['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'webPreferences.sandbox', 'webPreferences.contextIsolation', 'webPreferences.webSecurity', 'webPreferences.nodeIntegrationInSubFrames', 'INLINE_DISABLE'],
    ],
    [
      'webPreferences the checks cannot read',
      [{ file: 'window.ts', from: /webPreferences: \{/, to: 'webPreferences: shared, x: {' }],
      ['webPreferences must be an object literal', 'must pass webPreferences as an object literal'],
    ],
    [
      'no navigation guard and no permission handler',
      [
        { file: 'window.ts', from: /contents\.on\('will-navigate'[\s\S]*?setWindowOpenHandler\(.*\n/, to: '' },
        { file: 'permissions.ts', from: /ses\.setPermissionRequestHandler\(.*\n/, to: '' },
      ],
      ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'],
    ],
  ])('fails with %s', async (_name, edits, expected) => {
    const r = await runScan(variant(edits));
    for (const e of expected) expect(r.output).toContain(e);
    expect(r.output).toContain('security scan FAILED');
    expect(r.code).toBe(1);
  });

  it('fails when the page has no CSP', async () => {
    const r = await runScan(variant([], '<!doctype html><html><head><title>x</title></head><body></body></html>'));
    expect(r.output).toContain('CSP_GLOBAL_CHECK');
    expect(r.code).toBe(1);
  });

  it('fails when the page has a weak CSP', async () => {
    const weak = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval' 'unsafe-inline' https:" /></head></html>`;
    const r = await runScan(variant([], weak));
    expect(r.output).toContain('CSP_GLOBAL_CHECK');
    expect(r.code).toBe(1);
  });
});
