import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The browser-mode server (out/main/browser.js) on the seeded data directory, built first when
// the renderer sources are newer than the build (the benchmark's ready marks must be in it).

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'out', 'main', 'browser.js');
const BUILT_HTML = join(ROOT, 'out', 'renderer', 'index.html');
const URL_LINE = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuild(log: (s: string) => void): void {
  const stale = !existsSync(SERVER) || !existsSync(BUILT_HTML) || newestMtime(join(ROOT, 'src-renderer')) > statSync(BUILT_HTML).mtimeMs;
  if (!stale) return;
  log('Renderer-Quellen sind neuer als out/: baue (electron-vite build) …');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Build fehlgeschlagen.');
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

export function startServer(dataDir: string): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolveServer, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Server nicht gestartet:\n${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = URL_LINE.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveServer({ url: match[0], stop });
      }
    });
    child.once('exit', (code) => reject(new Error(`Server beendet (Code ${code}).\n${out}`)));
  });
}
