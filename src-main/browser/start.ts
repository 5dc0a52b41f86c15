import { startBackupScheduler } from '../core/backup/scheduler';
import { defaultMigrationsDir } from '../core/config/migrations-dir';
import { resolveDataDir } from '../core/config/data-dir';
import { createAppCore } from '../core/ipc/app-core';
import { handlers } from '../core/ipc/handlers';
import { createRegistry } from '../core/ipc/registry';
import { createFileLogger } from '../core/log/logger';
import { startBrowserServer } from '../transport/http/browser-server';
import { findRendererDir } from './renderer-dir';

// Browser mode: the same core and handlers as the desktop app, served on 127.0.0.1 with a
// per-launch token, for machines without the Electron runtime and for end-to-end tests.

function portFromArgs(argv: readonly string[]): number {
  const i = argv.indexOf('--port');
  const value = i >= 0 ? Number(argv[i + 1]) : 0;
  return Number.isInteger(value) && value >= 0 && value < 65536 ? value : 0;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rendererDir = findRendererDir();
  if (!rendererDir) {
    process.stderr.write('Die Oberfläche ist nicht gebaut. Bitte zuerst "npm run build" ausführen.\n');
    process.exit(1);
  }
  const dataDir = resolveDataDir(argv);
  const logger = createFileLogger(dataDir);
  const core = createAppCore({ dataDir, migrationsDir: defaultMigrationsDir(), logger });
  startBackupScheduler(core);
  const server = await startBrowserServer({ registry: createRegistry(core, handlers), rendererDir, port: portFromArgs(argv) });
  logger.log('info', 'browser.started', { port: server.port });
  process.stdout.write(`KIM Fallakte läuft im Browser-Modus. Bitte diese Adresse im Browser öffnen:\n${server.url}\nDaten: ${dataDir}\nBeenden mit Strg+C.\n`);

  const stop = async () => {
    await server.close();
    core.office.seal();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Browser-Modus konnte nicht starten: ${e instanceof Error ? e.message : 'unbekannter Fehler'}\n`);
  process.exit(1);
});
