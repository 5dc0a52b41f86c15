import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_NAME } from './app-info';

/**
 * The OS's per-user application data folder plus the product name: the same folder Electron uses
 * as `userData`, so the desktop app and browser mode open the same office data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** `--data-dir` wins over `KIM_DATA_DIR`, which wins over the default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.indexOf('--data-dir');
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  return fromArg || env.KIM_DATA_DIR || defaultDataDir(env);
}

/** Where each file of an installation lives inside its data directory. */
export const dataFiles = (dataDir: string) => ({
  database: join(dataDir, 'kim-fallakte.db'),
  keyFile: join(dataDir, 'kim-fallakte.keys'),
  logs: join(dataDir, 'logs'),
});
