#!/usr/bin/env node
// Installed command: loads the bundled CLI (electron-vite builds it to out/main/cli.js).
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write('KIM Fallakte: Das Kommandozeilenwerkzeug ist noch nicht gebaut. Bitte zuerst „npm run build“ ausführen.\n');
  process.exitCode = 1;
}
