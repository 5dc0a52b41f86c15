#!/usr/bin/env node
// `npm start`: the desktop app where Electron's runtime is installed; otherwise says so in one line
// and starts browser mode. `--browser` goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const wantBrowser = args.includes('--browser');
const passThrough = args.filter((a) => a !== '--browser' && a !== '--no-build');

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(cmd, cmdArgs) {
  const child = spawn(cmd, cmdArgs, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

// Always build, so a start never runs stale code; `--no-build` skips it for a quick restart.
if (!args.includes('--no-build') || !existsSync('out/renderer/index.html')) {
  const built = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const electron = wantBrowser ? null : electronBinary();
if (electron) {
  run(electron, ['.', ...passThrough]);
} else {
  if (!wantBrowser) process.stdout.write('Electron-Laufzeit nicht gefunden – KIM Fallakte startet im Browser-Modus.\n');
  run(process.execPath, ['out/main/browser.js', ...passThrough]);
}
